/**
 * Turns the drafts of a run into its result: match ids and reasons, matches in date order, per-row match
 * indices, open rows, adjustments, statements, findings and the summary. Sorting uses counting sorts by
 * day and numeric hashes, so a million matches do not pay for string comparisons.
 */
import { makeIssue, type Issue } from "../issues";
import { proposeAdjustments } from "./adjustments";
import type { Ctx, SideCtx } from "./context";
import { explainDifferences } from "./detectors/explain";
import type { SlipWindow } from "./detectors/slips";
import { money } from "./detectors/where";
import type { CompiledRule } from "./evaluate";
import { clashSuffixes, formatMatchId, groupHash, groupSignature, pairIdHash } from "./matchId";
import { MatchTable } from "./matchTable";
import { PairFacts } from "./reasonFacts";
import { buildStatements, type Balances } from "./statement";
import { summarize } from "./summary";
import type { ReconcileResult } from "./types";

export interface FinishOptions {
  readonly rules: readonly CompiledRule[];
  readonly balances?: Balances;
  readonly detectors: boolean;
  readonly detectorWindow: SlipWindow;
  readonly issues: readonly Issue[];
}

/** Positions 0..n-1 ordered by day (counting sort), ties by `tie` (a comparator on each day's short run). */
function orderByDayThen(
  days: Int32Array | Float64Array,
  n: number,
  tie: (a: number, b: number) => number,
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const d = days[k] as number;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (hi - lo > 4 * n + 1024) {
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((a, b) => (days[a] as number) - (days[b] as number) || tie(a, b));
    out.set(order);
    return out;
  }
  const start = new Int32Array(hi - lo + 2);
  for (let k = 0; k < n; k++) {
    const d = (days[k] as number) - lo + 1;
    start[d] = (start[d] as number) + 1;
  }
  for (let d = 1; d < start.length; d++) start[d] = (start[d] as number) + (start[d - 1] as number);
  const fill = start.slice();
  for (let k = 0; k < n; k++) {
    const d = (days[k] as number) - lo;
    const at = fill[d] as number;
    out[at] = k;
    fill[d] = at + 1;
  }
  for (let d = 0; d + 1 < start.length; d++) {
    const a = start[d] as number;
    const b = start[d + 1] as number;
    if (b - a > 1) out.subarray(a, b).sort(tie);
  }
  return out;
}

function openRows(side: SideCtx): number[] {
  const keys = side.rec.keys;
  const open: number[] = [];
  for (let k = 0; k < side.n; k++) {
    const i = side.byDay[k] as number;
    if (side.matchOf[i] === -1) open.push(i);
  }
  // byDay is in day order; rows of one day are put in key order.
  let a = 0;
  while (a < open.length) {
    const day = side.rec.day[open[a] as number];
    let b = a + 1;
    while (b < open.length && side.rec.day[open[b] as number] === day) b++;
    if (b - a > 1) {
      const run = open.slice(a, b).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
      for (let k = a; k < b; k++) open[k] = run[k - a] as number;
    }
    a = b;
  }
  return open;
}

function keysOf(ctx: Ctx, k: number): { left: string[]; right: string[] } {
  const d = ctx.drafts;
  return {
    left: d.leftOf(k).map((i) => ctx.left.rec.keys[i] as string),
    right: d.rightOf(k).map((j) => ctx.right.rec.keys[j] as string),
  };
}

/** Hash, earliest day, difference and currency of every draft, in one pass. */
function measureDrafts(ctx: Ctx): {
  hashes: Float64Array;
  days: Float64Array;
  differences: Float64Array;
  currency: Int32Array;
} {
  const d = ctx.drafts;
  const n = d.count;
  const hashes = new Float64Array(n);
  const days = new Float64Array(n);
  const differences = new Float64Array(n);
  const currency = new Int32Array(n);
  const L = ctx.left.rec;
  const R = ctx.right.rec;
  for (let k = 0; k < n; k++) {
    const i1 = d.one.left[k] as number;
    const j1 = d.one.right[k] as number;
    if (i1 >= 0) {
      days[k] = Math.min(L.day[i1] as number, R.day[j1] as number);
      differences[k] = (R.minor[j1] as number) - (L.minor[i1] as number);
      hashes[k] = pairIdHash(ctx.left.keyHash[i1] as number, ctx.right.keyHash[j1] as number);
      currency[k] = ctx.left.cur[i1] as number;
      continue;
    }
    const left = d.leftOf(k);
    const right = d.rightOf(k);
    let day = Infinity;
    let diff = 0;
    for (const i of left) {
      day = Math.min(day, L.day[i] as number);
      diff -= L.minor[i] as number;
    }
    for (const j of right) {
      day = Math.min(day, R.day[j] as number);
      diff += R.minor[j] as number;
    }
    days[k] = day;
    differences[k] = diff;
    currency[k] =
      (left.length > 0 ? ctx.left.cur[left[0] as number] : ctx.right.cur[right[0] as number]) ?? 0;
    hashes[k] = groupHash(
      left.map((i) => ctx.left.keyHash[i] as number),
      right.map((j) => ctx.right.keyHash[j] as number),
    );
  }
  return { hashes, days, differences, currency };
}

