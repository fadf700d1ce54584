/**
 * Proposes a setup from two tables and a preset: column maps detected from the headers, the preset's
 * sign conventions, the book rows to take part (a ledger's cash account), balances from a running
 * Balance column, the run's currency, and whatever the user saved for this pair before.
 */
import type { Rule } from "../../core/reconcile";
import {
  balancesFromColumn,
  fileBalances,
  readingByHeaders,
  statedBalances,
  readSide,
  ROW_BLANK,
  selectionColumns,
  oneCurrency,
  type AmountMode,
  type ColumnBalances,
  type StatedBalances,
  type ReconcileField,
  type Selection,
  type SideReading,
  type SideRecords,
} from "../../core/reconcileInput";
import type { DateSystem } from "../../core/dates";
import type { Issue } from "../../core/issues";
import type { TableData } from "../../core/table";
import type { TableRef } from "../../workbook/port";
import { bookRows, bookRowsIssues, choicesOf, type SelectionChoices } from "./bookRows";
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
  readonly selectionChoices: SelectionChoices;
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
 * A side's reading: the preset's, what the user chose for it (saved, or a rules file), and where the user
 * chose no sign convention, the one the side's column names give by the preset's words (headerWords.ts).
 */
export function proposedReading(
  preset: ReconcilePreset,
  side: "left" | "right",
  table: TableData,
  chosen: SideReading | undefined,
): SideReading {
  const base = side === "left" ? preset.leftReading : preset.rightReading;
  return readingByHeaders(preset.headerWords, table, base, chosen);
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
