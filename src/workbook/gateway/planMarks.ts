/**
 * Plans `markCells` and `clearMarks`: a fill per severity and a note on each flagged cell, recording the
 * fill that was there so clearing restores it exactly. A cell that already has someone else's note
 * keeps it (the mark is the fill alone, and the receipt says so). Contiguous cells are grouped into one
 * range per run, so marking never costs a command per cell where cells touch.
 */
import { cellA1, parseCell } from "../address";
import type { Step, WorkbookShape } from "../driver";
import type { MarkPlan, MarkSeverity } from "../port";
import { refuse } from "./outcome";
import type { Plan } from "./plan";
import { withMarks, type MarkedCell, type Registry } from "./registry";
import {
  capturesFor,
  cellId,
  handOver,
  MARK_FILLS,
  noteHash,
  stateIndex,
  stepsFor,
  takeBack,
  type Change,
} from "./markSteps";

export { MARK_FILLS, noteHash, runs } from "./markSteps";
const RANK: Record<MarkSeverity, number> = { error: 3, warning: 2, info: 1 };

interface Target {
  sheet: string;
  row: number;
  col: number;
  severity: MarkSeverity;
  note: string;
}

export function planMarkCells(plan: MarkPlan, shape: WorkbookShape, reg: Registry, canNotes: boolean): Plan {
  const operation = `mark ${plan.cells.length} cell${plan.cells.length === 1 ? "" : "s"}`;
  const sheets = new Map(shape.sheets.map((s) => [s.name.toLowerCase(), s]));
  const targets = new Map<string, Target>();
  for (const c of plan.cells) {
    const sheet = sheets.get(c.sheet.toLowerCase());
    if (!sheet)
      throw refuse("not_found", operation, { sheet: c.sheet }, `there is no sheet named '${c.sheet}'.`);
    if (sheet.protected)
      throw refuse(
        "sheet_protected",
        operation,
        { sheet: sheet.name },
        `the sheet '${sheet.name}' is protected; unprotect it and try again.`,
      );
    let at: { row: number; col: number };
    try {
      at = parseCell(c.address);
    } catch {
      throw refuse(
        "invalid_output",
        operation,
        { sheet: sheet.name },
        `"${c.address}" is not the address of one cell.`,
      );
    }
    const id = cellId(sheet.name, at.row, at.col);
    const had = targets.get(id);
    if (!had) targets.set(id, { sheet: sheet.name, ...at, severity: c.severity, note: c.note });
    else
      targets.set(id, {
        ...had,
        severity: RANK[c.severity] > RANK[had.severity] ? c.severity : had.severity,
        note: had.note.split("\n").includes(c.note) ? had.note : `${had.note}\n${c.note}`,
      });
  }
  const previous = new Map(
    (reg.marks[plan.key]?.cells ?? []).map((m) => {
      const at = parseCell(m.address);
      return [cellId(m.sheet, at.row, at.col), { ...m, ...at }] as const;
    }),
  );
  const live = (s: string) => sheets.has(s.toLowerCase());
  const touched = [
    ...targets.values(),
    ...[...previous.values()].filter((m) => live(m.sheet) && !targets.has(cellId(m.sheet, m.row, m.col))),
  ];
  const sheetName = (s: string) => sheets.get(s.toLowerCase())?.name ?? s;
  const captureCells = touched.map((c) => ({ sheet: sheetName(c.sheet), row: c.row, col: c.col }));
  return {
    kind: "markCells",
    operation,
    where: {},
    captures: capturesFor(captureCells, canNotes),
    build: (states) => {
      const now = stateIndex(states);
      const changes: Change[] = [];
      const recorded: MarkedCell[] = [];
      let keptNotes = 0;
      const counts: Record<MarkSeverity, number> = { error: 0, warning: 0, info: 0 };
      let handed = reg;
      for (const [id, t] of targets) {
        const cur = now.get(id);
        const mine = previous.get(id);
        const fill = MARK_FILLS[t.severity];
        const prevFill = mine ? mine.prev : (cur?.fill ?? null);
        const curNote = cur?.note ?? null;
        const ownNote =
          mine?.note !== null &&
          mine?.note !== undefined &&
          curNote !== null &&
          noteHash(curNote) === mine.note;
        let note: string | null | undefined;
        let noteRec: string | null = null;
        if (canNotes && (curNote === null || ownNote)) {
          note = t.note;
          noteRec = noteHash(t.note);
        } else if (canNotes) keptNotes++;
        changes.push({
          sheet: t.sheet,
          row: t.row,
          col: t.col,
          fill,
          ...(note !== undefined ? { note } : {}),
        });
        recorded.push({ sheet: t.sheet, address: cellA1(t.row, t.col), prev: prevFill, fill, note: noteRec });
        counts[t.severity]++;
      }
      for (const [id, m] of previous) {
        if (targets.has(id) || !live(m.sheet)) continue;
        const cur = now.get(id);
        if ((cur?.fill ?? null) !== m.fill)
          handed = handOver(handed, plan.key, m.sheet, m.address, m.fill, m.prev);
        changes.push(takeBack(sheetName(m.sheet), m, cur, canNotes));
      }
      const { forward, expect } = stepsFor(changes);
      const parts = (Object.keys(counts) as MarkSeverity[])
        .filter((k) => counts[k] > 0)
        .map((k) => `${counts[k]} ${k}${counts[k] === 1 ? "" : "s"}`);
      let summary = `Marked ${targets.size} cell${targets.size === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
      if (!canNotes) summary += "; this version of Excel cannot add notes, so the cells were only coloured";
      else if (keptNotes > 0)
        summary += `; ${keptNotes} cell${keptNotes === 1 ? "" : "s"} already had a note, which was kept (the cell is coloured only)`;
      const first = [...targets.values()][0];
      return {
        forward,
        undo: states.map((state): Step => ({ op: "restoreCells", state })),
        expect,
        registry: withMarks(handed, plan.key, { cells: recorded }),
        receipt: {
          kind: "markCells",
          summary,
          ...(first ? { sheet: first.sheet, address: cellA1(first.row, first.col) } : {}),
          cellsWritten: targets.size,
        },
      };
    },
  };
}

/** Plans clearing a mark set, or returns null when the key marked nothing. */
export function planClearMarks(
  key: string,
  shape: WorkbookShape,
  reg: Registry,
  canNotes: boolean,
): Plan | null {
  const rec = reg.marks[key];
  if (!rec) return null;
  const sheets = new Map(shape.sheets.map((s) => [s.name.toLowerCase(), s]));
  const cells = rec.cells
    .filter((m) => sheets.has(m.sheet.toLowerCase()))
    .map((m) => ({
      ...m,
      ...parseCell(m.address),
      sheet: sheets.get(m.sheet.toLowerCase())?.name ?? m.sheet,
    }));
  const operation = `clear ${cells.length} mark${cells.length === 1 ? "" : "s"}`;
  const locked = cells.find((c) => sheets.get(c.sheet.toLowerCase())?.protected);
  if (locked)
    throw refuse(
      "sheet_protected",
      operation,
      { sheet: locked.sheet },
      `the sheet '${locked.sheet}' is protected; unprotect it and try again.`,
    );
  return {
    kind: "clearMarks",
    operation,
    where: {},
    captures: capturesFor(cells, canNotes),
    build: (states) => {
      const now = stateIndex(states);
      const changes: Change[] = [];
      let handed = reg;
      for (const m of cells) {
        const cur = now.get(cellId(m.sheet, m.row, m.col));
        if ((cur?.fill ?? null) !== m.fill)
          handed = handOver(handed, key, m.sheet, m.address, m.fill, m.prev);
        changes.push(takeBack(m.sheet, m, cur, canNotes));
      }
      const { forward, expect } = stepsFor(changes);
      return {
        forward,
        undo: states.map((state): Step => ({ op: "restoreCells", state })),
        expect,
        registry: withMarks(handed, key, null),
        receipt: {
          kind: "clearMarks",
          summary: `Cleared ${cells.length} mark${cells.length === 1 ? "" : "s"}`,
          cellsWritten: cells.length,
        },
      };
    },
  };
}
