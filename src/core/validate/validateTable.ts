/**
 * The runner: parse each column once, find blank rows and error cells in columns without rules, then run
 * every check (generic ones, then the kind's), never stopping at a failure. `validateTableSteps` yields
 * progress after each chunk and check so a service can keep the UI responsive and stop when cancelled
 * (by no longer iterating); `validateTable` runs it to the end for the CLI and custom functions.
 */
import { isBlank, isCellError } from "../cell";
import { countBySeverity, type Issue } from "../issues";
import type { TableData } from "../table";
import { trimText } from "./cellText";
import { GENERIC_CHECKS, type NamedCheck } from "./checks";
import { columnSetup } from "./columnSetup";
import { isOff, sortIssueLists, statOf, withSeverity } from "./finish";
import { ColumnIssues, tableIssue } from "./issueAt";
import { ParsedColumn } from "./parseColumn";
import { prepare, type Plan } from "./prepare";
import {
  BLANK,
  type CheckContext,
  type ColumnValues,
  type RuleRun,
  type RuleStat,
  type ValidateOptions,
  type ValidationProgress,
  type ValidationResult,
} from "./types";

const DEFAULT_CHUNK = 65536;

/** Parses the plan's columns, the kind's currency column first (amount decimals follow it). */
function* parseColumns(
  table: TableData,
  plan: Plan,
  options: ValidateOptions,
  runs: RuleRun[],
  progress: (phase: string) => ValidationProgress,
): Generator<ValidationProgress, ColumnValues[]> {
  const n = table.rows.length;
  const chunk = Math.max(1, options.chunkRows ?? DEFAULT_CHUNK);
  const declaredOrder = options.dateOrder ?? plan.rules.dateOrder;
  const currencyCol = plan.kind === undefined ? undefined : plan.columns.find((c) => c.field === "currency");
  const order =
    currencyCol === undefined
      ? plan.columns
      : [currencyCol, ...plan.columns.filter((c) => c !== currencyCol)];
  const parsed = new Map<number, ColumnValues>();
  let currency: ColumnValues | undefined;
  for (const col of order) {
    const cv = new ParsedColumn(table, col, columnSetup(table, col, plan.settings, declaredOrder, currency));
    for (let from = 0; from < n; from += chunk) {
      cv.run(from, Math.min(n, from + chunk));
      yield progress(`Reading ${col.header}`);
    }
    if (col === currencyCol) currency = cv;
    parsed.set(col.index, cv);
    runs.push(...cv.runs());
  }
  return plan.columns.map((c) => parsed.get(c.index) as ColumnValues);
}

/**
 * Records blank in every column. Only the records blank in the parsed column with the fewest blanks can
 * be, so those candidates are tested against the other columns; a column with no blank rules them all out.
 */
function blankCandidates(n: number, columns: readonly ColumnValues[]): Uint8Array {
  const blank = new Uint8Array(n);
  if (columns.length === 0) return blank.fill(1);
  let fewest: Int32Array | undefined;
  for (const cv of columns) {
    const b = cv.blanks;
    if (b !== undefined && (fewest === undefined || b.length < fewest.length)) fewest = b;
  }
  if (fewest === undefined) {
    blank.fill(1);
    for (const cv of columns) for (let i = 0; i < n; i++) if (cv.status[i] !== BLANK) blank[i] = 0;
    return blank;
  }
  for (const i of fewest) if (columns.every((cv) => cv.status[i] === BLANK)) blank[i] = 1;
  return blank;
}

/** Blank rows across all columns, and error cells in the columns no rule parsed. */
function scanRest(
  table: TableData,
  plan: Plan,
  columns: readonly ColumnValues[],
  runs: RuleRun[],
): Uint8Array {
  const n = table.rows.length;
  const parsed = new Set(columns.map((c) => c.col.index));
  const rest = table.columns.map((_, c) => c).filter((c) => !parsed.has(c));
  const blank = blankCandidates(n, columns);
  const missing = new Set((plan.rules.missingValues ?? []).map((t) => t.trim()));
  const issues: Issue[] = [];
  let checked = 0;
  for (const c of rest) {
    const cells = table.columns[c] ?? [];
    let at: ColumnIssues | undefined;
    for (let i = 0; i < n; i++) {
      const v = cells[i] ?? null;
      if (isBlank(v) || (typeof v === "string" && missing.has(trimText(v)))) continue;
      blank[i] = 0;
      checked++;
      if (isCellError(v)) {
        at ??= new ColumnIssues(table, table.headers[c] ?? "", c);
        issues.push(at.at(i, "error_cell", { code: v.code }, v.code));
      }
    }
  }
  runs.push({ rule: "error cells", code: "error_cell", checked, failed: issues.length, issues });
  return blank;
}

