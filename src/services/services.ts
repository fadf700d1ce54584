/**
 * The use cases the task pane may call, bound to one workbook. The composition root (taskpane/boot) builds
 * this once, from the Excel workbook or the demo's in-memory one, and hands it down by React context.
 */
import type { WorkbookPort } from "../workbook/port";
import type { DemoWorkbookView } from "./demo/demoView";
import { createReconciliationService, type ReconciliationService } from "./reconciliation";
import type { StartupNotice } from "./startup";
import { createValidationService, type ValidationService } from "./validation";

export type WorkbookMode = "excel" | "demo";

export interface Services {
  readonly mode: WorkbookMode;
  readonly workbook: WorkbookPort;
  readonly validation: ValidationService;
  readonly reconciliation: ReconciliationService;
  /** Demo only: what the in-memory workbook holds, for the preview beside the pane. */
  readonly demoView?: DemoWorkbookView;
  /** What the pane says as it opens, about the workbook it opened on. */
  readonly notices?: readonly StartupNotice[];
}

export function createServices(
  workbook: WorkbookPort,
  mode: WorkbookMode,
  demoView?: DemoWorkbookView,
  notices: readonly StartupNotice[] = [],
): Services {
  return {
    mode,
    workbook,
    validation: createValidationService(workbook),
    reconciliation: createReconciliationService(workbook),
    ...(demoView ? { demoView } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  };
}
