/**
 * A workbook port that behaves like `port` except for the methods given: how the panel tests make one
 * operation fail (a protected sheet, a busy workbook) while everything else works.
 */
import type { WorkbookPort } from "../../../src/workbook/port";

export function portWith(port: WorkbookPort, overrides: Partial<WorkbookPort>): WorkbookPort {
  return Object.assign(Object.create(port) as WorkbookPort, overrides);
}

/** listTables fails with "Excel is busy; try again." while `failing()` holds, then works. */
export function busyUntil(port: WorkbookPort, failing: () => boolean): WorkbookPort {
  return portWith(port, {
    listTables: (o) =>
      failing() ? Promise.reject(new Error("Excel is busy; try again.")) : port.listTables(o),
  });
}
