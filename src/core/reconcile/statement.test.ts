/** The reconciliation statement: lines, balances, the unexplained difference and the identity. */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import { sumMinor } from "../money";
import type { Statement, StatementLineKind } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const effects = (st: Statement): Partial<Record<StatementLineKind, number>> =>
  Object.fromEntries(st.lines.filter((l) => l.effect !== 0 || l.count !== 0).map((l) => [l.kind, l.effect]));

describe("statement", () => {
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

  it("takes the book balance to the statement balance line by line, exactly", () => {
    const st = runTables(left, right).statements[0] as Statement;
    expect(st.bookBalance).toBe(76000);
    expect(st.statementBalance).toBe(79270);
    expect(effects(st)).toEqual({
      left_only_receipts: -8000,
      left_only_payments: 12000,
      right_only_interest: 120,
      right_only_charges: -750,
      suggested_differences: -100,
    });
    expect(st.unexplained).toBe(0);
    expect(st.identityHolds).toBe(true);
    expect(sumMinor([st.bookBalance, ...st.lines.map((l) => l.effect)])).toBe(st.statementBalance);
  });

  it("lists book entries dated after the statement's last line apart: they cannot be on it yet", () => {
    const kept = ledger`Date | Reference | Description | Amount
                        2026-03-02 | INV-1 | Oscar | 500.00
                        2026-03-30 | INV-2 | Quebec | 80.00
                        2026-04-02 | INV-4 | Sierra | 45.00
                        2026-04-03 | CHQ-18 | Tango | -30.00
                        2026-04-01 | INV-5 | Uniform | 12.00`;
    const march = bank`Date | Reference | Description | Amount
                       2026-03-02 | INV-1 | OSCAR | 500.00
                       2026-03-31 | INV-5 | UNIFORM | 12.00`;
    const st = runTables(kept, march).statements[0] as Statement;
    // INV-5, booked a day after the bank's last line, still matches it; the other two are April's.
    expect(effects(st)).toEqual({ left_only_receipts: -8000, left_after_statement: -1500 });
    const after = st.lines.find((l) => l.kind === "left_after_statement");
    expect(after).toMatchObject({
      label: "Entries in Ledger dated after Bank's last line (2026-03-31): not due on it yet",
      count: 2,
      left: [2, 3],
    });
    expect(st.identityHolds).toBe(true);
    expect(sumMinor([st.bookBalance, ...st.lines.map((l) => l.effect)])).toBe(st.statementBalance);
    // Without statement lines there is no last day: every book row is simply not on it.
    const none = runTables(kept, bank`Date | Reference | Description | Amount`).statements[0] as Statement;
    expect(effects(none)).toEqual({ left_only_receipts: -63700, left_only_payments: 3000 });
  });

  it("lists the statement's own charges and interest apart from other items it has alone", () => {
    const st = runTables(
      left,
      bank`Date | Reference | Description | Amount
           2026-03-02 | INV-1 | OSCAR | 500.00
           2026-03-31 | | INTEREST | 1.20
           2026-03-31 | | Overdraft interest | -2.05
           2026-03-31 | | ACCOUNT FEE | -7.50
           2026-03-31 | | MONTHLY SERVICE CHARGE MAR 2026 | -5.00
           2026-03-29 | | TRANSFER FROM JOHN SMITH | 50.00
           2026-03-30 | | FEE JOHN SMITH | -10.00
           2026-03-06 | INV-3 | ROMEO | 299.00`,
    ).statements[0] as Statement;
    const line = (kind: StatementLineKind) => st.lines.find((l) => l.kind === kind);
    expect(line("right_only_interest")).toMatchObject({
      label: "Interest on Bank not in Ledger",
      effect: 120,
      count: 1,
      right: [1],
    });
    expect(line("right_only_charges")).toMatchObject({
      label: "Charges on Bank not in Ledger",
      effect: -1455,
      count: 3,
      right: [2, 3, 4],
    });
    expect(line("right_only_credits")).toMatchObject({ effect: 5000, right: [5] });
    expect(line("right_only_debits")).toMatchObject({ effect: -1000, right: [6] });
    expect(st.identityHolds).toBe(true);
  });

  it("reads a statement's own charges and interest in German, French, Dutch, Spanish and Italian too", () => {
    const st = runTables(
      left,
      bank`Date | Reference | Description | Amount
           2026-03-02 | INV-1 | OSCAR | 500.00
           2026-03-31 | | Habenzinsen 31.03.2026 | 0.40
           2026-03-31 | | Intérêts créditeurs | 0.30
           2026-03-31 | | Kontoführungsgebühr 03/2026 | -9.90
           2026-03-31 | | Frais de tenue de compte | -4.00
           2026-03-31 | | Kosten betaalpakket maart | -2.10
           2026-03-31 | | Comisión mantenimiento cuenta | -3.00
           2026-03-31 | | Spese tenuta conto | -1.00
           2026-03-30 | | Rente 03/2026 | 65.00
           2026-03-06 | INV-3 | ROMEO | 299.00`,
    ).statements[0] as Statement;
    const line = (kind: StatementLineKind) => st.lines.find((l) => l.kind === kind);
    expect(line("right_only_interest")).toMatchObject({ effect: 70, right: [1, 2] });
    expect(line("right_only_charges")).toMatchObject({ effect: -2000, right: [3, 4, 5, 6, 7] });
    // A German "Rente" is a pension paid in, not the bank's interest.
    expect(line("right_only_credits")).toMatchObject({ effect: 6500, right: [8] });
    expect(st.identityHolds).toBe(true);
  });

  it("shows what stays unexplained against declared balances, never forcing it to zero", () => {
    const r = runTables(left, right, {
      balances: { leftOpening: 100000, rightOpening: 100000, rightClosing: 179000 },
    });
    const st = r.statements[0] as Statement;
    expect(st.bookBalance).toBe(176000);
    expect(st.statementBalance).toBe(179000);
    expect(st.unexplained).toBe(-270);
    expect(st.identityHolds).toBe(true);
    expect(r.summary.unexplained).toBe(-270);
    // Bank's closing is 2.70 short of its opening plus its rows: that is what the advice points at.
    expect(r.issues.find((i) => i.code === "recon_unexplained_closing")?.message).toBe(
      "Bank!Bank: -2.70 remains unexplained between Ledger and Bank, exactly the 2.70 by which the closing balance of Bank falls short of its opening balance plus its rows: check that closing balance and run again.",
    );
    const general = runTables(left, right, { balances: { leftOpening: 100000, rightClosing: 179000 } });
    expect(general.issues.find((i) => i.code === "recon_unexplained_difference")?.message).toBe(
      "Bank!Bank: After all open items and adjustments, -2.70 remains unexplained between Ledger and Bank; check the opening balances and look for missing rows.",
    );
  });

  it("says which opening balance is missing when the difference is exactly the other side's", () => {
    const code = (balances: object) =>
      runTables(left, right, { balances })
        .issues.filter((i) => i.code.startsWith("recon_unexplained") || i.code === "recon_opening_missing")
        .map((i) => i.message);
    // The rows agree: only the statement's opening keeps it from closing.
    expect(code({ rightOpening: 100000 })).toEqual([
      "Ledger!Ledger: 1,000.00 remains unexplained, exactly the opening balance of Bank, while Ledger has none: give the opening balance of Ledger and run again.",
    ]);
    expect(code({ leftOpening: 100000 })).toEqual([
      "Bank!Bank: -1,000.00 remains unexplained, exactly the opening balance of Ledger, while Bank has none: give the opening balance of Bank and run again.",
    ]);
    // Both given and agreeing: nothing to say; given but not the whole difference: the general message.
    expect(code({ leftOpening: 100000, rightOpening: 100000 })).toEqual([]);
    // The statement's closing is 2.70 off its rows: the opening alone does not explain the difference.
    expect(code({ rightOpening: 100000, rightClosing: 179000 })).toEqual([
      "Bank!Bank: 997.30 remains unexplained between Ledger and Bank, and the closing balance of Bank differs from its opening balance plus its rows by 2.70: check that closing balance first, then the opening balances, and look for missing rows.",
    ]);
    // A declared closing on the book side is a balance: not "missing".
    expect(code({ leftClosing: 76000, rightOpening: 100000 })[0]).toMatch(/^Bank!Bank: After all open items/);
  });

  it("words the lines for the pair reconciled: bank wording only for a bank statement", () => {
    const labels = (wording?: "bank" | "customer" | "neutral") =>
      (
        runTables(
          tableOf({ name: "Receivables", sheet: "Receivables" })`Date | Reference | Description | Amount
            2026-03-02 | INV-1 | Oscar | 500.00
            2026-03-03 | PMT-17 | Oscar | -120.00`,
          tableOf({ name: "CustomerStatement", sheet: "Customer" })`Date | Reference | Description | Amount
            2026-03-04 | INV-2 | Purchase | 80.00
            2026-03-05 | | Payment | -50.00
            2026-03-31 | | INTEREST | 1.20`,
          wording === undefined ? {} : { wording },
        ).statements[0] as Statement
      ).lines
        .filter((l) => l.kind.startsWith("left_only") || l.kind.startsWith("right_only"))
        .map((l) => l.label);
    expect(labels("customer")).toEqual([
      "Invoices and debits in Receivables not on CustomerStatement (not yet on the customer's statement)",
      "Payments and credit notes in Receivables not on CustomerStatement (not yet on the customer's statement)",
      "Invoices and debits on CustomerStatement not in Receivables (not invoiced by us, or booked to another customer)",
      "Payments and credits on CustomerStatement not in Receivables (payments in transit or not yet allocated)",
      "Interest on CustomerStatement not in Receivables",
      "Charges on CustomerStatement not in Receivables",
    ]);
    expect(labels("neutral")).toEqual([
      "Positive amounts in Receivables not on CustomerStatement",
      "Negative amounts in Receivables not on CustomerStatement",
      "Positive amounts on CustomerStatement not in Receivables",
      "Negative amounts on CustomerStatement not in Receivables",
      "Interest on CustomerStatement not in Receivables",
      "Charges on CustomerStatement not in Receivables",
    ]);
    expect(labels()[0]).toBe("Receipts in Receivables not on CustomerStatement (deposits in transit)");
    expect(labels("bank")).toEqual(labels());
  });

  it("one statement per currency", () => {
    const r = runTables(
      ledger`Date | Currency | Amount
             2026-03-02 | USD | 10.00
             2026-03-02 | EUR | 20.00`,
      bank`Date | Currency | Amount
           2026-03-02 | EUR | 20.00
           2026-03-02 | JPY | 300`,
    );
    expect(r.statements.map((s) => [s.currency, s.bookBalance, s.statementBalance, s.identityHolds])).toEqual(
      [
        ["EUR", 2000, 2000, true],
        ["JPY", 0, 300, true],
        ["USD", 1000, 0, true],
      ],
    );
    expect(r.summary.currency).toBeNull();
    expect(r.summary.unmatched.left.total).toBe(1000);
    expect(r.summary.unmatched.right.total).toBe(300);
  });

  it("summary counts and totals by status", () => {
    const r = runTables(left, right);
    expect(r.summary).toEqual({
      currency: "",
      confirmed: { matches: 1, left: { rows: 1, total: 50000 }, right: { rows: 1, total: 50000 } },
      suggested: { matches: 1, left: { rows: 1, total: 30000 }, right: { rows: 1, total: 29900 } },
      unmatched: { left: { rows: 2, total: -4000 }, right: { rows: 2, total: -630 } },
      unexplained: 0,
    });
  });
});
