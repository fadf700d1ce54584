import { counterpartOfKey, resultColumnsKey } from "./resultKeys";

describe("result keys", () => {
  it("name the pair and side, and give back the other table of the pair", () => {
    const key = resultColumnsKey({ left: { name: "Ledger" }, right: { name: "April" } }, "left");
    expect(key).toBe("reconcile:Ledger|April:left");
    expect(counterpartOfKey(key)).toBe("April");
    expect(counterpartOfKey("reconcile:Ledger|April:right")).toBe("Ledger");
    expect(counterpartOfKey("validate:Ledger")).toBeNull();
  });
});
