/** The memory backend of the contract harness: seeded from a literal description, dumped for comparison. */
import { columnLetter } from "../../src/core/table";
import { parseArea, parseCell } from "../../src/workbook/address";
import { createGatewayPort } from "../../src/workbook/gateway/createPort";
import { inWorkbookOrder } from "../../src/workbook/tableData";
import type { Driver } from "../../src/workbook/driver";
import { MemoryDriver } from "../../src/workbook/memory/driver";
import { MemoryWorkbook, keyCell } from "../../src/workbook/memory/model";
import { cellTag, encode, type Backend, type Dump, type Seed } from "./harness";

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
    // Workbook order (tab, row, column), as the add-in lists tables (see officeBackend.ts).
    tables: inWorkbookOrder(
      wb.tables.map((t) => ({ t, sheet: t.sheet.name, area: t.area })),
      wb.sheets.map((s) => s.name),
    ).map(({ t }) => ({
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
