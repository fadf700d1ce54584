/** Cells as Excel shows them under their number formats, the text a fitted column must hold. */
import { cellError } from "../../core/cell";
import { displayText } from "./displayText";

describe("displayText", () => {
  it.each([
    [18420.35, "#,##0.00", "18,420.35"],
    [-9458.14, "#,##0.00", "-9,458.14"],
    [0, "#,##0.00", "0.00"],
    [1234.5, "$#,##0.00", "$1,234.50"],
    [-5, "#,##0.00;(#,##0.00)", "(5.00)"],
    [1234567, '#,##0,"K"', "1,235K"],
    [12.5, "#.##", "12.5"],
    [7, '"USD "0', "USD 7"],
    [3, "[Red]0.0", "3.0"],
    [0.1234, "0.00%", "12.34%"],
    [1500, "0.00E+00", "1.50E+03"],
    [46112, "yyyy-mm-dd", "2026-03-31"],
    [46112.5, "yyyy-mm-dd hh:mm", "2026-03-31 12:00"],
    [46112, "m/d/yyyy", "3/31/2026"],
    [46112, "dddd, mmmm d, yyyy", "Tuesday, March 31, 2026"],
    [46112, "[$-409]mmm d", "Mar 31"],
    [0.75, "h:mm AM/PM", "6:00 PM"],
    [0.1 + 0.2, "General", "0.3"],
    [123456789012, "General", "1.23457E+11"],
    [5, "@", "5"],
  ])("%p in %p shows as %p", (value, format, shown) => {
    expect(displayText(value, format, 1900)).toBe(shown);
  });

  it("shows text, booleans and errors as they are, and a blank as nothing", () => {
    expect(displayText("Ledger balance", "@", 1900)).toBe("Ledger balance");
    expect(displayText(true, "General", 1900)).toBe("TRUE");
    expect(displayText(cellError("#N/A"), "General", 1900)).toBe("#N/A");
    expect(displayText(null, "#,##0.00", 1900)).toBe("");
  });

  it("reads dates in the workbook's date system", () => {
    expect(displayText(44650, "yyyy-mm-dd", 1904)).toBe("2026-03-31");
  });
});
