/**
 * The memory driver: executes the gateway's steps on a MemoryWorkbook, one step at a time, reporting a
 * broken host rule with Excel's error code so the gateway handles memory and Excel failures alike.
 */
import type { Cell } from "../../core/cell";
import { cellA1, lastCol, lastRow, parseCell, type Area } from "../address";
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
import { describeStep } from "../steps";
import { fitColumns } from "./fitColumns";
import { cellStateOf, eachCell, inArea, memCellOf, restoreCells, restoreTables, verifyMemory } from "./cells";
import { cellKey, defaultCell, keyCell, MemoryHostError, type MemSheet, type MemoryWorkbook } from "./model";
import { listMemoryTables, readMemoryTable } from "./readTable";

export { cellStateOf, memCellOf } from "./cells";

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
      case "fitColumns": {
        const s = this.sheetFor(step.sheet);
        wb.assertWritable(s);
        fitColumns(wb, s, step.area);
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
        restoreCells(this.wb, step.state);
        return;
      case "restoreTables":
        restoreTables(this.wb, step.sheet, step.area, step.tables);
        return;
    }
  }

  async verify(expectations: readonly Expectation[]): Promise<string[]> {
    return verifyMemory(this.wb, expectations);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const s = this.wb.mustSheet(sheet);
    const at = parseCell(address);
    this.wb.selection = { sheet: s.name, address: cellA1(at.row, at.col) };
  }
}
