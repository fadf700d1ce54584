/**
 * Book rows left open because the bank has not booked their payment yet: for each open row of the book
 * side, the statement's pending row (not a void one) with the same currency and amount, dated within the
 * run's date window. A pass after the run over the open book rows and the few pending rows, by a map of
 * amounts, never in the engine's: the book row stays open (it is outstanding until the bank books it), and
 * its note and the pending row's name each other.
 */
import { normalizeParty, type Rule } from "../../core/reconcile";
import { statementEndOf } from "../../core/reconcileInput/statementEnd";
import type { ReconcileOutcome } from "./runEngine";

export interface PendingCounterparts {
  /** Per open book record (its index in the book side's record set): the Excel row of its pending row. */
  readonly pendingAt: ReadonlyMap<number, number>;
  /** Per pending statement row (its index among the table's records): the Excel row of its book row. */
  readonly bookedAt: ReadonlyMap<number, number>;
}

/** What the open book row says: "Pending at Bank: row 7, not booked yet". */
export function pendingNote(statement: string, row: number): string {
  return `Pending at ${statement}: row ${row}, not booked yet`;
}

/** What the pending statement row adds to its note: "The book has it at Ledger row 11." */
export function bookedNote(book: string, row: number): string {
  return `The book has it at ${book} row ${row}.`;
}

/** Right date − left date may lie in [−before, +after]; null: any date. */
type Window = { readonly before: number; readonly after: number } | null;

/**
 * The widest date window of the rules that compare amounts (of every rule when none does): a pending row
 * further from the book row than any of them would look is no counterpart.
 */
export function dateWindowOf(rules: readonly Rule[]): Window {
  const comparing = rules.filter((r) => r.amount !== "any");
  let before = 0;
  let after = 0;
  for (const r of comparing.length > 0 ? comparing : rules) {
    if (r.date === "any") return null;
    before = Math.max(before, r.date.before);
    after = Math.max(after, r.date.after);
  }
  return { before, after };
}

/** Whether one text holds the other's reference as whole words (case and punctuation ignored). */
function sharesReference(reference: string, text: string): boolean {
  const ref = normalizeParty(reference);
  return ref.length >= 3 && ` ${normalizeParty(text)} `.includes(` ${ref} `);
}

interface Pair {
  readonly left: number;
  readonly pending: number;
  /** 0 when a reference of one is found in the other's text, else 1: sorts the reference first. */
  readonly text: 0 | 1;
  readonly distance: number;
  readonly leftRow: number;
  readonly pendingRow: number;
}

function byPreference(a: Pair, b: Pair): number {
  return a.text - b.text || a.distance - b.distance || a.leftRow - b.leftRow || a.pendingRow - b.pendingRow;
}

const NONE: PendingCounterparts = { pendingAt: new Map(), bookedAt: new Map() };

/**
 * Each open book row's pending counterpart on the statement, one pending row to at most one book row: the
 * pairs with a reference in common first, then by the days between them, then by Excel rows (so the order
 * of the rows in either table changes nothing). A pending row without a date ("offen") counts as dated at
 * the statement's end.
 */
export function pendingCounterparts(outcome: ReconcileOutcome): PendingCounterparts {
  const { setup, result } = outcome;
  const open = result.unmatched.left;
  if (open.length === 0) return NONE;
  const pending = outcome.right.pending;
  if (pending.record.length === 0) return NONE;
  const currencyOf = (c: string): string => (c !== "" ? c : setup.currency);
  const byAmount = new Map<string, number[]>();
  pending.minor.forEach((minor, p) => {
    const key = `${currencyOf(pending.currency[p] as string)}\u0000${minor}`;
    const list = byAmount.get(key);
    if (list) list.push(p);
    else byAmount.set(key, [p]);
  });
  const window = dateWindowOf(setup.rules);
  const end = statementEnd(outcome);
  const left = result.left;
  const pairs: Pair[] = [];
  for (const k of open) {
    const key = `${currencyOf(left.currency[k] as string)}\u0000${left.minor[k] as number}`;
    const day = left.day[k] as number;
    for (const p of byAmount.get(key) ?? []) {
      const at = pending.day[p] ?? end ?? day;
      const gap = at - day;
      if (window !== null && (gap < -window.before || gap > window.after)) continue;
      const pendingText = `${pending.reference[p] as string} ${pending.description[p] as string}`;
      const bookText = `${left.reference[k] as string} ${left.description[k] as string}`;
      const text =
        sharesReference(left.reference[k] as string, pendingText) ||
        sharesReference(pending.reference[p] as string, bookText)
          ? 0
          : 1;
      pairs.push({
        left: k,
        pending: p,
        text,
        distance: Math.abs(gap),
        leftRow: left.rows[k] as number,
        pendingRow: pending.row[p] as number,
      });
    }
  }
  pairs.sort(byPreference);
  const pendingAt = new Map<number, number>();
  const bookedAt = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (pendingAt.has(pair.left) || taken.has(pair.pending)) continue;
    taken.add(pair.pending);
    pendingAt.set(pair.left, pair.pendingRow);
    bookedAt.set(pending.record[pair.pending] as number, pair.leftRow);
  }
  return { pendingAt, bookedAt };
}

/** The day the statement runs to: the later of its last record and the day its other rows say. */
function statementEnd(outcome: ReconcileOutcome): number | undefined {
  let end = statementEndOf(outcome.right, outcome.dateSystem);
  for (const day of outcome.right.set.day) if (end === undefined || day > end) end = day;
  return end;
}
