import { makeIssue } from "../issues";
import { tableFromRows } from "../table";
import { ColumnIssues, rowIssue, tableIssue } from "./issueAt";

const t = tableFromRows({
  name: "Journal",
  sheet: "Q1 Ledger",
  headers: ["Date", "Debit"],
  records: [
    ["2026-01-01", 5],
    ["2026-01-02", 6],
  ],
  headerRow: 4,
  firstColumn: 2,
});

describe("issue builders", () => {
  it("word cell issues exactly as makeIssue does, with the cell's address", () => {
    const got = new ColumnIssues(t, "Debit", 1).at(1, "minimum", { limit: "10" }, "6");
    const want = makeIssue(
      "minimum",
      { sheet: "Q1 Ledger", table: "Journal", row: 6, column: "Debit", address: "D6" },
      { limit: "10" },
      { value: "6" },
    );
    expect(got).toEqual(want);
    expect(got.message).toBe(
      "'Q1 Ledger'!Journal[Debit] row 6: Is below the minimum of 10; correct the value or the rule.",
    );
  });

  it("give the same issue from pre-rendered text", () => {
    const issues = new ColumnIssues(t, "Debit", 1);
    const text = ColumnIssues.text("pattern", { pattern: "\\d+" });
    expect(issues.atText(0, "pattern", text, '"x"')).toEqual(
      issues.at(0, "pattern", { pattern: "\\d+" }, '"x"'),
    );
  });

  it("take a severity override and leave value out when not given", () => {
    const got = new ColumnIssues(t, "Date", 0).at(0, "required", {}, undefined, "warning");
    expect(got.severity).toBe("warning");
    expect("value" in got).toBe(false);
    expect(got.address).toBe("C5");
  });

  it("word row and table issues as makeIssue does", () => {
    expect(rowIssue(t, 0, "row_blank", {})).toEqual(
      makeIssue("row_blank", { sheet: "Q1 Ledger", table: "Journal", row: 5 }, {}),
    );
    expect(tableIssue(t, "rule_invalid", { rule: "x", reason: "y" }, "Debit")).toEqual(
      makeIssue(
        "rule_invalid",
        { sheet: "Q1 Ledger", table: "Journal", column: "Debit" },
        { rule: "x", reason: "y" },
      ),
    );
  });
});
