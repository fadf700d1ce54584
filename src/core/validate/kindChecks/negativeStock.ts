/**
 * `negative_stock`: movements replayed per SKU × location in date order (by Excel row within a date) must
 * never take stock below zero; the first movement that does is reported for each SKU × location. The
 * replay starts from zero, so opening stock belongs in the movements (a receipt or adjustment). A SKU ×
 * location with an unreadable date or quantity is not replayed: its cells are already reported.
 */
import type { Issue } from "../../issues";
import { isoFromDay } from "../../dates";
import { CompositeKeys, firstOccurrences, TextKeys, type KeySource } from "../keys";
import { showQuantity, decimalsAt } from "../show";
import { BAD, OK, type Check, type ColumnValues } from "../types";

/** Record indices ordered by day, stable in row order: a counting sort when days span a sane range. */
export function orderByDay(days: Float64Array, use: Uint8Array): Int32Array {
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

/** Location keys with blanks kept as "" so a movement without a location is its own place, not skipped. */
function locationKeys(loc: ColumnValues | undefined): KeySource | undefined {
  if (loc?.text === undefined) return undefined;
  return new TextKeys(
    loc.text.map((t) => t ?? ""),
    loc.col.rule.caseSensitive === true,
  );
}

export const negativeStock: Check = (ctx) => {
  const date = ctx.field("date");
  const sku = ctx.field("sku");
  const qty = ctx.field("quantity");
  const qtyIn = ctx.field("qtyIn");
  const qtyOut = ctx.field("qtyOut");
  const first = qty ?? qtyIn ?? qtyOut;
  if (date?.num === undefined || sku?.text === undefined || first === undefined) return [];
  const n = sku.status.length;
  const skuKeys = new TextKeys(sku.text, sku.col.rule.caseSensitive === true);
  const loc = locationKeys(ctx.field("location"));
  const keys = loc === undefined ? skuKeys : new CompositeKeys([skuKeys, loc], "any");
  const leader = firstOccurrences(keys);
  const side = (cv: ColumnValues | undefined, i: number): number => {
    if (cv?.num === undefined) return 0;
    const s = cv.status[i];
    return s === OK ? (cv.num[i] as number) : s === BAD ? NaN : 0;
  };
  const change = new Float64Array(n);
  const broken = new Uint8Array(n);
  const use = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const l = leader[i] as number;
    if (l < 0) continue;
    const x = qty !== undefined ? side(qty, i) : side(qtyIn, i) - side(qtyOut, i);
    if (x !== x || date.status[i] === BAD) broken[l] = 1;
    else if (date.status[i] === OK) {
      change[i] = x;
      use[i] = 1;
    }
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
