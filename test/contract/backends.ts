/**
 * The two WorkbookPort implementations under one harness: memory/, and office/ over the Excel simulator.
 * Both are seeded from the same literal description and dumped into the same comparable shape, so one
 * contract suite can run against each and compare "before" with "after".
 */
import { cellError, isCellError, type Cell } from "../../src/core/cell";
import { columnLetter } from "../../src/core/table";
import { parseArea, parseCell } from "../../src/workbook/address";
import { createGatewayPort, type GatewayPort } from "../../src/workbook/gateway/createPort";
import type { Driver } from "../../src/workbook/driver";
import { MemoryDriver } from "../../src/workbook/memory/driver";
import { MemoryWorkbook, keyCell } from "../../src/workbook/memory/model";
import { createOfficeDriver } from "../../src/workbook/office/driver";
import type { OfficeHost } from "../../src/workbook/office/host";
import { ExcelSimulator, SimSettings, SimWorkbook, type SimulatorOptions } from "../sim";
import { unkey } from "../sim/address";

export interface SeedSheet {
  readonly name: string;
  /** Rows of cells from `at` (default A1). Strings are text, cellError(...) error cells. */
  readonly rows?: readonly (readonly Cell[])[];
  readonly at?: string;
  readonly protected?: boolean;
  readonly merged?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly fills?: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly formats?: Readonly<Record<string, string>>;
}

export interface Seed {
  readonly sheets: readonly SeedSheet[];
  readonly tables?: readonly { name: string; sheet: string; address: string; totals?: boolean }[];
  readonly date1904?: boolean;
}

export interface Dump {
  sheets: {
    name: string;
    protected: boolean;
    cells: Record<string, string>;
    notes: Record<string, string>;
  }[];
  tables: { name: string; sheet: string; address: string; totals: boolean; style: string }[];
  settings: Record<string, unknown>;
}

/** What a user does between the add-in's syncs. */
export interface UserActions {
  setCell(sheet: string, a1: string, v: Cell): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  insertRows(sheet: string, beforeRow: number, count: number): void;
  protect(sheet: string): void;
  setFill(sheet: string, a1: string, color: string | null): void;
}

export interface Backend {
  readonly name: "memory" | "office";
  readonly port: GatewayPort;
  readonly driver: Driver;
  dump(): Dump;
  user: UserActions;
  /** The simulator, for office. */
  readonly sim?: ExcelSimulator;
  readonly settings?: SimSettings;
  readonly memory?: MemoryWorkbook;
}

function encode(parts: {
  v: unknown;
  f?: string | null;
  fmt?: string;
  fill?: string | null;
  bold?: boolean;
}): string {
  const o: Record<string, unknown> = { v: parts.v };
  if (parts.f) o.f = parts.f;
  if (parts.fmt && parts.fmt !== "General") o.fmt = parts.fmt;
  if (parts.fill) o.fill = parts.fill.toUpperCase();
  if (parts.bold) o.b = true;
  return JSON.stringify(o);
}

function cellTag(v: Cell): unknown {
  return isCellError(v) ? { error: v.code } : v;
}

// ---- memory -------------------------------------------------------------------------------------------

function seedMemory(seed: Seed): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.date1904 = seed.date1904 ?? false;
  for (const s of seed.sheets) {
    const sheet = wb.addSheet(s.name);
    const at = parseCell(s.at ?? "A1");
    if (s.rows) wb.putRows(s.name, at.row, at.col, s.rows);
    for (const [a1, color] of Object.entries(s.fills ?? {})) {
      const c = parseCell(a1);
      sheet.edit(c.row, c.col, (cell) => (cell.fill = color.toUpperCase()));
    }
    for (const [a1, fmt] of Object.entries(s.formats ?? {})) {
      const c = parseCell(a1);
      sheet.edit(c.row, c.col, (cell) => (cell.format = fmt));
    }
    for (const [a1, text] of Object.entries(s.notes ?? {})) {
      const c = parseCell(a1);
      sheet.notes.set((c.row - 1) * 16_384 + c.col, text);
    }
    sheet.merged = (s.merged ?? []).map(parseArea);
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
  }
  for (const t of seed.tables ?? []) {
    const made = wb.addTable(wb.mustSheet(t.sheet), parseArea(t.address), t.name);
    made.showTotals = t.totals ?? false;
  }
  for (const s of seed.sheets) if (s.protected) wb.mustSheet(s.name).protected = true;
  return wb;
}

