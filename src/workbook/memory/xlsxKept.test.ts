/**
 * A saved copy keeps what the user's workbook gave its cells, sheets and tables beyond values and formats:
 * fonts, hyperlinks, data validations, frozen panes, hidden columns, totals rows and defined names. Each
 * workbook is built with exceljs, loaded and saved through the memory workbook, and read back with exceljs.
 */
import ExcelJS from "exceljs";
import { loadXlsx, saveXlsx } from "./xlsx";

async function xlsxFrom(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A ledger table at A3 under a title, with a totals row: "Total", the sum of Amount, nothing for Reviewed. */
function ledger(ws: ExcelJS.Worksheet, withTotals = true): void {
  ws.getCell("A1").value = "Acme — March";
  ws.addTable({
    name: "Ledger",
    ref: "A3",
    headerRow: true,
    totalsRow: withTotals,
    columns: [
      { name: "Date", totalsRowLabel: "Total" },
      { name: "Reference" },
      { name: "Amount", totalsRowFunction: "sum", totalsRowResult: 3800 } as ExcelJS.TableColumnProperties,
      { name: "Reviewed" },
    ],
    rows: [
      [46083, "INV-1041", 5000, "yes"],
      [46085, "BILL-552", -1200, "no"],
    ],
  });
}

/** The workbook round-tripped through loadXlsx and saveXlsx, read back with exceljs. */
async function throughMemory(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  return reread(await saveXlsx(await loadXlsx(await xlsxFrom(build))));
}

type Columns = { name: string; totalsRowFunction?: string; totalsRowLabel?: string }[];

function tableColumns(ws: ExcelJS.Worksheet, name: string): Columns {
  return (ws.getTable(name) as unknown as { table: { columns: Columns } }).table.columns;
}

function tableRef(ws: ExcelJS.Worksheet, name: string): string {
  return (ws.getTable(name) as unknown as { table: { tableRef: string } }).table.tableRef;
}

describe("saveXlsx keeps what the loaded workbook gave its cells and sheets", () => {
  it("keeps a cell's font: colour, size, italic, underline, name, with bold", async () => {
    const back = await throughMemory((x) => {
      const ws = x.addWorksheet("Data");
      ws.getCell("A1").value = "Acme — March";
      ws.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E79" }, name: "Georgia" };
      ws.getCell("B2").value = -1200;
      ws.getCell("B2").font = { color: { argb: "FFFF0000" } };
      ws.getCell("C2").value = "see email";
      ws.getCell("C2").font = {
        italic: true,
        underline: "double",
        color: { theme: 4, tint: 0.4 } as Partial<ExcelJS.Color>,
      };
    });
    const ws = sheetOf(back, "Data");
    expect(ws.getCell("A1").font).toMatchObject({
      bold: true,
      size: 16,
      color: { argb: "FF1F4E79" },
      name: "Georgia",
    });
    expect(ws.getCell("B2").font).toMatchObject({ color: { argb: "FFFF0000" } });
    expect(ws.getCell("B2").font?.bold).toBeFalsy();
    expect(ws.getCell("C2").font).toMatchObject({
      italic: true,
      underline: "double",
      color: { theme: 4, tint: 0.4 },
    });
  });

  it("keeps a hyperlink with its text, in a plain cell and in a table", async () => {
    const back = await throughMemory((x) => {
      const ws = x.addWorksheet("Data");
      ledger(ws);
      ws.getCell("B5").value = { text: "BILL-552", hyperlink: "https://erp.example/bill/552" };
      ws.getCell("F1").value = { text: "Policy", hyperlink: "mailto:ap@example.com", tooltip: "Ask AP" };
    });
    const ws = sheetOf(back, "Data");
    expect(ws.getCell("B5").value).toEqual({ text: "BILL-552", hyperlink: "https://erp.example/bill/552" });
    expect(ws.getCell("F1").value).toMatchObject({ text: "Policy", hyperlink: "mailto:ap@example.com" });
  });

  it("keeps data validations: a dropdown list over a range, a number rule with its messages", async () => {
    const back = await throughMemory((x) => {
      const ws = x.addWorksheet("Data");
      ledger(ws);
      for (const a of ["D4", "D5"])
        ws.getCell(a).dataValidation = { type: "list", allowBlank: true, formulae: ['"yes,no"'] };
      ws.getCell("H2").dataValidation = {
        type: "decimal",
        operator: "greaterThan",
        formulae: [0],
        showErrorMessage: true,
        errorTitle: "Amount",
        error: "Give an amount above 0",
      };
    });
    const ws = sheetOf(back, "Data");
    const list = { type: "list", allowBlank: true, formulae: ['"yes,no"'] };
    expect(ws.getCell("D4").dataValidation).toEqual(list);
    expect(ws.getCell("D5").dataValidation).toEqual(list);
    expect(ws.getCell("H2").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
      error: "Give an amount above 0",
    });
    expect(ws.getCell("D6").dataValidation).toBeUndefined();
  });

  it("keeps frozen panes, hidden grid lines and zoom, hidden columns and column widths", async () => {
    const back = await throughMemory((x) => {
      const ws = x.addWorksheet("Data", {
        views: [{ state: "frozen", xSplit: 1, ySplit: 3, showGridLines: false, zoomScale: 85 }],
      });
      ledger(ws);
      ws.getColumn("B").width = 24;
      ws.getColumn("F").hidden = true;
      ws.getCell("F4").value = "helper";
      x.addWorksheet("Plain").getCell("A1").value = 1;
    });
    const view = sheetOf(back, "Data").views[0];
    expect(view).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4", zoomScale: 85 });
    expect(view?.showGridLines).toBe(false);
    expect(sheetOf(back, "Data").getColumn("B").width).toBe(24);
    expect(sheetOf(back, "Data").getColumn("F").hidden).toBe(true);
    expect(sheetOf(back, "Data").getColumn("B").hidden).toBe(false);
    expect((sheetOf(back, "Plain").views ?? [])[0]?.state ?? "normal").toBe("normal");
  });

  it("keeps names that refer to ranges, under a sheet's new name", async () => {
    const wb = await loadXlsx(
      await xlsxFrom((x) => {
        ledger(x.addWorksheet("Data"));
        x.addWorksheet("My Sheet").getCell("B2").value = 0.2;
        x.definedNames.add("Data!$A$1", "ReportTitle");
        x.definedNames.add("'My Sheet'!$B$2:$C$3", "Rates");
      }),
    );
    wb.mustSheet("My Sheet").name = "Rates 2026";
    const back = await reread(await saveXlsx(wb));
    const names = (back.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "ReportTitle", ranges: ["Data!$A$1"] },
        { name: "Rates", ranges: ["'Rates 2026'!$B$2:$C$3"] },
      ]),
    );
    expect(names).toHaveLength(2);
  });
});

