import { readRuleSet, readTableRules, writeRuleSet, tableRulesFor } from "./readRules";
import type { RuleSet } from "./ruleSet";

const good: RuleSet = {
  version: 1,
  tables: {
    Ledger: {
      kind: "ledger",
      dateOrder: "DMY",
      missingValues: ["-", "N/A"],
      lockDate: "2026-01-31",
      map: { entry: "Voucher", reference: null },
      lookups: { chartOfAccounts: "Accounts" },
      columns: {
        Reference: { type: "text", pattern: "INV-\\d+", maxLength: 12 },
        Debit: { min: 0, mostly: 0.99, severity: "warning" },
      },
      unique: [["Voucher", "Line"]],
      primaryKey: ["Voucher", "Line"],
      foreignKeys: [{ columns: "Account", table: "Accounts", references: "Code" }],
      rowRules: [{ left: "Debit", op: ">=", value: 0, name: "no negative debits" }],
      off: ["date_in_future"],
    },
    Bank: { kind: "bank-statement", currency: "EUR" },
  },
};

describe("readRuleSet / writeRuleSet", () => {
  it("round-trips a full rule set through its JSON export", () => {
    const text = writeRuleSet(good);
    const back = readRuleSet(text);
    expect(back).toEqual({ ok: true, value: good });
    expect(writeRuleSet(back.ok ? back.value : good)).toBe(text);
  });

  it("lists every problem with its path in one message", () => {
    const r = readRuleSet(
      JSON.stringify({
        version: 2,
        tables: {
          "Cash Book": {
            kind: "ledgr",
            columns: {
              Amount: { type: "money", requried: true, min: 5, max: 1 },
              Ref: { pattern: "([a-z" },
              Code: { pattern: "([A-Z]+-?)+" },
            },
            rowRules: [
              { left: "Due", op: "=>", right: "Issued" },
              { left: "A", op: "<" },
            ],
          },
        },
      }),
    );
    expect(r.ok).toBe(false);
    const error = r.ok ? "" : r.error;
    expect(error).toContain("version: Invalid input: expected 1");
    expect(error).toContain('tables."Cash Book".kind: Invalid option');
    expect(error).toContain('tables."Cash Book".columns.Amount.type: Invalid option');
    expect(error).toContain('tables."Cash Book".columns.Amount: Unrecognized key: "requried"');
    expect(error).toContain('tables."Cash Book".columns.Ref.pattern: not a valid regular expression');
    expect(error).toContain(
      'tables."Cash Book".columns.Code.pattern: the pattern repeats a group that itself repeats, ([A-Z]+-?)+',
    );
    expect(error).toContain('tables."Cash Book".rowRules[0].op: Invalid option');
    expect(error).toContain('tables."Cash Book".rowRules[1]: give exactly one of right (a column) or value');
    expect(error.split("; ").length).toBeGreaterThanOrEqual(7);
  });

  it("reports crossed bounds and lengths", () => {
    const r = readRuleSet(
      JSON.stringify({
        version: 1,
        tables: {
          T: {
            columns: {
              A: { min: 5, max: 1 },
              B: { minLength: 3, maxLength: 2 },
              C: { min: "2026-02-01", max: "2026-01-01" },
            },
          },
        },
      }),
    );
    expect(r.ok ? "" : r.error).toBe(
      "tables.T.columns.A: min is greater than max; tables.T.columns.B: minLength is greater than maxLength; tables.T.columns.C: min is greater than max",
    );
  });

  it.each([
    ["", "the rule set is empty"],
    ["{ version: 1 }", "not valid JSON"],
    ["[1, 2]", "(top level): Invalid input"],
    ["null", "(top level): Invalid input"],
  ])("gives a clear error for %j", (text, start) => {
    const r = readRuleSet(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error).toContain(start);
  });

  it("never throws, whatever JSON it is given", () => {
    for (const v of [
      1,
      "x",
      true,
      {},
      { version: 1 },
      { version: 1, tables: [] },
      { version: 1, tables: { T: null } },
    ]) {
      expect(() => readRuleSet(JSON.stringify(v))).not.toThrow();
      expect(readRuleSet(JSON.stringify(v)).ok).toBe(false);
    }
  });
});

describe("readTableRules", () => {
  it("accepts the rules of a single table", () => {
    expect(readTableRules('{"columns":{"Amount":{"required":true}}}', "Anything")).toEqual({
      ok: true,
      value: { columns: { Amount: { required: true } } },
    });
  });

  it("picks the table's entry from a whole rule set, ignoring case", () => {
    const r = readTableRules(JSON.stringify(good), "bank");
    expect(r).toEqual({ ok: true, value: { kind: "bank-statement", currency: "EUR" } });
  });

  it("uses the only entry of a rule set written for one table", () => {
    const r = readTableRules(JSON.stringify({ version: 1, tables: { Other: { kind: "rooms" } } }), "Range");
    expect(r).toEqual({ ok: true, value: { kind: "rooms" } });
  });

  it("refuses to guess among several entries", () => {
    const r = readTableRules(JSON.stringify(good), "Inventory");
    expect(r).toEqual({
      ok: false,
      error: 'the rule set has no entry for the table "Inventory" (it has "Ledger", "Bank")',
    });
  });

  it("reports bad single-table rules with their paths", () => {
    const r = readTableRules({ columns: { A: { type: "date", min: true } } }, "T");
    expect(r.ok ? "" : r.error).toMatch(/^columns\.A\.min: /);
  });

  it("tableRulesFor finds by exact name, then ignoring case, else nothing", () => {
    expect(tableRulesFor(good, "Ledger")?.kind).toBe("ledger");
    expect(tableRulesFor(good, "LEDGER")?.kind).toBe("ledger");
    expect(tableRulesFor(good, "Nope")).toBeUndefined();
  });
});
