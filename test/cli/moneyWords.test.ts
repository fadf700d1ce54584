/**
 * `bo reconcile` on a cash register kept in the books, its amounts in columns named for money out and money
 * in: what comes in is money in, as on the bank's side, whether the columns are found by their headers or
 * named in a rules file.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface Out {
  readonly summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
}

const BANK = [
  "Date,Description,Amount,Balance",
  "2026-03-03,HARBOUR LTD INV-1041,5000.00,15000.00",
  "2026-03-06,GREENLINE BILL-552,-1200.00,13800.00",
  "2026-03-10,NORDWIND AG INV-1042,2345.67,16145.67",
].join("\n");

describe("bo reconcile: a register's money out and money in columns", () => {
  const dir = tempDir();
  const bank = path.join(dir, "bank.csv");
  const register = path.join(dir, "register.csv");
  const twoPairs = path.join(dir, "two-pairs.csv");
  const rules = path.join(dir, "rules.json");

  beforeAll(() => {
    fs.writeFileSync(bank, BANK);
    fs.writeFileSync(
      register,
      [
        "Date,Reference,Payee,Withdrawal,Deposit,Balance",
        "2026-03-02,INV-1041,Harbour Ltd,,5000.00,15000.00",
        "2026-03-04,BILL-552,Greenline,1200.00,,13800.00",
        "2026-03-09,INV-1042,Nordwind AG,,2345.67,16145.67",
      ].join("\n"),
    );
    // Paid out and Paid in beside the journal's own Debit and Credit, which hold the other account's side:
    // the headers leave the pair to choose, and the rules file chooses the register's columns.
    fs.writeFileSync(
      twoPairs,
      [
        "Date,Reference,Paid out,Paid in,Debit,Credit",
        "2026-03-02,INV-1041,,5000.00,,5000.00",
        "2026-03-04,BILL-552,1200.00,,1200.00,",
        "2026-03-09,INV-1042,,2345.67,,2345.67",
      ].join("\n"),
    );
    fs.writeFileSync(rules, JSON.stringify({ left: { columns: { debit: "Paid out", credit: "Paid in" } } }));
  });

  it("found by their headers: every deposit matches the bank's receipt", async () => {
    const r = await bo("reconcile", register, bank, "--json");
    expect((JSON.parse(r.stdout) as Out).summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0 });
    expect(r.code).toBe(0);
  });

  it("named in a rules file: Paid in is money in, though the proposal read other columns", async () => {
    const r = await bo("reconcile", twoPairs, bank, "--rules", rules, "--json");
    expect((JSON.parse(r.stdout) as Out).summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0 });
    // A convention the rules file gives is kept.
    fs.writeFileSync(
      rules,
      JSON.stringify({
        left: { columns: { debit: "Paid out", credit: "Paid in" }, debitCredit: "debit-positive" },
      }),
    );
    const kept = await bo("reconcile", twoPairs, bank, "--rules", rules, "--json");
    expect((JSON.parse(kept.stdout) as Out).summary.confirmed).toBe(0);
  });
});
