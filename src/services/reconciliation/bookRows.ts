/**
 * The book rows a preset proposes (the cash account, the customer whose statement it is): the values of its
 * selection field, and which of them the statement shows, by amounts and by references specific to one
 * value; and the warning where the customer preset finds no column naming the party.
 */
import { normalizeReference } from "../../core/reconcile";
import {
  selectionColumns,
  selectionText,
  valueCounts,
  type ReconcileField,
  type Selection,
  type SideRecords,
} from "../../core/reconcileInput";
import type { ColumnMap } from "../../core/columnMap";
import { makeIssue, type Issue } from "../../core/issues";
import type { TableData } from "../../core/table";
import type { ReconcilePreset } from "./presets";

/** The values of a selection field with how many rows hold each, most frequent first. */
export type SelectionChoices = readonly { readonly value: string; readonly count: number }[];

/** Values of the selection columns, most frequent first: the "rows to use" choice and what is proposed of it. */
export function choicesOf(table: TableData, columns: readonly number[]): SelectionChoices {
  return columns.length === 0 ? [] : valueCounts(table, columns).slice(0, 200);
}

/**
 * A customer's statement is reconciled against that customer's rows: where no column of the book names the
 * party, rows of every party take part, which is right only for a book of one customer. Said once, with how
 * to name the column and choose the customer. Nothing for the bank preset: a cash book without an Account
 * column is the cash account's.
 */
export function bookRowsIssues(table: TableData, map: ColumnMap, selectBy: ReconcileField | null): Issue[] {
  if (selectBy !== "party" || selectionColumns(map, selectBy).length > 0) return [];
  const at = { sheet: table.sheet, table: table.name, row: table.headerRow };
  const columns = table.headers.filter((h) => h.trim() !== "").join(", ");
  return [makeIssue("recon_no_party_column", at, { columns: columns === "" ? "none" : columns })];
}

/**
 * The book rows a preset proposes: what was saved, else the value of `selectBy` most of whose lines the
 * statement shows too (see linesOnStatement), the more frequent of two with as many. For the bank preset that is the cash
 * account, even where receivables has more lines or a one-line-per-entry export (DATEV) names its revenue
 * account on every invoice, and the most frequent account where the statement shows none. For the
 * customer preset it is the customer whose statement it is, proposed only when clear: at least two of
 * its lines on the statement, and more than twice as many as any other customer's.
 */
function proposeSelection(
  preset: ReconcilePreset,
  choices: SelectionChoices,
  saved: Selection | null,
  onStatement: ReadonlyMap<string, number>,
): Selection | null {
  if (saved) return saved;
  if (preset.proposeBookRows === "never" || preset.selectBy === null) return null;
  // A selection only makes sense when the column splits the rows (a ledger with several accounts).
  if (choices.length < 2) return null;
  let best = choices[0] as { value: string };
  let most = 0;
  let second = 0;
  for (const c of choices) {
    const n = onStatement.get(selectionText(c.value)) ?? 0;
    // Between values with as many lines on the statement, the more frequent (choices come so).
    if (n > most) [best, most, second] = [c, n, most];
    else if (n > second) second = n;
  }
  if (preset.proposeBookRows === "when-clear" && (most < 2 || most <= 2 * second)) return null;
  return { field: preset.selectBy, values: [best.value] };
}

/** A book line and a statement line of the same amount this many days apart or nearer are the same money. */
const NEAR_DAYS = 10;

/**
 * A reference on more book rows than this is no document's number (an invoice with its payments and a
 * credit note) but a payment method's or a batch's: it says how money moved, not whose it was.
 */
const SPECIFIC_ROWS = 4;

/**
 * The book's references, normalised, that point at one value of the selection columns: held by rows of that
 * value only, and by few rows. Sage writes "BACS" as the reference of every receipt, other books "CHQ",
 * "Payment" or "DD", and a statement says "BACS" for its payments too: such a reference is no evidence of
 * whose rows the statement shows. Decided from the book's own rows, so an invoice number counts in any
 * numbering and a method's word counts nowhere it is shared.
 */
