/**
 * Snapshots areas through the Excel API before a write: values/formulas (with valueTypes, to tell text
 * from formulas and errors), number formats, fills and bold (getCellProperties, ExcelApi 1.9) and notes
 * (ExcelApi 1.18). Big areas are split into row pieces that fit the response budget; many small areas
 * share requests.
 */
import { lastCol, lastRow, qualify, cellA1, type Area } from "../address";
import type { AreaState, Capture, CellState, Parts } from "../driver";
import { runLoadJobs, type LoadJob } from "./loadBatches";
import type { Runner } from "./runner";

/** Response bytes per cell we plan with, by part; large texts make a piece split and retry. */
const BYTES_PER_CELL = { contents: 60, formats: 110, fills: 70, notes: 90 };
/** Above this many cells, notes are found through the sheet's note collection instead of cell by cell. */
export const NOTE_PROBE_CELLS = 400;

type Draft = { -readonly [K in keyof CellState]?: CellState[K] } & { row: number; col: number };

interface PieceResult {
  readonly cells: Map<string, Draft>;
}

type CellProps = { format?: { fill?: { color?: string; pattern?: string }; font?: { bold?: boolean } } };

function perCell(parts: Parts): number {
  return (
    (parts.contents ? BYTES_PER_CELL.contents : 0) +
    (parts.formats ? BYTES_PER_CELL.formats : parts.fills ? BYTES_PER_CELL.fills : 0) +
    (parts.notes ? BYTES_PER_CELL.notes : 0)
  );
}

function kindOf(value: unknown, formula: unknown, type: string): CellState["kind"] {
  if (type === "Empty") return "empty";
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return "formula";
  switch (type) {
    case "Error":
      return "error";
    case "String":
      return "text";
    case "Boolean":
      return "boolean";
    default:
      return "number";
  }
}

function pieceJob(
  sheet: string,
  area: Area,
  parts: Parts,
  cellPropsSupported: boolean,
): LoadJob<PieceResult> {
  const cells = area.rows * area.cols;
  const smallNotes = parts.notes && cells <= NOTE_PROBE_CELLS;
  return {
    requestBytes: 300 + (smallNotes ? cells * 120 : 0) + (cellPropsSupported ? 0 : cells * 250),
    responseBytes: cells * perCell(parts),
    queue(ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const r = ws.getRangeByIndexes(area.row - 1, area.col, area.rows, area.cols);
      const props: string[] = [];
      if (parts.contents) props.push("values", "formulas", "valueTypes");
      if (parts.formats) props.push("numberFormat");
      if (props.length) r.load(props);
      const cellProps =
        (parts.formats || parts.fills) && cellPropsSupported
          ? r.getCellProperties({
              format: {
                fill: { color: true, pattern: true },
                ...(parts.formats ? { font: { bold: true } } : {}),
              },
            })
          : null;
      // Hosts before ExcelApi 1.9 have no getCellProperties: read each cell's fill and bold instead
      // (such hosts report no fill as white, so a white fill is taken for none).
      const perCell: { row: number; col: number; fill: Excel.RangeFill; font: Excel.RangeFont | null }[] = [];
      if ((parts.formats || parts.fills) && !cellPropsSupported)
        for (let i = 0; i < area.rows; i++)
          for (let j = 0; j < area.cols; j++) {
            const one = r.getCell(i, j);
            perCell.push({
              row: area.row + i,
              col: area.col + j,
              fill: one.format.fill.load("color"),
              font: parts.formats ? one.format.font.load("bold") : null,
            });
          }
      const notes: { row: number; col: number; note: Excel.Note }[] = [];
      if (smallNotes)
        for (let i = 0; i < area.rows; i++)
          for (let j = 0; j < area.cols; j++) {
            const note = ctx.workbook.notes.getItemOrNullObject(
              qualify(sheet, cellA1(area.row + i, area.col + j)),
            );
            note.load("content");
            notes.push({ row: area.row + i, col: area.col + j, note });
          }
      return () => {
        const out = new Map<string, Draft>();
        const at = (row: number, col: number) => {
          const k = `${row},${col}`;
          let c = out.get(k);
          if (!c) {
            c = { row, col };
            out.set(k, c);
          }
          return c;
        };
        for (let i = 0; i < area.rows; i++)
          for (let j = 0; j < area.cols; j++) {
            const row = area.row + i;
            const col = area.col + j;
            if (parts.contents) {
              const value = r.values[i]?.[j];
              const formula = r.formulas[i]?.[j];
              const kind = kindOf(value, formula, String(r.valueTypes[i]?.[j]));
              if (kind !== "empty")
                Object.assign(at(row, col), {
                  kind,
                  input: kind === "formula" ? formula : (value as CellState["input"]),
                });
            }
            if (parts.formats) {
              const f = String(r.numberFormat[i]?.[j] ?? "General");
              if (f !== "General") at(row, col).format = f;
            }
            const p = cellProps?.value[i]?.[j] as CellProps | undefined;
            if (p?.format?.fill && p.format.fill.pattern !== "None")
              at(row, col).fill = p.format.fill.color ?? null;
            if (p?.format?.font?.bold) at(row, col).bold = true;
          }
        for (const p of perCell) {
          if (p.fill.color !== null && p.fill.color.toUpperCase() !== "#FFFFFF")
            at(p.row, p.col).fill = p.fill.color;
          if (p.font?.bold) at(p.row, p.col).bold = true;
        }
        for (const n of notes) if (!n.note.isNullObject) at(n.row, n.col).note = n.note.content;
        return { cells: out };
      };
    },
  };
}

