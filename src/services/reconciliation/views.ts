/**
 * The result as rows a person reads: matches with the Excel rows of both sides, and each side's open
 * items with the statement line they fall on and any finding about them. The pane, the CLI and the
 * Reconciliation sheet all show these.
 */
import { isoFromDay } from "../../core/dates";
import { bareMessage } from "../../core/issues";
import type { Match, MatchStatus, ReconcileResult, Side } from "../../core/reconcile";
import { currencyDecimals, formatMoney, parseAmount } from "../../core/money";
import { pendingCounterparts, pendingNote } from "./pendingCounterparts";
import type { ReconcileOutcome } from "./runEngine";

export interface RowRef {
  readonly key: string;
  /** Excel row as the user sees it. */
  readonly row: number;
}

/** A match as the lists, the sheet and the command line show it (the fields of a view, as plain data). */
export type MatchView = { readonly [K in keyof View]: View[K] };

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
  /**
   * Findings about this row (transposed digits, duplicates, …), as messages; first, for a book row whose
   * payment the bank lists as pending, "Pending at Bank: row 7, not booked yet".
   */
  readonly findings: readonly string[];
  /** The statement's Excel row of the pending line that is this book row's payment (pendingCounterparts.ts). */
  readonly pendingAt: number | null;
  /**
   * Open rows of the other side a finding pairs this row with (the counterpart of a slip, rows that
   * make up a difference), with this row and any others of its side: a manual match in one step.
   */
  readonly pairings: readonly OpenPairing[];
}

/** The open rows of both sides one finding names, by key, and the other side's Excel rows among them. */
export interface OpenPairing {
  readonly left: readonly string[];
  readonly right: readonly string[];
  /** Excel rows of the side other than the item's own, as the pane names them. */
  readonly otherRows: readonly number[];
}

/** A count with its noun, as the pane and the command line write it: "1 suggestion", "1,706 suggestions". */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** Money for display: "1,234.50 USD", or "1,234.50" when the currency is unnamed. */
export function displayMoney(minor: number, currency: string): string {
  return formatMoney(minor, currency).trim();
}

/**
 * A sentence per side that left rows out as cleared earlier against another table (a book reconciled
 * against last month's statement), saying what became of them; none when no side did.
 */
export function clearedNotes(outcome: ReconcileOutcome): string[] {
  const out: string[] = [];
  for (const side of ["left", "right"] as const) {
    const records = side === "left" ? outcome.left : outcome.right;
    const rows = records.cleared.rows;
    if (rows === 0) continue;
    const name = outcome.setup[side].name;
    const balance = outcome.balances[side];
    // Brought into (or held by) the balances' own currency where they name one the run does not have.
    const currency = balance.currency ?? outcome.setup.currency;
    const total = displayMoney(records.cleared.minor.get(currency) ?? 0, currency);
    const inBalance =
      balance.closing !== undefined
        ? `its closing balance already holds their ${total}`
        : `their ${total} is brought forward into its opening balance`;
    out.push(
      `${counted(rows, "row", "rows")} of ${name} ${rows === 1 ? "was" : "were"} cleared earlier against another table (confirmed in BO Status beside ${rows === 1 ? "it" : "them"}): ${rows === 1 ? "it takes" : "they take"} no part in this reconciliation, ${inBalance}, and Apply keeps ${rows === 1 ? "its" : "their"} result cells.`,
    );
  }
  return out;
}

function sum(values: Float64Array, idx: readonly number[]): number {
  let s = 0;
  for (const i of idx) s += values[i] as number;
  return s;
}

function refs(set: ReconcileResult["left"], idx: readonly number[]): RowRef[] {
  return idx.map((i) => ({ key: set.keys[i] as string, row: set.rows[i] as number }));
}

/**
 * A match as the lists show it. The reason is read from the match when first shown or searched:
 * rendering every reason of 100,000 matches up front would take a good part of a second on each render.
 */
class View {
  readonly id: string;
  readonly status: MatchStatus;
  readonly rule: string;
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

  // A true private field: spreading or serialising a view must not take the whole result along.
  readonly #match: Match;

  constructor(result: ReconcileResult, match: Match) {
    this.#match = match;
    const L = result.left;
    const R = result.right;
    const left = match.left;
    const right = match.right;
    let day = Number.POSITIVE_INFINITY;
    for (const i of left) day = Math.min(day, L.day[i] as number);
    for (const j of right) day = Math.min(day, R.day[j] as number);
    const first = left[0];
    this.id = match.id;
    this.status = match.status;
    this.rule = match.rule;
    this.cardinality = match.cardinality;
    this.score = match.score;
    this.ambiguous = match.ambiguous;
    this.decidedBy = match.decidedBy;
    this.left = refs(L, left);
    this.right = refs(R, right);
    this.leftTotal = sum(L.minor, left);
    this.rightTotal = sum(R.minor, right);
    this.difference = match.difference;
    this.currency = match.currency;
    this.date = Number.isFinite(day) ? isoFromDay(day) : "";
    this.text =
      first === undefined
        ? ""
        : [L.reference[first], L.description[first]].filter((t) => t !== "").join(" · ");
  }

  get reason(): string {
    return this.#match.reason;
  }
}

export function matchView(result: ReconcileResult, m: Match): MatchView {
  return new View(result, m);
}

/**
 * The matches of one status as views made when first read: the pane shows a page of 50 and builds the
 * rest only when a search needs them (views of 100,000 matches take about half a second to build).
 */
export class MatchViewList {
  private readonly made: (MatchView | undefined)[];

  constructor(
    private readonly result: ReconcileResult,
    private readonly matches: readonly Match[],
  ) {
    this.made = new Array<MatchView | undefined>(matches.length);
  }

