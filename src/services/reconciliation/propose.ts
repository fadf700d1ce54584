/**
 * Proposes a setup from two tables and a preset: column maps detected from the headers, the preset's
 * sign conventions, the book rows to take part (a ledger's cash account), balances from a running
 * Balance column, the run's currency, and whatever the user saved for this pair before.
 */
import { normalizeReference, type Rule } from "../../core/reconcile";
import {
  balancesFromColumn,
  documentWordsReading,
  fileBalances,
  moneyWordsReading,
  statedBalances,
  readSide,
  ROW_BLANK,
  selectionColumns,
  oneCurrency,
  selectionText,
  valueCounts,
  type AmountMode,
  type ColumnBalances,
  type StatedBalances,
  type ReconcileField,
  type Selection,
  type SideReading,
  type SideRecords,
} from "../../core/reconcileInput";
import type { ColumnMap } from "../../core/columnMap";
import type { DateSystem } from "../../core/dates";
import { makeIssue, type Issue } from "../../core/issues";
import type { TableData } from "../../core/table";
import type { TableRef } from "../../workbook/port";
import { decisionCount } from "./decide";
import { presetById, type PresetId, type ReconcilePreset } from "./presets";
import type { SavedPair } from "./savedPair";
import { refName, type BalanceSetup, type ReconcileSetup, type SideSetup } from "./setup";

export interface SideProposal {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Field -> the header it reads from, as detected or chosen. */
  readonly columns: Readonly<Partial<Record<ReconcileField, string>>>;
  /** Header and mapping issues (missing date or amount, ambiguous headers). */
  readonly issues: readonly Issue[];
  readonly amountMode: AmountMode | null;
  /** The table's rows, blank ones (spacers, a CSV's last blank line) left out. */
  readonly rows: number;
  /** Rows (of those selected) an earlier reconciliation cleared against another table: they take no part. */
  readonly clearedRows: number;
  /** Values of the preset's selection field, most frequent first, for the "rows to use" choice. */
  readonly selectionChoices: readonly { readonly value: string; readonly count: number }[];
  /** Balances the table's running Balance column gives, under the current reading. */
  readonly columnBalances: ColumnBalances | null;
  /** Balances the table's own lines state ("Opening Balance", "Endsaldo"): taken where none is typed. */
  readonly statedBalances: StatedBalances;
  /** Balances the lines of the table's file state outside it ("Neuer Kontostand"): taken where no row states one. */
  readonly fileBalances: StatedBalances;
  readonly currencies: readonly string[];
  /** The decimal separator the side's amounts are written with, declared or seen; typed balances read by it. */
  readonly decimalSeparator: "." | "," | undefined;
}

export interface SetupProposal {
  readonly setup: ReconcileSetup;
  readonly left: SideProposal;
  readonly right: SideProposal;
  /** The tables as read, so the pane can re-describe a side after the user changes its reading. */
  readonly tables: { readonly left: TableData; readonly right: TableData };
  /** Per table record, 1 where an earlier reconciliation cleared the row against another table. */
  readonly cleared: { readonly left: Uint8Array | null; readonly right: Uint8Array | null };
  readonly dateSystem: DateSystem;
  /** Manual decisions saved for this pair, honoured on the next run. */
  readonly savedDecisions: number;
  /** Whether the book rows are the ones saved for this pair, not proposed from the tables' lines. */
  readonly selectionSaved: boolean;
}

/** How a side reads under a reading and selection: its columns, amount mode, choices and balances. */
export function describeSide(
  table: TableData,
  how: {
    readonly side: "left" | "right";
    readonly reading: SideReading;
    readonly selection: Selection | null;
    /** The field the preset selects the book's rows by (null for the statement side). */
    readonly selectBy: ReconcileField | null;
    readonly dateSystem: DateSystem;
    readonly currency: string;
    /** Rows an earlier reconciliation cleared against another table (null: none). */
    readonly cleared?: Uint8Array | null;
  },
): SideProposal {
  const { side, reading, selection, dateSystem, currency } = how;
  return describeRead(
    table,
    readSide(table, {
      side,
      reading,
      selection,
      dateSystem,
      defaultCurrency: currency,
      cleared: how.cleared ?? null,
    }),
    how.selectBy,
  );
}

/** Values of the selection columns, most frequent first: the "rows to use" choice and what is proposed of it. */
function choicesOf(table: TableData, columns: readonly number[]): SideProposal["selectionChoices"] {
  return columns.length === 0 ? [] : valueCounts(table, columns).slice(0, 200);
}

