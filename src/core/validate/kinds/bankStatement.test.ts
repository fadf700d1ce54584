import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const bank = tableOf({ name: "Bank", sheet: "Statement" });
const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);

describe("bank statement kind", () => {
  it("accepts a running balance that agrees with the amounts, rows without a balance included", () => {
    const t = bank`Date | Description | Amount | Balance
      2026-03-01 | Opening |  | 1000.00
      2026-03-02 | Card | -25.50 | 974.50
      2026-03-02 | Card | -4.50 |
      2026-03-03 | Salary | 2000 | 2970.00`;
    const r = validateTable(t);
    expect(r.kind).toBe("bank-statement");
    expect(r.issues).toEqual([]);
    expect(r.stats.find((s) => s.code === "balance_break")).toMatchObject({
      checked: 2,
      failed: 0,
      passed: true,
    });
  });

  it("reports only the first row where the balance breaks, with the difference", () => {
    const t = bank`Date | Details | Paid out | Paid in | Balance
      2026-03-01 | Opening |  |  | 100.00
      2026-03-02 | Rent | 50.00 |  | 50.00
      2026-03-03 | Refund |  | 10.00 | 70.00
      2026-03-04 | Fee | 1.00 |  | 69.00
      2026-03-05 | Fee | 1.00 |  | 68.00`;
    const r = validateTable(t);
    expect(found(r)).toEqual([["balance_break", 4, "Balance"]]);
    expect(r.issues[0]?.message).toBe(
      "Statement!Bank[Balance] row 4: The running balance should be 60.00 after this row's amount but is 70.00 (off by 10.00); look for a missing, duplicated or mistyped line here.",
    );
  });

  it("understands statements listed newest first", () => {
    const t = bank`Date | Description | Amount | Balance
      2026-03-03 | Salary | 2000 | 2970.00
      2026-03-02 | Card | -25.50 | 970.00
      2026-03-01 | Card | -4.50 | 995.50
      2026-02-28 | Opening | | 1000.00`;
    const r = validateTable(t);
    expect(r.issues).toEqual([]);
    expect(r.stats.find((s) => s.code === "balance_break")?.rule).toBe("balance_break (newest first)");
  });

  it("reports both sides filled, and skips balances next to an unreadable amount", () => {
    const t = bank`Date | Description | Paid out | Paid in | Balance
      2026-03-01 | Opening |  |  | 100.00
      2026-03-02 | Odd | 5.00 | 5.00 | 100.00
      2026-03-03 | Smudged | 1O.00 |  | 90.00
      2026-03-04 | Fee | 1.00 |  | 89.00`;
    const r = validateTable(t);
    expect(found(r)).toEqual([
      ["debit_and_credit", 3, "Paid out"],
      ["amount_invalid", 4, "Paid out"],
    ]);
    expect(r.issues[0]?.message).toContain("Has both Paid out and Paid in");
  });
});
