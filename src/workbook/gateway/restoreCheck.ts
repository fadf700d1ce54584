/** What a restored area must read like: the values and fills of its snapshot. */
import { cellError, type Cell } from "../../core/cell";
import type { AreaState, CellState, Expectation } from "../driver";

function valueOf(s: CellState): Cell | undefined {
  switch (s.kind) {
    case "empty":
      return null;
    case "error":
      return cellError(String(s.input));
    case "formula":
      return s.cached;
    default:
      return s.input;
  }
}

export function restoredExpectations(states: readonly AreaState[]): Expectation[] {
  const out: Expectation[] = [];
  for (const st of states) {
    const { area } = st;
    if (st.parts.contents) {
      const values: (Cell | undefined)[][] = Array.from({ length: area.rows }, () =>
        new Array<Cell | undefined>(area.cols).fill(null),
      );
      for (const c of st.cells) {
        const row = values[c.row - area.row];
        if (row) row[c.col - area.col] = valueOf(c);
      }
      out.push({ kind: "values", sheet: st.sheet, area, values });
    }
    if (st.parts.fills || st.parts.formats) {
      const fills = new Map<number, string | null>();
      for (const c of st.cells) fills.set((c.row - area.row) * area.cols + (c.col - area.col), c.fill);
      // One expectation per run of equal fills down each column keeps the check cheap.
      for (let j = 0; j < area.cols; j++) {
        let start = 0;
        for (let i = 1; i <= area.rows; i++) {
          const prev = fills.get((i - 1) * area.cols + j) ?? null;
          const cur = i < area.rows ? (fills.get(i * area.cols + j) ?? null) : Symbol.for("end");
          if (cur !== prev) {
            out.push({
              kind: "fills",
              sheet: st.sheet,
              area: { row: area.row + start, col: area.col + j, rows: i - start, cols: 1 },
              color: prev,
            });
            start = i;
          }
        }
      }
    }
  }
  return out;
}
