/**
 * `bo read` and `bo reconcile` over a bank export without a header row: Wells Fargo's, every line a record
 * ("03/31/2026","-98.40","*","","STADTWERKE MUENCHEN UT-7781"). Its columns are named by what they hold in a
 * row of headers above the file's lines, so it reconciles against the ledger without a rules file, and
 * --out writes the result columns beside the rows they belong to.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");
const WELLS_FARGO = path.join(DIR, "wellsfargo.csv");

const NOTE =
  "The file has no header row: row 1 holds headers named by what the columns hold (Date, Amount, Column C, Column D, Description); the file's line 1 is row 2.";

interface Out {
  ok: boolean;
  sources: { address: string; rows: number }[];
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; row?: number; address?: string; message: string }[];
  data: {
    headers?: string[];
    records?: { row: number; cells: (string | null)[] }[];
    matches: { id: string; status: string; leftRows: number[]; rightRows: number[] }[];
  };
}

async function json(...argv: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo(...argv, "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo over Wells Fargo's export, which has no header row", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads every line as a record, one row down, below headers named by what the columns hold", async () => {
    const { out } = await json("read", WELLS_FARGO);
    expect(out.data.headers).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
    expect(out.data.records?.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(out.data.records?.[0]?.cells).toEqual([
      "03/31/2026",
      "-98.40",
      "*",
      null,
      "STADTWERKE MUENCHEN UT-7781",
    ]);
    expect(out.issues.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["csv_no_header", "info", 1, "A1"],
    ]);
  });

  it("reconciles against the ledger without a rules file: ten confirmed, nothing open, only the note", async () => {
    const { code, out } = await json("reconcile", LEDGER, WELLS_FARGO);
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.sources[1]).toMatchObject({ address: "A1:E11", rows: 10 });
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual([["csv_no_header", "info"]]);
    expect(out.ok).toBe(true);
    expect(code).toBe(0);
    // The file's first line, the last movement, is a record: row 2, matched with the ledger's last row.
    expect(out.data.matches.find((m) => m.rightRows.includes(2))?.leftRows).toEqual([11]);
    // Its last line, the first movement, is row 11.
    expect(out.data.matches.find((m) => m.rightRows.includes(11))?.leftRows).toEqual([2]);
  });

  it("says so in the text output", async () => {
    const r = await bo("reconcile", LEDGER, WELLS_FARGO);
    expect(r.stderr).toContain(`info    wellsfargo!wellsfargo row 1: ${NOTE}`);
  });

  it("writes the headers in row 1 and each result beside the row it is for with --out", async () => {
    const file = path.join(dir, "result.xlsx");
    const { code, out } = await json("reconcile", LEDGER, WELLS_FARGO, "--out", file);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet("wellsfargo");
    const text = (row: number, col: number) => {
      const v = sheet?.getRow(row).getCell(col).value;
      return v === null || v === undefined ? null : String(v);
    };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => text(1, c))).toEqual([
      "Date",
      "Amount",
      "Column C",
      "Column D",
      "Description",
      "BO Match ID",
      "BO Status",
      "BO Rule",
      "BO Note",
    ]);
    for (let row = 2; row <= 11; row++) {
      const match = out.data.matches.find((m) => m.rightRows.includes(row));
      expect([row, text(row, 6), text(row, 7)]).toEqual([row, match?.id, "confirmed"]);
    }
    expect(text(2, 5)).toBe("STADTWERKE MUENCHEN UT-7781");
    expect(text(2, 9)).toContain("reference UT-7781");
    expect(text(11, 5)).toBe("MUELLER GMBH INV-1041");
    expect(text(11, 9)).toContain("reference INV-1041");
    expect(text(12, 6)).toBeNull();
  });
});

describe("bo over a headerless export with money out and money in in two columns", () => {
  it("names them Debit and Credit by the balance beside them, and reconciles: ten confirmed", async () => {
    const file = path.join(DIR, "headerless-debit-credit.csv");
    const { out } = await json("reconcile", LEDGER, file);
    expect(out.issues.map((i) => i.message)).toContainEqual(
      expect.stringContaining("(Date, Description, Debit, Credit, Balance)"),
    );
    expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
  });
});
