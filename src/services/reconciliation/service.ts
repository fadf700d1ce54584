/**
 * Reconciliation as a use case over a workbook port: propose a setup for two tables, run with progress
 * and cancellation, review (accept, reject, unmatch, match by hand — saved in the document and fed back
 * to the engine), apply the result columns and the Reconciliation sheet as one, and revert them.
 */
import { parseReconcileConfig, Workspace, type Rule } from "../../core/reconcile";
import {
  readSideSteps,
  sideEarlier,
  splitResultColumns,
  type SideEarlier,
  type SplitTable,
} from "../../core/reconcileInput";
import { columnLetter, type TableData } from "../../core/table";
import { formatArea, parseArea, splitSheetAddress } from "../../workbook/address";
import { isWorkbookError } from "../../workbook/errors";
import type { RunOptions, TableInfo, TableRef, WorkbookPort } from "../../workbook/port";
import { runGeneratorInSlices, throwIfCancelled } from "../slices";
import { applyOutcome, applyStands, revertApply, type ApplyReceipt } from "./apply";
import { decide, DecisionError, type DecisionAction } from "./decide";
import { PRESETS, presetById, type PresetId, type ReconcilePreset } from "./presets";
import { importLedger, importLedgerFiles, type LedgerImport } from "./importLedger";
import { withOpenedBatchYears } from "./openedBatch";
import {
  importStatement,
  importStatementFiles,
  undoImport,
  type ChosenFile,
  type StatementImport,
} from "./importStatement";
import { proposeSetup, type SetupProposal } from "./propose";
import { progressPart, PROGRESS_TOTAL, runEngine, type ReconcileOutcome } from "./runEngine";
import {
  EMPTY_DECISIONS,
  IDS_PER_PART,
  loadSavedPair,
  MAX_PARTS,
  savePair,
  type SavedPair,
} from "./savedPair";
import { inRunCurrency, readInRunCurrency } from "./runCurrency";
import { refName, type ReconcileSetup } from "./setup";
import { readTypedBalances } from "./typedBalances";
import { suggestTables } from "./suggestTables";
import { counterpartOfKey, RESULT_HEADERS, resultColumnsKey, type PairNames } from "./resultKeys";

export interface ReconciliationService {
  readonly presets: readonly ReconcilePreset[];
  listTables(opts?: RunOptions): Promise<TableInfo[]>;
  /** The likeliest book and statement tables for a preset, from their headers and names. */
  suggestTables(
    tables: readonly TableInfo[],
    preset: PresetId,
  ): { left: string | null; right: string | null };
  /** Reads both tables and proposes column maps, signs, selection, balances and rules (saved ones first). */
  proposeSetup(left: TableRef, right: TableRef, preset: PresetId, opts?: RunOptions): Promise<SetupProposal>;
  /** Reads both tables afresh and runs the engine with the decisions saved for the pair. */
  run(setup: ReconcileSetup, opts?: RunOptions): Promise<ReconcileOutcome>;
  /** Records a review decision in the document and re-runs the engine on the rows already read. */
  decide(outcome: ReconcileOutcome, action: DecisionAction, opts?: RunOptions): Promise<ReconcileOutcome>;
  /** Writes result columns beside both tables and the Reconciliation sheet; all or nothing. */
  apply(outcome: ReconcileOutcome, opts?: RunOptions): Promise<ApplyReceipt>;
  /** Takes an Apply back out of the workbook; returns how many writes were reverted. */
  revert(receipt: ApplyReceipt, opts?: RunOptions): Promise<number>;
  /** False once the Apply's writes have all been reverted, by `revert` or change by change. */
  applied(receipt: ApplyReceipt): boolean;
  /** Selects a row's first cell in the workbook. */
  showRow(outcome: ReconcileOutcome, side: "left" | "right", row: number): Promise<void>;
  /**
   * Imports a bank statement file (camt.053, MT940, OFX, BAI2) as a new sheet with one table, to reconcile
   * against; importing the same file again replaces that sheet.
   */
  importStatement(fileName: string, bytes: Uint8Array, opts?: RunOptions): Promise<StatementImport>;
  /** Imports statement files chosen together (a bank's daily files), joined as a ZIP's are. */
  importStatementFiles(files: readonly ChosenFile[], opts?: RunOptions): Promise<StatementImport>;
  /**
   * Imports a ledger export (DATEV, France's FEC) as a new sheet with one table, to reconcile as the book
   * side; importing the same file again replaces that sheet.
   */
  importLedger(fileName: string, bytes: Uint8Array, opts?: RunOptions): Promise<LedgerImport>;
  /** Imports DATEV booking batches chosen together, joined into one table (importLedgerFiles). */
  importLedgerFiles(files: readonly ChosenFile[], opts?: RunOptions): Promise<LedgerImport>;
  /** Takes an import back out, while it is the last change made through the add-in. */
  undoImport(imported: StatementImport | LedgerImport, opts?: RunOptions): Promise<void>;
  /** Reads rules JSON (a rule list or a full config) for the rules editor. */
  parseRules(text: string): { ok: true; rules: readonly Rule[] } | { ok: false; errors: readonly string[] };
}

