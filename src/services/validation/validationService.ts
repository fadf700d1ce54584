/**
 * Validation as the user meets it, over any WorkbookPort: the tables with their detected kinds, the column
 * mapping and related tables to review, a run with progress and cancellation, and what to do with the
 * findings — select a cell, mark the cells, clear exactly those marks, write a report sheet — plus the
 * rule sets kept in the document. Re-running any write replaces its earlier output (keys per table).
 */
import type { Issue } from "../../core/issues";
import type { ReadResult, RuleSet, TableRules } from "../../core/validate";
import { WorkbookError } from "../../workbook/errors";
import type { TableData } from "../../core/table";
import type { OperationReceipt, RunOptions, TableInfo, WorkbookPort } from "../../workbook/port";
import { detectCandidate, detectCandidates, effectiveKind, findTable } from "./candidates";
import { proposeMapping } from "./mapping";
import { assertUnchanged, markKey, planMarks } from "./marks";
import { validationReport } from "./report";
import { proposeLookups } from "./roles";
import {
  exportRules,
  importRules,
  loadRuleSet,
  rulesForTable,
  saveRuleSet,
  withTableRules,
  type Imported,
  type StoredRules,
} from "./rulesStore";
import type { SliceOptions } from "../slices";
import { runValidation } from "./run";
import { issueCell, selectionCell, type CellTarget } from "./targets";
import type { CandidateTable, LookupChoices, MappingProposal, RunChoices, ValidationRun } from "./types";

/** A plain range of a sheet, read as a table whose first row holds the headers. */
export interface RangeRef {
  readonly sheet: string;
  readonly address: string;
}

/** A range as the listing would describe it, so it can be detected and validated like a table. */
function rangeInfo(ref: RangeRef, data: TableData): TableInfo {
  return {
    name: data.name,
    sheet: data.sheet,
    address: ref.address,
    rowCount: data.rows.length,
    columnCount: data.headers.length,
    headers: data.headers,
    isExcelTable: false,
  };
}

export interface MarkOutcome {
  readonly receipt: OperationReceipt;
  /** Issues about the whole table, which point at no cell and so were not marked. */
  readonly unlocated: number;
}

export interface ValidationService {
  /** The workbook's tables, each with the kind its headers suggest. */
  listCandidateTables(opts?: RunOptions): Promise<CandidateTable[]>;
  /** The column mapping and related tables a run with these choices would use. */
  prepare(table: string, choices?: Omit<RunChoices, "asOf">): Promise<MappingProposal>;
  /**
   * Validates a table by name, or a plain range (its first row the headers) by sheet and address. The
   * engine runs in slices (see runInSlices); tests may inject its clock and the way it yields.
   */
  run(
    table: string | RangeRef,
    choices?: RunChoices,
    opts?: RunOptions & Pick<SliceOptions, "now" | "yieldToUi">,
  ): Promise<ValidationRun>;
  /** Selects an issue's cell in the workbook (a table-level finding: the table's first header cell). */
  selectIssue(run: ValidationRun, issue: Issue): Promise<CellTarget>;
  /** Fills and notes the cells of the run's issues (or of `issues`), replacing this table's earlier marks. */
  markIssues(run: ValidationRun, issues?: readonly Issue[], opts?: RunOptions): Promise<MarkOutcome>;
  /** Removes exactly the marks validation added to this table, restoring fills and notes. */
  clearMarks(table: string, opts?: RunOptions): Promise<OperationReceipt>;
  /** Writes (or replaces) the sheet "Validation – <Table>"; `when` is the run's date and time as shown. */
  writeReport(run: ValidationRun, when: string, opts?: RunOptions): Promise<OperationReceipt>;
  loadRules(): Promise<StoredRules>;
  /** One table's stored rules ({} when it has none), with the problem when the stored set is unusable. */
  loadTableRules(table: string): Promise<{ rules: TableRules; problem?: string }>;
  /** Stores the table's rules in the document (empty rules remove its entry); returns the whole set. */
  saveTableRules(table: string, rules: TableRules): Promise<RuleSet>;
  /** Reads JSON (a rule set or one table's rules) and stores it on success; a bad one changes nothing. */
  importRules(text: string, table?: string): Promise<ReadResult<Imported>>;
  exportRules(table?: string): Promise<string>;
}

