/**
 * Reads the workbook's shape in two syncs: sheet names and tables first, then each sheet's protection and
 * used range and each table's address and headers. Only the properties the gateway needs are loaded.
 */
import type { TableShape, WorkbookShape } from "../driver";
import type { TableInfo } from "../port";
import { inWorkbookOrder, tableInfo } from "../tableData";
import { areaOfAddress } from "./officeAddress";
import type { Runner } from "./runner";

function headerTexts(values: readonly unknown[]): string[] {
  return values.map((v) => (v === null || v === undefined ? "" : String(v)));
}

export async function readShape(runner: Runner): Promise<WorkbookShape> {
  return runner.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    const tables = ctx.workbook.tables.load("items/name,items/showTotals,items/style");
    await ctx.sync();
    const perSheet = sheets.items.map((ws) => ({
      name: ws.name,
      protection: ws.protection.load("protected"),
      used: ws.getUsedRangeOrNullObject(false).load("address"),
    }));
    const perTable = tables.items.map((t) => ({
      name: t.name,
      showTotals: t.showTotals,
      style: t.style,
      range: t.getRange().load("address"),
      header: t.getHeaderRowRange().load("values"),
    }));
    await ctx.sync();
    return {
      sheets: perSheet.map((s) => ({
        name: s.name,
        protected: s.protection.protected,
        used: s.used.isNullObject ? null : areaOfAddress(s.used.address).area,
      })),
      tables: perTable.map((t): TableShape => {
        const { sheet, area } = areaOfAddress(t.range.address);
        return {
          name: t.name,
          sheet,
          area,
          headers: headerTexts(t.header.values[0] ?? []),
          showTotals: t.showTotals,
          style: t.style,
        };
      }),
    };
  });
}

export async function listOfficeTables(runner: Runner): Promise<TableInfo[]> {
  const shape = await readShape(runner);
  const tabs = shape.sheets.map((s) => s.name);
  return inWorkbookOrder(shape.tables, tabs).map((t) =>
    tableInfo({
      name: t.name,
      sheet: t.sheet,
      area: t.area,
      headers: t.headers,
      showTotals: t.showTotals,
      isExcelTable: true,
    }),
  );
}
