/**
 * "These k open items sum to the difference": for a match whose sides differ, open rows near it whose
 * amounts make up the gap (a fee booked on its own line); for a statement that does not reconcile, one
 * or two open rows whose effect equals the unexplained amount.
 */
import { makeIssue } from "../../issues";
import { bucketOpenRows, firstMinorAtLeast, type AmountBuckets } from "../candidates";
import type { Ctx, SideCtx } from "../context";
import { findSubsets } from "../subsetSearch";
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
 * Open rows within [lo, hi] days, same currency, with the given sign and |amount| ≤ limit, nearest first.
 * Open rows are bucketed by day and sorted by amount; days are visited outwards from the anchor and the
 * walk stops once enough rows are nearer than the next day, so a dense month costs a few days' rows.
 */
function openNear(
  side: SideCtx,
  open: AmountBuckets,
  window: { lo: number; hi: number; anchor: number },
  cur: number,
  sign: number,
  limit: number,
): number[] {
  const { lo, hi, anchor } = window;
  const out: number[] = [];
  const from = sign > 0 ? 1 : -limit;
  const to = sign > 0 ? limit : -1;
  const collect = (d: number): void => {
    if (d < lo || d > hi) return;
    const range = open.bucketStart.get(d);
    if (range === undefined) return;
    for (let k = firstMinorAtLeast(open.minor, range[0], range[1], from); k < range[1]; k++) {
      if ((open.minor[k] as number) > to) break;
      const i = open.items[k] as number;
      if (side.cur[i] !== cur || side.matchOf[i] !== -1) continue;
      out.push(i);
    }
  };
  for (let t = 0; anchor - t >= lo || anchor + t <= hi; t++) {
    // Every row nearer than t days is in: with enough of them, farther days cannot make the cut.
    if (out.length >= MAX_CANDIDATES) break;
    collect(anchor - t);
    if (t > 0) collect(anchor + t);
  }
  return nearest(side, out, anchor, MAX_CANDIDATES);
}

/**
 * The `max` rows nearest the anchor day, ties by row key, in that order. Dense windows hold thousands
 * of rows: only those at the cut-off distance are compared by key, not all of them.
 */
function nearest(side: SideCtx, rows: number[], anchor: number, max: number): number[] {
  const day = side.rec.day;
  const distance = (i: number): number => Math.abs((day[i] as number) - anchor);
  const order = (a: number, b: number): number => distance(a) - distance(b) || byKey(side, a, b);
  if (rows.length <= max) return rows.sort(order);
  let far = 0;
  for (const i of rows) far = Math.max(far, distance(i));
  const count = new Int32Array(far + 1);
  for (const i of rows) count[distance(i)] = (count[distance(i)] as number) + 1;
  let cut = 0;
  for (let seen = count[0] as number; seen < max; seen += count[cut] as number) cut++;
  const kept = rows.filter((i) => distance(i) < cut);
  const atCut = rows.filter((i) => distance(i) === cut).sort((a, b) => byKey(side, a, b));
  for (let k = 0; kept.length < max; k++) kept.push(atCut[k] as number);
  return kept.sort(order);
}

function smallestSubset(side: SideCtx, rows: readonly number[], target: number): number[] | null {
  const answer = findSubsets({
    sizes: rows.map((i) => Math.abs(side.rec.minor[i] as number)),
    target,
    below: 0,
    above: 0,
    minSize: 1,
    maxSize: MAX_ITEMS,
    maxSolutions: 16,
    maxNodes: 5000,
  });
  let best: number[] | null = null;
  for (const sol of answer.solutions) if (best === null || sol.length < best.length) best = sol;
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
    const days = [
      ...m.left.map((i) => ctx.left.rec.day[i] as number),
      ...m.right.map((j) => ctx.right.rec.day[j] as number),
    ];
    const window = {
      lo: Math.min(...days) - NEAR_DAYS,
      hi: Math.max(...days) + NEAR_DAYS,
      anchor: days[0] as number,
    };
    const cur = ctx.left.cur[m.left[0] as number] as number;
    const gap = Math.abs(d);
    // A left row a closes the gap when Σleft + a = Σright (a = d); a right row b when Σright + b = Σleft (b = −d).
    const leftRows = smallestSubset(
      ctx.left,
      openNear(ctx.left, openLeft, window, cur, Math.sign(d), gap),
      gap,
    );
    // One left row is as short as an answer gets, and the left side wins ties: the right side can
    // only matter when the left has no single row.
    const rightRows =
      leftRows !== null && leftRows.length === 1
        ? null
        : smallestSubset(ctx.right, openNear(ctx.right, openRight, window, cur, -Math.sign(d), gap), gap);
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
