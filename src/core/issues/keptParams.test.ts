/** The parameters an issue keeps for consumers that word it their own way, and only where the catalogue says. */
import { catalogue, type IssueCode } from "./catalogue";
import { keptParams } from "./keptParams";
import { makeIssue } from "./makeIssue";

const HEADER_ROW = { sheet: "Bank", table: "Bank", row: 1 };

describe("kept parameters", () => {
  it("header_ambiguous keeps the field and each candidate header, as a list", () => {
    const issue = makeIssue("header_ambiguous", HEADER_ROW, {
      field: "Date",
      candidates: '"Transaction Date", "Value Date, booked"',
      headers: ["Transaction Date", "Value Date, booked"],
    });
    expect(keptParams(issue, "header_ambiguous")).toEqual({
      field: "Date",
      candidates: ["Transaction Date", "Value Date, booked"],
    });
  });

  it("header_missing keeps the field and the headers that would do", () => {
    const issue = makeIssue("header_missing", HEADER_ROW, {
      field: "Amount",
      expected: '"Amount", "Debit" or "Credit"',
    });
    expect(keptParams(issue, "header_missing")).toEqual({
      field: "Amount",
      expected: '"Amount", "Debit" or "Credit"',
    });
  });

  it("come last, after the value, and are a copy, not the caller's object", () => {
    const params = { field: "Amount", expected: '"Amount"' };
    const issue = makeIssue("header_missing", HEADER_ROW, params, { value: "x" });
    expect(Object.keys(issue)).toEqual([
      "sheet",
      "table",
      "row",
      "code",
      "severity",
      "message",
      "value",
      "params",
    ]);
    expect(issue.params).not.toBe(params);
  });

  it("are kept by no other code, so other issues keep their shape", () => {
    const kept = (Object.keys(catalogue) as IssueCode[]).filter((code) => "keep" in catalogue[code]);
    expect(kept.sort()).toEqual([
      "header_ambiguous",
      "header_mapped_twice",
      "header_missing",
      "recon_column_ambiguous",
    ]);
    const issue = makeIssue("header_duplicate", HEADER_ROW, { header: "Notes", first: 4 });
    expect(issue).toEqual({
      ...HEADER_ROW,
      code: "header_duplicate",
      severity: "error",
      message: 'Bank!Bank row 1: The header "Notes" also names column 4; rename one of them.',
    });
  });

  it("are read only for the code asked for, and not at all from an issue rebuilt without them", () => {
    const issue = makeIssue("header_missing", HEADER_ROW, { field: "Date", expected: '"Date"' });
    expect(keptParams(issue, "header_ambiguous")).toBeUndefined();
    const { params: _dropped, ...rebuilt } = issue;
    expect(keptParams(rebuilt, "header_missing")).toBeUndefined();
  });
});
