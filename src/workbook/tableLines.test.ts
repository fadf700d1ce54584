/** The rows of a sheet that may hold a table's own lines: nearer to it than to another table. */
import { linesAround } from "./tableLines";

const area = (row: number, rows: number, col = 0, cols = 3) => ({ row, col, rows, cols });

describe("linesAround", () => {
  it("reads up to 15 rows above the header and 5 below the table, from column A", () => {
    expect(linesAround(area(20, 4, 2), [])).toEqual({
      rows: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24, 25, 26, 27, 28],
      cols: 5,
    });
    expect(linesAround(area(1, 3), []).rows).toEqual([4, 5, 6, 7, 8]);
  });

  it("gives a row between two tables to the nearer one, a row as near to both to the one below", () => {
    const upper = area(3, 3); // rows 3-5
    const lower = area(11, 2); // rows 11-12
    expect(linesAround(upper, [lower]).rows).toEqual([1, 2, 6, 7]);
    expect(linesAround(lower, [upper]).rows).toEqual([8, 9, 10, 13, 14, 15, 16, 17]);
  });

  it("leaves the rows of another table, and those beyond it, alone; a table off to the right does not count", () => {
    const table = area(10, 3);
    expect(linesAround(table, [area(4, 2)]).rows).toEqual([8, 9, 13, 14, 15, 16, 17]);
    expect(linesAround(table, [area(1, 30, 10)]).rows).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 16, 17,
    ]);
  });
});
