/**
 * One-line reasons built from the facts of a match, e.g. "amount equal, date +2 days, reference INV-1043",
 * so a reviewer sees why the rows were paired without opening the rule.
 */
import { currencyDecimals, formatMinor } from "../money";
import { slipOfMatch, type Slip } from "./amountSlips";
import { MANUAL } from "./drafts";
import { Level, type CompiledRule } from "./evaluate";
import type { PairFacts } from "./reasonFacts";
import type { Cardinality } from "./types";

/** "1,234.50" style amount for reasons (sign kept, no currency: the match carries it). */
export function formatAmount(minor: number, currency: string): string {
  const plain = formatMinor(minor, currencyDecimals(currency));
  const [whole = "", fraction] = plain.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function days(n: number): string {
  return Math.abs(n) === 1 ? "1 day" : `${Math.abs(n)} days`;
}

const LAGS: readonly string[] = Array.from({ length: 121 }, (_, k) => lagText(k - 60));

function lagText(lag: number): string {
  if (lag === 0) return "same date";
  return `date ${lag > 0 ? "+" : "-"}${days(lag)}`;
}

/** "same date", "date +2 days", "date -1 day". */
export function formatLag(lag: number): string {
  return LAGS[lag + 60] ?? lagText(lag);
}

function shortText(s: string): string {
  const t = s.trim();
  return t.length > 30 ? `${t.slice(0, 27)}...` : t;
}

/**
 * What the slip between the two sides' amounts looks like, e.g. "transposed digits? 1,234.00 vs
 * 1,243.00": the left side's amount first.
 */
export function slipFact(slip: Slip, left: number, right: number, currency: string): string {
  const both = `${formatAmount(left, currency)} vs ${formatAmount(right, currency)}`;
  switch (slip.kind) {
    case "sign_flip":
      return `amounts opposite in sign (${both})`;
    case "transposed_digits":
      return `transposed digits? ${both}`;
    case "decimal_shift":
      return `decimal point shifted? ${both}`;
    default: {
      const never: never = slip.kind;
      return never;
    }
  }
}

/** Σ of the minor units of some rows. */
function sumOf(minor: Float64Array, rows: readonly number[]): number {
  let s = 0;
  for (const r of rows) s += minor[r] as number;
  return s;
}

/**
 * "amount equal", "amount differs by 9.00", or with a keying slip between the sides, "amount differs
 * by 9.00 (transposed digits? 1,234.00 vs 1,243.00)" and "amounts opposite in sign (-50.00 vs 50.00)".
 * Only a differing match pays for the look at its amounts.
 */
function amountFact(facts: PairFacts, d: ReasonInput): string {
  const diff = d.difference;
  if (diff === 0) return "amount equal";
  const differs = `amount differs by ${formatAmount(diff, d.currency)}`;
  const left = sumOf(facts.left.minor, d.left);
  const right = sumOf(facts.right.minor, d.right);
  const slip = slipOfMatch(left, right, d.left.length === 1 && d.right.length === 1);
  if (slip === null) return differs;
  const fact = slipFact(slip, left, right, d.currency);
  return slip.kind === "sign_flip" ? fact : `${differs} (${fact})`;
}

function lagRange(lags: readonly number[]): string {
  const lo = Math.min(...lags);
  const hi = Math.max(...lags);
  if (lo === hi) return lo === 0 ? "same date" : `dates ${lo > 0 ? "+" : "-"}${days(lo)}`;
  const sign = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
  return `dates ${sign(lo)} to ${sign(hi)} days`;
}

/** ", reference INV-1043, party Acme, description 82% similar": the evidence a pair shares. */
function pairFacts(facts: PairFacts, cr: CompiledRule, i: number, j: number): string {
  let text = "";
  const { left, right } = facts;
  const ref = facts.referenceLevel(cr, i, j);
  if (ref === Level.Equal) {
    const shown = left.reference[i] || right.reference[j] || facts.leftNumberText(i);
    text += `, reference ${shortText(shown as string)}`;
  } else if (ref === Level.Near) {
    text += `, reference ${shortText(left.reference[i] as string)} ~ ${shortText(right.reference[j] as string)}`;
  }
  const party = cr.partyMode !== 0 ? facts.sharedParty(i, j) : "";
  if (party !== "") text += `, party ${shortText(party)}`;
  if (cr.text >= 0) text += `, description ${Math.round(facts.similarity(i, j) * 100)}% similar`;
  return text;
}

/** What a reason is built from: the match's rows and how it was made. */
export interface ReasonInput {
  readonly ruleIndex: number;
  readonly cardinality: Cardinality;
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly ambiguous: boolean;
  readonly alternatives: number;
  /** Σ right − Σ left. */
  readonly difference: number;
  readonly currency: string;
}

/** "opposite in sign (500.00 vs -500.00)" when a group's sums are exact opposites, else "". */
function oppositeSums(facts: PairFacts, d: ReasonInput): string {
  const left = sumOf(facts.left.minor, d.left);
  const right = sumOf(facts.right.minor, d.right);
  if (left === 0 || right !== -left) return "";
  return `opposite in sign (${formatAmount(left, d.currency)} vs ${formatAmount(right, d.currency)})`;
}

/** The reason line of a match. `cr` is null for decisions the user made. */
export function reasonOf(facts: PairFacts, cr: CompiledRule | null, d: ReasonInput): string {
  const { difference: diff, currency } = d;
  const tail = d.ambiguous
    ? `; ${d.alternatives === 1 ? "1 other candidate" : `${d.alternatives} other candidates`} as good`
    : "";
  if (cr === null)
    return `${d.ruleIndex === MANUAL ? "matched by hand" : "accepted by the user"}, ${amountFact(facts, d)}`;
  const i = d.left[0] as number;
  const j = d.right[0] as number;
  if (d.cardinality === "1:1") {
    const lag = (facts.right.day[j] as number) - (facts.left.day[i] as number);
    return `${amountFact(facts, d)}, ${formatLag(lag)}${pairFacts(facts, cr, i, j)}${tail}`;
  }
  const lags: number[] = [];
  for (const a of d.left)
    for (const b of d.right) lags.push((facts.right.day[b] as number) - (facts.left.day[a] as number));
  const opposite = diff === 0 ? "" : oppositeSums(facts, d);
  if (d.cardinality === "many:many") {
    const net =
      diff === 0
        ? "net to the same sum"
        : opposite !== ""
          ? `net to sums ${opposite}`
          : `net to sums ${formatAmount(diff, currency)} apart`;
    return `${d.left.length} ${facts.left.table} rows and ${d.right.length} ${facts.right.table} rows ${net}, ${lagRange(lags)}${tail}`;
  }
  const manyLeft = d.cardinality === "many:1";
  const count = manyLeft ? d.left.length : d.right.length;
  const table = manyLeft ? facts.left.table : facts.right.table;
  const sums =
    diff === 0
      ? "sum to the amount"
      : opposite !== ""
        ? `sum to the amount ${opposite}`
        : `sum to the amount within ${formatAmount(diff, currency)}`;
  return `${count} ${table} rows ${sums}, ${lagRange(lags)}${pairFacts(facts, cr, i, j)}${tail}`;
}
