/** Rows that name no currency take the one the tables name, read at its scale (readInOneCurrency). */
import { tableOf } from "../../../test/support/tableLiteral";
import { reconcileTables } from "../reconcile";
import { oneCurrency } from "./runCurrency";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

describe("oneCurrency", () => {
  it("is the one currency named, else none", () => {
    expect(oneCurrency(["", "JPY"], ["JPY"])).toBe("JPY");
    expect(oneCurrency(["JPY"], ["USD"])).toBe("");
    expect(oneCurrency([""], [])).toBe("");
  });
});

describe("reconcileTables: a side without a currency against one in yen or dinars", () => {
  it.each([
    ["yen (no decimals)", "JPY", "5000", 5000],
    ["Bahraini dinars (three decimals)", "BHD", "1.234", 1234],
  ])("reads the bare amounts in %s and confirms the pair exactly", (_name, code, amount, minor) => {
    const r = reconcileTables(
      ledger`Date | Amount | Currency | Reference
             2026-03-02 | ${amount} | ${code} | A1`,
      bank`Date | Amount | Reference
           2026-03-02 | ${amount} | A1`,
    );
    if (!r.ok) throw new Error("not reconciled");
    expect(r.right.set.minor[0]).toBe(minor);
    expect(r.result.matches.map((m) => [m.status, m.difference])).toEqual([["confirmed", 0]]);
  });
});

describe("reconcileTables: a side without a currency against a bank's amount header in yen", () => {
  it("reads the ledger's bare amounts in the header's yen and confirms the pair exactly", () => {
    const r = reconcileTables(
      ledger`Date | Amount | Reference
             2026-03-02 | 5000 | A1`,
      bank`Date | Amount (JPY) | Reference
           2026-03-02 | "5000" | A1`,
    );
    if (!r.ok) throw new Error("not reconciled");
    expect(r.left.set.currency).toEqual(["JPY"]);
    expect(r.left.set.minor[0]).toBe(5000);
    expect(r.right.set.minor[0]).toBe(5000);
    expect(r.result.matches.map((m) => [m.status, m.difference])).toEqual([["confirmed", 0]]);
  });
});