function specificReferences(book: SideRecords, columns: readonly number[]): Set<string> {
  const owner = new Map<string, string | null>();
  const rows = new Map<string, number>();
  const { set, tableIndex, table } = book;
  for (let k = 0; k < set.size; k++) {
    const reference = set.reference[k] as string;
    if (reference === "") continue;
    const key = normalizeReference(reference);
    rows.set(key, (rows.get(key) ?? 0) + 1);
    const i = tableIndex[k] as number;
    for (const c of columns) {
      const value = selectionText(table.columns[c]?.[i]);
      if (value === "") continue;
      const held = owner.get(key);
      if (held === undefined) owner.set(key, value);
      else if (held !== value) owner.set(key, null);
    }
  }
  const specific = new Set<string>();
  for (const [key, value] of owner)
    if (value !== null && (rows.get(key) ?? 0) <= SPECIFIC_ROWS) specific.add(key);
  return specific;
}

/**
 * For each value of the selection columns, how many of the book's readable rows carrying it the statement
 * shows too: the same amount, signed as the preset reads both sides and seen from that value's side (a
 * one-line entry's amount turned round for its contra account), within NEAR_DAYS. Signs and dates tell
 * the cash account from the accounts booked against it: a receipt is a debit to cash on the day the bank
 * shows it, a credit to receivables, and the invoice before it a debit weeks earlier. With `references`,
 * a row whose reference the statement quotes counts too, where that reference is specific to one value
 * (see specificReferences): a customer's statement quotes our invoice numbers (a bank's does as well,
 * but so do receivables' lines, so for accounts only amounts count).
 */
function linesOnStatement(
  book: SideRecords,
  statement: SideRecords,
  columns: readonly number[],
  references: boolean,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (columns.length === 0 || statement.set.size === 0) return counts;
  const daysOf = new Map<number, number[]>();
  for (let j = 0; j < statement.set.size; j++) {
    const m = statement.set.minor[j] as number;
    const list = daysOf.get(m);
    if (list === undefined) daysOf.set(m, [statement.set.day[j] as number]);
    else list.push(statement.set.day[j] as number);
  }
  const near = (minor: number, day: number): boolean =>
    daysOf.get(minor)?.some((d) => Math.abs(d - day) <= NEAR_DAYS) ?? false;
  const quoted = new Set<string>();
  if (references) {
    const specific = specificReferences(book, columns);
    for (const r of statement.set.reference) {
      const key = r === "" ? "" : normalizeReference(r);
      if (specific.has(key)) quoted.add(key);
    }
  }
  const { set, tableIndex, table } = book;
  for (let k = 0; k < set.size; k++) {
    const reference = set.reference[k] as string;
    const byReference = reference !== "" && quoted.has(normalizeReference(reference));
    const minor = set.minor[k] as number;
    const day = set.day[k] as number;
    const i = tableIndex[k] as number;
    let previous = "";
    columns.forEach((c, side) => {
      const value = selectionText(table.columns[c]?.[i]);
      if (value === "" || value === previous) return;
      previous = value;
      if (byReference || near(side === 0 ? minor : -minor + 0, day))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    });
  }
  return counts;
}

/** The book rows a preset proposes for the book and the statement as read (see proposeSelection). */
export function bookRows(
  preset: ReconcilePreset,
  book: SideRecords,
  statement: SideRecords,
  saved: Selection | null,
): Selection | null {
  if (saved) return saved;
  if (preset.selectBy === null) return null;
  const columns = selectionColumns(book.map, preset.selectBy);
  const onStatement = linesOnStatement(book, statement, columns, preset.selectBy === "party");
  return proposeSelection(preset, choicesOf(book.table, columns), null, onStatement);
}
