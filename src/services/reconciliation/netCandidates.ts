/**
 * What else an ambiguous many:many suggestion could have been: the run found other groups of rows that
 * net to the same sum and share a row with it, and kept the best. For a person choosing, this lists such
 * groups again — rows of both sides, open or held by a suggestion, dated within the rule's window of the
 * suggestion's rows, whose sums the rule's amount test accepts — fewest rows first. The rows looked at on
 * each side are the suggestion's own, then those of its parties, then the nearest in date, a dozen at most:
 * the search pairs every small group of one side with those of the other, so it stays bounded.
 */
import { isoFromDay } from "../../core/dates";
import { allowanceBoundIn, amountAllowed, knownParties, type Side } from "../../core/reconcile";
import { confirmedAt, ruleOf, viewOf, type CandidateView } from "./candidates";
import type { ReconcileOutcome } from "./runEngine";

export interface NetGroup {
  /** Rows of each side, in date order, with their days from the suggestion's first date. */
  readonly left: readonly CandidateView[];
  readonly right: readonly CandidateView[];
  /** The sums of the two sides, in minor units. */
  readonly leftMinor: number;
  readonly rightMinor: number;
}

export interface NetCandidates {
  readonly rule: string;
  readonly currency: string;
  /** The suggestion's first date, which each row's days count from. */
  readonly date: string;
  /** Other groups sharing a row with the suggestion, fewest rows first, then nearest sums, then dates. */
  readonly groups: readonly NetGroup[];
  /** How many were found in all (the list stops at the limit). */
  readonly total: number;
  /** Rows looked at on each side. */
  readonly looked: { readonly left: number; readonly right: number };
  /** The search stopped at its bound: there may be more groups than found. */
  readonly truncated: boolean;
}

/** Rows looked at per side, and groups found at most. */
const POOL = 12;
const MAX_FOUND = 200;

interface Subset {
  readonly rows: readonly number[];
  readonly sum: number;
}

/** Every group of 1 up to `max` of `pool`'s rows with its sum, smallest sum first. */
function subsets(pool: readonly number[], minor: Float64Array, max: number): Subset[] {
  const out: Subset[] = [];
  const pick: number[] = [];
  const walk = (from: number, sum: number): void => {
    if (pick.length > 0) out.push({ rows: [...pick], sum });
    if (pick.length === max) return;
    for (let p = from; p < pool.length; p++) {
      const k = pool[p] as number;
      pick.push(k);
      walk(p + 1, sum + (minor[k] as number));
      pick.pop();
    }
  };
  walk(0, 0);
  return out.sort((a, b) => a.sum - b.sum);
}

/** Index of the first subset whose sum is at least `sum`. */
function firstFrom(list: readonly Subset[], sum: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Subset).sum < sum) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For a many:many suggestion: other groups of both sides that net to the same sum within its rule's
 * limits and share at least one of its rows. Null for other matches.
 */
