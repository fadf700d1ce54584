/**
 * `bo reconcile --out` over CSV files: the copy holds the dates and amounts the run read as Excel dates and
 * numbers (a US export's 03/31/2026 and "(3,200.00)", a German one's 31.03.2026 and "-1.234,56", a
 * headerless one's lines), read as the run read them; what did not read, references such as "00123",
 * headers, a bank's own lines and an .xlsx side stay as they were, and the result columns beside the rows.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const FIXTURES = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(FIXTURES, "ledger.csv");

const US_BANK = [
  "Posting Date,Description,Reference,Amount,Balance",
  '03/31/2026,STADTWERKE UT-7781,00123,-98.40,"20,792.57"',
  '03/26/2026,TELEKOM TK-REF-9,00124,20.00,"20,890.97"',
  '03/20/2026,WEISS PAY-0320,PAY-0320,"(3,200.00)","20,870.97"',
  'see memo,CAFE INV-1044,INV-1044,615.75,"24,070.97"',
  '03/16/2026,AMAZON AMZ-7781,AMZ-7781,--,"23,455.22"',
  "",
].join("\n");

const GERMAN_BANK = [
  "Umsätze Girokonto;Zeitraum: 01.03.2026 - 31.03.2026",
  "",
  "Buchungstag;Verwendungszweck;Kundenreferenz;Betrag;Saldo",
  "31.03.2026;Strom März UT-7781;00123;-1.234,56;20.792,57",
  "26.03.2026;Erstattung TK-REF-9;00124;20,00;22.027,13",
  "",
].join("\n");

interface Json {
  data: { matches: { id: string; leftRows: number[]; rightRows: number[] }[] };
}

type XValue = ExcelJS.CellValue;

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name} in ${file}`);
  return sheet;
}

/** A cell as it reads back: a date as its calendar day (exceljs gives dates at UTC midnight), else its value. */
function valueAt(sheet: ExcelJS.Worksheet, address: string): XValue | string {
  const v = sheet.getCell(address).value;
  return v instanceof Date ? `date ${v.toISOString().slice(0, 10)}` : v;
}

function formatAt(sheet: ExcelJS.Worksheet, address: string): string | undefined {
  return sheet.getCell(address).numFmt;
}