async function readBoth(
  port: WorkbookPort,
  left: TableRef,
  right: TableRef,
  opts: RunOptions,
  upTo: number,
): Promise<{ left: SplitTable; right: SplitTable }> {
  const half = Math.floor(upTo / 2);
  const l = await port.readTable(left, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...withProgress(opts, 0, half, `Reading ${refName(left)}`),
  });
  const r = await port.readTable(right, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...withProgress(opts, half, upTo, `Reading ${refName(right)}`),
  });
  return {
    left: splitResultColumns(await withOpenedBatchYears(port, l, opts)),
    right: splitResultColumns(await withOpenedBatchYears(port, r, opts)),
  };
}

/**
 * A table whose result columns were written as a range beside it (the command line's copies: their
 * tables are not widened) reads without them: what they held is read from the range they take.
 */
async function earlierBeside(
  port: WorkbookPort,
  split: SplitTable,
  output: TableRef | undefined,
  opts: RunOptions,
): Promise<SplitTable> {
  if (split.earlier !== null || output === undefined || !("address" in output)) return split;
  let wide: TableData;
  try {
    const area = parseArea(splitSheetAddress(output.address).address);
    const address = formatArea({ ...area, cols: area.cols + RESULT_HEADERS.length });
    wide = await port.readTable({ sheet: output.sheet, address }, opts.signal ? { signal: opts.signal } : {});
  } catch (e) {
    if (isWorkbookError(e) && e.code === "cancelled") throw e;
    return split;
  }
  const beside = splitResultColumns(wide);
  if (beside.earlier === null || beside.table.rows.length !== split.table.rows.length) return split;
  return { table: split.table, raw: beside.raw, earlier: beside.earlier };
}

/** What each side's result columns say an earlier reconciliation of this pair or another decided. */
function pairEarlier(
  tables: { readonly left: SplitTable; readonly right: SplitTable },
  names: PairNames,
): { left: SideEarlier | null; right: SideEarlier | null } {
  const of = (side: "left" | "right") => {
    const [own, other] = side === "left" ? [tables.left, tables.right] : [tables.right, tables.left];
    const writtenBy = own.raw.notes?.resultColumnsKey;
    return sideEarlier(own.earlier, other.earlier, {
      counterpart: names[side === "left" ? "right" : "left"].name,
      ...(writtenBy !== undefined
        ? {
            lastApply: {
              thisPair: writtenBy === resultColumnsKey(names, side),
              with: counterpartOfKey(writtenBy),
            },
          }
        : {}),
    });
  };
  return { left: of("left"), right: of("right") };
}

function withProgress(
  opts: RunOptions,
  from: number,
  to: number,
  phase: string,
): Pick<RunOptions, "onProgress"> {
  const part = progressPart(opts.onProgress, from, to);
  return part ? { onProgress: (p) => part({ ...p, phase }) } : {};
}

/**
 * The outcome with the setup it was run from, its typed balances still as text: the pane tells a result
 * made from the setup it shows by identity, and each re-run reads the text again.
 */
function keptSetup(outcome: ReconcileOutcome, setup: ReconcileSetup): ReconcileOutcome {
  return outcome.setup === setup ? outcome : { ...outcome, setup };
}

function savedFromSetup(setup: ReconcileSetup, decisions: SavedPair["decisions"]): SavedPair {
  return {
    decisions,
    ...(setup.customRules ? { rules: setup.rules } : {}),
    left: setup.left.reading,
    right: setup.right.reading,
    selection: setup.left.selection,
  };
}