export function dumpMemory(wb: MemoryWorkbook): Dump {
  return {
    sheets: wb.sheets.map((s) => {
      const cells: Record<string, string> = {};
      for (const [k, c] of s.cells) {
        const { row, col } = keyCell(k);
        cells[`${columnLetter(col)}${row}`] = encode({
          v: cellTag(c.value),
          f: c.formula,
          fmt: c.format,
          fill: c.fill,
          bold: c.bold,
        });
      }
      const notes: Record<string, string> = {};
      for (const [k, text] of s.notes) {
        const { row, col } = keyCell(k);
        notes[`${columnLetter(col)}${row}`] = text;
      }
      return { name: s.name, protected: s.protected, cells, notes };
    }),
    tables: wb.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: `${columnLetter(t.area.col)}${t.area.row}:${columnLetter(t.area.col + t.area.cols - 1)}${t.area.row + t.area.rows - 1}`,
      totals: t.showTotals,
      style: t.style,
    })),
    settings: Object.fromEntries(
      [...wb.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown]),
    ),
  };
}

export function memoryBackend(seed: Seed, wrap: (d: Driver) => Driver = (d) => d): Backend {
  const wb = seedMemory(seed);
  const driver = wrap(new MemoryDriver(wb));
  return {
    name: "memory",
    port: createGatewayPort(driver),
    driver,
    memory: wb,
    dump: () => dumpMemory(wb),
    user: {
      setCell: (sheet, a1, v) => {
        const c = parseCell(a1);
        wb.mustSheet(sheet).edit(c.row, c.col, (cell) => Object.assign(cell, { value: v, formula: null }));
      },
      renameSheet: (from, to) => void (wb.mustSheet(from).name = to),
      deleteSheet: (name) => wb.deleteSheet(name),
      insertRows: (sheet, beforeRow, count) => {
        const s = wb.mustSheet(sheet);
        const moved = [...s.cells].map(([k, c]) => {
          const { row, col } = keyCell(k);
          return [row >= beforeRow ? row + count : row, col, c] as const;
        });
        s.cells.clear();
        for (const [row, col, c] of moved) s.cells.set((row - 1) * 16_384 + col, c);
        for (const t of wb.tables)
          if (t.sheet === s) {
            if (t.area.row >= beforeRow) t.area = { ...t.area, row: t.area.row + count };
            else if (t.area.row + t.area.rows > beforeRow) t.area = { ...t.area, rows: t.area.rows + count };
          }
      },
      protect: (name) => void (wb.mustSheet(name).protected = true),
      setFill: (sheet, a1, color) => {
        const c = parseCell(a1);
        wb.mustSheet(sheet).edit(c.row, c.col, (cell) => (cell.fill = color));
      },
    },
  };
}

// ---- office over the simulator ------------------------------------------------------------------------

function simValue(v: Cell): string | number | boolean | { error: string } | null {
  return isCellError(v) ? { error: v.code } : v;
}

