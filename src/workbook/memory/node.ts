/**
 * Node-only file access for the memory workbook (the command line and tests). The task pane bundle
 * must never import this file: it reads and writes the local file system.
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { loadCsv, saveCsv, type Delimiter } from "./csv";
import { MemoryWorkbook } from "./model";
import { loadXlsx, saveXlsx } from "./xlsx";
import type { TableData } from "../../core/table";

/** Loads an .xlsx or .csv file; a .csv becomes one sheet and one table named after the file. */
export async function loadWorkbookFile(
  path: string,
  opts: { delimiter?: Delimiter } = {},
): Promise<MemoryWorkbook> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return loadXlsx(await readFile(path));
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv")
    return loadCsv(await readFile(path, "utf8"), {
      name: basename(path),
      ...(opts.delimiter ? { delimiter: opts.delimiter } : ext === ".tsv" ? { delimiter: "\t" } : {}),
    });
  throw new Error(`Cannot open "${path}": only .xlsx and .csv files are supported.`);
}

export async function saveWorkbookFile(wb: MemoryWorkbook, path: string): Promise<void> {
  if (extname(path).toLowerCase() !== ".xlsx")
    throw new Error(`Cannot save "${path}": a workbook is saved as .xlsx.`);
  await writeFile(path, await saveXlsx(wb));
}

/** Writes a table as CSV with formula-injection escaping (hazard 9). */
export async function saveTableCsv(
  table: TableData,
  path: string,
  opts: { delimiter?: Delimiter; bom?: boolean } = {},
): Promise<void> {
  await writeFile(path, saveCsv(table, opts), "utf8");
}
