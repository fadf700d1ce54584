/**
 * The result as rows a person reads: matches with the Excel rows of both sides, and each side's open
 * items with the statement line they fall on and any finding about them. The pane, the CLI and the
 * Reconciliation sheet all show these.
 */
import { isoFromDay } from "../../core/dates";
import type { Match, MatchStatus, ReconcileResult, Side } from "../../core/reconcile";
import { currencyDecimals, formatMoney, parseAmount } from "../../core/money";
import type { ReconcileOutcome } from "./runEngine";

export interface RowRef {
  readonly key: string;
  /** Excel row as the user sees it. */
  readonly row: number;
}

export interface MatchView {
  readonly id: string;
  readonly status: MatchStatus;
  readonly rule: string;
  readonly reason: string;
  readonly cardinality: Match["cardinality"];
  readonly score: number;
  readonly ambiguous: boolean;
  readonly decidedBy: Match["decidedBy"];
  readonly left: readonly RowRef[];
  readonly right: readonly RowRef[];
  readonly leftTotal: number;
  readonly rightTotal: number;
  /** Σ right − Σ left, minor units. */
  readonly difference: number;
  readonly currency: string;
  /** The earliest date of the match, ISO. */
  readonly date: string;
  /** A short description: the book side's reference and description. */
  readonly text: string;
}

export interface OpenItemView {
  readonly side: Side;
  readonly key: string;
  /** Index of the record in its side's record set. */
  readonly record: number;
  readonly row: number;
  readonly date: string;
  readonly day: number;
  readonly minor: number;
  readonly currency: string;
  readonly reference: string;
  readonly description: string;
  /** The statement line the item falls on, e.g. "Payments in Ledger not on Bank (outstanding …)". */
  readonly line: string;
  /** Findings about this row (transposed digits, duplicates, …), as messages. */
  readonly findings: readonly string[];
}

/** Money for display: "1,234.50 USD", or "1,234.50" when the currency is unnamed. */
export function displayMoney(minor: number, currency: string): string {
  return formatMoney(minor, currency).trim();
}

function sum(values: Float64Array, idx: readonly number[]): number {
  let s = 0;
  for (const i of idx) s += values[i] as number;
  return s;
}

function refs(set: ReconcileResult["left"], idx: readonly number[]): RowRef[] {
  return idx.map((i) => ({ key: set.keys[i] as string, row: set.rows[i] as number }));
}

export function matchView(result: ReconcileResult, m: Match): MatchView {
  const L = result.left;
  const R = result.right;
  let day = Number.POSITIVE_INFINITY;
  for (const i of m.left) day = Math.min(day, L.day[i] as number);
  for (const j of m.right) day = Math.min(day, R.day[j] as number);
  const first = m.left[0];
  const text =
    first === undefined ? "" : [L.reference[first], L.description[first]].filter((t) => t !== "").join(" · ");
  return {
    id: m.id,
    status: m.status,
    rule: m.rule,
    reason: m.reason,
    cardinality: m.cardinality,
    score: m.score,
    ambiguous: m.ambiguous,
    decidedBy: m.decidedBy,
    left: refs(L, m.left),
    right: refs(R, m.right),
    leftTotal: sum(L.minor, m.left),
    rightTotal: sum(R.minor, m.right),
    difference: m.difference,
    currency: m.currency,
    date: Number.isFinite(day) ? isoFromDay(day) : "",
    text,
  };
}

export function matchViews(outcome: ReconcileOutcome, status?: MatchStatus): MatchView[] {
  const r = outcome.result;
  return r.matches.filter((m) => status === undefined || m.status === status).map((m) => matchView(r, m));
}

/** Per record of a side: the statement line it is open on. */
function lineLabels(result: ReconcileResult, side: Side): Map<number, string> {
  const out = new Map<number, string>();
  for (const st of result.statements)
    for (const line of st.lines)
      for (const i of side === "left" ? line.left : line.right) out.set(i, line.label);
  return out;
}

/** Per record of a side: messages of the findings that name it. */
export function findingsByRecord(result: ReconcileResult, side: Side): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of result.findings)
    for (const i of side === "left" ? f.left : f.right) {
      const list = out.get(i) ?? [];
      list.push(f.issue.message);
      out.set(i, list);
    }
  return out;
}

export function openItems(outcome: ReconcileOutcome, side: Side): OpenItemView[] {
  const r = outcome.result;
  const set = side === "left" ? r.left : r.right;
  const lines = lineLabels(r, side);
  const findings = findingsByRecord(r, side);
  return (side === "left" ? r.unmatched.left : r.unmatched.right).map((i) => ({
    side,
    key: set.keys[i] as string,
    record: i,
    row: set.rows[i] as number,
    date: isoFromDay(set.day[i] as number),
    day: set.day[i] as number,
    minor: set.minor[i] as number,
    currency: (set.currency[i] as string) || outcome.setup.currency,
    reference: set.reference[i] as string,
    description: set.description[i] as string,
    line: lines.get(i) ?? "",
    findings: findings.get(i) ?? [],
  }));
}

/**
 * Open items a search finds (the pane's Find, to match by hand what the rules left open). Every word of
 * the query must be found in the item: in its reference, description, date (ISO), statement line or
 * findings, ignoring case; a word that reads as an amount ("1,234.00", "-742.18", "4250") also finds
 * items of that amount, either sign, at the item's currency scale. A blank query finds everything.
 */
export function findOpen(items: readonly OpenItemView[], query: string): OpenItemView[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...items];
  // The same word read at each currency scale the items use, once.
  const amounts = new Map<string, number | null>();
  const amountOf = (word: string, currency: string): number | null => {
    const decimals = currencyDecimals(currency);
    const k = `${decimals}\u0000${word}`;
    let v = amounts.get(k);
    if (v === undefined) {
      const r = parseAmount(word, { decimals });
      v = r.ok ? Math.abs(r.minor) : null;
      amounts.set(k, v);
    }
    return v;
  };
  return items.filter((o) => {
    const text = [o.reference, o.description, o.date, o.line, ...o.findings].join("\u0000").toLowerCase();
    return words.every((w) => text.includes(w) || amountOf(w, o.currency) === Math.abs(o.minor));
  });
}