  get length(): number {
    return this.matches.length;
  }

  /** Views i … to − 1. */
  slice(from: number, to: number): MatchView[] {
    const out: MatchView[] = [];
    for (let i = from; i < Math.min(to, this.matches.length); i++) {
      let v = this.made[i];
      if (v === undefined) {
        v = new View(this.result, this.matches[i] as Match);
        this.made[i] = v;
      }
      out.push(v);
    }
    return out;
  }

  /** Ids of the matches no other candidate fits as well, read without making views. */
  unambiguousIds(): string[] {
    const out: string[] = [];
    for (const m of this.matches) if (!m.ambiguous) out.push(m.id);
    return out;
  }

  /** How many views have been made so far. */
  get built(): number {
    return this.made.filter((v) => v !== undefined).length;
  }
}

export function matchViewList(outcome: ReconcileOutcome, status: MatchStatus): MatchViewList {
  const r = outcome.result;
  return new MatchViewList(
    r,
    r.matches.filter((m) => m.status === status),
  );
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
      // Said beside the row (or of it in the pane): its own location goes without saying.
      list.push(bareMessage(f.issue));
      out.set(i, list);
    }
  return out;
}

/**
 * Per record of a side: the findings naming open rows on both sides and nothing else (a slip between a
 * row and its counterpart; open rows that make up a difference), as pairings.
 */
function pairingsByRecord(result: ReconcileResult, side: Side): Map<number, OpenPairing[]> {
  const out = new Map<number, OpenPairing[]>();
  const open = { left: new Set(result.unmatched.left), right: new Set(result.unmatched.right) };
  const other: Side = side === "left" ? "right" : "left";
  for (const f of result.findings) {
    if (f.left.length === 0 || f.right.length === 0) continue;
    if (!f.left.every((i) => open.left.has(i)) || !f.right.every((j) => open.right.has(j))) continue;
    const pairing: OpenPairing = {
      left: f.left.map((i) => result.left.keys[i] as string),
      right: f.right.map((j) => result.right.keys[j] as string),
      otherRows: f[other].map((k) => (other === "left" ? result.left : result.right).rows[k] as number),
    };
    for (const i of f[side]) {
      const list = out.get(i) ?? [];
      // Two findings about the same rows (a slip read two ways) are one pairing.
      if (!list.some((p) => sameKeys(p, pairing))) list.push(pairing);
      out.set(i, list);
    }
  }
  return out;
}

const sameKeys = (a: OpenPairing, b: OpenPairing): boolean =>
  a.left.join("\u0000") === b.left.join("\u0000") && a.right.join("\u0000") === b.right.join("\u0000");

export function openItems(outcome: ReconcileOutcome, side: Side): OpenItemView[] {
  const r = outcome.result;
  const set = side === "left" ? r.left : r.right;
  const lines = lineLabels(r, side);
  const findings = findingsByRecord(r, side);
  const pairings = pairingsByRecord(r, side);
  const pending = side === "left" ? pendingCounterparts(outcome).pendingAt : new Map<number, number>();
  return (side === "left" ? r.unmatched.left : r.unmatched.right).map((i) => {
    const at = pending.get(i);
    const said = at === undefined ? [] : [pendingNote(outcome.setup.right.name, at)];
    return {
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
      findings: [...said, ...(findings.get(i) ?? [])],
      pendingAt: at ?? null,
      pairings: pairings.get(i) ?? [],
    };
  });
}

/**
 * A search as the pane's Find boxes read it: every word typed must be found, in the item's text
 * (ignoring case) or, for a word that reads as an amount ("1,234.00", "-742.18", "4250"), among its
 * amounts, either sign, at the item's currency scale. Null for a blank query (everything is found).
 */
function searchOf(
  query: string,
): ((text: string, amounts: readonly number[], currency: string) => boolean) | null {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return null;
  // The same word read at each currency scale the items use, once.
  const parsed = new Map<string, number | null>();
  const amountOf = (word: string, currency: string): number | null => {
    const decimals = currencyDecimals(currency);
    const k = `${decimals}\u0000${word}`;
    let v = parsed.get(k);
    if (v === undefined) {
      const r = parseAmount(word, { decimals });
      v = r.ok ? Math.abs(r.minor) : null;
      parsed.set(k, v);
    }
    return v;
  };
  return (text, amounts, currency) => {
    const lower = text.toLowerCase();
    return words.every((w) => {
      if (lower.includes(w)) return true;
      const a = amountOf(w, currency);
      return a !== null && amounts.some((x) => Math.abs(x) === a);
    });
  };
}

/**
 * Open items a search finds (the pane's Find, to match by hand what the rules left open): words of the
 * reference, description, date (ISO), statement line or findings, or the item's amount.
 */
export function findOpen(items: readonly OpenItemView[], query: string): OpenItemView[] {
  const found = searchOf(query);
  if (found === null) return [...items];
  return items.filter((o) =>
    found([o.reference, o.description, o.date, o.line, ...o.findings].join("\u0000"), [o.minor], o.currency),
  );
}

/**
 * Matches a search finds (to review or unmatch one among thousands): words of the match id, rule, reason,
 * book text or date, a row number of either side, or an amount: either side's total or the difference.
 */
export function findMatches(matches: readonly MatchView[], query: string): MatchView[] {
  const found = searchOf(query);
  if (found === null) return [...matches];
  return matches.filter((m) =>
    found(
      [
        m.id,
        m.rule,
        m.reason,
        m.text,
        m.date,
        ...m.left.map((r) => r.row),
        ...m.right.map((r) => r.row),
      ].join("\u0000"),
      m.difference === 0 ? [m.leftTotal, m.rightTotal] : [m.leftTotal, m.rightTotal, m.difference],
      m.currency,
    ),
  );
}
