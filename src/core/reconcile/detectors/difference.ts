/**
 * "These k open items sum to the difference": for a match whose sides differ, open rows near it whose
 * amounts make up the gap (a fee booked on its own line); for a statement that does not reconcile, one
 * or two open rows whose effect equals the unexplained amount.
 */
import { makeIssue } from "../../issues";
import { bucketOpenRows, firstMinorAtLeast, type AmountBuckets } from "../candidates";
import type { Ctx, SideCtx } from "../context";
import { fewestSubset } from "../subsetSearch";
import type { Finding, Match, Statement } from "../types";
import { locationOf, money, rowLabel } from "./where";

const NEAR_DAYS = 7;
const MAX_ITEMS = 3;
const MAX_CANDIDATES = 24;

function byKey(side: SideCtx, a: number, b: number): number {
  const ka = side.rec.keys[a] as string;
  const kb = side.rec.keys[b] as string;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Open rows within [lo, hi] days, same currency, with the given sign and |amount| ≤ limit: the
 * MAX_CANDIDATES nearest the anchor day, ties by row key, in that order. Open rows are bucketed by day
 * and sorted by amount; days are visited outwards from the anchor, one distance at a time, and the walk
 * stops once enough rows are nearer than the next distance, so a dense month costs a few days' rows.
 */
function openNear(
  side: SideCtx,
  open: AmountBuckets,
  lo: number,
  hi: number,
  anchor: number,
  cur: number,
  sign: number,
  limit: number,
): number[] {
  const out: number[] = [];
  const from = sign > 0 ? 1 : -limit;
  const to = sign > 0 ? limit : -1;
  for (let t = 0; anchor - t >= lo || anchor + t <= hi; t++) {
    // Every row nearer than t days is in: with enough of them, farther days cannot make the cut.
    if (out.length >= MAX_CANDIDATES) break;
    const level = out.length;
    collectDay(side, open, anchor - t, lo, hi, from, to, cur, out);
    if (t > 0) collectDay(side, open, anchor + t, lo, hi, from, to, cur, out);
    sortByKey(side, out, level, out.length);
  }
  if (out.length > MAX_CANDIDATES) out.length = MAX_CANDIDATES;
  return out;
}

/** Adds the open rows of day d (if inside [lo, hi]) with amounts in [from, to] and currency cur. */
function collectDay(
  side: SideCtx,
  open: AmountBuckets,
  d: number,
  lo: number,
  hi: number,
  from: number,
  to: number,
  cur: number,
  out: number[],
): void {
  if (d < lo || d > hi) return;
  const range = open.bucketStart.get(d);
  if (range === undefined) return;
  for (let k = firstMinorAtLeast(open.minor, range[0], range[1], from); k < range[1]; k++) {
    if ((open.minor[k] as number) > to) break;
    const i = open.items[k] as number;
    if (side.cur[i] !== cur || side.matchOf[i] !== -1) continue;
    out.push(i);
  }
}

/** Sorts rows[a, b) by row key, stably (insertion sort: a day holds few open rows). */
function sortByKey(side: SideCtx, rows: number[], a: number, b: number): void {
  if (b - a > 64) {
    const run = rows.slice(a, b).sort((x, y) => byKey(side, x, y));
    for (let k = a; k < b; k++) rows[k] = run[k - a] as number;
    return;
  }
  const keys = side.rec.keys;
  for (let k = a + 1; k < b; k++) {
    const row = rows[k] as number;
    const key = keys[row] as string;
    let t = k - 1;
    while (t >= a && (keys[rows[t] as number] as string) > key) {
      rows[t + 1] = rows[t] as number;
      t--;
    }
    rows[t + 1] = row;
  }
}

function smallestSubset(side: SideCtx, rows: readonly number[], target: number): number[] | null {
  const best = fewestSubset({
    sizes: rows.map((i) => Math.abs(side.rec.minor[i] as number)),
    target,
    below: 0,
    above: 0,
    minSize: 1,
    maxSize: MAX_ITEMS,
    maxSolutions: 16,
    maxNodes: 5000,
  });
  return best === null ? null : best.map((p) => rows[p] as number).sort((a, b) => byKey(side, a, b));
}

/** Open rows that make up the difference of each match whose sides differ. */
export function findDifferenceItems(ctx: Ctx, matches: readonly Match[]): Finding[] {
  const out: Finding[] = [];
  if (!matches.some((m) => m.difference !== 0)) return out;
  const openLeft = bucketOpenRows(ctx.left, 1);
  const openRight = bucketOpenRows(ctx.right, 1);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    const d = m.difference;
    if (d === 0) continue;
    const left = m.left;
    const right = m.right;
    const anchor = ctx.left.rec.day[left[0] as number] as number;
    let first = anchor;
    let last = anchor;
    for (const i of left) {
      first = Math.min(first, ctx.left.rec.day[i] as number);
      last = Math.max(last, ctx.left.rec.day[i] as number);
    }
    for (const j of right) {
      first = Math.min(first, ctx.right.rec.day[j] as number);
      last = Math.max(last, ctx.right.rec.day[j] as number);
    }
    const lo = first - NEAR_DAYS;
    const hi = last + NEAR_DAYS;
    const cur = ctx.left.cur[left[0] as number] as number;
    const gap = Math.abs(d);
    const sign = d > 0 ? 1 : -1;
    // A left row a closes the gap when Σleft + a = Σright (a = d); a right row b when Σright + b = Σleft (b = −d).
    const leftRows = smallestSubset(
      ctx.left,
      openNear(ctx.left, openLeft, lo, hi, anchor, cur, sign, gap),
      gap,
    );
    // One left row is as short as an answer gets, and the left side wins ties: the right side can
    // only matter when the left has no single row.
    const rightRows =
      leftRows !== null && leftRows.length === 1
        ? null
        : smallestSubset(ctx.right, openNear(ctx.right, openRight, lo, hi, anchor, cur, -sign, gap), gap);
    const useLeft = leftRows !== null && (rightRows === null || leftRows.length <= rightRows.length);
    const rows = useLeft ? leftRows : rightRows;
    if (rows === null) continue;
    const side = useLeft ? ctx.left : ctx.right;
    const issue = makeIssue("recon_sums_to_difference", locationOf(side.rec, rows[0] as number), {
      amount: money(d, m.currency),
      subject: `inside match ${m.id}`,
      count: rows.length,
      items: rows.map((r) => rowLabel(side.rec, r)).join(", "),
    });
    out.push({
      kind: "sums_to_difference",
      left: useLeft ? rows : [],
      right: useLeft ? [] : rows,
      amount: d,
      currency: m.currency,
      matchId: m.id,
      issue,
    });
  }
  return out;
}

