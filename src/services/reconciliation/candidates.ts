/**
 * The other rows a one-to-one match could have taken, for a person choosing between candidates (an
 * ambiguous suggestion says "1 other candidate as good" but not which): for each side of the match, the
 * rows of the other side, open or held by a suggestion, whose amount and date the match's rule allows —
 * nearest amount first, then nearest date. Evidence (reference, party, text) is left to the person.
 */
import { isoFromDay } from "../../core/dates";
import {
  amountAllowed,
  compileRule,
  defineRule,
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

export interface RowCandidates {
  /** The match's row the candidates would pair with. */
  readonly side: Side;
  /** The rule whose amount and date limits the candidates meet. */
  readonly rule: string;
  readonly key: string;
  readonly row: number;
  readonly date: string;
  readonly minor: number;
  readonly currency: string;
  /** Rows of the other side, best first. */
  readonly candidates: readonly CandidateView[];
  /** How many qualified in all (the list stops at the limit). */
  readonly total: number;
}

/**
 * The match's rule, compiled; for a match made by hand or accepted (or a rule edited since the run), an
 * exact-amount rule with the detectors' window.
 */
function ruleOf(outcome: ReconcileOutcome, m: Match): CompiledRule {
  const rule = outcome.setup.rules.find((r) => r.id === m.rule);
  return compileRule(rule ?? defineRule({ id: m.rule, date: { before: 7, after: 14 } }), 0);
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
    // Windows are stated as right date − left date.
    const days = (other.day[k] as number) - day;
    const rightMinusLeft = from === "left" ? days : -days;
    if (!cr.anyDate && (rightMinusLeft < -cr.before || rightMinusLeft > cr.after)) continue;
    const pos = otherMatch[k] as number;
    if (pos !== -1 && r.matches[pos]?.status === "confirmed") continue;
    found.push({ k, gap: Math.abs(theirs - amount), days });
  }
  found.sort((a, b) => a.gap - b.gap || Math.abs(a.days) - Math.abs(b.days) || a.k - b.k);
  const otherSide: Side = from === "left" ? "right" : "left";
  return {
    side: from,
    rule: cr.rule.id,
    key: own.keys[i] as string,
    row: own.rows[i] as number,
    date: isoFromDay(day),
    minor: amount,
    currency: named,
    total: found.length,
    candidates: found.slice(0, limit).map(({ k, days }) => {
      const pos = otherMatch[k] as number;
      return {
        side: otherSide,
        key: other.keys[k] as string,
        record: k,
        row: other.rows[k] as number,
        date: isoFromDay(other.day[k] as number),
        days,
        minor: other.minor[k] as number,
        currency: named,
        reference: other.reference[k] as string,
        description: other.description[k] as string,
        matchId: pos === -1 ? null : (r.matches[pos]?.id ?? null),
      };
    }),
  };
}

/**
 * Other candidates for each side of a one-to-one match (empty for groups: their members were chosen to
 * sum together, and another row would change the sum). At most `limit` a side.
 */
export function otherCandidates(outcome: ReconcileOutcome, matchId: string, limit = 10): RowCandidates[] {
  const m = outcome.result.matches.find((x) => x.id === matchId);
  if (!m || m.cardinality !== "1:1") return [];
  const cr = ruleOf(outcome, m);
  return [rowsFor(outcome, m, "left", limit, cr), rowsFor(outcome, m, "right", limit, cr)];
}
