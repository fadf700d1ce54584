/**
 * Turns failures into WorkbookErrors whose message says what was being done, where, what went wrong,
 * what to do, and the state the workbook is left in (nothing written, restored, or what is left).
 */
import { quoteSheet } from "../../core/issues/location";
import { DriverFailure } from "../driver";
import { WorkbookError, type WorkbookErrorCode, type WriteOutcome } from "../errors";

export interface Where {
  readonly sheet?: string;
  readonly table?: string;
}

/** A write that verification found did not land as planned. */
export class VerifyFailure extends Error {
  override readonly name = "VerifyFailure";
  constructor(readonly problems: readonly string[]) {
    super(
      `the workbook does not hold what was written: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""}`,
    );
  }
}

/** The document settings could not be saved. */
export class SettingsFailure extends Error {
  override readonly name = "SettingsFailure";
}

const ADVICE: Partial<Record<WorkbookErrorCode, string>> = {
  cell_edit_mode: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  sheet_protected:
    "The sheet is protected. Unprotect it (Review > Unprotect Sheet) or choose another place, then try again.",
  too_large: "The data is larger than Excel accepts in one request even in the smallest chunk.",
  data_changed:
    "The workbook changed while the operation ran (a sheet or table was renamed, moved or deleted). Run it again.",
  conflict: "Something already occupies the place the output would go.",
  busy: "Another operation of the add-in is still running. Wait for it to finish, then try again.",
};

export function codeForHost(hostCode: string): WorkbookErrorCode {
  switch (hostCode) {
    case "InvalidOperationInCellEditMode":
      return "cell_edit_mode";
    case "AccessDenied":
      return "sheet_protected";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "OperationCellsExceedLimit":
    case "RangeExceedsLimit":
      return "too_large";
    case "ItemNotFound":
    case "InvalidReference":
    case "InvalidObjectPath":
      return "data_changed";
    case "ItemAlreadyExists":
      return "conflict";
    case "Cancelled":
      return "cancelled";
    default:
      return "host_error";
  }
}

export function outcomeSentence(outcome: WriteOutcome, left?: string): string {
  switch (outcome) {
    case "nothing_written":
      return "Nothing was written.";
    case "restored":
      return "Everything it had written was undone: the workbook is as it was before.";
    case "restore_incomplete":
      return `Undoing it failed too, so part of the output is still in the workbook (${left ?? "see the journal"}). Use Revert to try again; the backup is kept.`;
    case "not_a_write":
      return "";
  }
}

function where(w: Where): string {
  const parts: string[] = [];
  if (w.sheet) parts.push(`sheet ${quoteSheet(w.sheet)}`);
  if (w.table) parts.push(`table '${w.table}'`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** A refusal before anything was written: the plan found the write unsafe. */
export function refuse(code: WorkbookErrorCode, operation: string, at: Where, reason: string): WorkbookError {
  return new WorkbookError(
    code,
    `Could not ${operation}${where(at)}: ${reason} ${outcomeSentence("nothing_written")}`,
    {
      operation,
      ...at,
      outcome: "nothing_written",
    },
  );
}

/** The error for a failure during a write, with the state it left. */
export function failed(
  e: unknown,
  operation: string,
  at: Where,
  outcome: WriteOutcome,
  left?: string,
): WorkbookError {
  if (e instanceof WorkbookError && e.details.outcome === outcome) return e;
  let code: WorkbookErrorCode = "host_error";
  let cause: string;
  let hostCode: string | undefined;
  if (e instanceof DriverFailure) {
    code = codeForHost(e.hostCode);
    hostCode = e.hostCode;
    cause =
      code === "cancelled"
        ? `it was cancelled while ${e.doing}.`
        : `Excel reported ${e.hostCode} while ${e.doing}: ${e.message}${ADVICE[code] ? ` ${ADVICE[code]}` : ""}`;
  } else if (e instanceof WorkbookError) {
    code = e.code;
    cause = e.message;
  } else if (isHostError(e)) {
    code = codeForHost(e.code);
    hostCode = e.code;
    cause = `Excel reported ${e.code}: ${e.message}${ADVICE[code] ? ` ${ADVICE[code]}` : ""}`;
  } else if (e instanceof VerifyFailure) {
    cause = `${e.message}.`;
  } else if (e instanceof SettingsFailure) {
    cause = `the add-in could not save its record of outputs in the document (${e.message}).`;
  } else {
    cause = `an unexpected error occurred (${e instanceof Error ? e.message : String(e)}).`;
  }
  const text =
    code === "cancelled"
      ? `Cancelled: ${operation}${where(at)}.`
      : `Could not ${operation}${where(at)}: ${cause}`;
  return new WorkbookError(code, `${text} ${outcomeSentence(outcome, left)}`.trim(), {
    operation,
    ...at,
    outcome,
    ...(hostCode ? { hostCode } : {}),
  });
}

/** An error carrying a host code: OfficeExtension.Error, or the memory workbook's equivalent. */
function isHostError(e: unknown): e is { code: string; message: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === "string";
}

/** Errors of reads: no write outcome. */
export function readFailed(e: unknown, operation: string, at: Where): WorkbookError {
  if (e instanceof WorkbookError) return e;
  return failed(e, operation, at, "not_a_write");
}