function seedSim(seed: Seed): SimWorkbook {
  const wb = new SimWorkbook([]);
  wb.date1904 = seed.date1904 ?? false;
  for (const s of seed.sheets) {
    wb.addSheet(s.name);
    const at = parseCell(s.at ?? "A1");
    (s.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === "") return;
        wb.put(s.name, `${columnLetter(at.col + j)}${at.row + i}`, simValue(v));
      }),
    );
    const sheet = wb.mustSheet(s.name);
    for (const [a1, color] of Object.entries(s.fills ?? {})) {
      const c = parseCell(a1);
      sheet.edit(c.row - 1, c.col, (cell) => (cell.fill = color.toUpperCase()));
    }
    for (const [a1, fmt] of Object.entries(s.formats ?? {})) {
      const c = parseCell(a1);
      sheet.edit(c.row - 1, c.col, (cell) => (cell.numberFormat = fmt));
    }
    for (const [a1, text] of Object.entries(s.notes ?? {})) {
      const c = parseCell(a1);
      wb.addNote(sheet, c.row - 1, c.col, text, "seed");
    }
    for (const m of s.merged ?? []) wb.merge(s.name, m);
    for (const r of s.hiddenRows ?? []) wb.hideRows(s.name, r);
  }
  for (const t of seed.tables ?? [])
    wb.seedTable(t.sheet, t.address, t.name, { showTotals: t.totals ?? false });
  for (const s of seed.sheets) if (s.protected) wb.mustSheet(s.name).protected = true;
  return wb;
}

function dumpSim(sim: ExcelSimulator, settings: SimSettings): Dump {
  const wb = sim.model;
  return {
    sheets: wb.sheets.map((s) => {
      const cells: Record<string, string> = {};
      for (const [k, c] of s.cells) {
        const { r, c: col } = unkey(k);
        if (c.value === null && c.formula === null && c.numberFormat === "General" && !c.fill && !c.bold)
          continue;
        cells[`${columnLetter(col)}${r + 1}`] = encode({
          v: c.value,
          f: c.formula,
          fmt: c.numberFormat,
          fill: c.fill,
          bold: c.bold,
        });
      }
      const notes: Record<string, string> = {};
      for (const n of wb.notes.filter((x) => x.sheet === s))
        notes[`${columnLetter(n.c)}${n.r + 1}`] = n.content;
      return { name: s.name, protected: s.protected, cells, notes };
    }),
    tables: wb.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: `${columnLetter(t.rect.c)}${t.rect.r + 1}:${columnLetter(t.rect.c + t.rect.w - 1)}${t.rect.r + t.rect.h}`,
      totals: t.showTotals,
      style: t.style,
    })),
    settings: (() => {
      const out: Record<string, unknown> = {};
      for (const k of ["bo.workbook.outputs", "demo.option"]) {
        const v = settings.get(k);
        if (v !== null) out[k] = v;
      }
      return out;
    })(),
  };
}

export function officeBackend(
  seed: Seed,
  opts: SimulatorOptions & { host?: Partial<OfficeHost> } = {},
): Backend {
  const sim = new ExcelSimulator({ ...opts, workbook: seedSim(seed) });
  const settings = new SimSettings();
  const driver = createOfficeDriver({
    run: sim.run,
    isSetSupported: sim.isSetSupported,
    settings,
    sleep: async () => undefined,
    ...opts.host,
  });
  const wb = sim.model;
  return {
    name: "office",
    port: createGatewayPort(driver),
    driver,
    sim,
    settings,
    dump: () => dumpSim(sim, settings),
    user: {
      setCell: (sheet, a1, v) => wb.put(sheet, a1, simValue(v)),
      renameSheet: (from, to) => wb.renameSheet(wb.mustSheet(from), to),
      deleteSheet: (name) => wb.deleteSheet(wb.mustSheet(name)),
      insertRows: (sheet, beforeRow, count) => wb.insertRows(sheet, beforeRow, count),
      protect: (name) => void (wb.mustSheet(name).protected = true),
      setFill: (sheet, a1, color) => {
        const c = parseCell(a1);
        wb.mustSheet(sheet).edit(c.row - 1, c.col, (cell) => (cell.fill = color));
      },
    },
  };
}

export const BACKENDS: readonly { name: "memory" | "office"; make: (seed: Seed) => Backend }[] = [
  { name: "memory", make: (seed) => memoryBackend(seed) },
  { name: "office", make: (seed) => officeBackend(seed) },
];

export { cellError };
