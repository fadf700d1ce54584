/**
 * The in-memory WorkbookPort: the same gateway as Excel's, over a MemoryWorkbook. Backs the command
 * line, the browser demo and service tests; load it from .xlsx/.csv with the loaders beside it.
 */
import { createGatewayPort, type GatewayPort } from "../gateway/createPort";
import { MemoryDriver } from "./driver";
import { MemoryWorkbook } from "./model";

export interface MemoryWorkbookPort extends GatewayPort {
  readonly host: "memory";
  /** The workbook itself: for saving, the demo's sheet view and tests. */
  readonly workbook: MemoryWorkbook;
}

export function createMemoryWorkbook(
  workbook: MemoryWorkbook = new MemoryWorkbook(["Sheet1"]),
): MemoryWorkbookPort {
  const port = createGatewayPort(new MemoryDriver(workbook));
  return Object.assign(port, { host: "memory" as const, workbook });
}
