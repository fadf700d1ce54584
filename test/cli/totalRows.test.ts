/**
 * `bo reconcile` over a workbook whose Bank table closes with a dated "Total" line: the total is no
 * receipt nobody booked. Equal to the opening balance plus the bookings, it is the bank's closing balance,
 * as a "Closing balance" line is; equal to the bookings' sum, it is left out and states no balance. A
 * "Total" that adds up to nothing stays a booking, open on the bank's side.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface Out {
  ok: boolean;
  summary: { confirmed: number; unmatchedLeft: number; unmatchedRight: number; unexplained: number };
  issues: { code: string; severity: string; row?: number; message: string }[];
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
    unmatched: { right: { row: number; description: string }[] };
    statements: { statementBalance: number }[];
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A workbook of a Ledger table and, below it on the same sheet, a Bank table of the rows `bank`. */
async function book(dir: string, name: string, bank: (string | number | Date)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addTable({
    name: "Ledger",
    ref: "A1",
    columns: ["Date", "Reference", "Description", "Amount"].map((n) => ({ name: n })),
    rows: [
      [day("2026-03-02"), "INV-1041", "Harbour Ltd", 5000],
      [day("2026-03-04"), "BILL-552", "Greenline", -1200],
      [day("2026-03-09"), "INV-1042", "Nordwind AG", 2345.67],
    ],
  });
  ws.addTable({
    name: "Bank",
    ref: "A10",
    columns: ["Date", "Description", "Amount"].map((n) => ({ name: n })),
    rows: bank,
  });
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const BOOKINGS: (string | number | Date)[][] = [
  [day("2026-03-03"), "HARBOUR INV-1041", 5000],
  [day("2026-03-05"), "GREENLINE BILL-552", -1200],
  [day("2026-03-10"), "NORDWIND INV-1042", 2345.67],
];

async function reconcile(file: string, ...flags: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo("reconcile", `${file}#Ledger`, `${file}#Bank`, "--json", ...flags);
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo reconcile: a dated Total line in an Excel table", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("equal to the opening balance plus the bookings: the bank's closing balance, nothing open", async () => {
    const file = await book(dir, "closing.xlsx", [
      [day("2026-03-01"), "Opening balance", 10000],
      ...BOOKINGS,
      [day("2026-03-31"), "Total", 16145.67],
    ]);
    const { code, out } = await reconcile(file, "--left-opening", "10000");
    expect(code).toBe(0);
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0, unexplained: 0 });
    expect(out.data.statements[0]?.statementBalance).toBe(16145.67);
    expect(out.data.setup.right.balances).toMatchObject({
      source: "stated",
      opening: 10000,
      closing: 16145.67,
    });
    expect(out.issues.filter((i) => i.code === "recon_total_row").map((i) => [i.row, i.severity])).toEqual([
      [15, "info"],
    ]);
  });

  it("equal to the sum of the bookings: left out, no balance", async () => {
    const file = await book(dir, "sum.xlsx", [...BOOKINGS, [day("2026-03-31"), "Total", 6145.67]]);
    const { code, out } = await reconcile(file);
    expect(code).toBe(0);
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedRight: 0, unexplained: 0 });
    expect(out.data.statements[0]?.statementBalance).toBe(6145.67);
    expect(out.issues.find((i) => i.code === "recon_total_row")?.message).toBe(
      'Data!Bank[Amount] row 14: The row is a total line ("Total"): 6,145.67 is the sum of the bookings up to ' +
        "its date; it is no booking, so it is left out of matching.",
    );
  });

  it("adding up to nothing: a booking, open on the bank's side", async () => {
    const file = await book(dir, "neither.xlsx", [...BOOKINGS, [day("2026-03-31"), "Total", 6145.76]]);
    const { out } = await reconcile(file);
    expect(out.data.unmatched.right.map((o) => [o.row, o.description])).toEqual([[14, "Total"]]);
    expect(out.issues.some((i) => i.code.startsWith("recon_total_row"))).toBe(false);
  });
});
