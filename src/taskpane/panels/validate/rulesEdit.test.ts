/** The compact rules editor's edits: empty parts dropped, headers kept as written, text parsed with reasons. */
import {
  parseBound,
  parseLength,
  parseShare,
  parseList,
  parsePattern,
  foreignKeysOf,
  setColumnRule,
  setForeignKeys,
  setMapping,
  setPrimaryKey,
  setTableRule,
  setUniqueKeys,
  showShare,
  switchOff,
  switchOn,
} from "./rulesEdit";
import { tableRulesSchema } from "../../../core/validate";

describe("rules edits", () => {
  it("sets and removes a column's rule, dropping empty parts", () => {
    const r1 = setColumnRule({}, "Amount", { required: true, min: 0 });
    expect(r1).toEqual({ columns: { Amount: { required: true, min: 0 } } });
    const r2 = setColumnRule(r1, "amount", { min: undefined });
    expect(r2).toEqual({ columns: { amount: { required: true } } });
    expect(setColumnRule(r2, "AMOUNT", { required: undefined })).toEqual({});
  });

  it("keeps other tables' settings when one is cleared", () => {
    const r = setTableRule({ lockDate: "2026-01-31", missingValues: ["-"] }, { missingValues: undefined });
    expect(r).toEqual({ lockDate: "2026-01-31" });
  });

  it("maps a field to a header, to no column (null), or back to detection", () => {
    const r = setMapping({}, "account", "Acct");
    expect(setMapping(r, "reference", null)).toEqual({ map: { account: "Acct", reference: null } });
    expect(setMapping(r, "account", undefined)).toEqual({});
  });

  it.each([
    ["", undefined],
    ["0", 0],
    ["1,234.5", 1234.5],
    ["-3", -3],
    ["2026-01-31", "2026-01-31"],
  ])("reads the bound %j", (text, value) => {
    expect(parseBound(text)).toEqual({ ok: true, value });
  });

  it.each(["abc", "-", "31/01/2026"])("refuses the bound %j with a reason", (text) => {
    expect(parseBound(text)).toEqual({ ok: false, reason: expect.stringContaining("YYYY-MM-DD") });
  });

  it("reads lists and patterns", () => {
    expect(parseList(" -, N/A ,,")).toEqual({ ok: true, value: ["-", "N/A"] });
    expect(parseList("  ")).toEqual({ ok: true, value: undefined });
    expect(parsePattern("INV-\\d{4}")).toEqual({ ok: true, value: "INV-\\d{4}" });
    expect(parsePattern("(")).toMatchObject({ ok: false });
    expect(parsePattern("(a+)+$")).toEqual({
      ok: false,
      reason:
        "The pattern repeats a group that itself repeats, (a+)+, which can take minutes on a text that almost matches; repeat only once, e.g. (a+) instead of (a+)+.",
    });
    expect(parseLength(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(parseLength("-1")).toEqual({ ok: false, reason: "Enter a whole number of characters." });
  });

  it.each([
    ["95", 0.95],
    [" 99.5 % ", 0.995],
    ["0", 0],
    ["100", 1],
    ["", undefined],
  ])("reads the share %j as %j, and shows it back", (text, value) => {
    expect(parseShare(text)).toEqual({ ok: true, value });
    if (value !== undefined) expect(parseShare(showShare(value))).toEqual({ ok: true, value });
  });

  it.each(["101", "-5", "0.9.5", "most", "5e1"])("refuses the share %j with a reason", (text) => {
    expect(parseShare(text)).toEqual({ ok: false, reason: "Enter a percentage from 0 to 100, e.g. 95." });
  });

  it("switches rules off once each and back on, dropping the list when it empties", () => {
    const off = switchOff(switchOff(switchOff({}, "negative_stock"), "Reference:pattern"), "negative_stock");
    expect(off).toEqual({ off: ["negative_stock", "Reference:pattern"] });
    expect(switchOn(switchOn(off, "negative_stock"), "Reference:pattern")).toEqual({});
  });

  it("edits keys: one column stored as its name, several as a list, empty ones dropped", () => {
    const r1 = setPrimaryKey(setUniqueKeys({}, [["Entry", "Line"], []]), ["Entry"]);
    expect(r1).toEqual({ unique: [["Entry", "Line"]], primaryKey: "Entry" });
    expect(setPrimaryKey(r1, ["Entry", "Line"]).primaryKey).toEqual(["Entry", "Line"]);
    expect(setUniqueKeys(setPrimaryKey(r1, []), [])).toEqual({});
  });

  it("edits foreign keys, keeping one whose referenced columns are still to pick (the schema says so)", () => {
    const r1 = setForeignKeys({}, [
      { columns: ["Account"], table: "Chart", references: ["Code"] },
      { columns: ["Customer", "Currency"], table: "Customers", references: [] },
      { columns: [], table: "Chart", references: ["Code"] },
    ]);
    expect(r1.foreignKeys).toEqual([
      { columns: "Account", table: "Chart", references: "Code" },
      { columns: ["Customer", "Currency"], table: "Customers", references: [] },
    ]);
    expect(tableRulesSchema.safeParse(r1).success).toBe(false);
    expect(foreignKeysOf(r1)[0]).toEqual({ columns: ["Account"], table: "Chart", references: ["Code"] });
    const fixed = setForeignKeys(r1, [
      ...foreignKeysOf(r1).slice(0, 1),
      { columns: ["Customer", "Currency"], table: "Customers", references: ["Name", "Currency"] },
    ]);
    expect(tableRulesSchema.safeParse(fixed).success).toBe(true);
    expect(setForeignKeys(fixed, [])).toEqual({});
  });
});
