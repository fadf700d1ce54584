/**
 * Turns the rule runs into the result: Great Expectations-style stats (checked, failed, % failing,
 * "mostly"), the user's severities applied, rules switched off removed, and issues in sheet order
 * (table-level first, then by Excel row, then by column position) without a comparison sort.
 */
import type { Issue, Severity } from "../issues";
import type { TableData } from "../table";
import type { RuleRun, RuleStat } from "./types";

function percent(failed: number, checked: number): number {
  return checked === 0 ? 0 : Math.round((failed / checked) * 10000) / 100;
}

/** Stats of a run, and the severity its issues should carry (undefined: as the catalogue says). */
export function statOf(run: RuleRun): { stat: RuleStat; severity: Severity | undefined } {
  const share = run.checked === 0 ? 0 : run.failed / run.checked;
  const withinMostly = run.mostly !== undefined && run.failed > 0 && share <= 1 - run.mostly + 1e-12;
  const passed = run.failed === 0 || withinMostly;
  const stat: RuleStat = {
    rule: run.rule,
    code: run.code,
    ...(run.column === undefined ? {} : { column: run.column }),
    checked: run.checked,
    failed: run.failed,
    percentFailed: percent(run.failed, run.checked),
    ...(run.mostly === undefined ? {} : { mostly: run.mostly }),
    passed,
  };
  // A rule that passes under "mostly" still lists its exceptions, as warnings.
  const severity = withinMostly ? "warning" : run.severity;
  return { stat, severity };
}

/** Whether the user switched the run off by its rule id or its code. */
export function isOff(run: RuleRun, off: ReadonlySet<string>): boolean {
  return off.has(run.rule) || off.has(run.code);
}

/**
 * Issues with a severity other than their own. Object.assign rather than an object spread: issues come
 * in several shapes, and a spread of those takes V8's slow path (see makeIssue).
 */
export function withSeverity(issues: Issue[], severity: Severity): void {
  for (let k = 0; k < issues.length; k++) {
    const i = issues[k] as Issue;
    if (i.severity !== severity) issues[k] = Object.assign({}, i, { severity });
  }
}

/** Stable counting sorts: by column position, then by Excel row; issues without a row come first. */
export function sortIssues(issues: readonly Issue[], table: TableData): Issue[] {
  if (issues.length < 2) return [...issues];
  return sortIssueLists([issues], table);
}

/** The same over several lists taken in order, without concatenating them first. */
export function sortIssueLists(lists: readonly (readonly Issue[])[], table: TableData): Issue[] {
  let n = 0;
  for (const l of lists) n += l.length;
  const issues = new Array<Issue>(n);
  let at = 0;
  for (const l of lists) for (let k = 0; k < l.length; k++) issues[at++] = l[k] as Issue;
  if (n < 2) return issues;
  const position = new Map<string, number>();
  table.headers.forEach((h, c) => {
    if (!position.has(h)) position.set(h, c + 1);
  });
  const cols = table.headers.length + 1;
  const colKey = new Int32Array(n);
  let minRow = Infinity;
  let maxRow = -Infinity;
  for (let k = 0; k < n; k++) {
    const issue = issues[k] as Issue;
    colKey[k] = issue.column === undefined ? 0 : (position.get(issue.column) ?? 0);
    const r = issue.row;
    if (r !== undefined) {
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
    }
  }
  const byCol = countingOrder(colKey, cols);
  const rowKey = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = (issues[byCol[k] as number] as Issue).row;
    rowKey[k] = r === undefined ? 0 : r - minRow + 1;
  }
  // Rows span up to a million values: sort by them 11 bits at a time, keeping counting arrays small.
  let order = Int32Array.from({ length: n }, (_, k) => k);
  const span = minRow === Infinity ? 1 : maxRow - minRow + 2;
  for (let shift = 0; shift === 0 || span >>> shift > 0; shift += 11) {
    const digit = new Int32Array(n);
    for (let k = 0; k < n; k++) digit[k] = ((rowKey[order[k] as number] as number) >>> shift) & 2047;
    const pass = countingOrder(digit, 2048);
    order = pass.map((k) => order[k] as number);
  }
  const out = new Array<Issue>(n);
  for (let k = 0; k < n; k++) out[k] = issues[byCol[order[k] as number] as number] as Issue;
  return out;
}

/** Indices 0..n-1 ordered by key (0 <= key < range), stably. */
function countingOrder(keys: Int32Array, range: number): Int32Array {
  const starts = new Int32Array(range + 1);
  for (let k = 0; k < keys.length; k++) (starts[(keys[k] as number) + 1] as number)++;
  for (let r = 1; r <= range; r++) starts[r] = (starts[r] as number) + (starts[r - 1] as number);
  const out = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    out[starts[key] as number] = k;
    starts[key] = (starts[key] as number) + 1;
  }
  return out;
}
