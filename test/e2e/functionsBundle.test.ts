/**
 * The built functions bundle as Excel meets it: dist/functions.js runs with a CustomFunctions global, every id
 * of dist/functions.json is associated, and the functions answer through that registration.
 */
import { callerOf, loadFunctions } from "./support/loadFunctions";

describe("built custom functions", () => {
  const { registered, metadata } = loadFunctions();
  const { call, errorOf } = callerOf(registered);

  it("associates exactly the ids of functions.json", () => {
    const ids = metadata.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...registered.keys()].sort()).toEqual(ids);
  });

  it("describes every function and parameter on one line", () => {
    const texts = metadata.flatMap((f) => [
      (f as { description?: string }).description ?? "",
      ...f.parameters.map((p) => (p as { description?: string }).description ?? ""),
    ]);
    expect(texts.filter((t) => t !== "").length).toBeGreaterThan(metadata.length);
    expect(texts.filter((t) => t.includes("\n"))).toEqual([]);
  });

  it("says what PARSEAMOUNT does with a number: at most 4 decimal places, not any number", async () => {
    const text = metadata.find((f) => f.id === "PARSEAMOUNT")?.parameters[0] as { description?: string };
    expect(text.description).not.toMatch(/returned as it is/);
    expect(text.description).toMatch(/4 decimal places/);
    expect((await errorOf("PARSEAMOUNT", 1 / 3)).code).toBe("#VALUE!");
  });

  it.each([
    ["1,234.50", undefined, 1234.5],
    ["(50.00)", undefined, -50],
    ["€95", undefined, 95],
    ["1.234,50", ",", 1234.5],
    ["USD 12.30", undefined, 12.3],
    ["50.00-", undefined, -50],
    [0.1 + 0.2, undefined, 0.3],
  ])("PARSEAMOUNT(%j, %j) = %d", async (text, sep, expected) => {
    expect(await call("PARSEAMOUNT", text, sep)).toBe(expected);
  });

  it.each([
    ["abc", undefined],
    ["", undefined],
    ["1.23456", undefined],
    ["12", ";"],
  ])("PARSEAMOUNT(%j, %j) is #VALUE! with a reason", async (text, sep) => {
    const e = await errorOf("PARSEAMOUNT", text, sep);
    expect(e.code).toBe("#VALUE!");
    expect(e.message.length).toBeGreaterThan(10);
  });
});
