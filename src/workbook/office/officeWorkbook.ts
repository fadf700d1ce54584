/**
 * The Excel WorkbookPort: the shared gateway over the office driver. Construct it with the real host
 * (`createOfficeWorkbook(excelHost())`, after Office.onReady) or with the Excel simulator in tests.
 * This folder is the only code that calls Excel.run or context.sync.
 */
import { createGatewayPort, type GatewayPort } from "../gateway/createPort";
import { createOfficeDriver } from "./driver";
import type { OfficeHost } from "./host";

export interface OfficeWorkbookPort extends GatewayPort {
  readonly host: "excel";
}

export function createOfficeWorkbook(host: OfficeHost): OfficeWorkbookPort {
  const port = createGatewayPort(createOfficeDriver(host));
  return Object.assign(port, { host: "excel" as const });
}

export { excelHost, type OfficeHost, type ExcelRun, type OfficeSettingsLike } from "./host";
