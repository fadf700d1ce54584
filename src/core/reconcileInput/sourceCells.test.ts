/**
 * A cell the source file's reader already reported (a formula stored without a value, a DATEV date outside
 * its batch's period): the row it makes unreadable gets that one issue, as an error, and no generic second.
 */
import { makeIssue, type Issue } from "../issues";
import type { TableData } from "../table";
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide, ROW_UNREADABLE, ROW_USED } from "./readSide";

const withSource = (table: TableData, sourceIssues: Issue[]): TableData => ({
  ...table,
  notes: { sourceIssues },
});

const located = (i: Issue) => [i.code, i.severity, i.address];

/** A bank table from a tool that wrote formulas without calculating them: row 3's Date, row 4's Amount. */
const uncalculated = (() => {
  const t = tableOf({ name: "Bank", sheet: "S" })`
    Date       | Description | Amount
    2026-03-02 | A           | 4250.00
               | B           | 12.00
    2026-03-04 | C           |
    2026-03-05 |             | 30.00
  `;
  const at = (row: number, column: string, address: string) => ({
    sheet: "S",
    table: "Bank",
    row,
    column,
    address,
  });
  const formula = (row: number, column: string, address: string, text: string) =>
    makeIssue("formula_not_calculated", at(row, column, address), { formula: text }, { value: text });
  return withSource(t, [
    formula(3, "Date", "A3", "=DATE(2026,3,9)"),
    formula(4, "Amount", "C4", "=1+1"),
    formula(5, "Description", "B5", '=""&"x"'),
  ]);
})();

describe("readSide: cells the source already reported", () => {
  it("says a Date or Amount formula was never calculated, once and as the row's error, not that the cell is blank", () => {
    const r = readSide(uncalculated, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_UNREADABLE, ROW_UNREADABLE, ROW_USED]);
    expect(Array.from(r.set.rows)).toEqual([2, 5]);
    expect(r.issues.map(located)).toEqual([
      // A formula in a column not read for matching stays a warning; the row is used.
      ["formula_not_calculated", "warning", "B5"],
      ["formula_not_calculated", "error", "A3"],
      ["formula_not_calculated", "error", "C4"],
    ]);
    expect(r.issues[1]?.message).toBe(
      "S!Bank[Date] row 3: The formula =DATE(2026,3,9) was never calculated: the program that wrote the file stored no value for it, so the cell reads as blank; open the file in Excel and save it, so the formula's value is stored, then read it again.",
    );
    expect(r.rowIssues.get(1)?.map(located)).toEqual([["formula_not_calculated", "error", "A3"]]);
    expect(r.rowIssues.get(2)?.map(located)).toEqual([["formula_not_calculated", "error", "C4"]]);
  });

  it("keeps the row's other issues, at other cells", () => {
    const t = tableOf({ name: "Bank", sheet: "S" })`
      Date | Description | Amount
           | B           | "ten"
    `;
    const issue = makeIssue(
      "formula_not_calculated",
      { sheet: "S", table: "Bank", row: 2, column: "Date", address: "A2" },
      { formula: "=TODAY()" },
    );
    const r = readSide(withSource(t, [issue]), { side: "right", dateSystem: 1900 });
    expect(r.issues.map(located)).toEqual([
      ["formula_not_calculated", "error", "A2"],
      ["amount_invalid", "error", "C2"],
    ]);
  });

  it("gives a DATEV date outside the batch's period its own advice as the row's error, and no 'not a date'", () => {
    const t = tableOf({ name: "datev", sheet: "datev", headerRow: 2 })`
      Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | Konto | Belegdatum   | Buchungstext
      "4250,00"                   | S                      | 1200  | 2026-03-03   | Harbour Foods
      "15,00"                     | S                      | 1200  | "3104"       | Kontoführung
    `;
    const outside = makeIssue(
      "datev_date_outside_period",
      { sheet: "datev", table: "datev", row: 4, column: "Belegdatum", address: "D4" },
      { written: "3104", from: "2026-03-01", to: "2026-03-31" },
    );
    const r = readSide(withSource(t, [outside]), { side: "left", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_UNREADABLE]);
    expect(r.issues.map(located)).toEqual([["datev_date_outside_period", "error", "D4"]]);
    expect(r.issues[0]?.message).toBe(
      'datev!datev[Belegdatum] row 4: "3104" is no day and month within the batch\'s period 2026-03-01 to 2026-03-31; it was left as written. Correct the date, or export the batch with the period it belongs to.',
    );
    expect(r.rowIssues.get(1)?.map(located)).toEqual([["datev_date_outside_period", "error", "D4"]]);
  });
});
