/**
 * Marks a run's issues in the workbook: one fill and note per offending cell (several issues on a cell
 * share it), keyed per table so a re-run replaces the marks and "Clear marks" removes exactly them. The
 * port groups contiguous cells and batches its syncs; this module only decides which cells and notes.
 * Before marking, the table is read again: marks follow addresses, so rows that moved since the run would
 * colour the wrong cells; then nothing is marked and the user is told to run again.
 */
import { isCellError, type Cell } from "../../core/cell";
import type { Issue, Severity } from "../../core/issues";
import { columnIndex, type TableData } from "../../core/table";
import { WorkbookError } from "../../workbook/errors";
import type { MarkPlan } from "../../workbook/port";
import { bareMessage, issueCell, type CellTarget } from "./targets";

export const markKey = (table: string): string => `validation:${table}`;

export interface MarkSelection {
  readonly plan: MarkPlan;
  /** Issues about the whole table, which point at no cell (they are in the results and the report). */
  readonly unlocated: number;
}

const WORD: Readonly<Record<Severity, string>> = { error: "Error", warning: "Warning", info: "Note" };

/** The note a cell gets for one issue: what is wrong and what to do, without the location it sits at. */
export function markNote(issue: Issue): string {
  return `${WORD[issue.severity]} (${issue.code}): ${bareMessage(issue)}`;
}

export function planMarks(table: TableData, issues: readonly Issue[]): MarkSelection {
  const cells: MarkPlan["cells"][number][] = [];
  let unlocated = 0;
  for (const issue of issues) {
    const at = issueCell(issue, table);
    if (at === null) {
      unlocated++;
      continue;
    }
    cells.push({ sheet: at.sheet, address: at.address, note: markNote(issue), severity: issue.severity });
  }
  return { plan: { key: markKey(table.name), cells }, unlocated };
}

function sameCell(a: Cell, b: Cell): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.code === b.code;
  return a === b || ((a === null || a === "") && (b === null || b === ""));
}

/** Where a cell of the target sits in the table as read, or null outside it. */
function position(table: TableData, rowIndex: Map<number, number>, at: CellTarget) {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(at.address);
  if (!m) return null;
  const col = columnIndex(m[1] as string) - table.firstColumn;
  const rec = rowIndex.get(Number(m[2]));
  return rec === undefined || col < 0 || col >= table.headers.length ? null : { col, rec };
}

/**
 * Refuses (`data_changed`, nothing written) when the table moved, lost or gained rows, was re-headed, or a
 * cell to be marked now holds something else than when it was validated.
 */
export function assertUnchanged(before: TableData, now: TableData, targets: readonly CellTarget[]): void {
  const refuse = (what: string) =>
    new WorkbookError(
      "data_changed",
      `The table ${before.name} changed since it was validated (${what}); run the validation again, then mark the cells. Nothing was marked.`,
      { operation: "mark cells", table: before.name, sheet: before.sheet, outcome: "nothing_written" },
    );
  if (now.sheet.toLowerCase() !== before.sheet.toLowerCase())
    throw refuse(`it is now on sheet '${now.sheet}'`);
  if (now.headerRow !== before.headerRow || now.firstColumn !== before.firstColumn)
    throw refuse("it was moved");
  if (now.headers.length !== before.headers.length || now.headers.some((h, i) => h !== before.headers[i]))
    throw refuse("its headers are different");
  if (now.rows.length !== before.rows.length || now.rows.some((r, i) => r !== before.rows[i]))
    throw refuse("rows were added or removed");
  const rowIndex = new Map(before.rows.map((r, i) => [r, i]));
  for (const at of targets) {
    if (at.sheet.toLowerCase() !== before.sheet.toLowerCase()) continue;
    const p = position(before, rowIndex, at);
    if (p === null) continue;
    const was = before.columns[p.col]?.[p.rec] ?? null;
    const is = now.columns[p.col]?.[p.rec] ?? null;
    if (!sameCell(was, is)) throw refuse(`cell ${at.address} was edited`);
  }
}
