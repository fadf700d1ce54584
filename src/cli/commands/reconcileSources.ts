/**
 * The two sides of `bo reconcile` in one in-memory workbook, so the same service as the task pane can
 * read both and write its outputs: one file is opened once; from two files the second one's sheets,
 * tables and ranges move into the first (renamed when a name is taken), and --out saves the lot.
 */
import { resolve } from "node:path";
import { bareMessage, formatLocation, type Issue } from "../../core/issues";
import type { MemoryWorkbookPort } from "../../workbook/memory";
import type { MemoryWorkbook, MemSheet } from "../../workbook/memory/model";
import { uniqueSheetName, uniqueTableName } from "../../workbook/names";
import type { TableInfo, TableRef } from "../../workbook/port";
import { UsageError } from "../args";
import { chooseTable, openWorkbook, readableRef } from "../open";
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
  const info =
    tables.find((t) => t.name === chosen.table) ??
    tables.find((t) => t.name.toLowerCase() === chosen.table.toLowerCase());
  if (info && !info.isExcelTable)
    return { ref: { table: info.name }, output: { sheet: info.sheet, address: info.address }, info };
  return { ref: chosen, output: chosen, info };
}

type Place = { readonly sheet: string; readonly table: string };

/**
 * What the reader of a file found in a range (a CSV file's lines above its headers), said where the range
 * now is: its sheet and name, and the location its message starts with.
 */
function relocate(issues: readonly Issue[], was: Place, now: Place): Issue[] {
  return issues.map((issue) => {
    const sheet = issue.sheet === was.sheet ? now.sheet : issue.sheet;
    const table = issue.table === was.table ? now.table : issue.table;
    if (sheet === issue.sheet && table === issue.table) return issue;
    const moved: Issue = {
      ...issue,
      ...(sheet === undefined ? {} : { sheet }),
      ...(table === undefined ? {} : { table }),
    };
    const text = bareMessage(issue);
    // A message without the location it was made with is left as it is.
    if (text === issue.message) return moved;
    const where = formatLocation(moved);
    return { ...moved, message: where === "" ? text : `${where}: ${text}` };
  });
}

/**
 * Moves every sheet, table and range of `from` into `into`; returns new names by old ("sheet:" + old in
 * lower case for sheets, which Excel keeps apart whatever the case; a table's or range's old name as
 * written, since a file Excel did not write can hold tables whose names differ only in case). What the
 * file's reader found in a range moves with it, under its new sheet and name.
 */
function moveInto(into: MemoryWorkbook, from: MemoryWorkbook): Map<string, string> {
  const renamed = new Map<string, string>();
  const sheetWas = new Map<MemSheet, string>();
  for (const sheet of from.sheets) {
    const was = sheet.name;
    sheetWas.set(sheet, was);
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
    renamed.set(t.name, name);
    t.name = name;
    into.tables.push(t);
  }
  for (const r of from.ranges) {
    const name = uniqueTableName(r.name, names());
    renamed.set(r.name, name);
    const was = { sheet: sheetWas.get(r.sheet) ?? r.sheet.name, table: r.name };
    const sourceIssues =
      r.sourceIssues && relocate(r.sourceIssues, was, { sheet: r.sheet.name, table: name });
    into.ranges.push({ ...r, name, ...(sourceIssues === undefined ? {} : { sourceIssues }) });
  }
  // A name both workbooks define is kept as the first one's; the copy says it left the other out.
  for (const n of from.names) {
    if (!into.names.some((m) => m.name.toLowerCase() === n.name.toLowerCase())) into.names.push(n);
    else into.notKept.push(`the name "${n.name}" of the second workbook, which the first defines too`);
  }
  for (const what of from.notKept) if (!into.notKept.includes(what)) into.notKept.push(what);
  return renamed;
}

function describe(spec: SourceSpec, info: TableInfo | undefined, ref: TableRef): Omit<SourceInfo, "rows"> {
  if (info) return { file: spec.file, sheet: info.sheet, table: info.name, address: info.address };
  if ("table" in ref) return { file: spec.file, sheet: "", table: ref.table };
  return { file: spec.file, sheet: ref.sheet, table: `${ref.sheet}!${ref.address}`, address: ref.address };
}

/**
 * The date system of the two files together. Only two workbooks can disagree: a CSV or statement file
 * loads as text (dates written out, read with a declared day order), so it takes the workbook's system
 * and nothing it holds changes. A serial number in a CSV file's date column ("46084") is text as well:
 * reading refuses it as a number stored as text instead of guessing a system for it. Were such serials
 * ever read as dates, it would have to be in the 1900 system they almost always come from, not in the
 * workbook's: a 1904 workbook beside the file would otherwise put them four years and a day out.
 */
function dateSystemOf(
  left: SourceSpec,
  right: SourceSpec,
  into: MemoryWorkbook,
  from: MemoryWorkbook,
): boolean {
  if (left.format !== "xlsx") return from.date1904;
  if (right.format !== "xlsx" || from.sheets.length === 0) return into.date1904;
  if (into.date1904 !== from.date1904)
    throw new UsageError(
      `"${left.file}" and "${right.file}" use different date systems (1900 and 1904); save one in the other's system first`,
    );
  return into.date1904;
}

const SAME_TABLE = "LEFT and RIGHT name the same table; give the book table and the statement table";

export async function openPair(left: SourceSpec, right: SourceSpec): Promise<OpenedPair> {
  const port = await openWorkbook(left);
  const leftTables = await port.listTables();
  const leftChoice = chooseTable(left, leftTables, port.workbook);
  let l: PairSide & { info: TableInfo | undefined };
  let r: PairSide & { info: TableInfo | undefined };
  if (resolve(left.file) === resolve(right.file)) {
    // Both chosen by the names the file gives them, before either is given a name of its own to be read by.
    const rightChoice = chooseTable(right, leftTables, port.workbook);
    if (JSON.stringify(leftChoice) === JSON.stringify(rightChoice)) throw new UsageError(SAME_TABLE);
    const leftRef = readableRef(port, leftChoice);
    const rightRef = readableRef(port, rightChoice);
    const tables = await port.listTables();
    l = refOf(tables, leftRef);
    r = refOf(tables, rightRef);
  } else {
    const leftRef = readableRef(port, leftChoice);
    l = refOf(await port.listTables(), leftRef);
    const other = await openWorkbook(right);
    const chosen = readableRef(other, chooseTable(right, await other.listTables(), other.workbook));
    port.workbook.date1904 = dateSystemOf(left, right, port.workbook, other.workbook);
    const renamed = moveInto(port.workbook, other.workbook);
    const moved: TableRef =
      "table" in chosen
        ? { table: renamed.get(chosen.table) ?? chosen.table }
        : { ...chosen, sheet: renamed.get(`sheet:${chosen.sheet.toLowerCase()}`) ?? chosen.sheet };
    r = refOf(await port.listTables(), moved);
  }
  if (JSON.stringify(l.ref) === JSON.stringify(r.ref)) throw new UsageError(SAME_TABLE);
  return {
    port,
    left: { ref: l.ref, output: l.output },
    right: { ref: r.ref, output: r.output },
    sources: [describe(left, l.info, l.ref), describe(right, r.info, r.ref)],
  };
}
