/**
 * `bo reconcile` where the bank lists a payment of the ledger as pending (DKB's "Vorgemerkt", comdirect's
 * "offen"): the ledger's row stays open, and the open rows say it is pending at the bank and at which row
 * of its file, in the text, in the JSON (`pendingAt`) and in the result columns --out writes.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");
const DKB = path.join(DIR, "dkb-new-pending.csv");
const COMDIRECT = path.join(DIR, "comdirect-offen.csv");

interface OpenRow {
  row: number;
  reference: string;
  pendingAt: number | null;
}

interface Out {
  summary: { confirmed: number; unmatchedLeft: number; unmatchedRight: number };
  data: { unmatched: { left: OpenRow[]; right: OpenRow[] } };
}

async function json(left: string, right: string, ...flags: string[]): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json", ...flags);
  return JSON.parse(r.stdout) as Out;
}

/** The BO Note of each of the sheet's rows, by Excel row, from the header row down. */
async function notes(file: string, sheetName: string, headerRow: number): Promise<Map<number, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  let column = 0;
  sheet.getRow(headerRow).eachCell((cell, c) => {
    if (cell.value === "BO Note") column = c;
  });
  const out = new Map<number, string>();
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const v = sheet.getRow(row).getCell(column).value;
    if (v !== null && v !== undefined) out.set(row, String(v));
  }
  return out;
}

describe("bo reconcile: a ledger payment the bank lists as pending", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("DKB: the open ledger row is pending at the bank's row 7, in the JSON", async () => {
    const out = await json(LEDGER, DKB);
    expect(out.summary).toMatchObject({ confirmed: 9, unmatchedLeft: 1, unmatchedRight: 0 });
    expect(out.data.unmatched.left).toEqual([
      expect.objectContaining({ row: 11, reference: "UT-7781", pendingAt: 7 }),
    ]);
  });

  it("DKB: the text marks the open ledger row as pending at the bank", async () => {
    const r = await bo("reconcile", LEDGER, DKB);
    const lines = r.stdout.split("\n");
    const open = lines.slice(lines.indexOf("Open in ledger:") + 1);
    expect(open[0]).toMatch(
      /^ {2}row 11 {2}2026-03-30 .*UT-7781 .* \(Pending at dkb_new_pending: row 7, not booked yet\)$/,
    );
  });

  it("DKB with --out: the ledger row's BO Note names the pending row, and the pending row's the ledger row", async () => {
    const file = path.join(dir, "dkb.xlsx");
    const r = await bo("reconcile", LEDGER, DKB, "--out", file);
    expect(r.code).toBe(0);
    const ledger = await notes(file, "ledger", 1);
    expect(ledger.get(11)).toBe("Pending at dkb_new_pending: row 7, not booked yet");
    const bank = await notes(file, "dkb-new-pending", 6);
    expect(bank.get(7)).toBe(
      "The row is pending (Vorgemerkt), not booked yet: it is left out until the bank books it. " +
        "The book has it at ledger row 11.",
    );
  });

  it('comdirect: the ledger\'s April instalment is pending at the "offen" line (row 6); the rest says nothing', async () => {
    const ledger = path.join(dir, "ledger-april.csv");
    const text = fs.readFileSync(LEDGER, "utf8").replace(/\s*$/, "\n");
    fs.writeFileSync(ledger, `${text}2026-03-31,ABS-04,"Abschlag April Stadtwerke München",,98.40\n`);
    const out = await json(ledger, COMDIRECT);
    expect(out.summary).toMatchObject({ confirmed: 10, unmatchedLeft: 1, unmatchedRight: 0 });
    expect(out.data.unmatched.left).toEqual([
      expect.objectContaining({ row: 12, reference: "ABS-04", pendingAt: 6 }),
    ]);
    // Without the instalment, nothing is open and nothing is said to be pending.
    const plain = await json(LEDGER, COMDIRECT);
    expect(plain.data.unmatched.left).toEqual([]);
  });

  it("gives pendingAt null to the open ledger rows the bank does not list as pending", async () => {
    const out = await json(LEDGER, path.join(DIR, "dkb-new-round.csv"));
    expect(out.data.unmatched.left.length).toBeGreaterThan(0);
    expect(out.data.unmatched.left.map((o) => o.pendingAt)).toEqual(out.data.unmatched.left.map(() => null));
  });
});
