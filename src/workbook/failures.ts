/** WorkbookErrors for the failures every implementation reports alike: missing tables, bad references, cancellation. */
import { quoteSheet } from "../core/issues/location";
import { WorkbookError, type WriteOutcome } from "./errors";
import type { TableRef } from "./port";

export function describeRef(ref: TableRef): string {
  return "table" in ref ? `table '${ref.table}'` : `range ${quoteSheet(ref.sheet)}!${ref.address}`;
}

export function refDetails(ref: TableRef): { sheet?: string; table?: string } {
  return "table" in ref ? { table: ref.table } : { sheet: ref.sheet };
}

export function notFound(operation: string, ref: TableRef, why?: string): WorkbookError {
  const what = describeRef(ref);
  const message =
    why ??
    ("table" in ref
      ? `There is no table named '${ref.table}' in this workbook. Check the name in Table Design, or pick the table again.`
      : `There is no sheet named '${ref.sheet}' in this workbook. Check the sheet name, or pick the range again.`);
  return new WorkbookError("not_found", `Could not ${operation} ${what}: ${message}`, {
    operation,
    ...refDetails(ref),
    outcome: "not_a_write",
  });
}

export function badAddress(operation: string, ref: TableRef, reason: string): WorkbookError {
  return new WorkbookError("not_found", `Could not ${operation} ${describeRef(ref)}: ${reason}`, {
    operation,
    ...refDetails(ref),
    outcome: "not_a_write",
  });
}

export function cancelled(
  operation: string,
  outcome: WriteOutcome,
  where: { sheet?: string; table?: string } = {},
): WorkbookError {
  const tail =
    outcome === "restored"
      ? " Everything written so far was undone."
      : outcome === "nothing_written"
        ? " Nothing was written."
        : "";
  return new WorkbookError("cancelled", `Cancelled: ${operation}.${tail}`, { operation, ...where, outcome });
}

export function throwIfAborted(
  signal: AbortSignal | undefined,
  operation: string,
  where: { sheet?: string; table?: string } = {},
): void {
  if (signal?.aborted) throw cancelled(operation, "not_a_write", where);
}