describe("saveXlsx keeps a table's totals row", () => {
  it("keeps its label, its SUBTOTAL formula with the result the file held, and the columns' functions", async () => {
    const back = await throughMemory((x) => ledger(x.addWorksheet("Data")));
    const ws = sheetOf(back, "Data");
    expect(ws.getCell("A6").value).toBe("Total");
    expect(ws.getCell("C6").value).toEqual({ formula: "SUBTOTAL(109,Ledger[Amount])", result: 3800 });
    expect(ws.getCell("D6").value).toBeNull();
    const columns = tableColumns(ws, "Ledger");
    expect(columns.map((c) => c.totalsRowFunction ?? "none")).toEqual(["none", "none", "sum", "none"]);
    expect(columns[0]?.totalsRowLabel).toBe("Total");
    expect(tableRef(ws, "Ledger")).toBe("A3:D6");
  });

  it("keeps the SUBTOTAL formula when result columns are added; their totals cells stay empty", async () => {
    const wb = await loadXlsx(await xlsxFrom((x) => ledger(x.addWorksheet("Data"))));
    const t = wb.table("Ledger");
    if (t === null) throw new Error("no table");
    wb.addTableColumn(t, "BO Status");
    wb.addTableColumn(t, "BO Note");
    wb.putRows("Data", 4, 4, [
      ["Matched", "M1"],
      ["Open", ""],
    ]);
    const ws = sheetOf(await reread(await saveXlsx(wb)), "Data");
    expect(tableRef(ws, "Ledger")).toBe("A3:F6");
    expect(ws.getCell("C6").value).toEqual({ formula: "SUBTOTAL(109,Ledger[Amount])", result: 3800 });
    expect(ws.getCell("A6").value).toBe("Total");
    expect(ws.getCell("E6").value).toBeNull();
    expect(ws.getCell("F6").value).toBeNull();
    expect(tableColumns(ws, "Ledger").map((c) => c.totalsRowFunction ?? "none")).toEqual([
      "none",
      "none",
      "sum",
      "none",
      "none",
      "none",
    ]);
    expect(ws.getCell("E4").value).toBe("Matched");
  });

  it("makes the SUBTOTAL formula for a table's new name where the table was renamed", async () => {
    const wb = await loadXlsx(await xlsxFrom((x) => ledger(x.addWorksheet("Data"))));
    const t = wb.table("Ledger");
    if (t === null) throw new Error("no table");
    t.name = "Ledger_2";
    const ws = sheetOf(await reread(await saveXlsx(wb)), "Data");
    expect(ws.getCell("C6").value).toEqual({ formula: "SUBTOTAL(109,Ledger_2[Amount])", result: 3800 });
  });

  it("keeps a function of the first column and a formula of the user's in the totals row", async () => {
    const bytes = await xlsxFrom((x) => {
      const ws = x.addWorksheet("Data");
      ws.addTable({
        name: "Bank",
        ref: "A1",
        totalsRow: true,
        columns: [{ name: "Reference", totalsRowFunction: "count" }, { name: "Amount" }],
        rows: [
          ["A-1", 10],
          ["A-2", 20],
        ],
      });
      // Written as Excel writes a count on the first column and a formula of the user's.
      ws.getCell("A4").value = { formula: "SUBTOTAL(103,Bank[Reference])", result: 2 } as ExcelJS.CellValue;
      ws.getCell("B4").value = { formula: "SUM(Bank[Amount])*2", result: 60 } as ExcelJS.CellValue;
      const cols = (ws.getTable("Bank") as unknown as { table: { columns: Columns } }).table.columns;
      delete cols[0]?.totalsRowLabel;
    });
    const ws = sheetOf(await reread(await saveXlsx(await loadXlsx(bytes))), "Data");
    expect(ws.getCell("A4").value).toEqual({ formula: "SUBTOTAL(103,Bank[Reference])", result: 2 });
    expect(ws.getCell("B4").value).toEqual({ formula: "SUM(Bank[Amount])*2", result: 60 });
    expect(tableColumns(ws, "Bank")[0]).toMatchObject({ totalsRowFunction: "count" });
    expect(tableColumns(ws, "Bank")[0]?.totalsRowLabel).toBeUndefined();
  });
});
