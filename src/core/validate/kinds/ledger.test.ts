import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const journal = tableOf({ name: "Journal", sheet: "Ledger" });
const chart = tableOf({ name: "Accounts", sheet: "Chart" })`Account code | Account name | Type
  1000 | Cash | Asset
  1200 | Receivables | asset
  4000 | Sales | Income
  2100 | VAT | Liability`;

const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);

describe("ledger kind", () => {
  const t = journal`Date | Journal No | Account | Memo | Debit | Credit | Currency | Customer | Ref
    2026-01-05 | JE1 | 1200 | Invoice 1 | 120.00 |  | USD | ACME | INV-1
    2026-01-05 | JE1 | 4000 | Invoice 1 |  | 100.00 | USD | ACME | INV-1
    2026-01-05 | JE1 | 2100 | VAT |  | 20 | usd | ACME | INV-1
    2026-01-06 | JE2 | 1000 | Receipt | 50 | 50 | USD |  |
    2026-01-06 | JE2 | 1200 | Receipt |  |  | USD |  |
    2026-01-07 | JE3 | 1000 | Yen sale | 1000 |  | JPY |  |
    2026-01-07 | JE3 | 4000 | Yen sale |  | 999 | JPY |  |
    2026-01-07 | JE3 | 1000 | Euro line | 10.00 |  | EUR |  |
    2026-01-08 | JE4 | 9999 | Typo |  | 10 | USD |  |
    2026-01-08 | JE4 | 1000 | Typo | 10 |  | USD |  |`;

  it("is detected from its headers, synonyms included", () => {
    const r = validateTable(t);
    expect(r.kind).toBe("ledger");
    expect(r.kindHow).toBe("detected");
    expect(r.columnMap).toMatchObject({
      date: 0,
      entry: 1,
      account: 2,
      description: 3,
      debit: 4,
      credit: 5,
      currency: 6,
      party: 7,
      reference: 8,
    });
  });

  it("checks debit xor credit, entries balancing per entry and currency, and accounts in the chart", () => {
    const r = validateTable(t, { tables: [chart], lookups: { chartOfAccounts: "Accounts" } });
    expect(found(r)).toEqual([
      ["debit_and_credit", 5, "Debit"],
      ["debit_or_credit_missing", 6, "Debit"],
      ["unbalanced_entry", 7, "Debit"],
      ["unbalanced_entry", 7, "Debit"],
      ["foreign_key", 10, "Account"],
    ]);
    const messages = r.issues.filter((i) => i.code === "unbalanced_entry").map((i) => i.message);
    expect(messages).toEqual([
      "Ledger!Journal[Debit] row 7: Entry JE3 does not balance: debits minus credits is 1 JPY; correct its lines so they sum to zero.",
      "Ledger!Journal[Debit] row 7: Entry JE3 does not balance: debits minus credits is 10.00 EUR; correct its lines so they sum to zero.",
    ]);
    expect(r.issues.find((i) => i.code === "foreign_key")?.message).toBe(
      'Ledger!Journal[Account] row 10: "9999" is not found in Accounts[Account code]; add it there or correct the value.',
    );
    const stat = r.stats.find((s) => s.rule === "unbalanced_entry");
    expect(stat).toMatchObject({ checked: 5, failed: 2 });
  });

  it("reads a signed amount column instead of debit/credit", () => {
    const signed = journal`Date | Entry | Account | Amount
      2026-01-05 | 1 | 1000 | 100
      2026-01-05 | 1 | 4000 | -100
      2026-01-06 | 2 | 1000 | 0.1
      2026-01-06 | 2 | 1000 | 0.2
      2026-01-06 | 2 | 4000 | -0.3
      2026-01-07 | 3 | 1000 | 5`;
    const r = validateTable(signed, { kind: "journal" });
    expect(found(r)).toEqual([["unbalanced_entry", 7, "Amount"]]);
  });

  it("flags postings on or before the lock date, and dates after 'today' as warnings", () => {
    const r = validateTable(t, { lockDate: "2026-01-05", asOf: "2026-01-07" });
    const codes = r.issues
      .filter((i) => i.code === "locked_period" || i.code === "date_in_future")
      .map((i) => [i.code, i.row, i.severity]);
    expect(codes).toEqual([
      ["locked_period", 2, "error"],
      ["locked_period", 3, "error"],
      ["locked_period", 4, "error"],
      ["date_in_future", 10, "warning"],
      ["date_in_future", 11, "warning"],
    ]);
  });

  it("reports a chart of accounts that is named but missing, and an entry column that is missing", () => {
    const noEntries = journal`Date | Account | Debit | Credit
      2026-01-05 | 1000 | 5 |`;
    const r = validateTable(noEntries, { kind: "ledger", lookups: { chartOfAccounts: "COA" } });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ["rule_not_applied", "info"],
      ["referenced_table_missing", "error"],
    ]);
  });

  it("reports missing required columns as header issues", () => {
    const r = validateTable(
      journal`Date | Account | Memo
      2026-01-05 | 1000 | x`,
      { kind: "ledger" },
    );
    expect(r.issues.map((i) => i.message)).toEqual([
      'Ledger!Journal row 1: No column for Amount; add a column named "Amount" or "Debit" and "Credit" or map one in the column mapping.',
    ]);
  });

  it("uses the user's mapping and column rules on top of the kind", () => {
    const t2 = journal`Posted | Voucher | GL | Dr | Cr | Ref
      2026-01-05 | V1 | 1000 | 5 |  | A1
      2026-01-05 | V1 | 4000 |  | 5 | b2`;
    const r = validateTable(t2, {
      kind: "ledger",
      rules: {
        map: { date: "Posted", entry: "Voucher", account: "GL" },
        columns: { Ref: { pattern: "[A-Z]\\d" } },
      },
    });
    expect(found(r)).toEqual([["pattern", 3, "Ref"]]);
    expect(r.columnMap).toMatchObject({ date: 0, entry: 1, account: 2, debit: 3, credit: 4, reference: 5 });
  });
});
