/**
 * What tests do to the simulated workbook directly: seed it (typed rows, exact values, tables, merged
 * cells, hidden rows) and play the user between syncs (inserting rows).
 */
import { key, parseRect, unkey } from "./address";
import type { SimWorkbook } from "./model";
import type { SimTable } from "./sheet";
import type { SimCell, SimValue } from "./values";

/** Types rows into a sheet as a user would (Excel's parsing applies), starting at `topLeft`. */
export function type(
  wb: SimWorkbook,
  sheet: string,
  topLeft: string,
  rows: readonly (readonly unknown[])[],
): void {
  const s = wb.mustSheet(sheet);
  const at = parseRect(topLeft);
  if (!at) throw new Error(`bad address ${topLeft}`);
  const w = Math.max(0, ...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: w }, (_, j) => (j < r.length ? r[j] : "")));
  const wasProtected = s.protected;
  s.protected = false;
  try {
    wb.writeInputs(s, { r: at.r, c: at.c, h: rows.length, w }, padded, "seed");
  } finally {
    s.protected = wasProtected;
  }
}

/** Puts an exact value (or error) into one cell, bypassing input parsing. */
export function put(
  wb: SimWorkbook,
  sheet: string,
  a1: string,
  value: SimValue,
  opts: Partial<Omit<SimCell, "value">> = {},
): void {
  const s = wb.mustSheet(sheet);
  const at = parseRect(a1);
  if (!at) throw new Error(`bad address ${a1}`);
  s.edit(at.r, at.c, (cell) => Object.assign(cell, { value, formula: null }, opts));
}

export function seedTable(
  wb: SimWorkbook,
  sheet: string,
  address: string,
  name: string,
  opts: { showTotals?: boolean } = {},
): SimTable {
  const s = wb.mustSheet(sheet);
  const rect = parseRect(address);
  if (!rect) throw new Error(`bad address ${address}`);
  const wasProtected = s.protected;
  s.protected = false;
  try {
    const t = wb.addTable(s, rect, true, "seed");
    wb.renameTable(t, name);
    t.showTotals = opts.showTotals ?? false;
    return t;
  } finally {
    s.protected = wasProtected;
  }
}

export function merge(wb: SimWorkbook, sheet: string, address: string): void {
  const s = wb.mustSheet(sheet);
  const rect = parseRect(address);
  if (!rect) throw new Error(`bad address ${address}`);
  s.merged.push(rect);
}

export function hideRows(wb: SimWorkbook, sheet: string, firstRow: number, count = 1): void {
  const s = wb.mustSheet(sheet);
  for (let i = 0; i < count; i++) s.hiddenRows.add(firstRow - 1 + i);
}

/** The user inserts whole rows above Excel row `beforeRow`: cells, tables, notes and merges move down. */
export function insertRows(wb: SimWorkbook, sheet: string, beforeRow: number, count: number): void {
  const s = wb.mustSheet(sheet);
  const at = beforeRow - 1;
  const moved = [...s.cells].map(([k, cell]) => {
    const { r, c } = unkey(k);
    return [r >= at ? r + count : r, c, cell] as const;
  });
  s.cells.clear();
  for (const [r, c, cell] of moved) s.cells.set(key(r, c), cell);
  for (const t of wb.tables) {
    if (t.sheet !== s) continue;
    if (t.rect.r >= at) t.rect = { ...t.rect, r: t.rect.r + count };
    else if (t.rect.r + t.rect.h > at) t.rect = { ...t.rect, h: t.rect.h + count };
  }
  for (const n of wb.notes) if (n.sheet === s && n.r >= at) n.r += count;
  s.merged = s.merged.map((m) => (m.r >= at ? { ...m, r: m.r + count } : m));
  const hidden = [...s.hiddenRows].map((r) => (r >= at ? r + count : r));
  s.hiddenRows.clear();
  for (const r of hidden) s.hiddenRows.add(r);
}