export function otherNetGroups(outcome: ReconcileOutcome, matchId: string, limit = 5): NetCandidates | null {
  const r = outcome.result;
  const m = r.matches.find((x) => x.id === matchId);
  if (!m || m.cardinality !== "many:many") return null;
  const cr = ruleOf(outcome, m);
  const first = m.left[0] as number;
  const currency = r.left.currency[first] as string;
  const named = currency || outcome.setup.currency;
  const days = [
    ...m.left.map((i) => r.left.day[i] as number),
    ...m.right.map((j) => r.right.day[j] as number),
  ];
  const from = Math.min(...days);
  const to = Math.max(...days);
  const gap = cr.before + cr.after;
  const middle = (from + to) / 2;
  // Parties as the run saw them: a statement line without a party cell names its payer in its description.
  const parties = knownParties([r.left, r.right]);
  const theirs = new Set<string>();
  if (parties !== null) {
    for (const i of m.left) theirs.add(parties.partyOf(r.left, i));
    for (const j of m.right) theirs.add(parties.partyOf(r.right, j));
    theirs.delete("");
  }
  const poolOf = (side: Side, own: readonly number[]): number[] => {
    const records = side === "left" ? r.left : r.right;
    const matchOf = side === "left" ? r.leftMatch : r.rightMatch;
    const mine = new Set(own);
    const near: { k: number; rank: number; days: number }[] = [];
    for (let k = 0; k < records.size; k++) {
      const day = records.day[k] as number;
      if (!mine.has(k)) {
        if ((records.minor[k] as number) === 0 || confirmedAt(r, matchOf, k)) continue;
        if (cr.sameCurrency && (records.currency[k] as string) !== currency) continue;
        if (!cr.anyDate && (day < from - gap || day > to + gap)) continue;
      }
      const party = parties === null ? "" : parties.partyOf(records, k);
      near.push({ k, rank: mine.has(k) ? 0 : theirs.has(party) ? 1 : 2, days: Math.abs(day - middle) });
    }
    near.sort((a, b) => a.rank - b.rank || a.days - b.days || a.k - b.k);
    return near.slice(0, Math.max(POOL, own.length)).map((c) => c.k);
  };
  const leftPool = poolOf("left", m.left);
  const rightPool = poolOf("right", m.right);
  const max = cr.rule.maxGroupSize;
  const lefts = subsets(leftPool, r.left.minor, max);
  const rights = subsets(rightPool, r.right.minor, max);
  const inMatchL = new Set(m.left);
  const inMatchR = new Set(m.right);
  const current = `${[...m.left].sort((a, b) => a - b).join(",")}|${[...m.right].sort((a, b) => a - b).join(",")}`;
  const found: { l: Subset; r: Subset; spread: number }[] = [];
  let truncated = false;
  search: for (const l of lefts) {
    const slack = cr.amount === "any" ? Number.POSITIVE_INFINITY : allowanceBoundIn(cr, named, l.sum);
    for (let k = firstFrom(rights, l.sum - slack); k < rights.length; k++) {
      const g = rights[k] as Subset;
      if (g.sum > l.sum + slack) break;
      if (l.rows.length + g.rows.length < 3 || (l.rows.length === 1 && g.rows.length === 1)) continue;
      if (!l.rows.some((i) => inMatchL.has(i)) && !g.rows.some((j) => inMatchR.has(j))) continue;
      const key = `${[...l.rows].sort((a, b) => a - b).join(",")}|${[...g.rows].sort((a, b) => a - b).join(",")}`;
      if (key === current || !amountAllowed(cr, named, l.sum, g.sum)) continue;
      const rowDays = [
        ...l.rows.map((i) => r.left.day[i] as number),
        ...g.rows.map((j) => r.right.day[j] as number),
      ];
      const spread = Math.max(...rowDays) - Math.min(...rowDays);
      if (!cr.anyDate && spread > gap) continue;
      found.push({ l, r: g, spread });
      if (found.length === MAX_FOUND) {
        truncated = true;
        break search;
      }
    }
  }
  found.sort(
    (a, b) =>
      a.l.rows.length + a.r.rows.length - (b.l.rows.length + b.r.rows.length) ||
      Math.abs(a.r.sum - a.l.sum) - Math.abs(b.r.sum - b.l.sum) ||
      a.spread - b.spread,
  );
  const view = (side: Side, rows: readonly number[]): CandidateView[] => {
    const records = side === "left" ? r.left : r.right;
    return [...rows]
      .sort((a, b) => (records.day[a] as number) - (records.day[b] as number) || a - b)
      .map((k) => viewOf(r, side, k, (records.day[k] as number) - from, named));
  };
  return {
    rule: cr.rule.id,
    currency: named,
    date: isoFromDay(from),
    total: found.length,
    looked: { left: leftPool.length, right: rightPool.length },
    truncated,
    groups: found.slice(0, limit).map((g) => ({
      left: view("left", g.l.rows),
      right: view("right", g.r.rows),
      leftMinor: g.l.sum,
      rightMinor: g.r.sum,
    })),
  };
}