function contextOf(
  table: TableData,
  plan: Plan,
  columns: readonly ColumnValues[],
  blankRow: Uint8Array,
): CheckContext {
  const byField = new Map<string, ColumnValues>();
  const byHeader = new Map<string, ColumnValues>();
  for (const cv of columns) {
    if (cv.col.field !== undefined) byField.set(cv.col.field, cv);
    const key = cv.col.header.trim().toLowerCase();
    if (!byHeader.has(key)) byHeader.set(key, cv);
  }
  let active = 0;
  for (let i = 0; i < blankRow.length; i++) if (blankRow[i] === 0) active++;
  return {
    table,
    kind: plan.kind,
    rules: plan.rules,
    settings: plan.settings,
    columns,
    field: (name) => byField.get(name),
    column: (name) => byHeader.get(name.trim().toLowerCase()) ?? byField.get(name),
    blankRow,
    activeRecords: active,
    lookupTable: plan.lookupTable,
    lookupName: plan.lookupName,
  };
}

function resultOf(
  table: TableData,
  plan: Plan,
  columns: readonly ColumnValues[],
  runs: readonly RuleRun[],
): ValidationResult {
  const off = new Set(plan.rules.off ?? []);
  const lists: (readonly Issue[])[] = [plan.issues];
  const stats: RuleStat[] = [];
  const ruleOf = new Map<Issue, number>();
  for (const run of runs) {
    if (isOff(run, off)) continue;
    const { stat, severity } = statOf(run);
    // withSeverity replaces issues in place, so map them only after it ran.
    if (severity !== undefined) withSeverity(run.issues, severity);
    for (const issue of run.issues) ruleOf.set(issue, stats.length);
    stats.push(stat);
    lists.push(run.issues);
  }
  if (table.rows.length === 0) lists.push([tableIssue(table, "table_empty", {})]);
  const issues = sortIssueLists(lists, table);
  const counts = countBySeverity(issues);
  return {
    table: table.name,
    sheet: table.sheet,
    kind: plan.kind?.id,
    kindHow: plan.kindHow,
    columnMap: plan.map,
    columns: columns.map((cv) => ({
      header: cv.col.header,
      index: cv.col.index,
      ...(cv.col.field === undefined ? {} : { field: cv.col.field }),
      type: cv.col.type,
      ...(cv.col.type === "date" || cv.col.type === "datetime"
        ? {
            dateOrderHow: cv.dateOrderHow,
            ...(cv.dateOrder === undefined ? {} : { dateOrder: cv.dateOrder }),
          }
        : {}),
    })),
    issues,
    stats,
    ruleOf,
    records: table.rows.length,
    counts,
    valid: counts.error === 0,
  };
}

/** Validates step by step, yielding progress; the generator's return value is the result. */
export function* validateTableSteps(
  table: TableData,
  options: ValidateOptions = {},
): Generator<ValidationProgress, ValidationResult, void> {
  const plan = prepare(table, options);
  const chunk = Math.max(1, options.chunkRows ?? DEFAULT_CHUNK);
  const checks: readonly NamedCheck[] = [
    ...GENERIC_CHECKS,
    ...(plan.kind?.checks ?? []).map((run, k) => ({ name: `${plan.kind?.label ?? ""} rule ${k + 1}`, run })),
  ];
  const total = plan.columns.length * Math.max(1, Math.ceil(table.rows.length / chunk)) + 1 + checks.length;
  let done = 0;
  const progress = (phase: string): ValidationProgress => ({ phase, done: ++done, total });
  const runs: RuleRun[] = [];
  const columns = yield* parseColumns(table, plan, options, runs, progress);
  const blankRow = scanRest(table, plan, columns, runs);
  yield progress("Finding blank rows and error cells");
  const ctx = contextOf(table, plan, columns, blankRow);
  for (const check of checks) {
    runs.push(...check.run(ctx));
    yield progress(`Checking ${check.name}`);
  }
  return resultOf(table, plan, columns, runs);
}

/** Validates a table in one go: every check runs, every issue is reported. */
export function validateTable(table: TableData, options: ValidateOptions = {}): ValidationResult {
  const steps = validateTableSteps(table, options);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
