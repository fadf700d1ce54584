/**
 * What `bo reconcile --out` says when the copy could not be written: the result columns had no room beside
 * a table (another table, or the user's notes, stand there), or the file could not be saved. The
 * reconciliation was computed all the same and is printed; this is the error beside it, with what to change
 * for the copy to be written. The copy is written whole or not at all: result columns beside one table and
 * not the other would be a half-applied reconciliation.
 */
import { makeIssue, type Issue, type IssueLocation } from "../../core/issues";
import { columnLetter, type TableData } from "../../core/table";
import { resultColumnsPlan, type ReconcileOutcome } from "../../services/reconciliation";
import { isWorkbookError } from "../../workbook/errors";
import { SourceError } from "../open";

/** Whether a failure is one of writing the copy (said beside the reconciliation), not a bug. */
export function isOutFailure(e: unknown): e is Error {
  return isWorkbookError(e) || e instanceof SourceError;
}

/** The last sheet row of a table: its header row, or its last record's row. */
function lastRow(t: TableData): number {
  return Math.max(t.headerRow, ...t.rows);
}

/**
 * The side whose result columns would stand where the other side's table does, on the same sheet of the
 * same file (two tables side by side, as in a reconciliation workbook), and how many result columns go
 * beside it; null when the tables do not stand so.
 */
function sideBySide(
  outcome: ReconcileOutcome,
  sameFile: boolean,
): { readonly side: "left" | "right"; readonly other: TableData; readonly columns: number } | null {
  if (!sameFile) return null;
  for (const side of ["left", "right"] as const) {
    const table = outcome[side].table;
    const other = outcome[side === "left" ? "right" : "left"].table;
    if (table.sheet !== other.sheet) continue;
    const columns = resultColumnsPlan(outcome, side).columns.length;
    const from = table.firstColumn + table.headers.length;
    const across = other.firstColumn < from + columns && other.firstColumn + other.headers.length > from;
    const down = other.headerRow <= lastRow(table) && lastRow(other) >= table.headerRow;
    if (across && down) return { side, other, columns };
  }
  return null;
}

/** The side whose table a failure names ("…result columns to table 'Ledger'…"); null for none. */
function sideNamed(outcome: ReconcileOutcome, message: string): "left" | "right" | null {
  const name = /to table '([^']*)'/.exec(message)?.[1];
  if (name === undefined) return null;
  return outcome.left.table.name === name ? "left" : outcome.right.table.name === name ? "right" : null;
}

/**
 * The error saying the copy `out` was not written, and why: the failure's own words (the table and sheet
 * it names, what stands in the way) and what to do, at the table the result columns could not go beside.
 * `files`: the files the book and the statement were read from.
 */
export function notWrittenIssue(
  e: Error,
  out: string,
  outcome: ReconcileOutcome,
  files: { readonly left: string; readonly right: string },
): Issue {
  const pair = isWorkbookError(e) ? sideBySide(outcome, files.left === files.right) : null;
  const side = pair?.side ?? (isWorkbookError(e) ? sideNamed(outcome, e.message) : null);
  const at: IssueLocation =
    side === null ? {} : { sheet: outcome[side].table.sheet, table: outcome[side].table.name };
  if (pair !== null) {
    const t = outcome[pair.side].table;
    const from = t.firstColumn + t.headers.length;
    const span = `${columnLetter(from)}:${columnLetter(from + pair.columns - 1)}`;
    return makeIssue("recon_out_not_written", at, {
      file: out,
      reason: `table '${pair.other.name}' stands where the ${pair.columns} result columns of '${t.name}' go (columns ${span} of sheet ${t.sheet}).`,
      remedy:
        `In ${files[pair.side]}, move '${pair.other.name}' to a sheet of its own, or leave at least ` +
        `${pair.columns} empty columns between the two tables, and run again.`,
    });
  }
  // The reason without the words for the task pane ("Could not apply…", "The workbook is as it was
  // before."): here nothing of the input was ever at stake.
  const reason = e.message
    .replace(/^Could not apply the reconciliation: /, "")
    .replace(/\s*Nothing was written\.(?: The workbook is as it was before\.)?$/, "")
    .replace(/^cannot write "[^"]*": /, "");
  const input = files[side ?? "left"];
  const remedy = isWorkbookError(e)
    ? `The copy is made from ${side === null && files.left !== files.right ? "the input workbooks" : input}: that is where to change it.`
    : `Fix that, or name another file with --out, and run again.`;
  return makeIssue("recon_out_not_written", at, {
    file: out,
    reason: /[.!?]$/.test(reason) ? reason : `${reason}.`,
    remedy,
  });
}
