import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);
const coa = tableOf({ name: "Accounts", sheet: "Chart" });

describe("chart of accounts kind", () => {
  it("checks unique accounts, their types, and parents that exist without loops", () => {
    const t = coa`Account | Name | Type | Parent
      1000 | Assets | Asset |
      1100 | Cash | asset | 1000
      1100 | Cash again | Asset | 1000
      2000 | Liabilities | Liability | 9000
      3000 | Loop A | Equity | 3100
      3100 | Loop B | Equity | 3200
      3200 | Loop C | Equity | 3000
      4000 | Sales | Revenue | 4000`;
    const r = validateTable(t);
    expect(r.kind).toBe("chart-of-accounts");
    expect(found(r)).toEqual([
      ["unique", 4, "Account"],
      ["foreign_key", 5, "Parent"],
      ["account_cycle", 6, "Parent"],
      ["not_allowed", 9, "Type"],
      ["account_cycle", 9, "Parent"],
    ]);
    expect(r.issues.find((i) => i.code === "account_cycle")?.message).toBe(
      "Chart!Accounts[Parent] row 6: The parent accounts loop back on themselves (3000 → 3100 → 3200 → 3000); give one of them a different parent.",
    );
  });
});
