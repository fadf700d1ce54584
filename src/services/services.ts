/**
 * The use cases the task pane may call, bound to one workbook. The composition root (taskpane/boot) builds
 * this once, from the Excel workbook or the demo's in-memory one, and hands it down by React context.
 */
import type { WorkbookPort } from "../workbook/port";

export type WorkbookMode = "excel" | "demo";

export interface Services {
  readonly mode: WorkbookMode;
  readonly workbook: WorkbookPort;
}

export function createServices(workbook: WorkbookPort, mode: WorkbookMode): Services {
  return { mode, workbook };
}
