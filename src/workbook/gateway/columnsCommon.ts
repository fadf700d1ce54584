/** Helpers shared by the result-column plans: row checks, emptiness of target cells, value grids. */
import type { Cell } from "../../core/cell";
import { formatArea, lastRow, type Area } from "../address";
import type { AreaState, Expectation } from "../driver";
import { expectedRead, outValueProblem, toWriteCell, type WriteCell } from "../outValue";
import type { ResultColumnsPlan } from "../port";
import { refuse, type Where } from "./outcome";

/** Tables and ranges this port has read, to tell "changed since read" from "never existed". */
export type SeenTables = ReadonlyMap<string, { readonly sheet: string; readonly headerRow: number }>;

export const lower = (s: string) => s.toLowerCase();

export function rowsMatch(expected: readonly number[], first: number, count: number): boolean {
  return expected.length === count && expected.every((r, i) => r === first + i);
}

export function describeRows(rows: readonly number[]): string {
  if (rows.length === 0) return "no rows";
  return `rows ${rows[0]}–${rows[rows.length - 1]} (${rows.length} row${rows.length === 1 ? "" : "s"})`;
}

export function nonEmpty(state: AreaState | undefined, skip?: Area): string[] {
  const out: string[] = [];
  for (const c of state?.cells ?? []) {
    if (c.kind === "empty") continue;
    if (
      skip &&
      c.row >= skip.row &&
      c.row <= lastRow(skip) &&
      c.col >= skip.col &&
      c.col < skip.col + skip.cols
    )
      continue;
    out.push(formatArea({ row: c.row, col: c.col, rows: 1, cols: 1 }));
  }
  return out;
}

export function grid(p: ResultColumnsPlan, operation: string, where: Where): WriteCell[][] {
  return p.rows.map((_, i) =>
    p.columns.map((c) => {
      const v = c.values[i] ?? null;
      const problem = outValueProblem(v);
      if (problem)
        throw refuse(
          problem.code,
          operation,
          where,
          `column "${c.header}", row ${p.rows[i]}: ${problem.reason}.`,
        );
      return toWriteCell(v);
    }),
  );
}

export function valuesExpect(
  sheet: string,
  area: Area,
  rows: readonly (readonly WriteCell[])[],
): Expectation {
  return { kind: "values", sheet, area, values: rows.map((r) => r.map((c): Cell => expectedRead(c))) };
}
