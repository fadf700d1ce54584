/**
 * Proposes a setup from two tables and a preset: column maps detected from the headers, the preset's
 * sign conventions, the book rows to take part (a ledger's cash account), balances from a running
 * Balance column, the run's currency, and whatever the user saved for this pair before.
 */
import type { Rule } from "../../core/reconcile";
import {
  balancesFromColumn,
  readSide,
  selectionColumns,
  valueCounts,
  type AmountMode,
  type ColumnBalances,
  type ReconcileField,
  type Selection,
  type SideReading,
} from "../../core/reconcileInput";
import type { DateSystem } from "../../core/dates";
import type { Issue } from "../../core/issues";
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
  readonly rows: number;
  /** Values of the preset's selection field, most frequent first, for the "rows to use" choice. */
  readonly selectionChoices: readonly { readonly value: string; readonly count: number }[];
  /** Balances the table's running Balance column gives, under the current reading. */
  readonly columnBalances: ColumnBalances | null;
  readonly currencies: readonly string[];
}

export interface SetupProposal {
  readonly setup: ReconcileSetup;
  readonly left: SideProposal;
  readonly right: SideProposal;
  /** The tables as read, so the pane can re-describe a side after the user changes its reading. */
  readonly tables: { readonly left: TableData; readonly right: TableData };
  readonly dateSystem: DateSystem;
  /** Manual decisions saved for this pair, honoured on the next run. */
  readonly savedDecisions: number;
}

/** How a side reads under a reading and selection: its columns, amount mode, choices and balances. */
export function describeSide(
  table: TableData,
  side: "left" | "right",
  reading: SideReading,
  selection: Selection | null,
  selectBy: ReconcileField | null,
  dateSystem: DateSystem,
  currency: string,
): SideProposal {
  const read = readSide(table, { side, reading, selection, dateSystem, defaultCurrency: currency });
  const columns: Partial<Record<ReconcileField, string>> = {};
  for (const [field, c] of Object.entries(read.map)) {
    const h = table.headers[c];
    if (h !== undefined) columns[field as ReconcileField] = h;
  }
  const choiceColumns = selectBy === null ? [] : selectionColumns(read.map, selectBy);
  return {
    name: table.name,
    sheet: table.sheet,
    headers: table.headers,
    columns,
    issues: read.issues.filter((i) => i.row === undefined || i.row === table.headerRow),
    amountMode: read.amountMode,
    rows: table.rows.length,
    selectionChoices: choiceColumns.length === 0 ? [] : valueCounts(table, choiceColumns).slice(0, 200),
    columnBalances: balancesFromColumn(read),
    currencies: read.currencies,
  };
}

/** A single currency named by the tables (column or symbols), else "". */
function commonCurrency(...lists: (readonly string[])[]): string {
  const named = new Set(lists.flat().filter((c) => c !== ""));
  return named.size === 1 ? ([...named][0] as string) : "";
}

function proposeSelection(
  preset: ReconcilePreset,
  side: SideProposal,
  saved: Selection | null,
): Selection | null {
  if (saved) return saved;
  if (!preset.selectMostFrequent || preset.selectBy === null) return null;
  const top = side.selectionChoices[0];
  // A selection only makes sense when the column splits the rows (a ledger with several accounts).
  if (!top || side.selectionChoices.length < 2) return null;
  return { field: preset.selectBy, values: [top.value] };
}

function proposeBalances(side: SideProposal): BalanceSetup {
  return side.columnBalances ? { source: "column" } : { source: "none" };
}

export interface ProposeInput {
  readonly presetId: PresetId;
  readonly left: { readonly ref: TableRef; readonly table: TableData };
  readonly right: { readonly ref: TableRef; readonly table: TableData };
  readonly dateSystem: DateSystem;
  readonly saved: SavedPair | null;
}

export function proposeSetup(input: ProposeInput): SetupProposal {
  const preset = presetById(input.presetId);
  const saved = input.saved;
  const leftReading: SideReading = { ...preset.leftReading, ...(saved?.left ?? {}) };
  const rightReading: SideReading = { ...preset.rightReading, ...(saved?.right ?? {}) };
  const { dateSystem } = input;
  const first = {
    left: describeSide(input.left.table, "left", leftReading, null, preset.selectBy, dateSystem, ""),
    right: describeSide(input.right.table, "right", rightReading, null, null, dateSystem, ""),
  };
  const currency = commonCurrency(first.left.currencies, first.right.currencies);
  const selection = proposeSelection(preset, first.left, saved?.selection ?? null);
  const left = describeSide(
    input.left.table,
    "left",
    leftReading,
    selection,
    preset.selectBy,
    dateSystem,
    currency,
  );
  const right = describeSide(input.right.table, "right", rightReading, null, null, dateSystem, currency);
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
    dateSystem,
    savedDecisions: saved ? decisionCount(saved.decisions) : 0,
  };
}
