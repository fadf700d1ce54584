/** Find among open items: words in the item's text, or an amount of either sign at the item's scale. */
import { findOpen, type OpenItemView } from "./views";

function item(
  row: number,
  minor: number,
  reference: string,
  description: string,
  currency = "USD",
): OpenItemView {
  return {
    side: "left",
    key: `Ledger!${row}`,
    record: row - 2,
    row,
    date: "2026-03-10",
    day: 20522,
    minor,
    currency,
    reference,
    description,
    line: "Payments in Ledger not on Bank (outstanding payments and cheques)",
    findings: row === 9 ? ["Looks like a duplicate of row 8"] : [],
  };
}

const ITEMS = [
  item(5, 425000, "INV-1041", "Receipt Harbour"),
  item(6, -74218, "BILL-560", "Freight February"),
  item(7, 123400, "", "Office rent"),
  item(8, -1500, "CHQ-318", "Supplies"),
  item(9, -1500, "CHQ-319", "Supplies"),
  item(10, 4250, "", "Yen fee", "JPY"),
];
const rows = (query: string) => findOpen(ITEMS, query).map((o) => o.row);

describe("findOpen", () => {
  it("finds everything for a blank query", () => {
    expect(rows("")).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rows("   ")).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it("finds words in the reference, description, date, line and findings, ignoring case", () => {
    expect(rows("harbour")).toEqual([5]);
    expect(rows("bill-560")).toEqual([6]);
    expect(rows("2026-03")).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rows("duplicate")).toEqual([9]);
    expect(rows("outstanding")).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it("needs every word", () => {
    expect(rows("supplies 319")).toEqual([9]);
    expect(rows("supplies harbour")).toEqual([]);
  });

  it("finds amounts as typed, either sign, at the item's currency scale", () => {
    expect(rows("742.18")).toEqual([6]);
    expect(rows("-742.18")).toEqual([6]);
    expect(rows("1,234.00")).toEqual([7]);
    expect(rows("1234")).toEqual([7]);
    expect(rows("15")).toEqual([8, 9]);
    // 4250 is 4,250.00 USD (row 5) and, in yen with no decimals, row 10's 4,250 JPY.
    expect(rows("4250")).toEqual([5, 10]);
    expect(rows("42.50")).toEqual([]);
  });

  it("finds a number in a reference as text too", () => {
    expect(rows("1041")).toEqual([5]);
  });
});
