/** Ranges as Excel hands them over: where they start, and the blank rows and columns past their data. */
import "./runtime";
import { firstRowOf, rangeStart, tableOf, withoutTrailingBlanks } from "./ranges";

describe("firstRowOf", () => {
  it.each([
    ["Sheet1!B4:F20", 4],
    ["'My sheet'!$B$12:$F$20", 12],
    ["A1", 1],
    ["Ledger!A:C", 1],
    ["Ledger!$A:$C", 1],
    ["'Sheet name'!A:C", 1],
    ["Sheet1!$3:$10", 3],
    ["MyRange", null],
    ["", null],
    [undefined, null],
  ])("%s -> %s", (address, row) => expect(firstRowOf(address)).toBe(row));
});

describe("rangeStart", () => {
  it.each([
    ["Sheet1!B4:F20", { row: 4, column: 1 }],
    ["Ledger!$C:$F", { row: 1, column: 2 }],
    ["Ledger!5:9", { row: 5, column: 0 }],
    ["AB", { row: null, column: null }],
  ])("%s -> %j", (address, start) => expect(rangeStart(address)).toEqual(start));
});

describe("withoutTrailingBlanks", () => {
  it("drops the blank rows after the data and the blank columns right of it, keeping blanks within", () => {
    const values = [
      ["Date", "", "Amount", "", ""],
      [46083, "", 5, "", null],
      ["", "", "", "", ""],
      [46084, "", 6, " ", ""],
      [null, "", "", "", ""],
      ["", "", "", "", ""],
    ];
    expect(withoutTrailingBlanks(values)).toEqual([
      ["Date", "", "Amount"],
      [46083, "", 5],
      ["", "", ""],
      [46084, "", 6],
    ]);
  });

  it("keeps the header row of a range with nothing under it, and gives back what it need not change", () => {
    const values = [["Date", "Amount"]];
    expect(withoutTrailingBlanks(values)).toBe(values);
    expect(
      withoutTrailingBlanks([
        ["", ""],
        ["", ""],
      ]),
    ).toEqual([[]]);
  });
});

describe("tableOf", () => {
  it("refuses more rows of data than a function answers for in seconds", () => {
    const row = [46083, 1, "x"];
    const values = [["Date", "Amount", "Reference"], ...new Array<unknown[]>(200_001).fill(row)];
    expect(() => tableOf("leftTable", values, "A1:C200002")).toThrow(
      "leftTable has 200001 rows; at most 200000 fit a worksheet function.",
    );
    expect(tableOf("leftTable", values.slice(0, 200_001), "A:C").table.rows.length).toBe(200_000);
  });

  it("numbers rows as worksheet rows and columns from the range's first", () => {
    const { table } = tableOf(
      "rightTable",
      [
        ["Date", "Amount"],
        ["", ""],
        [46083, 5],
      ],
      "'Bank x'!$D$7:$E$9",
    );
    expect(table).toMatchObject({ headerRow: 7, firstColumn: 3, rows: [9] });
  });
});
