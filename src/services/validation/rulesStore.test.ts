/** Rule sets in the document: merge on import, readable refusals, canonical export, damaged settings survived. */
import { createMemoryWorkbook } from "../../workbook/memory";
import {
  exportRules,
  importRules,
  loadRuleSet,
  RULES_SETTING,
  saveRuleSet,
  withTableRules,
} from "./rulesStore";

const set = (tables: Record<string, object>) => ({ version: 1 as const, tables });

describe("rule sets", () => {
  it("imports a whole set over the stored one, replacing only the tables it names", () => {
    const current = set({ Ledger: { lockDate: "2026-01-31" }, Items: { currency: "EUR" } });
    const read = importRules(current, JSON.stringify(set({ items: { currency: "USD" }, Events: {} })));
    expect(read).toEqual({
      ok: true,
      value: {
        ruleSet: set({ Ledger: { lockDate: "2026-01-31" }, Items: { currency: "USD" } }),
        tables: ["items", "Events"],
      },
    });
  });

  it("imports one table's rules for the table picked", () => {
    const read = importRules(set({}), '{"missingValues":["-","N/A"]}', "Ledger");
    expect(read.ok && read.value.ruleSet).toEqual(set({ Ledger: { missingValues: ["-", "N/A"] } }));
  });

  it.each([
    ["", "the rule set is empty"],
    ["{nope", "not valid JSON"],
    ['{"version":2,"tables":{}}', "version: Invalid input: expected 1"],
    ['{"columns":{"Amount":{"min":5,"max":1}}}', "min is greater than max"],
    ['{"lockDate":"31/01/2026"}', "lockDate: expected a date written YYYY-MM-DD"],
  ])("refuses %j with a readable reason", (text, reason) => {
    const read = importRules(set({}), text, "Ledger");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(reason);
  });

  it("asks for a table when given one table's rules without one", () => {
    const read = importRules(set({}), '{"currency":"EUR"}');
    expect(!read.ok && read.error).toMatch(/pick the table first/);
  });

  it("exports one table as a rule set of its own, under its stored spelling", () => {
    const text = exportRules(set({ Ledger: { currency: "EUR" }, Items: {} }), "ledger");
    expect(JSON.parse(text)).toEqual(set({ Ledger: { currency: "EUR" } }));
  });

  it("removes a table's entry when its rules become empty", () => {
    expect(withTableRules(set({ Ledger: { currency: "EUR" } }), "LEDGER", {})).toEqual(set({}));
  });

  it("survives a damaged setting: no rules, and a problem that says what to do", async () => {
    const port = createMemoryWorkbook();
    await port.setSetting(RULES_SETTING, {
      version: 1,
      tables: { Ledger: { columns: { A: { requried: true } } } },
    });
    const stored = await loadRuleSet(port);
    expect(stored.ruleSet).toEqual(set({}));
    expect(stored.problem).toMatch(/Unrecognized key: "requried".*import a corrected rule set/);
  });

  it("refuses to save an invalid set", async () => {
    const port = createMemoryWorkbook();
    const bad = { version: 1, tables: { L: { lockDate: "soon" } } } as never;
    await expect(saveRuleSet(port, bad)).rejects.toThrow(/were not saved: tables\.L\.lockDate/);
    await expect(port.getSetting(RULES_SETTING)).resolves.toBeNull();
  });
});
