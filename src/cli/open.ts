/** Opens a source (file + table or range) as a workbook port and a table reference; I/O errors say which file. */
import { headerLineOf } from "../core/csvHeader";
import type { TableData } from "../core/table";
import { formatArea, qualify, type Area } from "../workbook/address";
import { createMemoryWorkbook, type MemoryWorkbookPort } from "../workbook/memory";
import type { MemSheet, MemoryWorkbook } from "../workbook/memory/model";
import { loadWorkbookFile } from "../workbook/memory/node";
import { uniqueTableName } from "../workbook/names";
import type { TableInfo, TableRef } from "../workbook/port";
import { UsageError } from "./args";
import type { SourceInfo } from "./output";
import type { SourceSpec } from "./source";

export class SourceError extends Error {
  override readonly name = "SourceError";
}

export async function openWorkbook(spec: SourceSpec): Promise<MemoryWorkbookPort> {
  try {
    return createMemoryWorkbook(
      await loadWorkbookFile(spec.file, spec.encoding === undefined ? {} : { encoding: spec.encoding }),
    );
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") throw new SourceError(`cannot open "${spec.file}": no such file`);
    if (code === "EACCES") throw new SourceError(`cannot open "${spec.file}": permission denied`);
    throw new SourceError(`cannot read "${spec.file}": ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Rows of a sheet's used area looked at for a title above the headers. */
const TITLE_SEARCH = 40;

/**
 * The area a sheet's data takes up, from its headers down: a title, a date or a note above them (short
 * lines, as a bank's own above a CSV file's headers; see core/csvHeader) is left out. Null for an empty sheet.
 */
function dataArea(sheet: MemSheet): Area | null {
  const used = sheet.used();
  if (used === null) return null;
  const lines: string[][] = [];
  for (let r = used.row; r < used.row + Math.min(used.rows, TITLE_SEARCH); r++) {
    const line: string[] = [];
    for (let c = used.col; c < used.col + used.cols; c++) {
      const v = sheet.value(r, c);
      line.push(v === null ? "" : typeof v === "object" ? v.code : String(v));
    }
    lines.push(line);
  }
  const top = headerLineOf(lines);
  return { ...used, row: used.row + top, rows: used.rows - top };
}

/**
 * A source naming the data of the workbook's first visible sheet with data (its used area from the headers
 * down), e.g.
 * `"book.xlsx#Sheet1!A1:F200"`: what to read from a workbook of plain sheet data. Null for one without data.
 */
export function rangeExample(workbook: MemoryWorkbook, file: string): string | null {
  for (const sheet of workbook.sheets) {
    const used = sheet.hidden ? null : dataArea(sheet);
    if (used) return `"${file}#${qualify(sheet.name, formatArea(used))}"`;
  }
  return null;
}

/** How to read a workbook without tables: its range, named as a source. */
function withoutTables(spec: SourceSpec, workbook: MemoryWorkbook, said: string): string {
  const example = rangeExample(workbook, spec.file);
  return example === null ? `${said}, and no sheet holds data` : `${said}; name a range such as ${example}`;
}

/**
 * Where a name given as a table is a sheet's (book.xlsx#Bank for the sheet Bank): the table that sheet
 * holds, or its data as a range, to give instead; null when no sheet has that name.
 */
function sheetNamed(spec: SourceSpec, tables: readonly TableInfo[], workbook: MemoryWorkbook): string | null {
  const wanted = (spec.table ?? "").toLowerCase();
  const sheet = workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
  if (sheet === undefined) return null;
  const on = tables.filter((t) => t.sheet === sheet.name);
  const lead = `"${spec.file}" has no table "${spec.table}", but a sheet of that name`;
  if (on.length === 1) return `${lead} holds the table ${on[0]?.name}: give "${spec.file}#${on[0]?.name}"`;
  if (on.length > 1) return `${lead} holds the tables ${on.map((t) => t.name).join(", ")}: give one of them`;
  const used = dataArea(sheet);
  return used === null
    ? `${lead} holds no data`
    : `${lead} holds data without a table: give its range, "${spec.file}#${qualify(sheet.name, formatArea(used))}"`;
}

/**
 * The table a spec names, as Excel finds it: whatever the case; a workbook with exactly one table needs
 * no name. Excel refuses two tables whose names differ only in case, but other tools write such files:
 * there the name as written wins, and a name that is several tables' apart from case is refused.
 * A workbook without tables is read as a range: the error names the one its data takes up (the named
 * sheet's, when the name given is a sheet's).
 */
export function chooseTable(
  spec: SourceSpec,
  tables: readonly TableInfo[],
  workbook: MemoryWorkbook,
): TableRef {
  if (spec.range) return { sheet: spec.range.sheet, address: spec.range.address };
  const plain = tables.length === 0 && spec.format === "xlsx";
  if (spec.table !== undefined) {
    const wanted = spec.table.toLowerCase();
    const alike = tables.filter((x) => x.name.toLowerCase() === wanted);
    const t = alike.length === 1 ? alike[0] : alike.find((x) => x.name === spec.table);
    if (t) return { table: t.name };
    if (alike.length > 1) {
      const names = alike.map((x) => `"${x.name}" (sheet ${x.sheet})`).join(", ");
      throw new UsageError(
        `"${spec.file}" has several tables named "${spec.table}" apart from case: ${names}; ` +
          "write the one you mean with its exact case",
      );
    }
    const names = tables.map((x) => x.name).join(", ") || "none";
    const said = `"${spec.file}" has no table "${spec.table}" (tables: ${names})`;
    // A sheet's name: that sheet's table or data, whether or not the workbook has tables elsewhere.
    throw new UsageError(
      sheetNamed(spec, tables, workbook) ?? (plain ? withoutTables(spec, workbook, said) : said),
    );
  }
  if (tables.length === 1) return { table: (tables[0] as TableInfo).name };
  if (plain) throw new UsageError(withoutTables(spec, workbook, `"${spec.file}" has no tables`));
  const names = tables.map((x) => x.name).join(", ") || "none";
  throw new UsageError(`say which table of "${spec.file}" to read, as FILE#Table (tables: ${names})`);
}

/**
 * The chosen table under a name that reads it. The in-memory workbook finds a table by name as Excel
 * does, whatever the case, so of two tables whose names differ only in case it finds one; the other,
 * when chosen, gets a name of its own in memory (BANK -> BANK_2), as a table moved in from another file
 * does when its name is taken, and --out writes a workbook Excel accepts.
 */
export function readableRef(port: MemoryWorkbookPort, chosen: TableRef): TableRef {
  if (!("table" in chosen)) return chosen;
  const wb = port.workbook;
  const t = wb.tables.find((x) => x.name === chosen.table);
  if (!t || wb.table(t.name) === t) return chosen;
  t.name = uniqueTableName(t.name, [...wb.tables.map((x) => x.name), ...wb.ranges.map((r) => r.name)]);
  return { table: t.name };
}

export interface OpenedTable {
  readonly port: MemoryWorkbookPort;
  readonly table: TableData;
  readonly source: SourceInfo;
}

export async function openTable(spec: SourceSpec): Promise<OpenedTable> {
  const port = await openWorkbook(spec);
  const chosen = chooseTable(spec, await port.listTables(), port.workbook);
  const ref = readableRef(port, chosen);
  const tables = await port.listTables();
  let table: TableData;
  try {
    table = await port.readTable(ref);
  } catch (e) {
    throw new SourceError(
      `cannot read ${describeRef(chosen)} of "${spec.file}": ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  // Read under a name of its own: said under the name the file gives it.
  if ("table" in chosen && table.name !== chosen.table) table = { ...table, name: chosen.table };
  const info = "table" in ref ? tables.find((t) => t.name === ref.table) : undefined;
  return {
    port,
    table,
    source: {
      file: spec.file,
      sheet: table.sheet,
      table: table.name,
      ...(info ? { address: info.address } : "address" in ref ? { address: ref.address } : {}),
      rows: table.rows.length,
    },
  };
}

function describeRef(ref: TableRef): string {
  return "table" in ref ? `table "${ref.table}"` : `range ${qualify(ref.sheet, ref.address)}`;
}
