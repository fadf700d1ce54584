/**
 * What a statement that does not close says first: rows that could not be read, then a closing balance
 * that is not its opening plus its rows, then a missing opening balance, else the general advice.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import { sumMinor } from "../money";
import { reconcileTables } from "./reconcileTables";
import type { ReconcileResult, Statement } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const left = ledger`Date | Reference | Description | Amount
                    2026-03-02 | INV-1 | Oscar | 500.00
                    2026-03-03 | CHQ-17 | Papa Ltd | -120.00
                    2026-03-30 | INV-2 | Quebec | 80.00
                    2026-03-05 | INV-3 | Romeo | 300.00`;
const right = bank`Date | Reference | Description | Amount
                   2026-03-02 | INV-1 | OSCAR | 500.00
                   2026-03-31 | | INTEREST | 1.20
                   2026-03-31 | | ACCOUNT FEE | -7.50
                   2026-03-06 | INV-3 | ROMEO | 299.00`;

const said = (r: ReconcileResult, ...codes: string[]) =>
  r.issues.filter((i) => codes.includes(i.code)).map((i) => i.message);
const ADVICE = [
  "recon_unexplained_difference",
  "recon_opening_missing",
  "recon_unexplained_closing",
  "recon_unexplained_unreadable",
];

describe("a closing balance that is not its opening plus its rows", () => {
  it("is said, by how much, and the unexplained difference points at it", () => {
    const r = runTables(left, right, {
      balances: { leftOpening: 100000, leftClosing: 176500, rightOpening: 100000 },
    });
    const st = r.statements[0] as Statement;
    expect(st.closingGap).toEqual({ left: 500, right: 0 });
    expect(st.unexplained).toBe(-500);
    expect(st.identityHolds).toBe(true);
    expect(said(r, "recon_closing_disagrees")).toEqual([
      "Ledger!Ledger: The closing balance of Ledger is 1,765.00, but its opening balance 1,000.00 plus its rows make 1,760.00 (5.00 apart); check the closing balance, or look for a missing, duplicated or mistyped row in Ledger (the statement takes the closing balance as given).",
    ]);
    expect(said(r, ...ADVICE)).toEqual([
      "Ledger!Ledger: -5.00 remains unexplained between Ledger and Bank, exactly the 5.00 by which the closing balance of Ledger exceeds its opening balance plus its rows: check that closing balance and run again.",
    ]);
    expect(st.remarks.map((i) => i.code)).toEqual(["recon_closing_disagrees", "recon_unexplained_closing"]);
  });

  it("is named first even when it is not the whole unexplained difference", () => {
    const r = runTables(left, right, {
      balances: { rightOpening: 100000, rightClosing: 179000, leftOpening: 100000 },
    });
    expect(said(r, "recon_closing_disagrees")).toEqual([
      "Bank!Bank: The closing balance of Bank is 1,790.00, but its opening balance 1,000.00 plus its rows make 1,792.70 (2.70 apart); check the closing balance, or look for a missing, duplicated or mistyped row in Bank (the statement takes the closing balance as given).",
    ]);
    // The opening balances differ by nothing here: the whole -2.70 is the closing's.
    expect(said(r, ...ADVICE)).toEqual([
      "Bank!Bank: -2.70 remains unexplained between Ledger and Bank, exactly the 2.70 by which the closing balance of Bank falls short of its opening balance plus its rows: check that closing balance and run again.",
    ]);
    const other = runTables(left, right, { balances: { rightOpening: 100000, rightClosing: 179000 } });
    expect(said(other, ...ADVICE)).toEqual([
      "Bank!Bank: 997.30 remains unexplained between Ledger and Bank, and the closing balance of Bank differs from its opening balance plus its rows by 2.70: check that closing balance first, then the opening balances, and look for missing rows.",
    ]);
  });

  it("is not said when they agree, or when only one of them is given", () => {
    for (const balances of [
      { leftOpening: 100000, leftClosing: 176000 },
      { leftClosing: 176500 },
      { leftOpening: 100000 },
    ]) {
      const r = runTables(left, right, { balances });
      expect(said(r, "recon_closing_disagrees")).toEqual([]);
      expect((r.statements[0] as Statement).closingGap).toEqual({ left: 0, right: 0 });
    }
  });

  it("counts the rows cleared earlier against another table, which moved the balance too", () => {
    const r = runTables(left, right, {
      balances: { leftOpening: 100000, leftClosing: 176500, leftCleared: 500 },
    });
    expect(said(r, "recon_closing_disagrees")).toEqual([]);
  });
});

describe("rows that could not be read", () => {
  const unreadable = ledger`Date | Reference | Description | Amount
                            2026-03-02 | INV-1 | Oscar | 500.00
                            31/02/2026 | INV-2 | Papa | 615.75
                            2026-03-05 | INV-3 | Quebec | "1,8754.0"
                            2026-03-06 | INV-4 | Romeo | 300.00
                            | INV-5 | Sierra | 45.00`;
  const statement = bank`Date | Reference | Description | Amount
                         2026-03-02 | INV-1 | OSCAR | 500.00
                         2026-03-03 | INV-2 | PAPA | 615.75
                         2026-03-06 | INV-3 | QUEBEC | 187.54
                         2026-03-06 | INV-4 | ROMEO | 300.00
                         2026-03-07 | INV-5 | SIERRA | 45.00
                         2026-03-08 | INV-6 | TANGO | abc`;

  it("are the first thing the unexplained difference names, with how many and what their amounts read", () => {
    const out = reconcileTables(unreadable, statement, {
      balances: { leftOpening: 100000, rightOpening: 100000, rightClosing: 266829 },
    });
    if (!out.ok) throw new Error("not read");
    const r = out.result;
    const st = r.statements[0] as Statement;
    expect(st.unexplained).toBe(2000);
    expect(st.identityHolds).toBe(true);
    expect(said(r, ...ADVICE)).toEqual([
      "Bank!Bank: 20.00 remains unexplained between Ledger and Bank, and 3 rows of Ledger (rows 3, 4 and 6; 2 of them with readable amounts, 660.75 in all) and 1 row of Bank (row 7) could not be read, so they are in no balance and match nothing: correct them and run again before looking further.",
    ]);
    // The statement's closing holds the row that could not be read: it is not its opening plus its rows.
    expect(st.remarks.map((i) => i.code)).toEqual([
      "recon_closing_disagrees",
      "recon_unexplained_unreadable",
    ]);
  });

  it("given to the engine directly, one row of one side", () => {
    const r = runTables(left, right, {
      balances: { leftOpening: 100000, rightOpening: 100000, rightClosing: 179000 },
      unread: { right: { rows: [9], minor: [null], currency: [""] } },
    });
    expect(said(r, ...ADVICE)).toEqual([
      "Bank!Bank: -2.70 remains unexplained between Ledger and Bank, and 1 row of Bank (row 9) could not be read, so it is in no balance and matches nothing: correct it and run again before looking further.",
    ]);
  });

  it("come first even when every row of a side could not be read, and its currency is in no statement", () => {
    // The book's rows name EUR; none reads, so the run takes no currency and its statement is in none.
    const book = ledger`Date | Currency | Reference | Amount
                        "0203" | EUR | INV-1 | 500.00
                        "1503" | EUR | INV-2 | 615.75`;
    const out = reconcileTables(book, statement, { balances: { rightOpening: 100000 } });
    if (!out.ok) throw new Error("not read");
    const st = out.result.statements[0] as Statement;
    expect(st.currency).toBe("");
    expect(said(out.result, ...ADVICE)).toEqual([
      "Bank!Bank: 1,000.00 remains unexplained between Ledger and Bank, and 2 rows of Ledger (rows 2 and 3; their amounts read 1,115.75 EUR in all) and 1 row of Bank (row 7) could not be read, so they are in no balance and match nothing: correct them and run again before looking further.",
    ]);
  });

  it("of currencies no statement is in are added up apart, on a statement that closes too", () => {
    const r = runTables(left, right, {
      unread: { left: { rows: [7, 8, 9], minor: [1000, 250, 500], currency: ["GBP", "CHF", "GBP"] } },
    });
    expect((r.statements[0] as Statement).unexplained).toBe(0);
    expect(said(r, ...ADVICE, "recon_unread_outside")).toEqual([
      expect.stringContaining(
        "3 rows of Ledger (rows 7, 8 and 9; their amounts read 2.50 CHF and 15.00 GBP in all) could not be read",
      ),
    ]);
  });

  it("say nothing while the statement closes", () => {
    const out = reconcileTables(unreadable, statement);
    if (!out.ok) throw new Error("not read");
    const st = out.result.statements[0] as Statement;
    expect(st.unexplained).toBe(0);
    expect(said(out.result, ...ADVICE)).toEqual([]);
    expect(sumMinor([st.bookBalance, ...st.lines.map((l) => l.effect)])).toBe(st.statementBalance);
  });
});
