/**
 * What else a suggestion could have been, for a person choosing between candidates (an ambiguous
 * suggestion says "1 other candidate as good" but not which). For a one-to-one match: for each side, the
 * rows of the other side, open or held by a suggestion, whose amount and date the match's rule allows —
 * nearest amount first, then nearest date. For a split (many:1, 1:many): the other groups of rows that
 * sum to its single row within the rule's amount and date limits — fewest rows first. Evidence
 * (reference, party, text) is left to the person.
 */
import { isoFromDay } from "../../core/dates";
import {
  allowanceBoundIn,
  amountAllowed,
  compileRule,
  defineRule,
  findSubsets,
  knownParties,
  type CompiledRule,
  type Match,
  type ReconcileResult,
  type Side,
} from "../../core/reconcile";
import type { ReconcileOutcome } from "./runEngine";

export interface CandidateView {
  readonly side: Side;
  readonly key: string;
  readonly record: number;
  readonly row: number;
  readonly date: string;
  /** This row's date minus the date of the row it would be paired with, in days. */
  readonly days: number;
  readonly minor: number;
  readonly currency: string;
  readonly reference: string;
  readonly description: string;
  /** The suggestion holding this row now, or null when the row is open. */
  readonly matchId: string | null;
}

/** The row of a match that candidates would pair with, and the rule whose limits they meet. */
export interface CandidateSubject {
  readonly side: Side;
  readonly rule: string;
  readonly key: string;
  readonly row: number;
  readonly date: string;
  readonly minor: number;
  readonly currency: string;
}

function subjectOf(
  r: ReconcileResult,
  side: Side,
  i: number,
  cr: CompiledRule,
  currency: string,
): CandidateSubject {
  const records = side === "left" ? r.left : r.right;
  return {
    side,
    rule: cr.rule.id,
    key: records.keys[i] as string,
    row: records.rows[i] as number,
    date: isoFromDay(records.day[i] as number),
    minor: records.minor[i] as number,
    currency,
  };
}

export interface RowCandidates extends CandidateSubject {
  /** Rows of the other side, best first. */
  readonly candidates: readonly CandidateView[];
  /** How many qualified in all (the list stops at the limit). */
  readonly total: number;
}

/**
 * The match's rule, compiled; for a match made by hand or accepted (or a rule edited since the run), an
 * exact-amount rule with the detectors' window.
 */
export function ruleOf(outcome: ReconcileOutcome, m: Match): CompiledRule {
  const rule = outcome.setup.rules.find((r) => r.id === m.rule);
  return compileRule(rule ?? defineRule({ id: m.rule, date: { before: 7, after: 14 } }), 0);
}

/** A row of the other side `days` after a row of `from` is within the rule's date window. */
function withinWindow(cr: CompiledRule, from: Side, days: number): boolean {
  // Windows are stated as right date − left date.
  const rightMinusLeft = from === "left" ? days : -days;
  return cr.anyDate || (rightMinusLeft >= -cr.before && rightMinusLeft <= cr.after);
}

/** Row k (of the side whose matches `matchOf` lists) is held by a confirmed match. */
export function confirmedAt(r: ReconcileResult, matchOf: Int32Array, k: number): boolean {
  const pos = matchOf[k] as number;
  return pos !== -1 && r.matches[pos]?.status === "confirmed";
}

