/** The pieces mark plans are built from: colours, cell keys, runs of cells, and fill/note steps. */
import type { Area } from "../address";
import { fingerprint } from "../cellCompare";
import {
  MARK_PARTS,
  type AreaState,
  type Capture,
  type CellState,
  type Expectation,
  type Step,
} from "../driver";
import type { MarkSeverity } from "../port";
import { withMarks, type Registry } from "./registry";

/** Excel's own "Bad", "Neutral" and a light blue: readable with any font colour. */
export const MARK_FILLS: Readonly<Record<MarkSeverity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export const cellId = (sheet: string, row: number, col: number) => `${sheet.toLowerCase()}!${row},${col}`;

export function noteHash(text: string): string {
  return fingerprint([[text]]);
}

/** Vertical runs of consecutive rows per sheet and column, with a value per cell that must match within a run. */
export function runs<T>(
  cells: readonly { sheet: string; row: number; col: number; value: T }[],
): { sheet: string; area: Area; value: T }[] {
  const sorted = [...cells].sort((a, b) =>
    a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row,
  );
  const out: { sheet: string; area: Area; value: T }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (
      last &&
      last.sheet === c.sheet &&
      last.area.col === c.col &&
      last.area.row + last.area.rows === c.row &&
      last.value === c.value
    )
      last.area = { ...last.area, rows: last.area.rows + 1 };
    else out.push({ sheet: c.sheet, area: { row: c.row, col: c.col, rows: 1, cols: 1 }, value: c.value });
  }
  return out;
}

export function stateIndex(states: readonly AreaState[]): Map<string, CellState> {
  const m = new Map<string, CellState>();
  for (const s of states) for (const c of s.cells) m.set(cellId(s.sheet, c.row, c.col), c);
  return m;
}

export function capturesFor(
  cells: readonly { sheet: string; row: number; col: number }[],
  canNotes: boolean,
): Capture[] {
  const parts = canNotes ? MARK_PARTS : { ...MARK_PARTS, notes: false };
  return runs(cells.map((c) => ({ ...c, value: 0 }))).map((r) => ({ sheet: r.sheet, area: r.area, parts }));
}

export interface Change {
  sheet: string;
  row: number;
  col: number;
  fill: string | null;
  note?: string | null;
}

export function stepsFor(changes: readonly Change[]): { forward: Step[]; expect: Expectation[] } {
  const forward: Step[] = [];
  const expect: Expectation[] = [];
  const fillRuns = runs(changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, value: c.fill })));
  const bySheet = new Map<string, { area: Area; color: string | null }[]>();
  for (const r of fillRuns) {
    const list = bySheet.get(r.sheet) ?? [];
    list.push({ area: r.area, color: r.value });
    bySheet.set(r.sheet, list);
    expect.push({ kind: "fills", sheet: r.sheet, area: r.area, color: r.value });
  }
  for (const [sheet, fills] of bySheet) forward.push({ op: "setFills", sheet, fills });
  const notes = new Map<string, { row: number; col: number; text: string | null }[]>();
  for (const c of changes) {
    if (c.note === undefined) continue;
    const list = notes.get(c.sheet) ?? [];
    list.push({ row: c.row, col: c.col, text: c.note });
    notes.set(c.sheet, list);
  }
  for (const [sheet, list] of notes) forward.push({ op: "setNotes", sheet, notes: list });
  return { forward, expect };
}

/**
 * Another mark set coloured this cell after ours: its "previous fill" is our colour, which is about to
 * go. Hand it our previous fill so clearing that set later restores what was there before either.
 */
export function handOver(
  reg: Registry,
  key: string,
  sheet: string,
  address: string,
  ourFill: string,
  ourPrev: string | null,
): Registry {
  let out = reg;
  for (const [k, rec] of Object.entries(reg.marks)) {
    if (k === key) continue;
    let changed = false;
    const cells = rec.cells.map((c) => {
      if (c.sheet.toLowerCase() === sheet.toLowerCase() && c.address === address && c.prev === ourFill) {
        changed = true;
        return { ...c, prev: ourPrev };
      }
      return c;
    });
    if (changed) out = withMarks(out, k, { cells });
  }
  return out;
}

/**
 * The change that takes one of our marks back off a cell: the fill it had before, when the cell still
 * shows our fill (otherwise the user's newer fill stays), and no note, when the note is still ours.
 */
export function takeBack(
  sheet: string,
  m: { row: number; col: number; fill: string | null; prev: string | null; note: string | null },
  cur: CellState | undefined,
  canNotes: boolean,
): Change {
  const curFill = cur?.fill ?? null;
  const change: Change = { sheet, row: m.row, col: m.col, fill: curFill === m.fill ? m.prev : curFill };
  const curNote = cur?.note ?? null;
  if (canNotes && m.note !== null && curNote !== null && noteHash(curNote) === m.note) change.note = null;
  return change;
}
