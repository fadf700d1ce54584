/**
 * `negative_stock`: movements replayed per SKU × location in date order (by Excel row within a date) must
 * never take stock below zero; the first movement that does is reported for each SKU × location. The
 * replay starts from zero, so opening stock belongs in the movements (a receipt or adjustment). A SKU ×
 * location with an unreadable date or quantity is not replayed: its cells are already reported.
 */
import type { Issue } from "../../issues";
import { isoFromDay } from "../../dates";
import { CompositeKeys, LazyTextKeys, type KeySource } from "../keys";
import { firstOccurrences } from "../rowIndex";
import { showQuantity, decimalsAt } from "../show";
import { BAD, OK, type Check } from "../types";
import { signedValues } from "./signed";

/** Record indices ordered by day, stable in row order: a counting sort when days span a sane range. */
export function orderByDay(days: ArrayLike<number>, use: Uint8Array): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < days.length; i++) {
    if (use[i] !== 1) continue;
    const d = days[i] as number;
    if (d < min) min = d;
    if (d > max) max = d;
    count++;
  }
  const out = new Int32Array(count);
  if (count === 0) return out;
  const span = max - min + 1;
  if (span <= Math.max(4 * count, 1 << 16)) {
    const starts = new Int32Array(span + 1);
    for (let i = 0; i < days.length; i++)
      if (use[i] === 1) (starts[(days[i] as number) - min + 1] as number)++;
    for (let k = 1; k <= span; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
    for (let i = 0; i < days.length; i++) {
      if (use[i] !== 1) continue;
      const slot = (days[i] as number) - min;
      out[starts[slot] as number] = i;
      starts[slot] = (starts[slot] as number) + 1;
    }
    return out;
  }
  let k = 0;
  for (let i = 0; i < days.length; i++) if (use[i] === 1) out[k++] = i;
  return out.sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
}

export const negativeStock: Check = (ctx) => {
  const date = ctx.field("date");
  const sku = ctx.field("sku");
  const qty = ctx.field("quantity");
  const qtyIn = ctx.field("qtyIn");
  const qtyOut = ctx.field("qtyOut");
  const first = qty ?? qtyIn ?? qtyOut;
  if (date?.num === undefined || sku === undefined || sku.num !== undefined || first === undefined) return [];
  const n = sku.status.length;
  const caseSensitive = sku.col.rule.caseSensitive === true;
  const skuKeys = new LazyTextKeys(n, (i) => sku.textAt(i), caseSensitive);
  const location = ctx.field("location");
  // A movement without a location is its own place (""), not skipped.
  const keys: KeySource =
    location === undefined
      ? skuKeys
      : new CompositeKeys(
          [skuKeys, new LazyTextKeys(n, (i) => location.textAt(i) ?? "", caseSensitive)],
          "any",
        );
  const leader = firstOccurrences(keys);
  const change = signedValues(qty, qtyIn, qtyOut, n);
  const broken = new Uint8Array(n);
  const use = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const l = leader[i] as number;
    if (l < 0) continue;
    if (change[i] !== change[i] || date.status[i] === BAD) broken[l] = 1;
    else if (date.status[i] === OK) use[i] = 1;
  }
  const order = orderByDay(date.num, use);
  const stock = new Float64Array(n);
  const reported = new Uint8Array(n);
  const issues: Issue[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const l = leader[i] as number;
    if (broken[l] === 1) continue;
    const after = (stock[l] as number) + (change[i] as number);
    stock[l] = after;
    if (after < 0 && reported[l] === 0) {
      reported[l] = 1;
      issues.push(
        first.issues.at(i, "negative_stock", {
          item: keys.show(i),
          date: isoFromDay(date.num[i] as number),
          balance: showQuantity(after, decimalsAt(first, i)),
        }),
      );
    }
  }
  let checked = 0;
  for (let i = 0; i < n; i++) if (leader[i] === i && broken[i] === 0) checked++;
  return [
    {
      rule: "negative_stock",
      code: "negative_stock",
      column: first.col.header,
      checked,
      failed: issues.length,
      issues,
    },
  ];
};
