/**
 * `bo reconcile`'s choice of what it reads and where it writes, as a user gets it wrong or meets an odd
 * file: book rows --select picks, date systems of mixed sources, tables whose names differ only in case,
 * and --out into a folder that is not there.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { loadXlsx } from "../../src/workbook/memory";
import { LEDGER_ROWS } from "../integration/reconciliation/fixtures";
import { bankExport } from "../support/bankCsv";
import { bo, tempDir, writeBooks, writeXlsx } from "../support/cliRun";

/** The 1900 system's serial less 1462 days: the same day in a workbook saved in the 1904 system. */
const in1904 = (rows: readonly (readonly unknown[])[]) =>
  rows.map((r, i) => (i === 0 ? r : [(r[0] as number) - 1462, ...r.slice(1)]));

const BOOK_CSV = [
  "Date,Description,Reference,Amount",
  "2026-03-02,Receipt INV-1041,INV-1041,4250.00",
  "2026-03-03,Payment BILL-552,BILL-552,-1875.40",
  "",
].join("\n");

/** The bank's side of BOOK_CSV as MT940, booked a day later. */
const MT940 = [
  ":20:STARTUMS",
  ":25:10020030/1234567890",
  ":28C:3/1",
  ":60F:C260228USD0,00",
  ":61:2603030303C4250,00NTRFINV-1041//B1",
  ":86:166?00GUTSCHRIFT?20CREDIT TRANSFER INV-1041",
  ":61:2603040304D1875,40NDDTBILL-552//B2",
  ":86:105?00LASTSCHRIFT?20DIRECT DEBIT BILL-552",
  ":62F:C260304USD2374,60",
  "-",
  "",
].join("\r\n");

type Located = { code: string; severity: string; address?: string; message: string };

