import { inRunCurrency } from "./runCurrency";
import type { ReconcileSetup, SideSetup } from "./setup";

const side = (balances: SideSetup["balances"]): SideSetup => ({
  ref: { table: "T" },
  name: "T",
  reading: {},
  selection: null,
  balances,
});

const setup = (
  currency: string,
  left: SideSetup["balances"],
  right: SideSetup["balances"],
): ReconcileSetup => ({
  preset: "bank-ledger",
  left: side(left),
  right: side(right),
  rules: [],
  customRules: false,
  currency,
});

describe("inRunCurrency", () => {
  it("leaves a setup already in the run's currency alone", () => {
    const s = setup("EUR", { source: "typed", opening: 100 }, { source: "column" });
    expect(inRunCurrency(s, "EUR")).toBe(s);
  });

  it("names the run's currency, typed balances kept where the scale is the same", () => {
    const s = inRunCurrency(setup("", { source: "typed", opening: 150050 }, { source: "none" }), "EUR");
    expect(s.currency).toBe("EUR");
    expect(s.left.balances).toEqual({ source: "typed", opening: 150050 });
    expect(s.right.balances).toEqual({ source: "none" });
  });

  it("moves typed balances to the run's currency scale", () => {
    const yen = inRunCurrency(
      setup("", { source: "typed", opening: 500000, closing: -12345 }, { source: "column" }),
      "JPY",
    );
    expect(yen.left.balances).toEqual({ source: "typed", opening: 5000, closing: -123 });
    expect(yen.right.balances).toEqual({ source: "column" });
    const dinar = inRunCurrency(setup("", { source: "none" }, { source: "typed", closing: 1250 }), "KWD");
    expect(dinar.right.balances).toEqual({ source: "typed", closing: 12500 });
  });
});
