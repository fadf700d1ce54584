/** Golden cases for each default rule of the cascade, written as the tables a user would have. */
import { tableOf } from "../../../test/support/tableLiteral";
import { openRows, runTables, viewMatches } from "../../../test/support/reconcile";
import { defineRule } from "./rules";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

describe("default cascade", () => {
  it("exact: amount, date and reference equal", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-1001 | Acme Ltd invoice 1001 | 100.00`,
      bank`Date | Reference | Description | Amount
           2026-03-02 | inv 1001 | ACME LTD | 100.00`,
    );
    expect(viewMatches(r)).toEqual([
      { rows: "Ledger 2 <-> Bank 2", status: "confirmed", rule: "exact", difference: 0, ambiguous: false },
    ]);
    expect(r.matches[0]?.reason).toBe("amount equal, same date, reference INV-1001");
    expect(r.matches[0]?.id).toMatch(/^M-[0-9a-f]{12}$/);
  });

  it("reference: normalised references (case, spaces, punctuation, leading zeros), bank days later", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-0104321 | Acme | 250.00
             2026-03-02 | INV-104322 | Acme | 250.00`,
      bank`Date | Reference | Description | Amount
           2026-03-05 | inv/104321 | TRANSFER | 250.00
           2026-03-06 | 104322 | TRANSFER | 250.00`,
    );
    // Matches are listed by date, then id: compare them as a set.
    expect(
      viewMatches(r)
        .map((m) => [m.rows, m.status, m.rule])
        .sort(),
    ).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "reference"],
      ["Ledger 3 <-> Bank 3", "confirmed", "reference"],
    ]);
    expect(r.matches.map((m) => m.reason).sort()).toEqual([
      "amount equal, date +3 days, reference INV-0104321",
      "amount equal, date +4 days, reference INV-104322",
    ]);
  });

  it("reference: a row without a reference quoting the other's number in its description", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-55120 | Beta GmbH | 80.00
             2026-03-02 | INV-55121 | Beta GmbH | 80.00`,
      bank`Date | Reference | Description | Amount
           2026-03-03 |  | BETA GMBH INV 055121 | 80.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 3 <-> Bank 2", "confirmed", "reference"],
    ]);
    expect(openRows(r).left).toEqual([2]);
  });

  it("amount-text: the one same-amount candidate with a similar description", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Hoogle payroll | 1350.60
             2026-03-02 | Riverbank properties rent | 1350.60`,
      bank`Date | Description | Amount
           2026-03-03 | HOOGLE PAYROLL REF756247 | 1350.60`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "amount-text"],
    ]);
    expect(r.matches[0]?.reason).toMatch(/^amount equal, date \+1 day, description \d+% similar$/);
  });

  it("amount-date: the only candidate in the window, descriptions unlike", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Office chairs | -412.37`,
      bank`Date | Description | Amount
           2026-03-04 | CARD 4471 XYZ | -412.37`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "amount-date"],
    ]);
  });

  it("a reference one digit off gives way to a row carrying the reference exactly", () => {
    // The bank's INV-1041 is short of a 0.50 fee; INV-1047 has the same amount but is another invoice.
    const r = runTables(
      ledger`Date | Description | Reference | Amount
             2026-03-02 | Receipt Acme Ltd | INV-1041 | 100.00`,
      bank`Date | Description | Reference | Amount
           2026-03-03 | CREDIT ACME LTD INV-1041 | INV-1041 | 99.50
           2026-03-04 | CREDIT ACME LTD INV-1047 | INV-1047 | 100.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "suggested", "tolerance"],
    ]);
    expect(openRows(r)).toEqual({ left: [], right: [3] });
    // Without the exact one, a slip of one digit is still confirmed on amount and text.
    const alone = runTables(
      ledger`Date | Description | Reference | Amount
             2026-03-02 | Receipt Acme Ltd | INV-1041 | 100.00`,
      bank`Date | Description | Reference | Amount
           2026-03-04 | CREDIT ACME LTD INV-1047 | INV-1047 | 100.00`,
    );
    expect(viewMatches(alone).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "amount-text"],
    ]);
  });

  it("two equally good candidates are suggested as ambiguous, never confirmed", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Streaming subscription | -9.99
             2026-03-02 | Streaming subscription | -9.99`,
      bank`Date | Description | Amount
           2026-03-03 | STREAMING SUBSCRIPTION | -9.99`,
    );
    const views = viewMatches(r);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ status: "suggested", ambiguous: true });
    expect(r.matches[0]?.reason).toMatch(/1 other candidate as good$/);
    expect(r.summary.confirmed.matches).toBe(0);
  });

  it("split-book (many:1): one deposit settles two invoices of one customer", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-2001 | Cobalt Trading invoice 2001 | 300.00
             2026-03-03 | INV-2002 | Cobalt Trading invoice 2002 | 450.25`,
      bank`Date | Reference | Description | Amount
           2026-03-05 |  | TRANSFER FROM COBALT TRADING | 750.25`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2,3 <-> Bank 2", "confirmed", "split-book"],
    ]);
    expect(r.matches[0]?.cardinality).toBe("many:1");
    expect(r.matches[0]?.reason).toMatch(/^2 Ledger rows sum to the amount, dates \+2 to \+3 days/);
  });

  it("split-statement (1:many): rent paid in two instalments", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-06-04 | RiverBank Properties rent | -2400.00`,
      bank`Date | Description | Amount
           2026-06-07 | RIVERBANK PROPERTIES PAY 1/2 | -1200.00
           2026-06-07 | RIVERBANK PROPERTIES PAY 2/2 | -1200.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2,3", "confirmed", "split-statement"],
    ]);
    expect(r.matches[0]?.cardinality).toBe("1:many");
  });

  it("tolerance: a receipt net of a bank fee is suggested with an adjustment line", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-3001 | Delta Foods | 1000.00`,
      bank`Date | Reference | Description | Amount
           2026-03-04 | INV3001 | DELTA FOODS | 997.50`,
    );
    expect(viewMatches(r)).toEqual([
      {
        rows: "Ledger 2 <-> Bank 2",
        status: "suggested",
        rule: "tolerance",
        difference: -250,
        ambiguous: false,
      },
    ]);
    expect(r.adjustments).toEqual([
      expect.objectContaining({
        kind: "bank_fee",
        amount: -250,
        status: "suggested",
        matchId: r.matches[0]?.id,
      }),
    ]);
    expect(r.matches[0]?.reason).toMatch(/^amount differs by -2\.50, date \+2 days, reference INV-3001/);
  });

  it("reference-amount-differs: same reference, amount far off, suggested for review", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-4001 | Echo Labs | 500.00`,
      bank`Date | Reference | Description | Amount
           2026-03-10 | INV-4001 | PAYMENT | 450.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule, m.difference])).toEqual([
      ["Ledger 2 <-> Bank 2", "suggested", "reference-amount-differs", -5000],
    ]);
  });

  it("groups (many:many): invoices and a credit note against two payments of the same party", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Foxtrot Media | invoice | 100.00
             2026-03-03 | Foxtrot Media | invoice | 60.00
             2026-03-04 | Foxtrot Media | credit note | -30.00`,
      bank`Date | Party | Description | Amount
           2026-03-06 | Foxtrot Media | transfer | 70.00
           2026-03-07 | Foxtrot Media | transfer | 60.01`,
      {
        config: {
          version: 1,
          rules: [
            defineRule({
              id: "party-groups",
              cardinality: "many:many",
              amount: { below: { abs: 0.05 }, above: { abs: 0.05 } },
              date: { before: 7, after: 14 },
            }),
          ],
        },
      },
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule, m.difference])).toEqual([
      ["Ledger 2,3,4 <-> Bank 2,3", "confirmed", "party-groups", 1],
    ]);
    expect(r.adjustments[0]?.kind).toBe("rounding");
  });

  it("leaves rows open when nothing fits and says nothing more than the facts", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Cheque 1042 | -120.00`,
      bank`Date | Description | Amount
           2026-03-31 | INTEREST CREDIT | 0.42`,
    );
    expect(r.matches).toEqual([]);
    expect(openRows(r)).toEqual({ left: [2], right: [2] });
  });
});

