/**
 * The two sides of `bo reconcile` in one in-memory workbook, so the same service as the task pane can
 * read both and write its outputs: one file is opened once; from two files the second one's sheets,
 * tables and ranges move into the first (renamed when a name is taken), and --out saves the lot.
 */
import { resolve } from "node:path";
import type { MemoryWorkbookPort } from "../../workbook/memory";
import type { MemoryWorkbook } from "../../workbook/memory/model";
import { uniqueSheetName, uniqueTableName } from "../../workbook/names";
import type { TableInfo, TableRef } from "../../workbook/port";
import { UsageError } from "../args";
import { chooseTable, openWorkbook } from "../open";
import type { SourceInfo } from "../output";
import type { SourceSpec } from "../source";

/** A side is read by `ref`; its result columns go beside `output`. */
export interface PairSide {
  readonly ref: TableRef;
  readonly output: TableRef;
}

export interface OpenedPair {
  readonly port: MemoryWorkbookPort;
  readonly left: PairSide;
  readonly right: PairSide;
  /** File and table of each side, for the JSON envelope (rows filled in after the run). */
  readonly sources: readonly [Omit<SourceInfo, "rows">, Omit<SourceInfo, "rows">];
}

/** A plain range (a CSV file) is read by its name and written beside by address; an Excel table by name. */
function refOf(tables: readonly TableInfo[], chosen: TableRef): PairSide & { info: TableInfo | undefined } {
  if (!("table" in chosen)) return { ref: chosen, output: chosen, info: undefined };
  const info = tables.find((t) => t.name.toLowerCase() === chosen.table.toLowerCase());
  if (info && !info.isExcelTable)
    return { ref: { table: info.name }, output: { sheet: info.sheet, address: info.address }, info };
  return { ref: chosen, output: chosen, info };
}

/** Moves every sheet, table and range of `from` into `into`; returns new names ("sheet:" + old for sheets). */
function moveInto(into: MemoryWorkbook, from: MemoryWorkbook): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const sheet of from.sheets) {
    const was = sheet.name;
    sheet.name = uniqueSheetName(
      sheet.name,
      into.sheets.map((s) => s.name),
    );
    into.sheets.push(sheet);
    renamed.set(`sheet:${was.toLowerCase()}`, sheet.name);
  }
  const names = () => [...into.tables.map((t) => t.name), ...into.ranges.map((r) => r.name)];
  for (const t of from.tables) {
    const name = uniqueTableName(t.name, names());
    renamed.set(t.name.toLowerCase(), name);
    t.name = name;
    into.tables.push(t);
  }
  for (const r of from.ranges) {
    const name = uniqueTableName(r.name, names());
    renamed.set(r.name.toLowerCase(), name);
    into.ranges.push({ ...r, name });
  }
  return renamed;
}

function describe(spec: SourceSpec, info: TableInfo | undefined, ref: TableRef): Omit<SourceInfo, "rows"> {
  if (info) return { file: spec.file, sheet: info.sheet, table: info.name, address: info.address };
  if ("table" in ref) return { file: spec.file, sheet: "", table: ref.table };
  return { file: spec.file, sheet: ref.sheet, table: `${ref.sheet}!${ref.address}`, address: ref.address };
}

export async function openPair(left: SourceSpec, right: SourceSpec): Promise<OpenedPair> {
  const port = await openWorkbook(left);
  const leftTables = await port.listTables();
  const l = refOf(leftTables, chooseTable(left, leftTables));
  let r: PairSide & { info: TableInfo | undefined };
  if (resolve(left.file) === resolve(right.file)) {
    r = refOf(leftTables, chooseTable(right, leftTables));
  } else {
    const other = await openWorkbook(right);
    const otherTables = await other.listTables();
    const chosen = chooseTable(right, otherTables);
    if (other.workbook.date1904 !== port.workbook.date1904 && other.workbook.sheets.length > 0)
      throw new UsageError(
        `"${left.file}" and "${right.file}" use different date systems (1900 and 1904); save one in the other's system first`,
      );
    const renamed = moveInto(port.workbook, other.workbook);
    const moved: TableRef =
      "table" in chosen
        ? { table: renamed.get(chosen.table.toLowerCase()) ?? chosen.table }
        : { ...chosen, sheet: renamed.get(`sheet:${chosen.sheet.toLowerCase()}`) ?? chosen.sheet };
    r = refOf(await port.listTables(), moved);
  }
  if (JSON.stringify(l.ref) === JSON.stringify(r.ref))
    throw new UsageError("LEFT and RIGHT name the same table; give the book table and the statement table");
  return {
    port,
    left: { ref: l.ref, output: l.output },
    right: { ref: r.ref, output: r.output },
    sources: [describe(left, l.info, l.ref), describe(right, r.info, r.ref)],
  };
}