function buildMatches(ctx: Ctx, opts: FinishOptions) {
  const d = ctx.drafts;
  const { hashes, days, differences, currency } = measureDrafts(ctx);
  const suffixes = clashSuffixes(hashes, (k) => {
    const keys = keysOf(ctx, k);
    return groupSignature(keys.left, keys.right);
  });
  const idOf = (k: number): string => formatMatchId(hashes[k] as number) + (suffixes?.get(k) ?? "");
  // Ids are only compared when two groups share a hash (their suffixes then tell them apart).
  const order = orderByDayThen(
    days,
    d.count,
    (a, b) => (hashes[a] as number) - (hashes[b] as number) || (idOf(a) < idOf(b) ? -1 : 1),
  );
  const rows = new MatchTable({
    drafts: d,
    order,
    hashes,
    differences,
    currency,
    suffixes,
    currencies: ctx.currencies,
    rules: opts.rules,
    facts: new PairFacts(ctx.left.rec, ctx.right.rec, ctx.left.partyKey !== null),
  });
  const leftMatch = new Int32Array(ctx.left.n).fill(-1);
  const rightMatch = new Int32Array(ctx.right.n).fill(-1);
  for (let pos = 0; pos < order.length; pos++) {
    const k = order[pos] as number;
    const i1 = d.one.left[k] as number;
    if (i1 >= 0) {
      leftMatch[i1] = pos;
      rightMatch[d.one.right[k] as number] = pos;
      continue;
    }
    for (let a = 0, n = d.leftCount(k); a < n; a++) leftMatch[d.leftAt(k, a)] = pos;
    for (let b = 0, n = d.rightCount(k); b < n; b++) rightMatch[d.rightAt(k, b)] = pos;
  }
  return { rows, matches: rows.views(), leftMatch, rightMatch };
}

export function finish(ctx: Ctx, opts: FinishOptions): ReconcileResult {
  const { rows, matches, leftMatch, rightMatch } = buildMatches(ctx, opts);
  const unmatched = { left: openRows(ctx.left), right: openRows(ctx.right) };
  const statements = buildStatements({
    left: ctx.left.rec,
    right: ctx.right.rec,
    leftCur: ctx.left.cur,
    rightCur: ctx.right.cur,
    currencies: ctx.currencies,
    matches: rows,
    leftMatch,
    rightMatch,
    unmatched,
    ...(opts.balances === undefined ? {} : { balances: opts.balances }),
  });
  const currencyOf = (side: "left" | "right", row: number): string =>
    ctx.currencies[(side === "left" ? ctx.left.cur[row] : ctx.right.cur[row]) as number] ?? "";
  const adjustments = proposeAdjustments(matches, currencyOf);
  const findings = opts.detectors ? explainDifferences(ctx, matches, statements, opts.detectorWindow) : [];
  const issues: Issue[] = [...opts.issues, ...findings.map((f) => f.issue)];
  for (const st of statements) {
    if (st.unexplained === 0) continue;
    issues.push(
      makeIssue(
        "recon_unexplained_difference",
        { sheet: ctx.right.rec.sheet, table: ctx.right.rec.table },
        {
          amount: money(st.unexplained, st.currency),
          book: ctx.left.rec.table,
          statement: ctx.right.rec.table,
        },
      ),
    );
  }
  const summary = summarize({ ctx, matches: rows, unmatched, statements });
  return {
    left: ctx.left.rec,
    right: ctx.right.rec,
    matches,
    leftMatch,
    rightMatch,
    unmatched,
    adjustments,
    findings,
    statements,
    summary,
    issues,
  };
}