function rowsFor(
  outcome: ReconcileOutcome,
  m: Match,
  from: Side,
  limit: number,
  cr: CompiledRule,
): RowCandidates {
  const r: ReconcileResult = outcome.result;
  const own = from === "left" ? r.left : r.right;
  const other = from === "left" ? r.right : r.left;
  const otherMatch = from === "left" ? r.rightMatch : r.leftMatch;
  const i = (from === "left" ? m.left[0] : m.right[0]) as number;
  const partner = (from === "left" ? m.right[0] : m.left[0]) as number;
  const currency = own.currency[i] as string;
  const amount = own.minor[i] as number;
  const day = own.day[i] as number;
  // Records without a currency are in the run's default one: the tolerance's scale is that currency's.
  const named = currency || outcome.setup.currency;
  const found: { k: number; gap: number; days: number }[] = [];
  for (let k = 0; k < other.size; k++) {
    if (k === partner) continue;
    if (cr.sameCurrency && (other.currency[k] as string) !== currency) continue;
    const theirs = other.minor[k] as number;
    if (
      !(from === "left"
        ? amountAllowed(cr, currency, amount, theirs)
        : amountAllowed(cr, currency, theirs, amount))
    )
      continue;
    const days = (other.day[k] as number) - day;
    if (!withinWindow(cr, from, days) || confirmedAt(r, otherMatch, k)) continue;
    found.push({ k, gap: Math.abs(theirs - amount), days });
  }
  found.sort((a, b) => a.gap - b.gap || Math.abs(a.days) - Math.abs(b.days) || a.k - b.k);
  const otherSide: Side = from === "left" ? "right" : "left";
  return {
    ...subjectOf(r, from, i, cr, named),
    total: found.length,
    candidates: found.slice(0, limit).map(({ k, days }) => viewOf(r, otherSide, k, days, named)),
  };
}

/** Row k of `side` as a candidate, `days` from the row it would be paired with. */
export function viewOf(
  r: ReconcileResult,
  side: Side,
  k: number,
  days: number,
  currency: string,
): CandidateView {
  const records = side === "left" ? r.left : r.right;
  const pos = (side === "left" ? r.leftMatch : r.rightMatch)[k] as number;
  return {
    side,
    key: records.keys[k] as string,
    record: k,
    row: records.rows[k] as number,
    date: isoFromDay(records.day[k] as number),
    days,
    minor: records.minor[k] as number,
    currency,
    reference: records.reference[k] as string,
    description: records.description[k] as string,
    matchId: pos === -1 ? null : (r.matches[pos]?.id ?? null),
  };
}

/**
 * Other candidates for each side of a one-to-one match (empty for groups: see otherGroups). At most
 * `limit` a side.
 */
export function otherCandidates(outcome: ReconcileOutcome, matchId: string, limit = 10): RowCandidates[] {
  const m = outcome.result.matches.find((x) => x.id === matchId);
  if (!m || m.cardinality !== "1:1") return [];
  const cr = ruleOf(outcome, m);
  return [rowsFor(outcome, m, "left", limit, cr), rowsFor(outcome, m, "right", limit, cr)];
}

export interface GroupCandidate {
  /** Rows of the "many" side, in date order. */
  readonly members: readonly CandidateView[];
  /** Their sum, in minor units. */
  readonly minor: number;
}

/** For the split's single row (on `side`): */
export interface SplitCandidates extends CandidateSubject {
  /** Other groups of the other side, fewest rows first, then nearest sum, then nearest dates. */
  readonly groups: readonly GroupCandidate[];
  /** How many other groups were found in all (the list stops at the limit). */
  readonly total: number;
  /** Rows of the other side looked at: the rule's candidates per row, same party first, then nearest dates. */
  readonly looked: number;
  /** The single row has a party (its cell, or named in its description), so that party's rows came first. */
  readonly byParty: boolean;
  /** The search stopped at its bound: there may be more groups than found. */
  readonly truncated: boolean;
}

/** Groups found at most, and steps of the search: enough for a person, bounded for a dense window. */
const MAX_GROUPS_FOUND = 200;
const MAX_GROUP_NODES = 200_000;

/**
 * For a split suggestion (many:1 or 1:many): the other groups of 2 up to the rule's largest group of
 * rows of the "many" side, open or held by a suggestion, dated within the rule's window of the single
 * row, whose sum the rule's amount test accepts. The rows looked at are the rule's candidates per row:
 * those of the single row's party first, then the nearest in date. Null for other matches.
 */
