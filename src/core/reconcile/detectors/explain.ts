/** Runs every detector over what stays open and returns the findings in a row-order-independent order. */
import type { Ctx } from "../context";
import type { Finding, FindingKind, Match, Statement } from "../types";
import { findDifferenceItems, findUnexplainedItems } from "./difference";
import { findDuplicates } from "./duplicates";
import { findAmountSlips, findDayMonthSwaps, type SlipWindow } from "./slips";

const KIND_ORDER: readonly FindingKind[] = [
  "duplicate",
  "transposed_digits",
  "sign_flip",
  "decimal_shift",
  "day_month_swap",
  "sums_to_difference",
];

function sortKey(ctx: Ctx, f: Finding): string {
  const l = f.left.map((i) => ctx.left.rec.keys[i] as string).sort();
  const r = f.right.map((j) => ctx.right.rec.keys[j] as string).sort();
  return `${String(KIND_ORDER.indexOf(f.kind)).padStart(2, "0")}\u0001${f.matchId ?? ""}\u0001${l.join("\u0001")}\u0002${r.join("\u0001")}`;
}

/** `matches`: those whose sides differ (the only ones a detector looks into), in result order. */
export function explainDifferences(
  ctx: Ctx,
  matches: readonly Match[],
  statements: readonly Statement[],
  window: SlipWindow,
): Finding[] {
  const all = [
    ...findDuplicates(ctx),
    ...findAmountSlips(ctx, window, matches),
    ...findDayMonthSwaps(ctx, window),
    ...findDifferenceItems(ctx, matches),
    ...findUnexplainedItems(ctx, statements),
  ];
  const keyed = all.map((f) => ({ f, key: sortKey(ctx, f) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.f);
}
