/**
 * `bo reconcile --json` gives every money figure in the currency's units, as typed and as printed
 * (18420.35): the balances of the setup as well as the statement, its lines, the matches' differences,
 * the adjustments and the open rows, so a script compares them without knowing about minor units.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir, writeBooks } from "../support/cliRun";

interface Balances {
  readonly source: string;
  readonly opening?: number;
  readonly closing?: number;
}

describe("bo reconcile --json: money in units", () => {
  const dir = tempDir();
  let book = "";

  beforeAll(async () => {
    book = await writeBooks(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives typed balances and those of a Balance column as the statement does: 18,420.35 is 18420.35", async () => {
    const r = await bo(
      "reconcile",
      `${book}#Ledger`,
      `${book}#Bank`,
      "--left-opening",
      "18,420.35",
      "--left-closing",
      "21,842.05",
      "--json",
    );
    expect(r.stderr).toBe("");
    const { data, summary } = JSON.parse(r.stdout);
    const left = data.setup.left.balances as Balances;
    const right = data.setup.right.balances as Balances;
    expect(left).toEqual({ source: "typed", opening: 18420.35, closing: 21842.05, detail: "as typed" });
    expect(right).toMatchObject({ source: "column", opening: 18420.35, closing: 22022.95 });
    // The statement's balances are the sides' closing balances, in the same unit.
    const st = data.statements[0];
    expect([st.bookBalance, st.statementBalance]).toEqual([left.closing, right.closing]);
    expect(st.lines.find((l: { kind: string }) => l.kind === "left_only_payments").effect).toBe(186.9);
    expect(st.unexplained).toBe(0);
    // 1,234.00 booked, 1,243.00 on the bank: the match's difference and its adjustment are 9.00.
    expect(data.matches.map((m: { difference: number }) => m.difference)).toContain(9);
    expect(data.adjustments.map((a: { amount: number }) => a.amount)).toEqual([9]);
    expect(data.unmatched.left.map((u: { amount: number }) => u.amount)).toEqual([-186.9]);
    expect(data.unmatched.right.map((u: { amount: number }) => u.amount)).toEqual([-15]);
    expect(summary.unexplained).toBe(0);
  });

  it("gives a typed balance in units when a side could not be read", async () => {
    const noDate = path.join(dir, "nodate.csv");
    const bank = path.join(dir, "bank.csv");
    fs.writeFileSync(noDate, "When,Amount,Reference\n2026-03-02,1200.00,INV-1\n");
    fs.writeFileSync(bank, "Date,Amount,Reference\n2026-03-02,1200.00,INV-1\n");
    const r = await bo("reconcile", noDate, bank, "--right-opening", "1,000.50", "--json");
    expect(r.code).toBe(1);
    const { data } = JSON.parse(r.stdout);
    expect(data.reconciled).toBe(false);
    expect(data.setup.right.balances).toEqual({ source: "typed", opening: 1000.5, detail: "as typed" });
  });
});
