/**
 * Guards result columns against rows that moved: the plan's `unchanged` columns are captured with the
 * snapshot and compared with what was read before anything is written. Row numbers alone cannot tell a
 * sorted table from the one that was read.
 */
import { isCellError, type Cell } from "../../core/cell";
import { columnLetter } from "../../core/table";
import type { Area } from "../address";
import type { AreaState, Capture, CellState, Parts } from "../driver";
import type { ResultColumnsPlan } from "../port";
import { refuse } from "./outcome";
import type { Plan } from "./plan";

const CONTENTS: Parts = { contents: true, formats: false, fills: false, notes: false };

/** What a cell holds, comparable with the Cell read earlier; formulas compare by their shown value. */
function shown(c: CellState | undefined): Cell | undefined {
  if (!c || c.kind === "empty") return null;
  if (c.kind === "formula") return c.cached;
  if (c.kind === "error") return typeof c.input === "string" ? { kind: "error", code: c.input } : null;
  return c.input;
}

function same(read: Cell, now: Cell | undefined): boolean {
  if (now === undefined) return true; // a formula whose value this host cannot give: nothing to compare
  if (isCellError(read) || isCellError(now))
    return isCellError(read) && isCellError(now) && read.code === now.code;
  if (typeof read === "string" && read.trim() === "") read = null;
  if (typeof now === "string" && now.trim() === "") now = null;
  return read === now;
}

function firstDifference(state: AreaState, values: readonly Cell[]): number {
  const byRow = new Map<number, CellState>();
  for (const c of state.cells) byRow.set(c.row, c);
  for (let i = 0; i < values.length; i++) {
    if (!same(values[i] ?? null, shown(byRow.get(state.area.row + i)))) return i;
  }
  return -1;
}

/**
 * Adds the captures of the `unchanged` columns to a result-columns plan and refuses, before building any
 * step, when one of them no longer holds what was read. `tableArea` is the table's or range's whole area.
 */
export function withUnchangedCheck(plan: Plan, p: ResultColumnsPlan, sheet: string, tableArea: Area): Plan {
  const checks = p.unchanged ?? [];
  if (checks.length === 0) return plan;
  const own = plan.captures.length;
  const captures: Capture[] = checks.map((c) => ({
    sheet,
    area: { row: tableArea.row + 1, col: tableArea.col + c.column, rows: p.rows.length, cols: 1 },
    parts: CONTENTS,
  }));
  return {
    ...plan,
    captures: [...plan.captures, ...captures],
    build: (states) => {
      checks.forEach((c, k) => {
        const state = states[own + k];
        if (!state) return;
        const i = firstDifference(state, c.values);
        if (i >= 0) {
          const cell = `${columnLetter(state.area.col)}${state.area.row + i}`;
          throw refuse(
            "data_changed",
            plan.operation,
            plan.where,
            `cell ${cell} no longer holds what was read: the rows were sorted or edited since. Run the operation again.`,
          );
        }
      });
      return plan.build(states.slice(0, own));
    },
  };
}
