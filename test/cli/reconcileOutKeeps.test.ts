/**
 * `bo reconcile --out` over a working reconciliation workbook as people keep them: the copy keeps the
 * tables' totals rows (their SUBTOTAL formulas, with the result columns beside them and no total of
 * their own), hyperlinks, a dropdown list, frozen panes, fonts, a hidden column and a defined name.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const MONEY = '"$"#,##0.00_);("$"#,##0.00)';
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

type Columns = { name: string; totalsRowFunction?: string }[];

async function writeBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 3 }] });
  ws.getCell("A1").value = "Acme — March";
  ws.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
  ws.addTable({
    name: "Ledger",
    ref: "A3",
    totalsRow: true,
    columns: [
      { name: "Date", totalsRowLabel: "Total" },
      { name: "Reference" },
      { name: "Description" },
      { name: "Amount", totalsRowFunction: "sum", totalsRowResult: 6145.67 } as ExcelJS.TableColumnProperties,
      { name: "Reviewed" },
    ],
    rows: [
      [day("2026-03-02"), "INV-1041", "Harbour Ltd", 5000, "yes"],
      [day("2026-03-04"), "BILL-552", "Greenline", -1200, "no"],
      [day("2026-03-09"), "INV-1042", "Nordwind AG", 2345.67, "yes"],
    ],
  });
  ws.getCell("B5").value = { text: "BILL-552", hyperlink: "https://erp.example/bill/552" };
  ws.getCell("E4").dataValidation = { type: "list", allowBlank: true, formulae: ['"yes,no"'] };
  ws.getCell("D5").font = { color: { argb: "FFFF0000" } };
  for (const a of ["D4", "D5", "D6", "D7"]) ws.getCell(a).numFmt = MONEY;
  ws.addTable({
    name: "Bank",
    ref: "A10",
    totalsRow: true,
    columns: [
      { name: "Date", totalsRowLabel: "Total" },
      { name: "Description" },
      { name: "Amount", totalsRowFunction: "sum", totalsRowResult: 6145.67 } as ExcelJS.TableColumnProperties,
    ],
    rows: [
      [day("2026-03-03"), "HARBOUR INV-1041", 5000],
      [day("2026-03-05"), "GREENLINE BILL-552", -1200],
      [day("2026-03-10"), "NORDWIND INV-1042", 2345.67],
    ],
  });
  ws.getColumn("H").hidden = true;
  ws.getCell("H1").value = "helper";
  wb.definedNames.add("Data!$A$1", "ReportTitle");
  await wb.xlsx.writeFile(file);
}

function table(ws: ExcelJS.Worksheet, name: string): { tableRef: string; columns: Columns } {
  return (ws.getTable(name) as unknown as { table: { tableRef: string; columns: Columns } }).table;
}

describe("bo reconcile --out keeps what the workbook holds", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps totals rows, links, a dropdown, frozen panes, fonts, a hidden column and a name", async () => {
    const book = path.join(dir, "book.xlsx");
    const out = path.join(dir, "result.xlsx");
    await writeBook(book);
    const run = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--out", out);
    expect(run.stdout).toContain("Wrote the result columns");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Data");
    if (ws === undefined) throw new Error("no sheet Data");

    const ledger = table(ws, "Ledger");
    const added = ledger.columns.length - 5;
    expect(added).toBeGreaterThan(0);
    expect(ledger.tableRef).toMatch(/^A3:[A-Z]+7$/);
    expect(ledger.columns.map((c) => c.totalsRowFunction ?? "none")).toEqual([
      "none",
      "none",
      "none",
      "sum",
      ...Array<string>(added + 1).fill("none"),
    ]);
    expect(ws.getCell("A7").value).toBe("Total");
    expect(ws.getCell("D7").value).toEqual({ formula: "SUBTOTAL(109,Ledger[Amount])", result: 6145.67 });
    for (let c = 6; c <= 5 + added; c++) expect(ws.getCell(7, c).value).toBeNull();
    expect(ws.getCell("F4").value).not.toBeNull();
    expect(table(ws, "Bank").tableRef).toMatch(/^A10:[A-Z]+14$/);
    expect(ws.getCell("C14").value).toEqual({ formula: "SUBTOTAL(109,Bank[Amount])", result: 6145.67 });

    expect(ws.getCell("B5").value).toEqual({ text: "BILL-552", hyperlink: "https://erp.example/bill/552" });
    expect(ws.getCell("E4").dataValidation).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"yes,no"'],
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, topLeftCell: "A4" });
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F4E79" } });
    expect(ws.getCell("D5").font).toMatchObject({ color: { argb: "FFFF0000" } });
    expect(ws.getColumn("H").hidden).toBe(true);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual([{ name: "ReportTitle", ranges: ["Data!$A$1"] }]);
    // Nothing the copy could not keep: nothing said about it.
    expect(run.stderr).not.toContain("leaves out");
  });

  it("says what the copy leaves out, in the text and in --json", async () => {
    const book = path.join(dir, "formatted.xlsx");
    await writeBook(book);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.getWorksheet("Data")?.addConditionalFormatting({
      ref: "D4:D6",
      rules: [
        { type: "cellIs", operator: "lessThan", formulae: [0], priority: 1, style: { font: { bold: true } } },
      ],
    });
    await wb.xlsx.writeFile(book);
    const out = path.join(dir, "formatted-result.xlsx");
    const run = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--out", out);
    expect(run.stderr).toContain(`${out} leaves out what a copy cannot keep: conditional formatting`);
    const again = path.join(dir, "formatted-again.xlsx");
    const json = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--out", again, "--json");
    const data = (JSON.parse(json.stdout) as { data: { notKept?: string[] } }).data;
    expect(data.notKept?.join("; ")).toContain("conditional formatting");
  });
});
