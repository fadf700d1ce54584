/**
 * Reads tables and plain ranges of the in-memory workbook into core TableData, in chunks that yield, with
 * what the loader found wrong in the cells read (formulas the file held no value for) as source issues.
 */
import type { Cell } from "../../core/cell";
import { makeIssue, type Issue } from "../../core/issues";
import type { FileBalanceLines, TableData } from "../../core/table";
import {
  splitSheetAddress,
  areasIntersect,
  cellA1,
  formatArea,
  lastCol,
  lastRow,
  parseArea,
  type Area,
} from "../address";
import { badAddress, notFound, throwIfAborted } from "../failures";
import type { RunOptions, TableInfo, TableRef } from "../port";
import { buildTableData, inWorkbookOrder, tableInfo } from "../tableData";
import { sheetBalanceLines } from "../balanceLines";
import { linesAround } from "../tableLines";
import { headerText, keyCell, type MemSheet, type MemoryWorkbook } from "./model";
import { yieldToHost } from "../yieldToHost";

const CHUNK_ROWS = 20_000;

export function listMemoryTables(wb: MemoryWorkbook): TableInfo[] {
  const tabs = wb.sheets.map((s) => s.name);
  const tables = inWorkbookOrder(
    wb.tables.map((t) => ({ t, sheet: t.sheet.name, area: t.area })),
    tabs,
  );
  const out: TableInfo[] = tables.map(({ t }) =>
    tableInfo({
      name: t.name,
      sheet: t.sheet.name,
      area: t.area,
      headers: wb.tableHeaders(t),
      showTotals: t.showTotals,
      isExcelTable: true,
    }),
  );
  for (const r of wb.ranges)
    out.push(
      tableInfo({
        name: r.name,
        sheet: r.sheet.name,
        area: r.area,
        headers: headersOf(r.sheet, r.area),
        showTotals: false,
        isExcelTable: false,
      }),
    );
  return out;
}

function headersOf(s: MemSheet, area: Area): string[] {
  const out: string[] = [];
  for (let c = area.col; c <= lastCol(area); c++) out.push(headerText(s.value(area.row, c)));
  return out;
}

interface Located {
  name: string;
  sheet: MemSheet;
  area: Area;
  raggedRows?: readonly { readonly row: number; readonly cells: number }[];
  guessedEncoding?: string;
  sourceIssues?: readonly Issue[];
  fileBalances?: FileBalanceLines;
  totals: boolean;
}

/** The balances the lines of the sheet above and below a table state (see sheetBalanceLines). */
function balancesAround(wb: MemoryWorkbook, sheet: MemSheet, area: Area): FileBalanceLines {
  const others = wb.tables.filter((o) => o.sheet === sheet && o.area !== area).map((o) => o.area);
  const { rows, cols } = linesAround(area, others);
  const lines = rows.map((row) => {
    const cells: Cell[] = [];
    const formats: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = sheet.get(row, c);
      cells.push(cell?.value ?? null);
      formats.push(cell?.format ?? "General");
    }
    return { row, cells, formats };
  });
  return sheetBalanceLines(lines);
}

function locate(wb: MemoryWorkbook, ref: TableRef): Located {
  if ("table" in ref) {
    const t = wb.table(ref.table);
    if (t) {
      const fileBalances = balancesAround(wb, t.sheet, t.area);
      return {
        name: t.name,
        sheet: t.sheet,
        area: t.area,
        totals: t.showTotals,
        ...(fileBalances.opening || fileBalances.closing ? { fileBalances } : {}),
      };
    }
    const r = wb.ranges.find((x) => x.name.toLowerCase() === ref.table.toLowerCase());
    if (r)
      return {
        name: r.name,
        sheet: r.sheet,
        area: r.area,
        totals: false,
        ...(r.raggedRows ? { raggedRows: r.raggedRows } : {}),
        ...(r.guessedEncoding === undefined ? {} : { guessedEncoding: r.guessedEncoding }),
        ...(r.sourceIssues === undefined ? {} : { sourceIssues: r.sourceIssues }),
        ...(r.fileBalances === undefined ? {} : { fileBalances: r.fileBalances }),
      };
    throw notFound("read", ref);
  }
  const sheet = wb.sheet(ref.sheet);
  if (!sheet) throw notFound("read", ref);
  let area: Area;
  try {
    area = parseArea(splitSheetAddress(ref.address).address);
  } catch {
    throw badAddress("read", ref, `"${ref.address}" is not a range address such as A1:F200.`);
  }
  return { name: `${sheet.name}!${formatArea(area)}`, sheet, area, totals: false };
}

