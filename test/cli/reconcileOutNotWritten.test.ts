/**
 * `bo reconcile --out` where the copy cannot be written: the Bank table stands right beside the Ledger on
 * one sheet, where the Ledger's result columns would go; the user's notes stand right of the table; --out
 * names a folder. The reconciliation is reported all the same, as text or in the JSON envelope, with an
 * error saying that nothing was written, why, and what to change; the exit status is 2 and no file appears.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const LEDGER = {
  name: "Ledger",
  columns: ["Date", "Reference", "Description", "Amount"].map((n) => ({ name: n })),
  rows: [
    [day("2026-03-02"), "INV-1041", "Harbour Ltd", 5000],
    [day("2026-03-04"), "BILL-552", "Greenline", -1200],
  ],
};
const BANK = {
  name: "Bank",
  columns: ["Date", "Description", "Amount"].map((n) => ({ name: n })),
  rows: [
    [day("2026-03-03"), "HARBOUR INV-1041", 5000],
    [day("2026-03-05"), "GREENLINE BILL-552", -1200],
    [day("2026-03-06"), "SERVICE FEE", -9.9],
  ],
};

interface Out {
  ok: boolean;
  summary: { reconciled: boolean; confirmed: number; unmatchedRight: number; errors: number };
  issues: { code: string; severity: string; sheet?: string; table?: string; message: string }[];
  data: { out?: string; statements: { statementBalance: number }[]; unmatched: { right: { row: number }[] } };
}

describe("bo reconcile --out: a copy that cannot be written", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Ledger at A1 (A:D) and Bank at F1 (F:H) on one sheet: one empty column between them. */
  async function sideBySide(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Recon");
    ws.addTable({ ...LEDGER, ref: "A1" });
    ws.addTable({ ...BANK, ref: "F1" });
    const file = path.join(dir, "sideBySide.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("tables side by side: the statement is printed, then that nothing was written and what to move", async () => {
    const file = await sideBySide();
    const out = path.join(dir, "result.xlsx");
    const r = await bo("reconcile", `${file}#Ledger`, `${file}#Bank`, "--out", out);
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.stdout).toContain("Reconciled Ledger (book) with Bank (statement): 2 confirmed, 0 suggested");
    expect(r.stdout).toContain("Check: holds");
    expect(r.stdout).toContain(`Nothing was written to ${out}: the error below says why.\n`);
    expect(r.stdout).not.toContain("Wrote the result columns");
    expect(r.stderr.split("\n")[0]).toBe(
      `error   Recon!Ledger: Nothing was written to ${out}: table 'Bank' stands where the 4 result columns of ` +
        `'Ledger' go (columns E:H of sheet Recon). In ${file}, move 'Bank' to a sheet of its own, or leave at ` +
        "least 4 empty columns between the two tables, and run again.",
    );
  });

  it("tables side by side, --json: the envelope holds the reconciliation and the error", async () => {
    const file = await sideBySide();
    const out = path.join(dir, "result.xlsx");
    const r = await bo("reconcile", `${file}#Ledger`, `${file}#Bank`, "--out", out, "--json");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout) as Out;
    expect(j.ok).toBe(false);
    expect(j.summary).toMatchObject({ reconciled: true, confirmed: 2, unmatchedRight: 1, errors: 1 });
    expect(j.data.statements[0]?.statementBalance).toBe(3790.1);
    expect(j.data.unmatched.right.map((o) => o.row)).toEqual([4]);
    expect(j.data.out).toBeUndefined();
    expect(j.issues[0]).toMatchObject({
      code: "recon_out_not_written",
      severity: "error",
      sheet: "Recon",
      table: "Ledger",
    });
  });

  it("a note right of the table: the cells it names, and where to change them", async () => {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet("Data");
    data.addTable({ ...LEDGER, ref: "A1" });
    data.getCell("F2").value = "ask Anna about this one";
    wb.addWorksheet("Bank").addTable({ ...BANK, ref: "A1" });
    const file = path.join(dir, "note.xlsx");
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, "noted.xlsx");
    const r = await bo("reconcile", `${file}#Ledger`, `${file}#Bank`, "--out", out, "--json");
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    const j = JSON.parse(r.stdout) as Out;
    expect(j.summary.confirmed).toBe(2);
    expect(j.issues[0]?.message).toBe(
      `Data!Ledger: Nothing was written to ${out}: Could not write result columns to table 'Ledger' (sheet Data, ` +
        "table 'Ledger'): cells F2 to the right of the table are not empty, so result columns cannot be added " +
        `there. Move that data and try again. The copy is made from ${file}: that is where to change it.`,
    );
  });

  it("--out naming a folder: the reconciliation, and the error saying so", async () => {
    const folder = path.join(dir, "folder.xlsx");
    fs.mkdirSync(folder);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ledger").addTable({ ...LEDGER, ref: "A1" });
    wb.addWorksheet("Bank").addTable({ ...BANK, ref: "A1" });
    const apart = path.join(dir, "apart.xlsx");
    await wb.xlsx.writeFile(apart);
    const r = await bo("reconcile", `${apart}#Ledger`, `${apart}#Bank`, "--out", folder, "--json");
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout) as Out;
    expect(j.summary.confirmed).toBe(2);
    expect(j.issues[0]?.message).toBe(
      `Nothing was written to ${folder}: "${folder}" is a folder. Fix that, or name another file with --out, and run again.`,
    );
  });
});
