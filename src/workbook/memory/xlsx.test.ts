/**
 * Formula cells an .xlsx file holds no value for (written by a tool that does not calculate): told apart
 * from blank cells and from formulas whose value is empty text, and reported where a table reads them.
 */
import ExcelJS from "exceljs";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { loadXlsx, saveXlsx } from "./xlsx";

async function xlsxFrom(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A bank table whose row 3 was written by a tool: its Date and Amount formulas have no value. */
const bank = (ws: ExcelJS.Worksheet): void => {
  ws.addTable({
    name: "Bank",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Date" }, { name: "Description" }, { name: "Amount" }],
    rows: [
      [46084, "A", 4250],
      [{ formula: "DATE(2026,3,9)" }, "no cached", { formula: "1+1" }],
      // Excel's value of =IF(…,"",…): empty text, stored as such; a value, not a missing one.
      [46086, { formula: '""', result: "" }, 12],
    ] as ExcelJS.CellValue[][],
  });
};

const advice =
  "was never calculated: the program that wrote the file stored no value for it, so the cell reads as blank; " +
  "open the file in Excel and save it, so the formula's value is stored, then read it again.";

describe("loadXlsx: formulas without a stored value", () => {
  it("reports each such cell of a table where it is read, by sheet, row and column, and reads it blank", async () => {
    const wb = await loadXlsx(await xlsxFrom((x) => bank(x.addWorksheet("S"))));
    const t = await createMemoryWorkbook(wb).readTable({ table: "Bank" });
    expect(t.columns.map((c) => c[1])).toEqual([null, "no cached", null]);
    expect(t.columns[1]?.[2]).toBeNull();
    expect(t.notes?.sourceIssues).toEqual([
      {
        sheet: "S",
        table: "Bank",
        row: 3,
        column: "Date",
        address: "A3",
        code: "formula_not_calculated",
        severity: "warning",
        message: `S!Bank[Date] row 3: The formula =DATE(2026,3,9) ${advice}`,
        value: "=DATE(2026,3,9)",
      },
      expect.objectContaining({ row: 3, column: "Amount", address: "C3", value: "=1+1" }),
    ]);
  });

  it("reports a filled-down (shared) formula in a range read by address, and nothing outside it", async () => {
    const bytes = await xlsxFrom((x) => {
      const ws = x.addWorksheet("Calc");
      ws.addRow(["Net", "Gross"]);
      ws.addRow([100, { formula: "A2*1.2", result: 120 }]);
      ws.addRow([200, { sharedFormula: "B2" }]);
      // The master of a filled-down formula, as Excel writes it (exceljs's types leave these out).
      const master = { formula: "A2*1.2", result: 120, shareType: "shared", ref: "B2:B3" };
      ws.getCell("B2").value = master as ExcelJS.CellValue;
    });
    const port = createMemoryWorkbook(await loadXlsx(bytes));
    const t = await port.readTable({ sheet: "Calc", address: "A1:B3" });
    expect(t.notes?.sourceIssues?.map((i) => [i.row, i.column, i.value])).toEqual([[3, "Gross", "=A3*1.2"]]);
    const above = await port.readTable({ sheet: "Calc", address: "A1:B2" });
    expect(above.notes?.sourceIssues).toBeUndefined();
  });

  it("stops reporting a cell once something is written over it, and keeps it through a save", async () => {
    const wb = await loadXlsx(await xlsxFrom((x) => bank(x.addWorksheet("S"))));
    const again = await loadXlsx(await saveXlsx(wb));
    const reread = await createMemoryWorkbook(again).readTable({ table: "Bank" });
    expect(reread.notes?.sourceIssues?.map((i) => i.address)).toEqual(["A3", "C3"]);
    wb.putRows("S", 3, 0, [[46090]]);
    const t = await createMemoryWorkbook(wb).readTable({ table: "Bank" });
    expect(t.notes?.sourceIssues?.map((i) => i.address)).toEqual(["C3"]);
  });
});
