/**
 * The composition root: the only place that chooses a workbook implementation. In Excel it is the
 * Office adapter; in a plain browser the demo's in-memory workbook with sample tables.
 */
import { createServices, type Services } from "../../services/services";
import { createDemoWorkbook } from "../../services/demo/demoWorkbook";
import { takeCommandLineSettings } from "../../services/startup";
import { observeDemoWorkbook } from "../../services/demo/demoView";
import { createOfficeWorkbook, excelHost } from "../../workbook/office/officeWorkbook";

/** Settings a file saved by the command line carries are taken in before the pane's first operation. */
export async function createExcelServices(): Promise<Services> {
  const workbook = createOfficeWorkbook(excelHost());
  const notices = await takeCommandLineSettings(() => workbook.takeSheetSettings());
  return createServices(workbook, "excel", undefined, notices);
}

export async function createDemoServices(): Promise<Services> {
  const { port, view } = observeDemoWorkbook(createDemoWorkbook());
  return createServices(port, "demo", view);
}
