/**
 * One-line reasons built from the facts of a match, e.g. "amount equal, date +2 days, reference INV-1043",
 * so a reviewer sees why the rows were paired without opening the rule.
 */
import { currencyDecimals, formatMinor } from "../money";
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

function amountFact(diff: number, currency: string): string {
  return diff === 0 ? "amount equal" : `amount differs by ${formatAmount(diff, currency)}`;
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

/** The reason line of a match. `cr` is null for decisions the user made. */
export function reasonOf(facts: PairFacts, cr: CompiledRule | null, d: ReasonInput): string {
  const { difference: diff, currency } = d;
  const tail = d.ambiguous
    ? `; ${d.alternatives === 1 ? "1 other candidate" : `${d.alternatives} other candidates`} as good`
    : "";
  if (cr === null)
    return `${d.ruleIndex === MANUAL ? "matched by hand" : "accepted by the user"}, ${amountFact(diff, currency)}`;
  const i = d.left[0] as number;
  const j = d.right[0] as number;
  if (d.cardinality === "1:1") {
    const lag = (facts.right.day[j] as number) - (facts.left.day[i] as number);
    return `${amountFact(diff, currency)}, ${formatLag(lag)}${pairFacts(facts, cr, i, j)}${tail}`;
  }
  const lags: number[] = [];
  for (const a of d.left)
    for (const b of d.right) lags.push((facts.right.day[b] as number) - (facts.left.day[a] as number));
  if (d.cardinality === "many:many") {
    const net = diff === 0 ? "net to the same sum" : `net to sums ${formatAmount(diff, currency)} apart`;
    return `${d.left.length} ${facts.left.table} rows and ${d.right.length} ${facts.right.table} rows ${net}, ${lagRange(lags)}${tail}`;
  }
  const manyLeft = d.cardinality === "many:1";
  const count = manyLeft ? d.left.length : d.right.length;
  const table = manyLeft ? facts.left.table : facts.right.table;
  const sums = diff === 0 ? "sum to the amount" : `sum to the amount within ${formatAmount(diff, currency)}`;
  return `${count} ${table} rows ${sums}, ${lagRange(lags)}${pairFacts(facts, cr, i, j)}${tail}`;
}
