/** The demo's workbook: the sample tables as Excel tables, one per sheet, with their number formats. */
import { createMemoryWorkbook, type MemoryWorkbookPort } from "../../workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../workbook/memory/model";
import { sampleTables } from "./sampleTables";

export function createDemoWorkbook(): MemoryWorkbookPort {
  const wb = new MemoryWorkbook();
  for (const t of sampleTables()) {
    wb.putRows(t.sheet, 1, 0, [t.headers, ...t.rows]);
    const sheet = wb.mustSheet(t.sheet);
    t.formats.forEach((format, col) => {
      if (format === null) return;
      for (let row = 2; row <= t.rows.length + 1; row++) {
        sheet.edit(row, col, (c) => {
          c.format = format;
        });
      }
    });
    for (let col = 0; col < t.headers.length; col++) {
      sheet.edit(1, col, (c) => {
        c.bold = true;
      });
    }
    wb.addTable(sheet, { row: 1, col: 0, rows: t.rows.length + 1, cols: t.headers.length }, t.table);
  }
  return createMemoryWorkbook(wb);
}