export function otherGroups(outcome: ReconcileOutcome, matchId: string, limit = 5): SplitCandidates | null {
  const r = outcome.result;
  const m = r.matches.find((x) => x.id === matchId);
  if (!m || (m.cardinality !== "many:1" && m.cardinality !== "1:many")) return null;
  const cr = ruleOf(outcome, m);
  const oneIsLeft = m.cardinality === "1:many";
  const side: Side = oneIsLeft ? "left" : "right";
  const manySide: Side = oneIsLeft ? "right" : "left";
  const one = oneIsLeft ? r.left : r.right;
  const many = oneIsLeft ? r.right : r.left;
  const manyMatch = oneIsLeft ? r.rightMatch : r.leftMatch;
  const x = (oneIsLeft ? m.left[0] : m.right[0]) as number;
  const current = [...(oneIsLeft ? m.right : m.left)].sort((a, b) => a - b).join(",");
  const currency = one.currency[x] as string;
  const named = currency || outcome.setup.currency;
  const target = one.minor[x] as number;
  const day = one.day[x] as number;
  const slack = allowanceBoundIn(cr, named, target);
  // Parties as the run saw them: a bank deposit without a party cell names its payer in its description.
  const parties = knownParties([r.left, r.right]);
  const party = parties === null ? "" : parties.partyOf(one, x);
  const near: { k: number; days: number; party: number }[] = [];
  for (let k = 0; k < many.size; k++) {
    const minor = many.minor[k] as number;
    // Same sign as the single row, and not alone beyond it.
    if (minor === 0 || Math.sign(minor) !== Math.sign(target) || Math.abs(minor) > Math.abs(target) + slack)
      continue;
    if (cr.sameCurrency && (many.currency[k] as string) !== currency) continue;
    const days = (many.day[k] as number) - day;
    if (!withinWindow(cr, side, days) || confirmedAt(r, manyMatch, k)) continue;
    // The run found its candidates by evidence: rows of the same party come first here.
    near.push({ k, days, party: party !== "" && parties?.partyOf(many, k) === party ? 0 : 1 });
  }
  near.sort((a, b) => a.party - b.party || Math.abs(a.days) - Math.abs(b.days) || a.k - b.k);
  const pool = near.slice(0, cr.rule.maxCandidates);
  const answer = findSubsets({
    sizes: pool.map(({ k }) => Math.abs(many.minor[k] as number)),
    target: Math.abs(target),
    below: slack,
    above: slack,
    minSize: 2,
    maxSize: cr.rule.maxGroupSize,
    maxSolutions: MAX_GROUPS_FOUND,
    maxNodes: MAX_GROUP_NODES,
  });
  const found: { members: { k: number; days: number }[]; minor: number; spread: number }[] = [];
  for (const positions of answer.solutions) {
    const members = positions.map((p) => pool[p] as { k: number; days: number });
    const ks = members.map((c) => c.k).sort((a, b) => a - b);
    if (ks.join(",") === current) continue;
    const sum = members.reduce((t, c) => t + (many.minor[c.k] as number), 0);
    const allowed = oneIsLeft ? amountAllowed(cr, named, target, sum) : amountAllowed(cr, named, sum, target);
    if (!allowed) continue;
    const spread = members.reduce((t, c) => t + Math.abs(c.days), 0);
    found.push({ members, minor: sum, spread });
  }
  found.sort(
    (a, b) =>
      a.members.length - b.members.length ||
      Math.abs(a.minor - target) - Math.abs(b.minor - target) ||
      a.spread - b.spread,
  );
  return {
    ...subjectOf(r, side, x, cr, named),
    total: found.length,
    looked: pool.length,
    byParty: party !== "",
    truncated: answer.truncated,
    groups: found.slice(0, limit).map((g) => ({
      minor: g.minor,
      members: [...g.members]
        .sort((a, b) => a.days - b.days || a.k - b.k)
        .map(({ k, days }) => viewOf(r, manySide, k, days, named)),
    })),
  };
}