function describeRead(table: TableData, read: SideRecords, selectBy: ReconcileField | null): SideProposal {
  const columns: Partial<Record<ReconcileField, string>> = {};
  for (const [field, c] of Object.entries(read.map)) {
    const h = table.headers[c];
    if (h !== undefined) columns[field as ReconcileField] = h;
  }
  const choiceColumns = selectBy === null ? [] : selectionColumns(read.map, selectBy);
  const running = balancesFromColumn(read);
  return {
    name: table.name,
    sheet: table.sheet,
    headers: table.headers,
    columns,
    issues: [
      ...read.issues.filter((i) => i.row === undefined || i.row === table.headerRow),
      ...bookRowsIssues(table, read.map, selectBy),
    ],
    amountMode: read.amountMode,
    rows: table.rows.length - read.state.filter((s) => s === ROW_BLANK).length,
    clearedRows: read.cleared.rows,
    selectionChoices: choicesOf(table, choiceColumns),
    columnBalances: running,
    statedBalances: statedBalances(read, running?.turned ?? false),
    fileBalances: fileBalances(read, "", running?.turned ?? false),
    currencies: read.currencies,
    decimalSeparator: read.decimalSeparator,
  };
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
  choices: SideProposal["selectionChoices"],
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
function bookRows(
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

/**
 * The book rows to propose once the caller lays its own readings over the proposal's (a rules file's
 * columns, a sign flipped, a date order): a Party column named only there splits the book by customer,
 * and amounts read the other way point at other rows. What was saved for the pair stays.
 */
export function selectionUnder(
  proposal: SetupProposal,
  readings: { readonly left: SideReading; readonly right: SideReading },
): Selection | null {
  if (proposal.selectionSaved) return proposal.setup.left.selection;
  const read = (side: "left" | "right") =>
    readSide(proposal.tables[side], {
      side,
      reading: readings[side],
      selection: null,
      dateSystem: proposal.dateSystem,
      defaultCurrency: "",
      cleared: proposal.cleared[side],
    });
  return bookRows(presetById(proposal.setup.preset), read("left"), read("right"), null);
}

function proposeBalances(side: SideProposal): BalanceSetup {
  return side.columnBalances ? { source: "column" } : { source: "none" };
}

/**
 * The balances to propose for a side once the caller lays its own reading over the proposal's (a rules
 * file's columns, a date order): a Balance column named only there counts, as a detected one does.
 */
export function balancesUnder(
  proposal: SetupProposal,
  side: "left" | "right",
  reading: SideReading,
  selection: Selection | null,
): BalanceSetup {
  return proposeBalances(
    describeSide(proposal.tables[side], {
      side,
      reading,
      selection,
      selectBy: null,
      dateSystem: proposal.dateSystem,
      currency: proposal.setup.currency,
      cleared: proposal.cleared[side],
    }),
  );
}

export interface ProposeInput {
  readonly presetId: PresetId;
  readonly left: { readonly ref: TableRef; readonly table: TableData };
  readonly right: { readonly ref: TableRef; readonly table: TableData };
  readonly dateSystem: DateSystem;
  readonly saved: SavedPair | null;
  /** Rows an earlier reconciliation cleared against another table, per side (see sideEarlier). */
  readonly cleared?: { readonly left: Uint8Array | null; readonly right: Uint8Array | null };
}

/**
 * A side's reading: the preset's, what the user chose for it (saved, or a rules file), and where the
 * user chose no sign convention, money in read from columns named for it where both sides are the cash
 * account (moneyWords.ts), invoices and payments from columns named for them where both are a customer's
 * account (documentWords.ts).
 */
export function proposedReading(
  preset: ReconcilePreset,
  side: "left" | "right",
  table: TableData,
  chosen: SideReading | undefined,
): SideReading {
  const reading: SideReading = { ...(side === "left" ? preset.leftReading : preset.rightReading), ...chosen };
  if (chosen?.debitCredit !== undefined) return reading;
  if (preset.moneyWords) return moneyWordsReading(table, reading);
  return preset.documentWords ? documentWordsReading(table, reading) : reading;
}

export function proposeSetup(input: ProposeInput): SetupProposal {
  const preset = presetById(input.presetId);
  const saved = input.saved;
  const leftReading = proposedReading(preset, "left", input.left.table, saved?.left);
  const rightReading = proposedReading(preset, "right", input.right.table, saved?.right);
  const { dateSystem } = input;
  const cleared = input.cleared ?? { left: null, right: null };
  const read = (table: TableData, side: "left" | "right", reading: SideReading) =>
    readSide(table, {
      side,
      reading,
      selection: null,
      dateSystem,
      defaultCurrency: "",
      cleared: cleared[side],
    });
  const book = read(input.left.table, "left", leftReading);
  const statement = read(input.right.table, "right", rightReading);
  const first = {
    left: describeRead(input.left.table, book, preset.selectBy),
    right: describeRead(input.right.table, statement, null),
  };
  const currency = oneCurrency(first.left.currencies, first.right.currencies);
  const selection = bookRows(preset, book, statement, saved?.selection ?? null);
  const left = describeSide(input.left.table, {
    side: "left",
    reading: leftReading,
    selection,
    selectBy: preset.selectBy,
    dateSystem,
    currency,
    cleared: cleared.left,
  });
  const right = describeSide(input.right.table, {
    side: "right",
    reading: rightReading,
    selection: null,
    selectBy: null,
    dateSystem,
    currency,
    cleared: cleared.right,
  });
  const rules: readonly Rule[] = saved?.rules ?? preset.rules;
  const side = (ref: TableRef, reading: SideReading, sel: Selection | null, p: SideProposal): SideSetup => ({
    ref,
    name: refName(ref),
    reading,
    selection: sel,
    balances: proposeBalances(p),
  });
  return {
    setup: {
      preset: preset.id,
      left: side(input.left.ref, leftReading, selection, left),
      right: side(input.right.ref, rightReading, null, right),
      rules,
      customRules: saved?.rules !== undefined,
      currency,
    },
    left,
    right,
    tables: { left: input.left.table, right: input.right.table },
    cleared,
    dateSystem,
    savedDecisions: saved ? decisionCount(saved.decisions) : 0,
    selectionSaved: (saved?.selection ?? null) !== null,
  };
}
