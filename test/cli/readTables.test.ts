/** `bo tables` and `bo read` over real .xlsx and .csv files, as a user runs them. */
import * as fs from "fs";
import * as path from "path";
import { cellError } from "../../src/core/cell";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

describe("bo tables / bo read", () => {
  const dir = tempDir();
  let book = "";
  const csv = path.join(dir, "bank-march.csv");

  beforeAll(async () => {
    book = await writeXlsx(dir, "book.xlsx", (wb) => {
      wb.putRows("Ledger", 3, 1, [
        ["Date", "Account", "Debit", "Credit"],
        [46083, "1000", 100.5, null],
        [46084, "4000", null, cellError("#N/A")],
      ]);
      wb.addTable(wb.mustSheet("Ledger"), { row: 3, col: 1, rows: 3, cols: 4 }, "Journal");
      wb.putRows("Notes", 1, 0, [
        ["Name", "Name"],
        ["a", "b"],
      ]);
    });
    fs.writeFileSync(
      csv,
      'Date;Description;Amount\r\n01/03/2026;Coffee;"1.234,50"\r\n02/03/2026;=HYPERLINK(1);12\r\n',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists a workbook's tables with address, size and headers", async () => {
    const r = await bo("tables", book);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Journal\tLedger!B3:E5\t2 rows\tDate | Account | Debit | Credit\n");
  });

  it("prints the JSON envelope for tables", async () => {
    const r = await bo("tables", book, "--json");
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ tool: "bo", command: "tables", version: 1, ok: true });
    expect(j.data).toEqual([
      {
        name: "Journal",
        sheet: "Ledger",
        address: "B3:E5",
        rows: 2,
        columns: 4,
        headers: ["Date", "Account", "Debit", "Credit"],
        excelTable: true,
      },
    ]);
  });

  it("reads a table by name with Excel rows, error cells kept apart", async () => {
    const r = await bo("read", `${book}#journal`, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources).toEqual([{ file: book, sheet: "Ledger", table: "Journal", address: "B3:E5", rows: 2 }]);
    expect(j.data.records).toEqual([
      { row: 4, cells: [46083, "1000", 100.5, null] },
      { row: 5, cells: [46084, "4000", null, { error: "#N/A" }] },
    ]);
  });

  it("reads a plain range and reports its duplicate header as an error (exit 1)", async () => {
    const r = await bo("read", `${book}#Notes!A1:B2`, "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.issues).toEqual([
      expect.objectContaining({ code: "header_duplicate", sheet: "Notes", row: 1, column: "Name" }),
    ]);
  });

  it("reads a CSV file (its one table) as text, and exports CSV that cannot run formulas", async () => {
    const text = await bo("read", csv);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[1]).toBe('2\t"01/03/2026"\t"Coffee"\t"1.234,50"');
    const out = await bo("read", csv, "--csv");
    expect(out.stdout).toContain("3,02/03/2026,'=HYPERLINK(1),12\r\n");
  });

  it.each([
    [["read"], "usage: bo read FILE#Table"],
    [["read", "x.pdf"], "neither an .xlsx workbook, a .csv file, a bank statement"],
    [["read", "missing.xlsx#T"], 'cannot open "missing.xlsx": no such file'],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["read", "a.csv", "--bogus"], "unknown option --bogus"],
  ])("%j is a usage or I/O error with one line (exit 2)", async (argv, message) => {
    const r = await bo(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("names the tables when the wanted one is missing", async () => {
    const r = await bo("read", `${book}#Sales`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bo: "${book}" has no table "Sales" (tables: Journal)\n`);
  });
});

describe("bo sample", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the sample workbook, which the other commands then read", async () => {
    const file = path.join(dir, "book.xlsx");
    const r = await bo("sample", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote");
    const t = await bo("tables", file, "--json");
    expect(JSON.parse(t.stdout).data.map((x: { name: string }) => x.name)).toContain("BankStatement");
    expect((await bo("sample", path.join(dir, "book.csv"))).code).toBe(2);
  });

  it("never replaces a file that exists", async () => {
    const file = path.join(dir, "mine.xlsx");
    fs.writeFileSync(file, "my own workbook");
    const r = await bo("sample", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `bo: "${file}" already exists: bo sample writes a new file and never replaces one\n`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe("my own workbook");
  });
});
