/** The office-over-simulator backend of the contract harness: the same seeds, the same dump shape. */
import { isCellError, type Cell } from "../../src/core/cell";
import { columnLetter } from "../../src/core/table";
import { parseCell } from "../../src/workbook/address";
import { createGatewayPort } from "../../src/workbook/gateway/createPort";
import { inWorkbookOrder } from "../../src/workbook/tableData";
import { createOfficeDriver } from "../../src/workbook/office/driver";
import type { OfficeHost } from "../../src/workbook/office/host";
import { ExcelSimulator, SimSettings, SimWorkbook, type SimulatorOptions } from "../sim";
import { unkey } from "../sim/address";
import { encode, type Backend, type Dump, type Seed } from "./harness";

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
    // Workbook order (tab, row, column), as the add-in lists tables: Excel's table collection is in
    // creation order, which no add-in can set, so a table put back by a revert sits last there.
    tables: inWorkbookOrder(
      wb.tables.map((t) => ({
        t,
        sheet: t.sheet.name,
        area: { row: t.rect.r, col: t.rect.c, rows: 1, cols: 1 },
      })),
      wb.sheets.map((s) => s.name),
    ).map(({ t }) => ({
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
