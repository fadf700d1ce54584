/** The memory driver's fitColumns: widths from the longest shown text of each column of the area. */
import type { Step } from "../driver";
import { toWriteCell } from "../outValue";
import type { OutValue } from "../port";
import { MemoryDriver } from "./driver";
import { DEFAULT_COLUMN_WIDTH, MAX_FITTED_WIDTH } from "./fitColumns";
import { MemoryWorkbook } from "./model";

const write = (row: number, rows: readonly (readonly OutValue[])[]): Step => ({
  op: "writeCells",
  sheet: "S",
  area: { row, col: 0, rows: rows.length, cols: rows[0]?.length ?? 0 },
  cells: rows.map((r) => r.map(toWriteCell)),
});

const money = (value: number): OutValue => ({ kind: "number", value, format: "#,##0.00" });
const day = (value: number): OutValue => ({ kind: "number", value, format: "yyyy-mm-dd" });

describe("memory fitColumns", () => {
  it("fits each column to its longest text as shown, within the default and the maximum", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const s = wb.mustSheet("S");
    s.widths.set(3, 30);
    await new MemoryDriver(wb).apply([
      write(1, [["A title much longer than the column under it should ever be", null, null, null]]),
      write(2, [
        ["Unexplained difference", money(18420.35), day(46112), null],
        ["x", money(-9458.14), "ok", null],
        ["y".repeat(200), money(0), null, null],
      ]),
      { op: "fitColumns", sheet: "S", area: { row: 2, col: 0, rows: 2, cols: 4 } },
    ]);
    // "Unexplained difference" (22), "18,420.35" (9), "2026-03-31" (10), plus padding; row 4 is outside.
    expect(s.widths.get(0)).toBe(23.5);
    expect(s.widths.get(1)).toBe(10.5);
    expect(s.widths.get(2)).toBe(11.5);
    // Nothing shown in column D: it keeps its width.
    expect(s.widths.get(3)).toBe(30);
    await new MemoryDriver(wb).apply([
      { op: "fitColumns", sheet: "S", area: { row: 2, col: 0, rows: 3, cols: 1 } },
    ]);
    expect(s.widths.get(0)).toBe(MAX_FITTED_WIDTH);
  });

  it("never narrows below Excel's default width, and leaves room for a table header's filter button", async () => {
    const wb = new MemoryWorkbook(["S"]);
    const d = new MemoryDriver(wb);
    await d.apply([
      write(1, [
        ["BO Status", "Id"],
        ["confirmed", "1"],
      ]),
      { op: "addTable", sheet: "S", area: { row: 1, col: 0, rows: 2, cols: 2 }, name: "T" },
      { op: "fitColumns", sheet: "S", area: { row: 1, col: 0, rows: 2, cols: 2 } },
    ]);
    const s = wb.mustSheet("S");
    expect(s.widths.get(0)).toBeGreaterThan("BO Status".length + 2.5);
    expect(s.widths.get(1)).toBe(DEFAULT_COLUMN_WIDTH);
  });

  it("counts full-width characters double and a multi-line text by its longest line", async () => {
    const wb = new MemoryWorkbook(["S"]);
    await new MemoryDriver(wb).apply([
      write(1, [["請求書番号と支払期日"], ["short\na much longer second line"]]),
      { op: "fitColumns", sheet: "S", area: { row: 1, col: 0, rows: 1, cols: 1 } },
    ]);
    expect(wb.mustSheet("S").widths.get(0)).toBe(21.5);
    await new MemoryDriver(wb).apply([
      { op: "fitColumns", sheet: "S", area: { row: 2, col: 0, rows: 1, cols: 1 } },
    ]);
    expect(wb.mustSheet("S").widths.get(0)).toBe(26.5);
  });

  it("refuses a protected sheet as Excel does", async () => {
    const wb = new MemoryWorkbook(["S"]);
    wb.mustSheet("S").protected = true;
    await expect(
      new MemoryDriver(wb).apply([
        { op: "fitColumns", sheet: "S", area: { row: 1, col: 0, rows: 1, cols: 1 } },
      ]),
    ).rejects.toMatchObject({ hostCode: "AccessDenied" });
  });
});
