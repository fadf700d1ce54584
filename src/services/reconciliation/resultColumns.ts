/**
 * The four result columns written beside each table: match id, status, rule and a note saying why.
 * Every row of the table gets a value, including rows outside the selection and rows that could not be
 * read, so the columns line up with the table and sort and filter with it. A blank row (a spacer) stays
 * blank; a row the bank lists as not booked yet is "pending", not "unreadable": nothing in it is wrong;
 * one it marks declined, cancelled or reverted is "void"; a line stating the opening or closing balance
 * among the bookings is "balance". A book row left open because the bank lists its payment as pending
 * stays "unmatched" (it is outstanding until the bank books it), and its note names the pending row, as
 * the pending row's names the book row.
 */
import { describeCell } from "../../core/cell";
import type { Cell } from "../../core/cell";
import { bareMessage } from "../../core/issues";
import {
  ROW_BALANCE,
  ROW_BLANK,
  ROW_CLEARED,
  ROW_EXCLUDED,
  ROW_PENDING,
  ROW_UNREADABLE,
  type SideRecords,
} from "../../core/reconcileInput";
import type { Side } from "../../core/reconcile";
import type { OutValue, ResultColumnsPlan } from "../../workbook/port";
import type { ReconcileOutcome } from "./runEngine";
import { carriedValues } from "../../core/reconcileInput";
import { bookedNote, pendingCounterparts, pendingNote } from "./pendingCounterparts";
import { RESULT_HEADERS, RESULT_KEY_PREFIX, resultColumnsKey } from "./resultKeys";

export { RESULT_HEADERS, resultColumnsKey };
import { findingsByRecord } from "./views";

/** A cell as read, to write back as it was (an error value, which Apply never wrote, as blank). */
function outOf(cell: Cell): OutValue {
  return typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" ? cell : null;
}

export type RowStatus =
  "confirmed" | "suggested" | "unmatched" | "excluded" | "unreadable" | "pending" | "void" | "balance";

/** A note stays readable in a cell; the full story is on the Reconciliation sheet. */
const MAX_NOTE = 1000;

function clip(text: string): string {
  return text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`;
}

function excludedNote(records: SideRecords, outcome: ReconcileOutcome, side: Side, i: number): string {
  const sel = (side === "left" ? outcome.setup.left : outcome.setup.right).selection;
  const c = sel ? records.map[sel.field] : undefined;
  if (!sel || c === undefined) return "Not selected";
  const header = records.table.headers[c] ?? sel.field;
  const value = describeCell(records.table.columns[c]?.[i] ?? null);
  return `Not selected: ${header} is ${value}; only ${sel.values.join(", ")} take${sel.values.length === 1 ? "s" : ""} part`;
}

/** The result columns of one side, one value per table row in the table's order. */
export function resultColumnsPlan(outcome: ReconcileOutcome, side: Side): ResultColumnsPlan {
  const records = side === "left" ? outcome.left : outcome.right;
  const setup = side === "left" ? outcome.setup.left : outcome.setup.right;
  const r = outcome.result;
  const matchOf = side === "left" ? r.leftMatch : r.rightMatch;
  const other = side === "left" ? outcome.setup.right.name : outcome.setup.left.name;
  const counterparts = pendingCounterparts(outcome);
  const findings = findingsByRecord(r, side);
  const earlier = outcome.earlier[side];
  const n = records.table.rows.length;
  const ids: OutValue[] = new Array<OutValue>(n);
  const statuses: OutValue[] = new Array<OutValue>(n);
  const rules: OutValue[] = new Array<OutValue>(n);
  const notes: OutValue[] = new Array<OutValue>(n);
  for (let i = 0; i < n; i++) {
    const state = records.state[i];
    const k = records.recordOf[i] as number;
    const m = k >= 0 ? r.matches[matchOf[k] as number] : undefined;
    let status: RowStatus;
    let note: string;
    if (state === ROW_CLEARED && earlier) {
      const [id, st, rule, note] = carriedValues(earlier, i).map(outOf);
      ids[i] = id ?? "";
      statuses[i] = st ?? "";
      rules[i] = rule ?? "";
      notes[i] = typeof note === "string" ? clip(note) : (note ?? "");
      continue;
    }
    if (state === ROW_BLANK) {
      ids[i] = statuses[i] = rules[i] = notes[i] = "";
      continue;
    }
    if (state === ROW_EXCLUDED) {
      status = "excluded";
      note = excludedNote(records, outcome, side, i);
    } else if (state === ROW_PENDING) {
      status = records.rowIssues.get(i)?.some((x) => x.code === "recon_row_void") ? "void" : "pending";
      // The cell is in the row itself: the note says what the bank wrote, not where.
      note =
        (records.rowIssues.get(i) ?? []).map(bareMessage).join("; ") ||
        "Pending, not booked yet: left out until the bank books it";
      const booked = side === "right" ? counterparts.bookedAt.get(i) : undefined;
      if (booked !== undefined) note = `${note} ${bookedNote(other, booked)}`;
    } else if (state === ROW_BALANCE) {
      status = "balance";
      note =
        (records.rowIssues.get(i) ?? []).map(bareMessage).join("; ") ||
        "States a balance, not a booking: left out of matching";
    } else if (state === ROW_UNREADABLE || k < 0) {
      status = "unreadable";
      note = (records.rowIssues.get(i) ?? []).map((x) => x.message).join("; ") || "The row could not be read";
    } else if (m) {
      status = m.status;
      note = m.ambiguous ? `${m.reason} (another candidate fitted as well)` : m.reason;
    } else {
      status = "unmatched";
      const pendingAt = side === "left" ? counterparts.pendingAt.get(k) : undefined;
      const said = [
        ...(pendingAt === undefined ? [] : [pendingNote(other, pendingAt)]),
        ...(findings.get(k) ?? []),
      ];
      note = said.join("; ") || `Not found on ${other}`;
    }
    ids[i] = m?.id ?? "";
    statuses[i] = status;
    rules[i] = m?.rule ?? "";
    notes[i] = clip(note);
  }
  const [idH, statusH, ruleH, noteH] = RESULT_HEADERS;
  return {
    key: resultColumnsKey(outcome.setup, side),
    takesOver: RESULT_KEY_PREFIX,
    table: setup.output ?? setup.ref,
    rows: records.table.rows,
    columns: [
      { header: idH, values: ids },
      { header: statusH, values: statuses },
      { header: ruleH, values: rules },
      { header: noteH, values: notes },
    ],
    // The columns the match rests on, as read: if the user sorts or edits them before Apply, the write is
    // refused instead of landing beside the wrong rows.
    unchanged: [...new Set(Object.values(records.map))]
      .sort((a, b) => a - b)
      .map((column) => ({ column, values: records.table.columns[column] ?? [] })),
  };
}
