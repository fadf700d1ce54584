/** Row-number prefixes in the Reconcile lists: the shortest starts that tell the two tables apart. */
import { rowPrefixes } from "../../../src/taskpane/panels/reconcile/format";

describe("rowPrefixes", () => {
  it("takes one letter when the names start differently", () => {
    expect(rowPrefixes("Ledger", "BankStatement")).toEqual({ left: "L", right: "B" });
    expect(rowPrefixes("invoices", "bank")).toEqual({ left: "I", right: "B" });
  });

  it("takes as many letters as it needs, ignoring case, to tell them apart", () => {
    expect(rowPrefixes("Book", "Bank")).toEqual({ left: "Bo", right: "Ba" });
    expect(rowPrefixes("Stock", "StockCount")).toEqual({ left: "L", right: "R" });
    expect(rowPrefixes("Sales2025", "sales2026")).toEqual({ left: "L", right: "R" });
    expect(rowPrefixes("Bank1", "Bank2")).toEqual({ left: "Bank1", right: "Bank2" });
  });

  it("falls back to L and R for a name that is a start of the other, or names alike for six letters", () => {
    expect(rowPrefixes("B", "Bank")).toEqual({ left: "L", right: "R" });
    expect(rowPrefixes("Ledger", "ledger")).toEqual({ left: "L", right: "R" });
  });
});