export function createReconciliationService(port: WorkbookPort): ReconciliationService {
  // The pane re-runs the engine after every decision: each run takes the working buffers the last one
  // gave back. It holds one run's working memory (about a third of what the rows themselves take).
  const workspace = new Workspace();
  return {
    presets: PRESETS,

    listTables: (opts = {}) => port.listTables(opts),

    suggestTables: (tables, preset) => suggestTables(tables, presetById(preset)),

    async proposeSetup(left, right, preset, opts = {}) {
      if (refName(left).toLowerCase() === refName(right).toLowerCase())
        throw new RangeError("Choose two different tables: one for the book side and one for the statement.");
      const tables = await readBoth(port, left, right, opts, PROGRESS_TOTAL);
      const loaded = await loadSavedPair(port, refName(left), refName(right));
      const earlier = pairEarlier(tables, { left: { name: refName(left) }, right: { name: refName(right) } });
      return proposeSetup({
        cleared: { left: earlier.left?.cleared ?? null, right: earlier.right?.cleared ?? null },
        presetId: preset,
        left: { ref: left, table: tables.left.table },
        right: { ref: right, table: tables.right.table },
        dateSystem: await port.dateSystem(),
        saved: loaded.saved,
      });
    },

    async run(setup, opts = {}) {
      const both = await readBoth(port, setup.left.ref, setup.right.ref, opts, 400);
      const tables = {
        left: await earlierBeside(port, both.left, setup.left.output, opts),
        right: await earlierBeside(port, both.right, setup.right.output, opts),
      };
      const dateSystem = await port.dateSystem();
      const loaded = await loadSavedPair(port, setup.left.name, setup.right.name);
      throwIfCancelled(opts.signal, "The reconciliation");
      opts.onProgress?.({ phase: "Reading the rows", done: 400, total: PROGRESS_TOTAL });
      const earlier = pairEarlier(tables, setup);
      // The currency is the one the sides name as this setup reads them: the proposal's was worked out
      // before the caller's reading (a date order, columns) was laid over it.
      const read = (side: "left" | "right", currency: string) =>
        runGeneratorInSlices(
          readSideSteps(tables[side].table, {
            side,
            reading: setup[side].reading,
            selection: setup[side].selection,
            dateSystem,
            defaultCurrency: currency,
            cleared: earlier[side]?.cleared ?? null,
          }),
          { what: "The reconciliation", ...(opts.signal ? { signal: opts.signal } : {}) },
        );
      const { left, right, currency } = await readInRunCurrency(read);
      const runSetup = inRunCurrency(setup, currency);
      // Before anything is saved: a typed balance that does not read stops the run (BalanceError).
      const engineSetup = readTypedBalances(runSetup, { left, right });
      const decisions = loaded.saved?.decisions ?? EMPTY_DECISIONS;
      // Custom rules are configuration the user made: the document keeps them with the decisions.
      if (setup.customRules)
        await savePair(port, setup.left.name, setup.right.name, savedFromSetup(setup, decisions));
      const engineProgress = progressPart(opts.onProgress, 450, PROGRESS_TOTAL);
      const outcome = await runEngine(
        {
          setup: engineSetup,
          left,
          right,
          decisions,
          dateSystem,
          earlier,
          notices: loaded.problem ? [loaded.problem] : [],
          workspace,
        },
        {
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(engineProgress ? { onProgress: engineProgress } : {}),
        },
      );
      return keptSetup(outcome, runSetup);
    },

    async decide(outcome, action, opts = {}) {
      const decisions = decide(outcome.decisions, outcome.result, action);
      const { left, right } = outcome.setup;
      try {
        await savePair(port, left.name, right.name, savedFromSetup(outcome.setup, decisions));
      } catch (e) {
        // Decisions live in the document's settings, which hold 64 KB a value (ids accepted together go
        // to parts of their own): say what that means here.
        if (isWorkbookError(e) && e.code === "too_large")
          throw new DecisionError(
            `This decision was not taken: the review decisions for ${left.name} and ${right.name} would no ` +
              `longer fit the document's settings (for a pair, about 900 matches accepted one at a time ` +
              `or made by hand, and ${(MAX_PARTS * IDS_PER_PART).toLocaleString("en-US")} suggestions accepted ` +
              `together). Nothing changed.` +
              (action.kind === "acceptAll" ? " Accept fewer at a time: narrow the list with Find." : ""),
          );
        throw e;
      }
      const again = await runEngine(
        {
          setup: readTypedBalances(outcome.setup, outcome),
          left: outcome.left,
          right: outcome.right,
          decisions,
          dateSystem: outcome.dateSystem,
          earlier: outcome.earlier,
          notices: outcome.notices,
          workspace,
        },
        opts,
      );
      return keptSetup(again, outcome.setup);
    },

    apply: (outcome, opts = {}) => applyOutcome(port, outcome, opts),

    revert: (receipt, opts = {}) => revertApply(port, receipt, opts),
    applied: (receipt) => applyStands(port, receipt),

    importStatement: (fileName, bytes, opts = {}) => importStatement(port, fileName, bytes, opts),
    importStatementFiles: (files, opts = {}) => importStatementFiles(port, files, opts),
    importLedger: (fileName, bytes, opts = {}) => importLedger(port, fileName, bytes, opts),
    importLedgerFiles: (files, opts = {}) => importLedgerFiles(port, files, opts),
    undoImport: (imported, opts = {}) => undoImport(port, imported, opts),

    async showRow(outcome, side, row) {
      const t = (side === "left" ? outcome.left : outcome.right).table;
      await port.selectCell(t.sheet, `${columnLetter(t.firstColumn)}${row}`);
    },

    parseRules(text) {
      const parsed = parseReconcileConfig(text);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      if (!parsed.config.rules) return { ok: false, errors: ["rules: the JSON holds no rules"] };
      return { ok: true, rules: parsed.config.rules };
    },
  };
}