describe("bo reconcile --out types a CSV side's dates and amounts", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("a US export (month first, dot decimals) against an .xlsx book", () => {
    const out = path.join(dir, "us.xlsx");
    let book = "";
    let matches: Json["data"]["matches"] = [];

    beforeAll(async () => {
      const bank = path.join(dir, "bank-us.csv");
      fs.writeFileSync(bank, US_BANK);
      book = await writeXlsx(dir, "book.xlsx", (wb) => {
        wb.putRows("Book", 1, 0, [
          ["Date", "Description", "Reference", "Amount"],
          [46112, "Strom UT-7781", "00123", -98.4],
          [46107, "Telekom TK-REF-9", "TK-REF-9", 20],
          [46101, "Gehalt PAY-0320", "PAY-0320", -3200],
          [46097, "Café INV-1044", "INV-1044", 615.75],
        ]);
        const sheet = wb.mustSheet("Book");
        for (let row = 2; row <= 5; row++) {
          sheet.edit(row, 0, (c) => (c.format = "dd/mm/yyyy"));
          sheet.edit(row, 3, (c) => (c.format = "0.00"));
        }
        wb.addTable(sheet, { row: 1, col: 0, rows: 5, cols: 4 }, "Book");
      });
      const r = await bo("reconcile", book, bank, "--out", out, "--json");
      matches = (JSON.parse(r.stdout) as Json).data.matches;
    });

    it("writes the dates as Excel dates of the same calendar day, shown as yyyy-mm-dd", async () => {
      const sheet = await sheetOf(out, "bank-us");
      expect(["A2", "A3", "A4", "A6"].map((a) => valueAt(sheet, a))).toEqual([
        "date 2026-03-31",
        "date 2026-03-26",
        "date 2026-03-20",
        "date 2026-03-16",
      ]);
      expect(formatAt(sheet, "A2")).toBe("yyyy-mm-dd");
    });

    it("writes amounts and balances as numbers with two decimals, parentheses and grouping as read", async () => {
      const sheet = await sheetOf(out, "bank-us");
      expect(["D2", "D3", "D4", "D5"].map((a) => valueAt(sheet, a))).toEqual([-98.4, 20, -3200, 615.75]);
      expect(["E2", "E3", "E4", "E5", "E6"].map((a) => valueAt(sheet, a))).toEqual([
        20792.57, 20890.97, 20870.97, 24070.97, 23455.22,
      ]);
      expect(formatAt(sheet, "D2")).toBe("#,##0.00");
      expect(formatAt(sheet, "E6")).toBe("#,##0.00");
    });

    it("leaves a cell that does not read, the headers and the references as text", async () => {
      const sheet = await sheetOf(out, "bank-us");
      expect(valueAt(sheet, "A5")).toBe("see memo");
      expect(valueAt(sheet, "D6")).toBe("--");
      expect(["A1", "D1", "E1"].map((a) => valueAt(sheet, a))).toEqual(["Posting Date", "Amount", "Balance"]);
      expect(["C2", "C3", "C4"].map((a) => valueAt(sheet, a))).toEqual(["00123", "00124", "PAY-0320"]);
      expect(valueAt(sheet, "B2")).toBe("STADTWERKE UT-7781");
    });

    it("keeps each result beside the row it is for", async () => {
      const sheet = await sheetOf(out, "bank-us");
      expect(valueAt(sheet, "F1")).toBe("BO Match ID");
      const matched = matches.find((m) => m.rightRows.includes(4));
      expect(matched).toBeDefined();
      expect(valueAt(sheet, "F4")).toBe(matched?.id);
      expect(valueAt(sheet, "G5")).toBe("unreadable");
    });

    it("leaves the .xlsx side's cells as the book holds them", async () => {
      const before = await sheetOf(book, "Book");
      const after = await sheetOf(out, "Book");
      for (let row = 1; row <= 5; row++)
        for (const col of ["A", "B", "C", "D"]) {
          const a = `${col}${row}`;
          expect([a, valueAt(after, a), formatAt(after, a)]).toEqual([
            a,
            valueAt(before, a),
            formatAt(before, a),
          ]);
        }
      expect(valueAt(after, "C2")).toBe("00123");
    });
  });

  describe("a German export (day first, decimal comma) against a CSV ledger", () => {
    const out = path.join(dir, "de.xlsx");

    beforeAll(async () => {
      const bank = path.join(dir, "bank-de.csv");
      fs.writeFileSync(bank, GERMAN_BANK);
      const r = await bo("reconcile", LEDGER, bank, "--out", out);
      expect(r.stdout).toContain("Wrote the result columns");
    });

    it("reads 31.03.2026 as the 31st of March and -1.234,56 as -1234.56", async () => {
      const sheet = await sheetOf(out, "bank-de");
      expect(["A4", "A5"].map((a) => valueAt(sheet, a))).toEqual(["date 2026-03-31", "date 2026-03-26"]);
      expect(["D4", "D5", "E4", "E5"].map((a) => valueAt(sheet, a))).toEqual([
        -1234.56, 20, 20792.57, 22027.13,
      ]);
      expect(formatAt(sheet, "D4")).toBe("#,##0.00");
    });

    it("leaves the bank's lines above the headers, the headers and the references as text", async () => {
      const sheet = await sheetOf(out, "bank-de");
      expect(valueAt(sheet, "A1")).toBe("Umsätze Girokonto");
      expect(valueAt(sheet, "B1")).toBe("Zeitraum: 01.03.2026 - 31.03.2026");
      expect(valueAt(sheet, "A3")).toBe("Buchungstag");
      expect(["C4", "C5"].map((a) => valueAt(sheet, a))).toEqual(["00123", "00124"]);
    });

    it("types the CSV ledger's dates and its Debit and Credit amounts too, leaving blanks blank", async () => {
      const sheet = await sheetOf(out, "ledger");
      expect(valueAt(sheet, "A2")).toBe("date 2026-03-02");
      expect(["D2", "E2", "D3", "E3"].map((a) => valueAt(sheet, a))).toEqual([4250, null, null, 1850]);
      expect(["B2", "C2"].map((a) => valueAt(sheet, a))).toEqual([
        "INV-1041",
        "Zahlung Rechnung INV-1041 Müller GmbH",
      ]);
    });
  });

  describe("a headerless export (Wells Fargo's)", () => {
    const out = path.join(dir, "wf.xlsx");
    let matches: Json["data"]["matches"] = [];

    beforeAll(async () => {
      const r = await bo("reconcile", LEDGER, path.join(FIXTURES, "wellsfargo.csv"), "--out", out, "--json");
      matches = (JSON.parse(r.stdout) as Json).data.matches;
    });

    it("types each line in the row below the headers the reader added, and not the headers", async () => {
      const sheet = await sheetOf(out, "wellsfargo");
      expect(["A1", "B1"].map((a) => valueAt(sheet, a))).toEqual(["Date", "Amount"]);
      expect(["A2", "B2", "C2", "E2"].map((a) => valueAt(sheet, a))).toEqual([
        "date 2026-03-31",
        -98.4,
        "*",
        "STADTWERKE MUENCHEN UT-7781",
      ]);
      expect(["A11", "B11"].map((a) => valueAt(sheet, a))).toEqual(["date 2026-03-02", 4250]);
      expect(valueAt(sheet, "A12")).toBeNull();
    });

    it("keeps each result beside its row", async () => {
      const sheet = await sheetOf(out, "wellsfargo");
      for (let row = 2; row <= 11; row++) {
        const match = matches.find((m) => m.rightRows.includes(row));
        expect([row, valueAt(sheet, `F${row}`)]).toEqual([row, match?.id]);
      }
    });
  });

  it("leaves an amount whose sign is in a Dr/Cr column beside it as text (Volksbank's S and H)", async () => {
    const out = path.join(dir, "volksbank.xlsx");
    await bo("reconcile", LEDGER, path.join(FIXTURES, "volksbank-classic.csv"), "--out", out);
    const sheet = await sheetOf(out, "volksbank-classic");
    expect(["A12", "L12", "M12"].map((a) => valueAt(sheet, a))).toEqual(["date 2026-03-31", "98,40", "S"]);
    expect(["K12", "E3"].map((a) => valueAt(sheet, a))).toEqual(["EUR", "31.03.2026"]);
  });

  it("writes dates as the same day beside a book in the 1904 date system", async () => {
    const bank = path.join(dir, "bank-1904.csv");
    fs.writeFileSync(bank, US_BANK);
    const book = await writeXlsx(dir, "book1904.xlsx", (wb) => {
      wb.date1904 = true;
      wb.putRows("Book", 1, 0, [
        ["Date", "Description", "Amount"],
        [46112 - 1462, "Strom UT-7781", -98.4],
      ]);
      wb.mustSheet("Book").edit(2, 0, (c) => (c.format = "yyyy-mm-dd"));
      wb.addTable(wb.mustSheet("Book"), { row: 1, col: 0, rows: 2, cols: 3 }, "Book");
    });
    const out = path.join(dir, "r1904.xlsx");
    await bo("reconcile", book, bank, "--out", out);
    const sheet = await sheetOf(out, "bank-1904");
    expect(["A2", "A6"].map((a) => valueAt(sheet, a))).toEqual(["date 2026-03-31", "date 2026-03-16"]);
    expect(valueAt(await sheetOf(out, "Book"), "A2")).toBe("date 2026-03-31");
  });
});
