/** The unit of work of the office driver: one step's share of Excel commands, with its size and probes. */
import { cellA1, type Area } from "../address";
import type { Step } from "../driver";
import { describeStep } from "../steps";

export interface Probe {
  /** Whether the answer depends on sheets/tables that structural ops change. */
  readonly structure: boolean;
  /** Cells (sheet!A1, lower case) whose notes the answer depends on. */
  readonly noteCells: readonly string[];
  queue(ctx: Excel.RequestContext): () => unknown;
}

export interface Op {
  readonly step: number;
  readonly doing: string;
  /** Estimated request bytes (commands and probe loads). */
  readonly bytes: number;
  /** Cells written, to decide on suspending calculation and screen updating. */
  readonly cells: number;
  /** Adds, deletes or reshapes sheets or tables. */
  readonly structural: boolean;
  /** Cells (sheet!A1, lower case) whose notes this op writes. */
  readonly writesNotes: readonly string[];
  /** Loads sent in the probe sync of the op's request, before any command of the request. */
  readonly probe?: Probe;
  /** Reads that need their own syncs; such an op starts a request of its own. */
  readonly asyncProbe?: (ctx: Excel.RequestContext) => Promise<unknown>;
  queue(ctx: Excel.RequestContext, probed: unknown): void;
  /** The same op as two halves (rows), when a request turned out too large. */
  split?(): [Op, Op] | null;
}

export const noteKey = (sheet: string, row: number, col: number) =>
  `${sheet}!${cellA1(row, col)}`.toLowerCase();

export function range(ctx: Excel.RequestContext, sheet: string, a: Area): Excel.Range {
  return ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(a.row - 1, a.col, a.rows, a.cols);
}

export function simple(
  step: number,
  s: Step,
  structural: boolean,
  queue: (ctx: Excel.RequestContext) => void,
  bytes = 250,
): Op {
  return { step, doing: describeStep(s), bytes, cells: 0, structural, writesNotes: [], queue };
}

/** Vertical runs of equal values per column, skipping `skip` values. */
export function runsOf<T>(
  cells: readonly { row: number; col: number; v: T }[],
  skip: (v: T) => boolean,
): { area: Area; v: T }[] {
  const sorted = cells.filter((c) => !skip(c.v)).sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { area: Area; v: T }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.area.col === c.col && last.area.row + last.area.rows === c.row && last.v === c.v)
      last.area = { ...last.area, rows: last.area.rows + 1 };
    else out.push({ area: { row: c.row, col: c.col, rows: 1, cols: 1 }, v: c.v });
  }
  return out;
}

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
