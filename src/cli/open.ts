/** Opens a source (file + table or range) as a workbook port and a table reference; I/O errors say which file. */
import type { TableData } from "../core/table";
import { createMemoryWorkbook, type MemoryWorkbookPort } from "../workbook/memory";
import { loadWorkbookFile } from "../workbook/memory/node";
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

/** The table a spec names; a workbook with exactly one table needs no name. */
export function chooseTable(spec: SourceSpec, tables: readonly TableInfo[]): TableRef {
  if (spec.range) return { sheet: spec.range.sheet, address: spec.range.address };
  if (spec.table !== undefined) {
    const wanted = spec.table.toLowerCase();
    const t = tables.find((x) => x.name.toLowerCase() === wanted);
    if (!t) {
      const names = tables.map((x) => x.name).join(", ") || "none";
      throw new UsageError(`"${spec.file}" has no table "${spec.table}" (tables: ${names})`);
    }
    return { table: t.name };
  }
  if (tables.length === 1) return { table: (tables[0] as TableInfo).name };
  const names = tables.map((x) => x.name).join(", ") || "none";
  throw new UsageError(`say which table of "${spec.file}" to read, as FILE#Table (tables: ${names})`);
}

export interface OpenedTable {
  readonly port: MemoryWorkbookPort;
  readonly table: TableData;
  readonly source: SourceInfo;
}

export async function openTable(spec: SourceSpec): Promise<OpenedTable> {
  const port = await openWorkbook(spec);
  const tables = await port.listTables();
  const ref = chooseTable(spec, tables);
  let table: TableData;
  try {
    table = await port.readTable(ref);
  } catch (e) {
    throw new SourceError(
      `cannot read ${describeRef(ref)} of "${spec.file}": ${e instanceof Error ? e.message : String(e)}`,
    );
  }
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
  return "table" in ref ? `table "${ref.table}"` : `range ${ref.sheet}!${ref.address}`;
}