function notFound(table: string, tables: readonly CandidateTable[]): WorkbookError {
  const names = tables.map((t) => t.info.name).join(", ") || "none";
  return new WorkbookError(
    "not_found",
    `There is no table named "${table}" in this workbook (tables: ${names}). Pick one of them.`,
    { operation: "validate a table", table, outcome: "not_a_write" },
  );
}

export function createValidationService(port: WorkbookPort): ValidationService {
  // The last listing: `prepare` reuses it so reviewing a mapping costs no round trip to Excel per change.
  // Listing the tables again (the pane's refresh) and every run renew it.
  let listed: CandidateTable[] | null = null;
  async function candidates(opts: RunOptions = {}) {
    listed = detectCandidates(await port.listTables(opts));
    return listed;
  }

  async function storedRules(table: string): Promise<TableRules> {
    return rulesForTable((await loadRuleSet(port)).ruleSet, table);
  }

  function lookupsFor(
    candidate: CandidateTable,
    tables: readonly CandidateTable[],
    kind: ReturnType<typeof effectiveKind>,
    rules: TableRules,
    choices: LookupChoices | undefined,
  ) {
    return proposeLookups(kind.kind, candidate.info.name, tables, rules.lookups, choices);
  }

  return {
    listCandidateTables: (opts) => candidates(opts),

    async prepare(table, choices = {}) {
      let tables = listed ?? (await candidates());
      let candidate = findTable(tables, table);
      if (candidate === undefined && listed !== null) {
        tables = await candidates();
        candidate = findTable(tables, table);
      }
      if (candidate === undefined) throw notFound(table, tables);
      const rules = choices.rules ?? (await storedRules(candidate.info.name));
      const kind = effectiveKind(candidate, choices.kind ?? rules.kind);
      const lookups = lookupsFor(candidate, tables, kind, rules, choices.lookups);
      return proposeMapping(candidate, kind, rules, lookups);
    },

    async run(table, choices = {}, opts = {}) {
      const tables = await candidates(opts);
      let candidate: CandidateTable | undefined;
      if (typeof table === "string") candidate = findTable(tables, table);
      else {
        // A range has no listing: read it once for its headers, then validate it like a table.
        const data = await port.readTable(table, opts);
        candidate = detectCandidate(rangeInfo(table, data));
      }
      if (candidate === undefined) throw notFound(String(table), tables);
      const rules = choices.rules ?? (await storedRules(candidate.info.name));
      const kind = effectiveKind(candidate, choices.kind ?? rules.kind);
      return runValidation(
        port,
        {
          candidate,
          ref: typeof table === "string" ? { table: candidate.info.name } : table,
          tables,
          rules,
          kind: choices.kind,
          lookups: lookupsFor(candidate, tables, kind, rules, choices.lookups),
          ...(choices.asOf === undefined ? {} : { asOf: choices.asOf }),
        },
        opts,
      );
    },

    async selectIssue(run, issue) {
      const at = selectionCell(issue, run.table);
      await port.selectCell(at.sheet, at.address);
      return at;
    },

    async markIssues(run, issues = run.result.issues, opts = {}) {
      const { plan, unlocated } = planMarks(run.table, issues);
      const now = await port.readTable(run.ref, opts);
      const targets = issues.map((i) => issueCell(i, run.table)).filter((t): t is CellTarget => t !== null);
      assertUnchanged(run.table, now, targets);
      const receipt = await port.markCells(plan, opts);
      return { receipt, unlocated };
    },

    clearMarks: (table, opts = {}) => port.clearMarks(markKey(table), opts),

    writeReport: (run, when, opts = {}) => port.writeSheet(validationReport(run, when), opts),

    loadRules: () => loadRuleSet(port),

    async loadTableRules(table) {
      const stored = await loadRuleSet(port);
      const rules = rulesForTable(stored.ruleSet, table);
      return stored.problem === undefined ? { rules } : { rules, problem: stored.problem };
    },

    async saveTableRules(table, rules) {
      const { ruleSet } = await loadRuleSet(port);
      const next = withTableRules(ruleSet, table, rules);
      await saveRuleSet(port, next);
      return next;
    },

    async importRules(text, table) {
      const { ruleSet } = await loadRuleSet(port);
      const read = importRules(ruleSet, text, table);
      if (read.ok) await saveRuleSet(port, read.value.ruleSet);
      return read;
    },

    async exportRules(table) {
      return exportRules((await loadRuleSet(port)).ruleSet, table);
    },
  };
}
