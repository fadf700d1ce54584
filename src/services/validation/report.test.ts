/** The report sheet and the marks, built from a run: header block, rules with % failing, links and notes. */
import { validateTable } from "../../core/validate";
import { tableOf } from "../../../test/support/tableLiteral";
import { groupIssues } from "./groups";
import { markNote, planMarks } from "./marks";
import { validationReport } from "./report";
import type { ValidationRun } from "./types";

const journal = tableOf({
  name: "Journal",
  sheet: "Books 2026",
  headerRow: 3,
  firstColumn: 1,
})`Date | Entry | Account | Debit | Credit
2026-03-02 | JE-1 | 1000 | 100 |
2026-03-02 | JE-1 | 4000 | 50 | 50`;

function runOf(rules = {}): ValidationRun {
  const result = validateTable(journal, { kind: "ledger", rules });
  return {
    info: {
      name: "Journal",
      sheet: "Books 2026",
      address: "B3:F5",
      rowCount: 2,
      columnCount: 5,
      headers: journal.headers,
      isExcelTable: true,
    },
    ref: { table: "Journal" },
    table: journal,
    result,
    lookups: [],
    groups: groupIssues(result),
  };
}

describe("validation report", () => {
  const run = runOf({ columns: { Nope: { unique: true } } });
  const out = validationReport(run, "2026-03-31 10:00");

  it("is keyed per table and named after it", () => {
    expect(out.key).toBe("validation:Journal");
    expect(out.sheetName).toBe("Validation – Journal");
  });

  it("opens with the table, kind, time and counts", () => {
    expect(out.lines).toEqual(
      expect.arrayContaining([
        ["Table", "Journal"],
        ["Kind", "Ledger / journal (chosen)"],
        ["Checked", "2026-03-31 10:00"],
        ["Records", 2],
        ["Errors", run.result.counts.error],
        ["Result", `Not valid: ${run.result.counts.error} errors`],
      ]),
    );
  });

  it("lists each rule with its % failing as a percentage cell", () => {
    const rules = out.tables[0]!;
    const both = rules.rows.find((r) => r[2] === "debit_and_credit")!;
    expect(both.slice(0, 2)).toEqual(["Debit or credit, not both", "Debit xor Credit:both"]);
    expect(both.slice(4, 7)).toEqual([2, 1, { kind: "number", value: 0.5, format: "0.00%" }]);
    expect(both[8]).toBe("Failed");
  });

  it("links each located issue to its cell, quoting the sheet name", () => {
    const issues = out.tables[1]!;
    const row = issues.rows.find((r) => r[1] === "debit_and_credit")!;
    expect(row.slice(0, 8)).toEqual([
      "error",
      "debit_and_credit",
      "Debit or credit, not both",
      "Books 2026",
      "Journal",
      5,
      "Debit",
      null,
    ]);
    expect(row[8]).toMatch(/^Has both Debit and Credit/);
    expect(row[9]).toEqual({ kind: "link", text: "Books 2026!E5", sheet: "Books 2026", address: "E5" });
    const tableLevel = issues.rows.find((r) => r[1] === "rule_invalid")!;
    expect(tableLevel[9]).toBeNull();
  });
});

describe("marks", () => {
  it("marks located issues with their notes and counts the table-level ones apart", () => {
    const run = runOf({ columns: { Nope: { unique: true } } });
    const { plan, unlocated } = planMarks(run.table, run.result.issues);
    expect(plan.key).toBe("validation:Journal");
    expect(unlocated).toBe(1);
    expect(plan.cells).toEqual(
      expect.arrayContaining([
        {
          sheet: "Books 2026",
          address: "E5",
          severity: "error",
          note: expect.stringMatching(/^Error \(debit_and_credit\): Has both Debit and Credit/),
        },
      ]),
    );
  });

  it("words a note without the location the cell already is", () => {
    const issue = runOf().result.issues[0]!;
    expect(issue.message.startsWith("'Books 2026'!Journal")).toBe(true);
    expect(markNote(issue)).not.toContain("Books 2026");
  });
});
