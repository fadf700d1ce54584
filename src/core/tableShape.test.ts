import { tableShapeIssues } from "./tableShape";
import { tableFromRows } from "./table";

describe("tableShapeIssues", () => {
  it("reports merged cells, hidden rows and a totals row left out, located", () => {
    const t = {
      ...tableFromRows({
        name: "Sales",
        sheet: "Q1",
        headers: ["Date", "Amount"],
        records: [
          [1, 2],
          [3, 4],
        ],
      }),
      notes: { mergedAreas: ["B3:B4"], hiddenRows: [3], totalsRow: 4 },
    };
    expect(tableShapeIssues(t).map((i) => i.message)).toEqual([
      "Q1!Sales: Cells B3:B4 are merged; only the first cell holds a value. Unmerge them so every row has its own value.",
      "Q1!Sales row 3: The row is hidden or filtered out; it was included in the check.",
      "Q1!Sales row 4: The table's totals row was left out of the records.",
    ]);
  });

  it("reports an empty table and bad headers", () => {
    const t = tableFromRows({ name: "T", sheet: "S", headers: ["A", "", "a"], records: [] });
    expect(tableShapeIssues(t).map((i) => i.code)).toEqual([
      "header_blank",
      "header_duplicate",
      "table_empty",
    ]);
  });
});

describe("ragged lines of a text source", () => {
  it("reports each extra and each missing value at its cell", () => {
    const t = {
      ...tableFromRows({
        name: "bank",
        sheet: "bank",
        headers: ["Date", "Amount", "Ref"],
        records: [
          [1, 2, 3],
          [4, 5],
        ],
      }),
      notes: {
        raggedRows: [
          { row: 2, cells: 5 },
          { row: 3, cells: 2 },
        ],
      },
    };
    expect(tableShapeIssues(t).map((i) => [i.code, i.address, i.column])).toEqual([
      ["extra_cell", "D2", undefined],
      ["extra_cell", "E2", undefined],
      ["missing_cell", "C3", "Ref"],
    ]);
  });

  it("locates header problems at their header cells", () => {
    const t = tableFromRows({
      name: "T",
      sheet: "S",
      headers: ["A", "", "a"],
      records: [[1, 2, 3]],
      firstColumn: 2,
    });
    expect(tableShapeIssues(t).map((i) => i.address)).toEqual(["D1", "E1"]);
  });
});