/**
 * One or two open rows whose effect on the statement is the unexplained difference turned round: were they
 * not open (already on the statement, or booked twice), the statement would reconcile.
 */
export function findUnexplainedItems(ctx: Ctx, statements: readonly Statement[]): Finding[] {
  const out: Finding[] = [];
  for (const st of statements) {
    const u = st.unexplained;
    if (u === 0) continue;
    // Effects: an open left row moves the book by −amount, an open right row by +amount.
    const effects: { side: "left" | "right"; row: number; effect: number; key: string }[] = [];
    for (const line of st.lines) {
      for (const i of line.left)
        effects.push({
          side: "left",
          row: i,
          effect: -(ctx.left.rec.minor[i] as number),
          key: `L${ctx.left.rec.keys[i] as string}`,
        });
      for (const j of line.right)
        effects.push({
          side: "right",
          row: j,
          effect: ctx.right.rec.minor[j] as number,
          key: `R${ctx.right.rec.keys[j] as string}`,
        });
    }
    effects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const target = -u;
    let pick = effects.filter((e) => e.effect === target).slice(0, 1);
    if (pick.length === 0) {
      const seen = new Map<number, number>();
      for (let k = 0; k < effects.length && pick.length === 0; k++) {
        const e = effects[k] as (typeof effects)[number];
        const partner = seen.get(target - e.effect);
        if (partner !== undefined) pick = [effects[partner] as (typeof effects)[number], e];
        if (!seen.has(e.effect)) seen.set(e.effect, k);
      }
    }
    if (pick.length === 0) continue;
    const first = pick[0] as (typeof effects)[number];
    const firstSet = first.side === "left" ? ctx.left.rec : ctx.right.rec;
    const issue = makeIssue("recon_sums_to_difference", locationOf(firstSet, first.row), {
      amount: money(u, st.currency),
      subject: `left unexplained by the ${st.currency || "statement"} reconciliation`,
      count: pick.length,
      items: pick.map((e) => rowLabel(e.side === "left" ? ctx.left.rec : ctx.right.rec, e.row)).join(", "),
    });
    out.push({
      kind: "sums_to_difference",
      left: pick.filter((e) => e.side === "left").map((e) => e.row),
      right: pick.filter((e) => e.side === "right").map((e) => e.row),
      amount: u,
      currency: st.currency,
      issue,
    });
  }
  return out;
}