describe("bo reconcile: the sides it reads", () => {
  const dir = tempDir();
  let book = "";
  let book1904 = "";
  let bank1904 = "";
  let dupcase = "";
  const bookCsv = path.join(dir, "book.csv");
  const mt940 = path.join(dir, "march.sta");

  beforeAll(async () => {
    book = await writeBooks(dir);
    book1904 = await writeXlsx(dir, "book1904.xlsx", (wb) => {
      wb.date1904 = true;
      const rows = in1904(LEDGER_ROWS) as typeof LEDGER_ROWS;
      wb.putRows("Ledger", 1, 0, rows);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: rows.length, cols: 9 }, "Ledger");
    });
    bank1904 = await writeXlsx(dir, "bank1904.xlsx", (wb) => {
      wb.date1904 = true;
      const rows = [
        ["Date", "Description", "Reference", "Amount"],
        [46084 - 1462, "CREDIT TRANSFER INV-1041", "INV-1041", 4250],
        [46085 - 1462, "DIRECT DEBIT BILL-552", "BILL-552", -1875.4],
        [46088 - 1462, "ACCOUNT FEE", null, -15],
      ];
      wb.putRows("S", 1, 0, rows);
      wb.addTable(wb.mustSheet("S"), { row: 1, col: 0, rows: rows.length, cols: 4 }, "Bank");
    });
    // Excel refuses two tables whose names differ only in case; other tools write such files.
    dupcase = await writeXlsx(dir, "dupcase.xlsx", (wb) => {
      const rows = (amount: number) => [
        ["Date", "Reference", "Amount"],
        [46084, "INV-1041", amount],
      ];
      wb.putRows("S", 1, 0, rows(4250));
      wb.addTable(wb.mustSheet("S"), { row: 1, col: 0, rows: 2, cols: 3 }, "Bank");
      wb.putRows("T", 1, 0, rows(99));
      const other = wb.addTable(wb.mustSheet("T"), { row: 1, col: 0, rows: 2, cols: 3 }, "Other");
      other.name = "BANK";
    });
    fs.writeFileSync(bookCsv, BOOK_CSV);
    fs.writeFileSync(mt940, MT940);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("--select", () => {
    it("refuses a field the book has no column for, naming the table and its columns", async () => {
      const out = path.join(dir, "never.xlsx");
      const r = await bo("reconcile", bookCsv, mt940, "--select", "Account=1000", "--out", out);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `bo: --select: the book "book" has no Account column (its columns: Date, Description, Reference, Amount); ` +
          `map one in a rules file ("left": {"columns": {"account": "Header"}}), or leave --select out\n`,
      );
      expect(fs.existsSync(out)).toBe(false);
    });

    it("refuses a value no row has, listing the values there are with their counts", async () => {
      const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--select", "Account=9999");
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'bo: --select: no row of the book "Ledger" has Account 9999 ' +
          "(it has 1000: 4 rows, 1100: 2 rows, 2000: 1 row, 6400: 1 row)\n",
      );
      const some = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--select", "account=1000, 1010");
      expect(some.code).toBe(2);
      expect(some.stderr).toContain('no row of the book "Ledger" has Account 1010 (it has 1000: 4 rows,');
    });

    it("takes values as text, whatever their case, and names at most a few of the rest", async () => {
      const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--select", "Account=1000", "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).summary).toMatchObject({ confirmed: 2, suggested: 1 });
      const many = await writeXlsx(dir, "many.xlsx", (wb) => {
        const rows = [
          ["Date", "Account", "Amount"],
          ...Array.from({ length: 12 }, (_, i) => [46084, `A${i + 1}`, 1]),
        ];
        wb.putRows("L", 1, 0, rows);
        wb.addTable(wb.mustSheet("L"), { row: 1, col: 0, rows: rows.length, cols: 3 }, "Book");
      });
      const refused = await bo("reconcile", `${many}#Book`, mt940, "--select", "Account=a99");
      expect(refused.stderr).toBe(
        'bo: --select: no row of the book "Book" has Account a99 ' +
          "(it has A1: 1 row, A10: 1 row, A11: 1 row, A12: 1 row, A2: 1 row and 7 more)\n",
      );
      const cased = await bo("reconcile", `${many}#Book`, mt940, "--select", "Account=a3", "--json");
      expect(cased.code).toBe(0);
    });
  });

  describe("date systems", () => {
    it("reads a CSV book against a workbook saved in the 1904 system on its dates, either way round", async () => {
      for (const [left, right] of [
        [bookCsv, bank1904],
        [`${bank1904}#Bank`, bookCsv],
      ] as const) {
        const r = await bo("reconcile", left, right, "--json");
        expect(r.stderr).toBe("");
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout);
        expect(j.summary).toMatchObject({ confirmed: 2, unmatchedLeft: left === bookCsv ? 0 : 1 });
        const open = [...j.data.unmatched.left, ...j.data.unmatched.right];
        expect(open).toEqual([expect.objectContaining({ date: "2026-03-07", amount: -15 })]);
      }
    });

    it("reads a statement file against a 1904 workbook, and writes --out in the workbook's system", async () => {
      const out = path.join(dir, "out1904.xlsx");
      const r = await bo("reconcile", `${book1904}#Ledger`, mt940, "--select", "Account=1000", "--json");
      expect(r.stderr).toBe("");
      const j = JSON.parse(r.stdout);
      expect(j.summary).toMatchObject({ confirmed: 2 });
      expect(j.data.unmatched.left).toEqual([
        expect.objectContaining({ date: "2026-03-06" }),
        expect.objectContaining({ date: "2026-03-09" }),
      ]);
      // The statement's sheet moves into a workbook in the 1904 system, which --out keeps.
      const written = await bo("reconcile", mt940, `${bank1904}#Bank`, "--out", out);
      expect(written.code).toBe(0);
      expect((await loadXlsx(fs.readFileSync(out))).date1904).toBe(true);
    });

    it("still refuses two workbooks saved in different date systems", async () => {
      const r = await bo("reconcile", `${book}#Ledger`, `${bank1904}#Bank`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("use different date systems (1900 and 1904)");
    });
  });

  describe("tables whose names differ only in case", () => {
    const sheetRead = async (right: string) => {
      const r = await bo("reconcile", bookCsv, right, "--json");
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).sources[1].sheet;
    };

    it("reads the table whose name matches exactly, in bo read as in bo reconcile", async () => {
      expect(await sheetRead(`${dupcase}#Bank`)).toBe("S");
      expect(await sheetRead(`${dupcase}#BANK`)).toBe("T");
      const read = await bo("read", `${dupcase}#BANK`, "--json");
      expect(JSON.parse(read.stdout).data.records[0].cells[2]).toBe(99);
      const first = await bo("read", `${dupcase}#Bank`, "--json");
      expect(JSON.parse(first.stdout).data.records[0].cells[2]).toBe(4250);
    });

    it("reconciles the two against each other", async () => {
      const r = await bo("reconcile", `${dupcase}#Bank`, `${dupcase}#BANK`, "--json");
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.sources.map((s: { sheet: string }) => s.sheet)).toEqual(["S", "T"]);
    });

    it("refuses a name that matches both only when case is ignored, naming them", async () => {
      for (const argv of [
        ["read", `${dupcase}#bank`],
        ["reconcile", bookCsv, `${dupcase}#bank`],
        ["validate", `${dupcase}#bank`],
      ]) {
        const r = await bo(...argv);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(
          `bo: "${dupcase}" has several tables named "bank" apart from case: "Bank" (sheet S), "BANK" (sheet T); ` +
            "write the one you mean with its exact case\n",
        );
      }
    });
  });

  describe("cells the file itself reports", () => {
    const located = (i: Located) => [i.code, i.severity, i.address];

    it("says a Date or Amount formula stored without a value was never calculated, once, as an error", async () => {
      // Written by a tool that does not calculate: row 3's Date and row 4's Amount have no value.
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("S").addTable({
        name: "Bank",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Date" }, { name: "Description" }, { name: "Amount" }],
        rows: [
          [46083, "CREDIT TRANSFER INV-1041", 4250],
          [{ formula: "DATE(2026,3,9)" }, "DIRECT DEBIT BILL-552", -1875.4],
          [46088, "ACCOUNT FEE", { formula: "-15" }],
        ] as ExcelJS.CellValue[][],
      });
      const file = path.join(dir, "uncalculated.xlsx");
      fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const r = await bo("reconcile", bookCsv, `${file}#Bank`, "--json");
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(j.ok).toBe(false);
      expect(j.issues.map(located)).toEqual([
        ["formula_not_calculated", "error", "A3"],
        ["formula_not_calculated", "error", "C4"],
        // The statement closes without those two rows: said, as they are in no balance.
        ["recon_unread_outside", "warning", undefined],
      ]);
      expect(j.issues[0].message).toContain(
        "S!Bank[Date] row 3: The formula =DATE(2026,3,9) was never calculated",
      );
      // The two rows take no part in matching: the book's payment stays open.
      expect(j.summary).toMatchObject({ confirmed: 1, unmatchedLeft: 1, unmatchedRight: 0 });
    });

    it("gives a DATEV date outside the batch's period its own advice as the row's error, and no 'not a date'", async () => {
      const batch = path.join(dir, "EXTF_outside.csv");
      const lines = [
        '"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;20260101;4;20260301;20260331;"März 2026";"";1;0;0;"EUR"',
        '"Umsatz (ohne Soll/Haben-Kz)";"Soll/Haben-Kennzeichen";"WKZ Umsatz";"Konto";"Gegenkonto (ohne BU-Schlüssel)";"Belegdatum";"Belegfeld 1";"Buchungstext"',
        '4250,00;"S";"EUR";1200;10041;0203;"INV-1041";"Harbour Foods"',
        '1875,40;"S";"EUR";70552;1200;3104;"BILL-552";"Greenline"',
        "",
      ];
      fs.writeFileSync(batch, Buffer.from(lines.join("\r\n"), "latin1"));
      const r = await bo("reconcile", batch, mt940, "--encoding", "windows-1252", "--json");
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      const atCell = (j.issues as Located[]).filter((i) => i.address === "F4");
      expect(atCell.map(located)).toEqual([["datev_date_outside_period", "error", "F4"]]);
      expect((j.issues as Located[]).map((i) => i.code)).not.toContain("date_invalid");
      expect(atCell[0]?.message).toBe(
        'EXTF_outside!EXTF_outside[Belegdatum] row 4: "3104" is no day and month within the batch\'s period ' +
          "2026-03-01 to 2026-03-31; it was left as written. Correct the date, or export the batch with the period it belongs to.",
      );
    });
  });

  describe("two files of one name", () => {
    it("says the second one's own findings under the sheet and table it was moved to", async () => {
      fs.mkdirSync(path.join(dir, "a"));
      fs.mkdirSync(path.join(dir, "b"));
      const left = path.join(dir, "a", "march.csv");
      const right = path.join(dir, "b", "march.csv");
      fs.writeFileSync(left, "Date,Reference,Amount\n2026-03-05,INV-1041,4250.00\n");
      fs.writeFileSync(
        right,
        bankExport(['"05.03.2026";"05.03.2026";"Acme GmbH";"INV-1041 Zahlung";"4.250,00";']),
      );
      const r = await bo("reconcile", left, right, "--right-date-order", "DMY", "--json");
      expect(r.stderr).toBe("");
      const j = JSON.parse(r.stdout);
      expect(j.sources.map((s: { sheet: string; table: string }) => [s.sheet, s.table])).toEqual([
        ["march", "march"],
        ["march (2)", "march_2"],
      ]);
      const below = (j.issues as (Located & { sheet: string; table: string })[]).filter(
        (i) => i.code === "csv_header_below",
      );
      expect(below).toHaveLength(1);
      expect(below[0]).toMatchObject({ sheet: "march (2)", table: "march_2", address: "A7" });
      expect(below[0]?.message).toMatch(/^'march \(2\)'!march_2 row 7: /);
      expect(j.summary).toMatchObject({ confirmed: 1 });
      // The text output says the same place.
      const text = await bo("reconcile", left, right, "--right-date-order", "DMY");
      expect(text.stderr).toContain("'march (2)'!march_2 row 7: ");
      expect(text.stderr).not.toContain("march!march row 7");
    });
  });

  describe("--out", () => {
    it("says which folder is not there instead of the name of a temporary file", async () => {
      const out = path.join(dir, "nodir", "result.xlsx");
      const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `bo: cannot write "${out}": the folder "${path.join(dir, "nodir")}" does not exist; create it first\n`,
      );
      const sample = await bo("sample", path.join("nodir-rel", "s.xlsx"));
      expect(sample.code).toBe(2);
      expect(sample.stderr).toBe(
        'bo: cannot write "nodir-rel/s.xlsx": the folder "nodir-rel" does not exist; create it first\n',
      );
    });

    it("says when the folder is a file", async () => {
      const out = path.join(bookCsv, "result.xlsx");
      const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`bo: cannot write "${out}": "${bookCsv}" is a file, not a folder\n`);
    });
  });
});
