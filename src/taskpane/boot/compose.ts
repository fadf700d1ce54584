/**
 * The composition root: the only place that chooses a workbook implementation. In Excel it is the
 * Office adapter; in a plain browser the demo's in-memory workbook with sample tables.
 */
import { createServices, type Services } from "../../services/services";
import { createDemoWorkbook } from "../../services/demo/demoWorkbook";
import { observeDemoWorkbook } from "../../services/demo/demoView";
import { createOfficeWorkbook, excelHost } from "../../workbook/office/officeWorkbook";

export function createExcelServices(): Services {
  return createServices(createOfficeWorkbook(excelHost()), "excel");
}

export async function createDemoServices(): Promise<Services> {
  const { port, view } = observeDemoWorkbook(createDemoWorkbook());
  return createServices(port, "demo", view);
}
