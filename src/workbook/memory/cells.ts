/**
 * Cells of the memory workbook as the gateway sees them: snapshot states, written cells, exact restores
 * of areas and tables, and read-back checks.
 */
import { cellError, isCellError, type Cell } from "../../core/cell";
import { areaContains, areasIntersect, cellA1, formatArea, lastCol, lastRow, type Area } from "../address";
import { describeValue, sameCell } from "../cellCompare";
import type { AreaState, CellState, Expectation } from "../driver";
import type { WriteCell } from "../outValue";
import { cellKey, defaultCell, keyCell, MemoryHostError, type MemCell, type MemoryWorkbook } from "./model";

export function cellStateOf(
  row: number,
  col: number,
  c: MemCell | undefined,
  note: string | null,
): CellState {
  const v = c?.value ?? null;
  const kind: CellState["kind"] =
    (c?.formula ?? null) !== null
      ? "formula"
      : v === null
        ? "empty"
        : isCellError(v)
          ? "error"
          : typeof v === "string"
            ? "text"
            : typeof v === "number"
              ? "number"
              : "boolean";
  const input = c?.formula ?? (v === null ? null : isCellError(v) ? v.code : v);
  const state = {
    row,
    col,
    input,
    kind,
    format: c?.format ?? "General",
    fill: c?.fill ?? null,
    bold: c?.bold ?? false,
    note,
  };
  return kind === "formula" ? { ...state, cached: v } : state;
}

export function memCellOf(w: WriteCell): MemCell {
  const c = defaultCell();
  switch (w.kind) {
    case "blank":
      break;
    case "text":
      c.value = w.text;
      c.format = "@";
      break;
    case "number":
      c.value = w.value;
      c.format = w.format;
      break;
    case "boolean":
      c.value = w.value;
      break;
    case "link":
      c.value = w.text;
      c.formula = w.formula;
      break;
  }
  return c;
}

export function restoreCells(wb: MemoryWorkbook, state: AreaState): void {
  const s = wb.sheet(state.sheet);
  if (!s) throw new MemoryHostError("ItemNotFound", `There is no sheet named '${state.sheet}'.`);
  wb.assertWritable(s);
  const { contents, formats, fills, notes } = state.parts;
  for (const [r, c] of [...s.within(state.area)])
    s.edit(r, c, (cell) => {
      if (contents) Object.assign(cell, { value: null, formula: null });
      if (formats) Object.assign(cell, { format: "General", fill: null, bold: false });
      if (fills) cell.fill = null;
    });
  if (notes)
    for (const k of [...s.notes.keys()])
      if (inArea(state.area, keyCell(k).row, keyCell(k).col)) s.notes.delete(k);
  for (const st of state.cells) {
    s.edit(st.row, st.col, (cell) => {
      if (contents) {
        cell.formula = st.kind === "formula" ? String(st.input) : null;
        cell.value = valueOfState(st, cell);
      }
      if (formats) Object.assign(cell, { format: st.format, fill: st.fill, bold: st.bold });
      if (fills) cell.fill = st.fill;
    });
    if (notes && st.note !== null) s.notes.set(cellKey(st.row, st.col), st.note);
  }
}

export function restoreTables(
  wb: MemoryWorkbook,
  sheet: string,
  area: Area,
  tables: readonly { name: string; area: Area; style: string }[],
): void {
  const s = wb.sheet(sheet);
  if (!s) throw new MemoryHostError("ItemNotFound", `There is no sheet named '${sheet}'.`);
  const same = (a: Area, b: Area) =>
    a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
  for (const t of wb.tables.filter((x) => x.sheet === s && areasIntersect(x.area, area))) {
    const wanted = tables.find((w) => w.name.toLowerCase() === t.name.toLowerCase());
    if (!wanted || !same(wanted.area, t.area)) wb.dropTable(t.name);
    else t.style = wanted.style;
  }
  for (const w of tables)
    if (!wb.table(w.name) && areaContains(area, w.area)) wb.addTable(s, w.area, w.name, w.style);
}

export function verifyMemory(wb: MemoryWorkbook, expectations: readonly Expectation[]): string[] {
  const problems: string[] = [];
  for (const e of expectations) {
    if (e.kind === "table") {
      const t = wb.table(e.table);
      if (!t || t.sheet.name !== e.sheet || formatArea(t.area) !== formatArea(e.area))
        problems.push(`table '${e.table}' is not at ${e.sheet}!${formatArea(e.area)}`);
      continue;
    }
    const s = wb.sheet(e.sheet);
    if (!s) {
      problems.push(`sheet '${e.sheet}' is missing`);
      continue;
    }
    if (e.kind === "fills") {
      eachCell(e.area, (r, c) => {
        const fill = s.get(r, c)?.fill ?? null;
        if (fill !== e.color)
          problems.push(`${e.sheet}!${cellA1(r, c)} has fill ${fill ?? "none"}, not ${e.color ?? "none"}`);
      });
      continue;
    }
    e.values.forEach((row, i) =>
      row.forEach((want, j) => {
        const got = s.value(e.area.row + i, e.area.col + j);
        if (want !== undefined && !sameCell(got, want))
          problems.push(
            `${e.sheet}!${cellA1(e.area.row + i, e.area.col + j)} reads ${describeValue(got)}, not ${describeValue(want ?? null)}`,
          );
      }),
    );
  }
  return problems;
}

function valueOfState(st: CellState, cell: MemCell): Cell {
  switch (st.kind) {
    case "empty":
      return null;
    case "error":
      return cellError(String(st.input));
    case "formula":
      return st.cached ?? cell.value;
    default:
      return st.input;
  }
}

export function inArea(a: Area, row: number, col: number): boolean {
  return row >= a.row && row <= lastRow(a) && col >= a.col && col <= lastCol(a);
}

export function eachCell(a: Area, f: (row: number, col: number) => void): void {
  for (let r = a.row; r <= lastRow(a); r++) for (let c = a.col; c <= lastCol(a); c++) f(r, c);
}
