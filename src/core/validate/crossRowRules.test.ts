/** Rules across rows and tables: unique and primary keys, foreign keys, and rules comparing two columns. */
import { found, run, sheet } from "../../../test/support/validateKit";
import { tableOf } from "../../../test/support/tableLiteral";
import { validateTable, type TableRules } from ".";

describe("keys", () => {
  const t = sheet`Number | Party | Line
    1 | ACME | 1
    1 | acme | 2
    1 | Bolt | 1
    2 |  | 1
    2 |  | 1
     |  | `;
  it("reports a repeated combination once per repeat, naming the first row; blank parts skip the row", () => {
    const r = run(t, { unique: [["Number", "Party"]] });
    expect(found(r)).toEqual([
      ["duplicate_key", 3, undefined],
      ["row_blank", 7, undefined],
    ]);
    expect(r.issues[0]?.message).toBe(
      "Stock!Items row 3: The combination (Number, Party) = 1 / acme repeats row 2; correct or remove one of the rows.",
    );
  });
  it("requires primary keys to be present, and not repeated", () => {
    const r = run(t, { primaryKey: ["Number", "Line"] });
    expect(found(r)).toEqual([
      ["duplicate_key", 4, undefined],
      ["duplicate_key", 6, undefined],
      ["row_blank", 7, undefined],
    ]);
    const partial = run(
      sheet`Id | Name
      1 | a
       | b`,
      { primaryKey: "Id" },
    );
    expect(found(partial)).toEqual([["key_blank", 3, undefined]]);
  });
});

describe("foreign keys", () => {
  const accounts = tableOf({ name: "Accounts", sheet: "Chart" })`Code | Name
    1000 | Cash
    4000 | Sales`;
  const t = sheet`Account | Parent | Amount
    1000 |  | 5
    "4000" | 1000 | 6
    4100 | 9 | 7`;
  it("finds values in another table, matching numbers with their text", () => {
    const r = validateTable(t, {
      kind: "none",
      rules: { foreignKeys: [{ columns: "Account", table: "Accounts", references: "Code" }] },
      tables: [accounts],
    });
    expect(found(r)).toEqual([["foreign_key", 4, "Account"]]);
    expect(r.issues[0]?.message).toBe(
      'Stock!Items[Account] row 4: "4100" is not found in Accounts[Code]; add it there or correct the value.',
    );
  });
  it("references the table itself when the table name is empty", () => {
    const r = run(t, { foreignKeys: [{ columns: ["Parent"], table: "", references: ["Account"] }] });
    expect(found(r)).toEqual([["foreign_key", 4, "Parent"]]);
  });
  it("reports a referenced table or column that is not there, without crashing", () => {
    const r = run(t, {
      foreignKeys: [
        { columns: "Account", table: "Nowhere", references: "Code" },
        { columns: "Account", table: "", references: "Missing" },
        { columns: ["Account", "Amount"], table: "", references: "Account" },
      ],
    });
    expect(found(r)).toEqual([
      ["referenced_table_missing", undefined, undefined],
      ["rule_invalid", undefined, undefined],
      ["rule_invalid", undefined, undefined],
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'Stock!Items: The table "Nowhere" needed to check Account was not found; check its name in the rules or open the workbook that has it.',
      'Stock!Items: The rule foreignKey(Account -> Items[Missing]) cannot be applied: in "Items", the table has no column "Missing". Correct the rule set.',
      "Stock!Items: The rule foreignKey(Account, Amount -> Items[Account]) cannot be applied: it lists 2 column(s) but references 1. Correct the rule set.",
    ]);
  });
});

describe("row rules", () => {
  const t = sheet`Issued | Due | Amount | Paid | Kind
    2026-01-10 | 2026-02-10 | 100 | 100 | A
    2026-01-10 | 2026-01-09 | 100 | 100.01 | B
    2026-01-10 |  | 100 | 50 | a`;
  const columns: TableRules["columns"] = {
    Issued: { type: "date" },
    Due: { type: "date" },
    Amount: { type: "amount" },
    Paid: { type: "amount" },
  };
  it("compares two columns exactly, skipping records where a side is blank", () => {
    const r = run(t, {
      columns,
      rowRules: [
        { left: "Due", op: ">=", right: "Issued", name: "due after issue" },
        { left: "Paid", op: "<=", right: "Amount" },
      ],
    });
    expect(found(r)).toEqual([
      ["row_rule", 3, "Due"],
      ["row_rule", 3, "Paid"],
    ]);
    expect(r.issues[0]?.message).toBe(
      'Stock!Items[Due] row 3: Breaks the rule "due after issue" (2026-01-09 vs 2026-01-10); correct one of the values.',
    );
    expect(r.stats.find((s) => s.rule === "due after issue")).toMatchObject({ checked: 2, failed: 1 });
  });
  it("compares with a fixed value of the column's type", () => {
    const r = run(t, {
      columns,
      rowRules: [
        { left: "Issued", op: "=", value: "2026-01-10" },
        { left: "Paid", op: "<", value: 100 },
        { left: "Kind", op: "!=", value: "a", severity: "warning" },
      ],
    });
    // Text compares ignoring case unless the column is case-sensitive: "A" is "a".
    expect(found(r)).toEqual([
      ["row_rule", 2, "Paid"],
      ["row_rule", 2, "Kind"],
      ["row_rule", 3, "Paid"],
      ["row_rule", 4, "Kind"],
    ]);
    expect(r.issues.filter((i) => i.column === "Kind").map((i) => i.severity)).toEqual([
      "warning",
      "warning",
    ]);
  });
  it("refuses comparisons that make no sense, as rule issues", () => {
    const r = run(t, {
      columns,
      rowRules: [
        { left: "Due", op: "<", right: "Amount" },
        { left: "Due", op: "<", value: 5 },
        { left: "Nope", op: "<", value: 5 },
      ],
    });
    expect(r.issues.map((i) => i.code)).toEqual(["rule_invalid", "rule_invalid", "rule_invalid"]);
  });
});
