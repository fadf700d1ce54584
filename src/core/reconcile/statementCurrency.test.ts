/**
 * Statements of a run whose rows name their currencies: one per currency some row is in, never one for
 * the run's unnamed default, and balances that name no currency taken by the statement of the one
 * currency their side is in, or by none, with a warning naming the currencies.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import { reconcile } from "./reconcile";
import type { ReconcileResult, RecordSet, Statement } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const books = ledger`Date | Reference | Description | Currency | Amount
                     2026-03-02 | INV-1 | Oscar | USD | 500.00
                     2026-03-04 | EU-1 | Papa | EUR | 1000.00
                     2026-03-10 | INV-2 | Quebec | USD | 80.00`;
const twoCurrencies = bank`Date | Reference | Description | Currency | Amount
                           2026-03-02 | INV-1 | OSCAR | USD | 500.00
                           2026-03-04 | EU-1 | PAPA | EUR | 1000.00`;
const dollarsOnly = bank`Date | Reference | Description | Currency | Amount
                         2026-03-02 | INV-1 | OSCAR | USD | 500.00`;

const currencies = (r: ReconcileResult) => r.statements.map((s) => s.currency);
const of = (r: ReconcileResult, c: string) => r.statements.find((s) => s.currency === c) as Statement;
const codes = (st: Statement) => st.remarks.map((i) => i.code);

describe("a run whose rows name their currencies", () => {
  it("has no statement for the unnamed default currency, whatever balances are passed", () => {
    const noFigures = runTables(books, twoCurrencies, { balances: { currency: "" } });
    expect(currencies(noFigures)).toEqual(["EUR", "USD"]);
    const typed = runTables(books, twoCurrencies, { balances: { rightOpening: 0, rightClosing: 500000 } });
    expect(currencies(typed)).toEqual(["EUR", "USD"]);
  });

  it("leaves balances out of every statement when their side is in several currencies, and says so", () => {
    const r = runTables(books, twoCurrencies, { balances: { rightOpening: 0, rightClosing: 500000 } });
    const warning =
      "Bank!Bank: The balances of Bank name no currency, and its rows are in EUR and USD: no statement takes them, so each statement starts Bank from zero. Type them with the currency they are in (1,000.00 USD), or reconcile one currency at a time.";
    expect(r.issues.filter((i) => i.code === "recon_balance_currency_unknown").map((i) => i.message)).toEqual(
      [warning],
    );
    for (const c of ["EUR", "USD"]) {
      const st = of(r, c);
      expect([c, st.statementBalance, st.closingGap, st.unexplained]).toEqual([
        c,
        c === "EUR" ? 100000 : 50000,
        { left: 0, right: 0 },
        0,
      ]);
      expect(codes(st)).toEqual(["recon_balance_currency_unknown"]);
    }
    expect(r.issues.some((i) => i.code === "recon_closing_disagrees")).toBe(false);
  });

  it("gives a side's balances to the one currency its rows are in", () => {
    const r = runTables(books, dollarsOnly, {
      balances: { rightOpening: 10000, rightClosing: 60000, leftOpening: 20000 },
    });
    expect(currencies(r)).toEqual(["EUR", "USD"]);
    const usd = of(r, "USD");
    expect([usd.bookBalance, usd.statementBalance, usd.closingGap]).toEqual([
      58000,
      60000,
      { left: 0, right: 0 },
    ]);
    // The ledger is in EUR and USD: its opening goes nowhere, and the EUR statement starts Bank from zero.
    expect([of(r, "EUR").bookBalance, of(r, "EUR").statementBalance]).toEqual([100000, 0]);
    expect(r.issues.filter((i) => i.code === "recon_balance_currency_unknown").map((i) => i.message)).toEqual(
      [
        "Ledger!Ledger: The balances of Ledger name no currency, and its rows are in EUR and USD: no statement takes them, so each statement starts Ledger from zero. Type them with the currency they are in (1,000.00 USD), or reconcile one currency at a time.",
      ],
    );
    expect(codes(usd)[0]).toBe("recon_balance_currency_unknown");
  });

  it("puts each side's balances in the statement of the currency they name, one per side", () => {
    const r = runTables(books, twoCurrencies, {
      balances: { leftCurrency: "EUR", leftOpening: 20000, rightCurrency: "USD", rightOpening: 10000 },
    });
    expect(currencies(r)).toEqual(["EUR", "USD"]);
    expect([of(r, "EUR").bookBalance, of(r, "EUR").statementBalance]).toEqual([120000, 100000]);
    expect([of(r, "USD").bookBalance, of(r, "USD").statementBalance]).toEqual([58000, 60000]);
    expect(r.issues.map((i) => i.code)).not.toContain("recon_balance_currency_unknown");
  });

  it("says a closing balance disagrees on the statement of its side's one currency only", () => {
    const r = runTables(books, dollarsOnly, { balances: { rightOpening: 0, rightClosing: 500000 } });
    expect(currencies(r)).toEqual(["EUR", "USD"]);
    expect(of(r, "USD").closingGap).toEqual({ left: 0, right: 450000 });
    expect(codes(of(r, "USD"))).toEqual(["recon_closing_disagrees", "recon_unexplained_closing"]);
    expect(of(r, "EUR").closingGap).toEqual({ left: 0, right: 0 });
    expect(r.issues.map((i) => i.message)).toContain(
      "Bank!Bank: The closing balance of Bank is 5,000.00 USD, but its opening balance 0.00 USD plus its rows make 500.00 USD (4,500.00 USD apart); check the closing balance, or look for a missing, duplicated or mistyped row in Bank (the statement takes the closing balance as given).",
    );
  });
});

describe("records given to the engine", () => {
  const set = (side: "left" | "right", currency: readonly string[], minor: readonly number[]): RecordSet => ({
    side,
    table: side === "left" ? "Ledger" : "Bank",
    sheet: side === "left" ? "Ledger" : "Bank",
    size: minor.length,
    keys: minor.map((_, i) => `${side}!${i + 2}`),
    rows: Int32Array.from(minor.map((_, i) => i + 2)),
    day: Int32Array.from(minor.map((_, i) => 20514 + i)),
    minor: Float64Array.from(minor),
    currency,
    reference: minor.map(() => ""),
    description: minor.map(() => ""),
    party: minor.map(() => ""),
    id: minor.map(() => ""),
  });

  it("make no statement for the run's currency when no row is in it", () => {
    const r = reconcile(
      set("left", ["USD", "EUR"], [100, 200]),
      set("right", ["USD", "EUR"], [100, 200]),
      [],
      undefined,
      {
        currency: "",
        balances: { currency: "" },
      },
    );
    expect(currencies(r)).toEqual(["EUR", "USD"]);
    expect(r.summary.unexplained).toBeNull();
  });
});
