/** Column widths survive .xlsx: the user's own widths are kept, and what the add-in writes is fitted. */
import ExcelJS from "exceljs";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { loadXlsx, saveXlsx } from "../../../src/workbook/memory/xlsx";

async function xlsxFrom(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function widthsIn(bytes: Uint8Array, sheet: string): Promise<(number | undefined)[]> {
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return (x.getWorksheet(sheet)?.columns ?? []).map((c) => c.width);
}

/** A ledger table at A1:C3 whose Memo column the user made 40 wide. */
const ledger = (x: ExcelJS.Workbook): void => {
  const ws = x.addWorksheet("Ledger");
  ws.addTable({
    name: "Ledger",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Date" }, { name: "Amount" }, { name: "Memo" }],
    rows: [
      [46084, 4250, "Invoice INV-1043"],
      [46086, -12, "Fee"],
    ],
  });
  ws.getColumn(3).width = 40;
};

describe("column widths in .xlsx", () => {
  it("keeps the user's own column widths through a load and a save", async () => {
    const wb = await loadXlsx(await xlsxFrom(ledger));
    expect([...wb.mustSheet("Ledger").widths]).toEqual([[2, 40]]);
    expect(await widthsIn(await saveXlsx(wb), "Ledger")).toEqual([undefined, undefined, 40]);
  });

  it("saves fitted widths for a written sheet's lines and tables, not for its title", async () => {
    const wb = await loadXlsx(await xlsxFrom(ledger));
    await createMemoryWorkbook(wb).writeSheet({
      key: "recon",
      sheetName: "Reconciliation",
      title: "Reconciliation of Ledger and BankStatement, from the first of March to the end of March",
      lines: [
        ["Ledger balance", { kind: "number", value: -9458.14, format: "#,##0.00" }],
        ["Unexplained difference", { kind: "number", value: 18420.35, format: "#,##0.00" }],
      ],
      tables: [{ name: "Open", headers: ["Side", "Row"], rows: [["Ledger", 28]] }],
    });
    const widths = await widthsIn(await saveXlsx(wb), "Reconciliation");
    expect(widths).toEqual([23.5, 10.5]);
  });

  it("fits the result columns added beside a table and leaves the user's columns as they were", async () => {
    const wb = await loadXlsx(await xlsxFrom(ledger));
    await createMemoryWorkbook(wb).writeResultColumns({
      key: "recon:Ledger",
      table: { table: "Ledger" },
      rows: [2, 3],
      columns: [
        { header: "BO Match ID", values: ["M-58d85e6526c3", null] },
        { header: "BO Note", values: ["Cleared earlier with BankStatement", "x"] },
      ],
    });
    const widths = await widthsIn(await saveXlsx(wb), "Ledger");
    expect(widths.slice(0, 3)).toEqual([undefined, undefined, 40]);
    expect(widths[3]).toBeGreaterThanOrEqual("M-58d85e6526c3".length);
    expect(widths[4]).toBeGreaterThanOrEqual("Cleared earlier with BankStatement".length);
  });
});