export async function readMemoryTable(
  wb: MemoryWorkbook,
  ref: TableRef,
  opts: RunOptions = {},
): Promise<TableData> {
  const where = "table" in ref ? { table: ref.table } : { sheet: ref.sheet };
  throwIfAborted(opts.signal, "read the table", where);
  const t = locate(wb, ref);
  const first = t.area.row + 1;
  const last = lastRow(t.area) - (t.totals ? 1 : 0);
  const count = Math.max(0, last - first + 1);
  const columns: Cell[][] = Array.from({ length: t.area.cols }, () => new Array<Cell>(count).fill(null));
  for (let done = 0; done < count || done === 0; done += CHUNK_ROWS) {
    const end = Math.min(count, done + CHUNK_ROWS);
    for (let i = done; i < end; i++)
      for (let j = 0; j < t.area.cols; j++)
        (columns[j] as Cell[])[i] = t.sheet.value(first + i, t.area.col + j);
    opts.onProgress?.({ phase: "reading", done: end, total: count });
    if (end >= count) break;
    await yieldToHost();
    throwIfAborted(opts.signal, "read the table", where);
  }
  const headers = headersOf(t.sheet, t.area);
  const sourceIssues = [...(t.sourceIssues ?? []), ...uncalculatedIssues(t, headers, first, last)];
  const hiddenRows: number[] = [];
  for (const r of t.sheet.hiddenRows) if (r >= first && r <= last) hiddenRows.push(r);
  hiddenRows.sort((a, b) => a - b);
  return buildTableData({
    name: t.name,
    sheet: t.sheet.name,
    headers,
    columns,
    headerRow: t.area.row,
    recordCount: count,
    firstColumn: t.area.col,
    facts: {
      hiddenRows,
      totalsRow: t.totals ? lastRow(t.area) : null,
      mergedAreas: t.sheet.merged.filter((m) => areasIntersect(m, t.area)).map(formatArea),
      raggedRows: (t.raggedRows ?? []).filter((r) => r.row >= first && r.row <= last),
      ...(t.guessedEncoding === undefined ? {} : { guessedEncoding: t.guessedEncoding }),
      ...(sourceIssues.length === 0 ? {} : { sourceIssues }),
      ...(t.fileBalances === undefined ? {} : { fileBalances: t.fileBalances }),
    },
  });
}

/**
 * The record cells read whose formula the loaded file held no value for: each reads as blank, and is said
 * to be a formula never calculated, in row and column order.
 */
function uncalculatedIssues(t: Located, headers: readonly string[], first: number, last: number): Issue[] {
  const cells: { row: number; col: number }[] = [];
  for (const k of t.sheet.uncalculated) {
    const { row, col } = keyCell(k);
    if (row >= first && row <= last && col >= t.area.col && col <= lastCol(t.area)) cells.push({ row, col });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return cells.map(({ row, col }) => {
    const formula = t.sheet.get(row, col)?.formula ?? "";
    const at = {
      sheet: t.sheet.name,
      table: t.name,
      row,
      column: headers[col - t.area.col] ?? "",
      address: cellA1(row, col),
    };
    return makeIssue("formula_not_calculated", at, { formula }, { value: formula });
  });
}
