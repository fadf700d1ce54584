/** The demo's read-only sheet view: shown text, fills, notes, tables and the selection. */
import { cellError } from "../../../src/core/cell";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { listSheets, viewSheet } from "../../../src/workbook/memory/sheetView";

describe("sheet view", () => {
  it("shows what a user would see, with fills, notes, tables and the selected cell", async () => {
    const wb = new MemoryWorkbook(["Data"]);
    wb.putRows("Data", 1, 0, [
      ["Date", "Amount", "Flag", "Err"],
      [46053, 1234.5, true, cellError("#N/A")],
    ]);
    wb.mustSheet("Data").edit(2, 0, (c) => (c.format = "yyyy-mm-dd"));
    wb.mustSheet("Data").edit(2, 1, (c) => (c.format = "#,##0.00"));
    wb.addTable(wb.mustSheet("Data"), { row: 1, col: 0, rows: 2, cols: 4 }, "T");
    const port = createMemoryWorkbook(wb);
    await port.markCells({
      key: "v",
      cells: [{ sheet: "Data", address: "B2", note: "<b>not html</b>", severity: "warning" }],
    });
    await port.selectCell("Data", "B2");
    expect(listSheets(wb)).toEqual([{ name: "Data", hidden: false, used: "A1:D2" }]);
    const v = viewSheet(wb, "Data");
    expect(v.rows[1]?.map((c) => c.text)).toEqual(["2026-01-31", "1,234.50", "TRUE", "#N/A"]);
    expect(v.rows[1]?.[1]).toMatchObject({
      address: "B2",
      fill: "#FFEB9C",
      note: "<b>not html</b>",
      kind: "number",
    });
    expect(v.tables).toEqual([{ name: "T", address: "A1:D2" }]);
    expect(v.selected).toBe("B2");
    expect(v.truncated).toBe(false);
    expect(viewSheet(wb, "Data", { maxRows: 1 }).truncated).toBe(true);
  });
});
