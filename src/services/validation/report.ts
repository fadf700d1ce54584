/**
 * The validation report as a sheet: a header block (table, kind, when, counts), the rules with their
 * counts and % failing, and every issue with a link to its cell. Keyed per table, so writing it again
 * replaces the sheet written before instead of adding another.
 */
import type { Issue } from "../../core/issues";
import { KINDS } from "../../core/validate";
import type { OutValue, SheetOutput } from "../../workbook/port";
import { ROLE_INFO } from "./roles";
import { ruleTitle } from "./titles";
import { bareMessage, issueCell } from "./targets";
import type { ValidationRun } from "./types";

export const reportKey = (table: string): string => `validation:${table}`;

/** Rows of issues a report holds; beyond it the header block says how many more there are. */
export const MAX_REPORT_ISSUES = 100_000;

const PERCENT: string = "0.00%";

function kindLine(run: ValidationRun): string {
  const { kind, kindHow } = run.result;
  if (kind === undefined) return "None: only the column rules were checked";
  return `${KINDS[kind].label} (${kindHow === "chosen" ? "chosen" : "detected from the headers"})`;
}

function verdict(run: ValidationRun): string {
  const { counts, valid } = run.result;
  if (valid) return counts.warning > 0 ? "Valid, with warnings" : "Valid";
  return `Not valid: ${counts.error} error${counts.error === 1 ? "" : "s"}`;
}

function lookupLine(run: ValidationRun): string {
  if (run.lookups.length === 0) return "None";
  return run.lookups
    .map((l) => `${ROLE_INFO[l.role].label}: ${l.table} (${l.how === "chosen" ? "chosen" : "detected"})`)
    .join("; ");
}

function issueRow(run: ValidationRun, issue: Issue, rule: string): OutValue[] {
  const at = issueCell(issue, run.table);
  return [
    issue.severity,
    issue.code,
    rule,
    issue.sheet ?? run.table.sheet,
    issue.table ?? run.table.name,
    issue.row ?? null,
    issue.column ?? null,
    issue.value ?? null,
    bareMessage(issue),
    at === null
      ? null
      : { kind: "link", text: `${at.sheet}!${at.address}`, sheet: at.sheet, address: at.address },
  ];
}

/** The report sheet of a run; `when` is the date and time of the run as the user reads it. */
export function validationReport(run: ValidationRun, when: string): SheetOutput {
  const { result } = run;
  const ruleOf = new Map<Issue, string>();
  for (const g of run.groups) for (const i of g.issues) ruleOf.set(i, g.title);
  const shown = result.issues.slice(0, MAX_REPORT_ISSUES);
  const lines: OutValue[][] = [
    ["Table", result.table],
    ["Sheet", result.sheet],
    ["Kind", kindLine(run)],
    ["Related tables", lookupLine(run)],
    ["Checked", when],
    ["Records", result.records],
    ["Errors", result.counts.error],
    ["Warnings", result.counts.warning],
    ["Information", result.counts.info],
    ["Result", verdict(run)],
  ];
  if (shown.length < result.issues.length)
    lines.push([
      "Issues listed",
      `The first ${shown.length.toLocaleString("en-US")} of ${result.issues.length.toLocaleString("en-US")}; fix these and validate again to see the rest.`,
    ]);
  const rules = result.stats.map((s): OutValue[] => [
    ruleTitle(s, result.columns),
    s.rule,
    s.code,
    s.column ?? null,
    s.checked,
    s.failed,
    { kind: "number", value: s.percentFailed / 100, format: PERCENT },
    s.mostly === undefined ? null : { kind: "number", value: s.mostly, format: PERCENT },
    s.passed ? "Passed" : "Failed",
  ]);
  const issues = shown.map((i) => issueRow(run, i, ruleOf.get(i) ?? ""));
  const base = result.table.replace(/[^A-Za-z0-9_]/g, "_");
  return {
    key: reportKey(result.table),
    sheetName: `Validation – ${result.table}`,
    title: `Validation – ${result.table}`,
    lines,
    tables: [
      {
        name: `Rules_${base}`,
        headers: ["Check", "Rule", "Code", "Column", "Checked", "Failed", "% failing", "Mostly", "Result"],
        rows: rules,
      },
      {
        name: `Issues_${base}`,
        headers: ["Severity", "Code", "Check", "Sheet", "Table", "Row", "Column", "Value", "Message", "Cell"],
        rows: issues,
      },
    ],
  };
}
