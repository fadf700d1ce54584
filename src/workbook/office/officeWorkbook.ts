/**
 * The Excel WorkbookPort: the shared gateway over the office driver. Construct it with the real host
 * (`createOfficeWorkbook(excelHost())`, after Office.onReady) or with the Excel simulator in tests.
 * This folder is the only code that calls Excel.run or context.sync.
 */
import { createGatewayPort, type GatewayPort } from "../gateway/createPort";
import { createOfficeDriver } from "./driver";
import type { OfficeHost } from "./host";
import { takeSheetSettings } from "./sheetSettings";

export interface OfficeWorkbookPort extends GatewayPort {
  readonly host: "excel";
  /**
   * Takes in, once a workbook, the settings a file saved by the command line carries in its
   * BO_Settings sheet; returns the keys taken. Call before the first operation.
   */
  takeSheetSettings(): Promise<string[]>;
}

export function createOfficeWorkbook(host: OfficeHost): OfficeWorkbookPort {
  const driver = createOfficeDriver(host);
  const port = createGatewayPort(driver);
  return Object.assign(port, {
    host: "excel" as const,
    takeSheetSettings: () => takeSheetSettings(driver),
  });
}

export { excelHost, type OfficeHost, type ExcelRun, type OfficeSettingsLike } from "./host";