describe("configured rules", () => {
  const rules = (input: Parameters<typeof defineRule>[0]) => ({
    version: 1 as const,
    rules: [defineRule(input)],
  });

  it("a reference pattern compares only the capture (INV-(\\d+))", () => {
    const left = ledger`Date | Reference | Description | Amount
                        2026-03-02 | Order INV-77 for Golf | x | 10.00`;
    const right = bank`Date | Reference | Description | Amount
                       2026-03-02 | PAY INV-77 THANKS | y | 10.00`;
    expect(
      runTables(left, right, {
        config: rules({ id: "inv", reference: "required", referencePattern: "INV-(\\d+)" }),
      }).matches,
    ).toHaveLength(1);
    expect(
      runTables(left, right, { config: rules({ id: "plain", reference: "required" }) }).matches,
    ).toHaveLength(0);
  });

  it("party required: the same amount and date from another party is not a candidate", () => {
    const r = runTables(
      ledger`Date | Party | Amount
             2026-03-02 | Hotel Alpha | 90.00`,
      bank`Date | Party | Amount
           2026-03-02 | Hotel Bravo | 90.00`,
      { config: rules({ id: "by-party", party: "required" }) },
    );
    expect(r.matches).toEqual([]);
  });

  it("a flipped side: a supplier statement against our payables", () => {
    const r = runTables(
      ledger`Date | Reference | Amount
             2026-03-02 | BILL-9 | -640.00`,
      bank`Date | Reference | Amount
           2026-03-02 | BILL-9 | 640.00`,
      { config: { version: 1, right: { sign: "flip", keyBy: "row" } } },
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "exact"],
    ]);
  });

  it("an invalid rules JSON is reported, not run", () => {
    const out = runTablesResult('{"rules":[{"id":"Bad Id","date":{"before":-1,"after":2}}]}');
    expect(out.ok).toBe(false);
    expect(out.issues[0]?.code).toBe("recon_rules_invalid");
    expect(out.issues[0]?.message).toMatch(/rules\[0\]\.id/);
    expect(out.issues[0]?.message).toMatch(/rules\[0\]\.date\.before/);
  });
});

import { reconcileTables } from "./reconcileTables";

function runTablesResult(config: string) {
  return reconcileTables(
    ledger`Date | Amount
           2026-03-02 | 1.00`,
    bank`Date | Amount
         2026-03-02 | 1.00`,
    { config },
  );
}