/** Notes of a big area: the sheet's note collection, then each note's location. */
async function bigAreaNotes(
  runner: Runner,
  sheet: string,
  area: Area,
): Promise<{ row: number; col: number; note: string }[]> {
  return runner.run(async (ctx) => {
    const coll = ctx.workbook.worksheets.getItem(sheet).notes.load("items/content");
    await ctx.sync();
    const located = coll.items.map((n) => ({ n, loc: n.getLocation().load("rowIndex,columnIndex") }));
    await ctx.sync();
    return located
      .map(({ n, loc }) => ({ row: loc.rowIndex + 1, col: loc.columnIndex, note: n.content }))
      .filter(
        (x) => x.row >= area.row && x.row <= lastRow(area) && x.col >= area.col && x.col <= lastCol(area),
      );
  });
}

export async function captureAreas(
  runner: Runner,
  asked: readonly Capture[],
  signal?: AbortSignal,
): Promise<AreaState[]> {
  // Without the notes API (before ExcelApi 1.18) there are no notes to keep, and none are written.
  const captures = runner.supports("1.18")
    ? asked
    : asked.map((c) => ({ ...c, parts: { ...c.parts, notes: false } }));
  const jobs: LoadJob<PieceResult>[] = [];
  const owner: number[] = [];
  captures.forEach((cap, index) => {
    const rowsPerPiece = Math.max(
      1,
      Math.floor(runner.budget.payload / Math.max(1, cap.area.cols * perCell(cap.parts))),
    );
    for (let off = 0; off < cap.area.rows; off += rowsPerPiece) {
      const piece = {
        ...cap.area,
        row: cap.area.row + off,
        rows: Math.min(rowsPerPiece, cap.area.rows - off),
      };
      const big = cap.area.rows * cap.area.cols > NOTE_PROBE_CELLS;
      jobs.push(
        pieceJob(cap.sheet, piece, big ? { ...cap.parts, notes: false } : cap.parts, runner.supports("1.9")),
      );
      owner.push(index);
    }
  });
  const results = await runLoadJobs(runner, jobs, signal);
  const merged = captures.map(() => new Map<string, Draft>());
  results.forEach((r, i) => {
    const m = merged[owner[i] as number] as Map<string, Draft>;
    for (const [k, v] of r.cells) m.set(k, v);
  });
  for (let i = 0; i < captures.length; i++) {
    const cap = captures[i] as Capture;
    if (!cap.parts.notes || cap.area.rows * cap.area.cols <= NOTE_PROBE_CELLS) continue;
    const m = merged[i] as Map<string, Draft>;
    for (const n of await bigAreaNotes(runner, cap.sheet, cap.area)) {
      const k = `${n.row},${n.col}`;
      m.set(k, { ...(m.get(k) ?? { row: n.row, col: n.col }), note: n.note });
    }
  }
  return captures.map((cap, i) => ({
    sheet: cap.sheet,
    area: cap.area,
    parts: cap.parts,
    cells: [...(merged[i] as Map<string, Draft>).values()]
      .map((c): CellState => ({
        row: c.row,
        col: c.col,
        input: c.input ?? null,
        kind: c.kind ?? "empty",
        format: c.format ?? "General",
        fill: c.fill ?? null,
        bold: c.bold ?? false,
        note: c.note ?? null,
      }))
      .sort((a, b) => a.row - b.row || a.col - b.col),
  }));
}
