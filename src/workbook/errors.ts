/** Typed failures of workbook operations: what was being done, where, and what state the workbook is in. */

export type WorkbookErrorCode =
  | "not_found"
  | "data_changed"
  | "sheet_protected"
  | "cell_edit_mode"
  | "too_large"
  | "conflict"
  | "busy"
  | "cancelled"
  | "nothing_to_revert"
  | "restore_incomplete"
  | "host_error"
  /** An output value cannot be stored in a cell (a non-finite number, a row longer than its headers). */
  | "invalid_output";

/** What the user's workbook looks like after the failure. */
export type WriteOutcome =
  /** Failed before anything was written. */
  | "nothing_written"
  /** Failed mid-way; everything written was restored from the snapshot. */
  | "restored"
  /** Failed mid-way and restoring failed too; the journal says what is left and the backup is kept. */
  | "restore_incomplete"
  /** A read or other operation that writes nothing. */
  | "not_a_write";

export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    readonly details: {
      readonly operation: string;
      readonly sheet?: string;
      readonly table?: string;
      readonly outcome: WriteOutcome;
      /** The host's own error code (e.g. OfficeExtension "InvalidOperationInCellEditMode"). */
      readonly hostCode?: string;
    },
  ) {
    super(message);
  }
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError;
}
