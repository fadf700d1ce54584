/**
 * The memory driver: executes the gateway's steps on a MemoryWorkbook, one step at a time, reporting a
 * broken host rule with Excel's error code so the gateway handles memory and Excel failures alike.
 */
import { cellError, isCellError, type Cell } from "../../core/cell";
import {
  areaContains,
  areasIntersect,
  cellA1,
  formatArea,
  lastCol,
  lastRow,
  parseCell,
  type Area,
} from "../address";
import {
  DriverFailure,
  type ApplyOptions,
  type AreaState,
  type Capture,
  type CellState,
  type Driver,
  type Expectation,
  type Step,
  type WorkbookShape,
} from "../driver";
import type { WriteCell } from "../outValue";
import {
  cellKey,
  MemoryHostError,
  defaultCell,
  keyCell,
  type MemCell,
  type MemSheet,
  type MemoryWorkbook,
} from "./model";
import { listMemoryTables, readMemoryTable } from "./readTable";
import { describeStep } from "../steps";
import { sameCell, describeValue } from "../cellCompare";

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

export class MemoryDriver implements Driver {
  readonly host = "memory" as const;
  readonly supportsNotes = true;
  constructor(readonly wb: MemoryWorkbook) {}

  readonly settings = {
    get: (key: string): unknown => {
      const v = this.wb.settings.get(key);
      return v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown);
    },
    set: async (key: string, value: unknown): Promise<void> => {
      if (value === null || value === undefined) this.wb.settings.delete(key);
      else this.wb.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    },
  };

  async shape(): Promise<WorkbookShape> {
    return {
      sheets: this.wb.sheets.map((s) => ({ name: s.name, protected: s.protected, used: s.used() })),
      tables: this.wb.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        area: t.area,
        headers: this.wb.tableHeaders(t),
        showTotals: t.showTotals,
        style: t.style,
      })),
    };
  }

  listTables = async () => listMemoryTables(this.wb);
  readTable: Driver["readTable"] = (ref, opts) => readMemoryTable(this.wb, ref, opts);

  async dateSystem(): Promise<1900 | 1904> {
    return this.wb.date1904 ? 1904 : 1900;
  }

  async capture(captures: readonly Capture[]): Promise<AreaState[]> {
    return captures.map((cap) => {
      const s = this.wb.sheet(cap.sheet);
      const cells: CellState[] = [];
      if (s) {
        const seen = new Set<number>();
        for (const [row, col, c] of s.within(cap.area)) {
          seen.add(cellKey(row, col));
          cells.push(
            cellStateOf(row, col, c, cap.parts.notes ? (s.notes.get(cellKey(row, col)) ?? null) : null),
          );
        }
        if (cap.parts.notes)
          for (const [k, text] of s.notes) {
            const { row, col } = keyCell(k);
            if (!seen.has(k) && inArea(cap.area, row, col))
              cells.push(cellStateOf(row, col, undefined, text));
          }
      }
      cells.sort((a, b) => a.row - b.row || a.col - b.col);
      return { sheet: cap.sheet, area: cap.area, parts: cap.parts, cells };
    });
  }

  async readValues(sheet: string, area: Area): Promise<Cell[][]> {
    const s = this.wb.mustSheet(sheet);
    const out: Cell[][] = [];
    for (let r = area.row; r <= lastRow(area); r++) {
      const row: Cell[] = [];
      for (let c = area.col; c <= lastCol(area); c++) row.push(s.value(r, c));
      out.push(row);
    }
    return out;
  }

  async apply(steps: readonly Step[], opts: ApplyOptions = {}): Promise<void> {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      const doing = describeStep(step);
      if (opts.signal?.aborted)
        throw new DriverFailure("Cancelled", "The operation was cancelled.", i, doing, true);
      try {
        this.run(step);
      } catch (e) {
        if (e instanceof MemoryHostError) throw new DriverFailure(e.code, e.message, i, doing);
        throw e;
      }
      opts.onSync?.(i + 1, doing);
    }
  }

  private sheetFor(name: string): MemSheet {
    return this.wb.mustSheet(name);
  }

  private run(step: Step): void {
    const wb = this.wb;
    switch (step.op) {
      case "addSheet":
        wb.addSheet(step.sheet);
        return;
      case "deleteSheet":
        wb.deleteSheet(step.sheet);
        return;
      case "clearArea": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        for (const [r, c] of [...s.within(step.area)])
          s.edit(r, c, (cell) => Object.assign(cell, defaultCell()));
        return;
      }
      case "writeCells": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        step.cells.forEach((row, i) =>
          row.forEach((w, j) =>
            s.edit(step.area.row + i, step.area.col + j, (cell) => Object.assign(cell, memCellOf(w))),
          ),
        );
        return;
      }
      case "setBold": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        eachCell(step.area, (r, c) =>
          s.edit(r, c, (cell) => {
            cell.bold = true;
          }),
        );
        return;
      }
      case "addTable":
        wb.addTable(this.sheetFor(step.sheet), step.area, step.name, step.style);
        return;
      case "dropTable":
        wb.dropTable(step.table);
        return;
      case "addTableColumns": {
        const t = wb.table(step.table);
        if (!t) throw new MemoryHostError("ItemNotFound", `There is no table named '${step.table}'.`);
        for (const h of step.headers) wb.addTableColumn(t, h);
        return;
      }
      case "trimTableColumns": {
        const t = wb.table(step.table);
        if (!t) return;
        while (t.area.cols > Math.max(1, step.keep)) wb.deleteTableColumn(t, t.area.cols - 1);
        return;
      }
      case "setFills": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        for (const f of step.fills)
          eachCell(f.area, (r, c) =>
            s.edit(r, c, (cell) => {
              cell.fill = f.color;
            }),
          );
        return;
      }
      case "setNotes": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        for (const n of step.notes) {
          if (n.text === null) s.notes.delete(cellKey(n.row, n.col));
          else s.notes.set(cellKey(n.row, n.col), n.text);
        }
        return;
      }
      case "restoreCells":
        this.restoreCells(step.state);
        return;
      case "restoreTables":
        this.restoreTables(step.sheet, step.area, step.tables);
        return;
    }
  }

  private restoreCells(state: AreaState): void {
    const s = this.wb.sheet(state.sheet);
    if (!s) throw new MemoryHostError("ItemNotFound", `There is no sheet named '${state.sheet}'.`);
    this.wb.assertWritable(s);
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

  private restoreTables(
    sheet: string,
    area: Area,
    tables: readonly { name: string; area: Area; style: string }[],
  ): void {
    const s = this.wb.sheet(sheet);
    if (!s) throw new MemoryHostError("ItemNotFound", `There is no sheet named '${sheet}'.`);
    const same = (a: Area, b: Area) =>
      a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
    for (const t of this.wb.tables.filter((x) => x.sheet === s && areasIntersect(x.area, area))) {
      const wanted = tables.find((w) => w.name.toLowerCase() === t.name.toLowerCase());
      if (!wanted || !same(wanted.area, t.area)) this.wb.dropTable(t.name);
      else t.style = wanted.style;
    }
    for (const w of tables)
      if (!this.wb.table(w.name) && areaContains(area, w.area)) this.wb.addTable(s, w.area, w.name, w.style);
  }

  async verify(expectations: readonly Expectation[]): Promise<string[]> {
    const problems: string[] = [];
    for (const e of expectations) {
      if (e.kind === "table") {
        const t = this.wb.table(e.table);
        if (!t || t.sheet.name !== e.sheet || formatArea(t.area) !== formatArea(e.area))
          problems.push(`table '${e.table}' is not at ${e.sheet}!${formatArea(e.area)}`);
        continue;
      }
      const s = this.wb.sheet(e.sheet);
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

  async selectCell(sheet: string, address: string): Promise<void> {
    const s = this.wb.mustSheet(sheet);
    const at = parseCell(address);
    this.wb.selection = { sheet: s.name, address: cellA1(at.row, at.col) };
  }
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

function inArea(a: Area, row: number, col: number): boolean {
  return row >= a.row && row <= lastRow(a) && col >= a.col && col <= lastCol(a);
}

function eachCell(a: Area, f: (row: number, col: number) => void): void {
  for (let r = a.row; r <= lastRow(a); r++) for (let c = a.col; c <= lastCol(a); c++) f(r, c);
}
