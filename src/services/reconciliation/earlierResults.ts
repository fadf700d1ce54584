/**
 * A table read after an earlier Apply carries our result columns at its right end. They are output, not
 * input: they are left out before the columns are mapped, so a re-run reads exactly what the user wrote.
 *
 * They also say what earlier reconciliations decided. A book reconciled month by month against each
 * month's statement (a table per statement, as Import a statement file makes them) carries `confirmed`
 * beside the rows an earlier statement cleared. Such a row was cleared against another table (see
 * sideEarlier for how that is told), so it takes no part in this run (its amount still counts in the
 * book balance), and Apply writes its result cells back as they were.
 */
import type { Cell } from "../../core/cell";
import { textOf } from "../../core/reconcileInput";
import type { TableData } from "../../core/table";
import { counterpartOfKey, RESULT_HEADERS } from "./resultKeys";

const OURS = new Set<string>(RESULT_HEADERS.map((h) => h.toLowerCase()));

/** Our result columns as a table carried them when read: the earlier Apply's values, row by row. */
export interface EarlierResults {
  /** Per RESULT_HEADERS entry, the column's cells (null where the table lacks that column). */
  readonly columns: readonly (readonly Cell[] | null)[];
}

function headerAt(table: TableData, c: number): string {
  return (table.headers[c] ?? "").trim().toLowerCase();
}

export interface SplitTable {
  /** The table without our trailing result columns: what the user wrote. */
  readonly table: TableData;
  /** The table as read. */
  readonly raw: TableData;
  /** What our result columns held, or null when the table has none. */
  readonly earlier: EarlierResults | null;
}

/** The table without our trailing result columns, and what those columns held. */
export function splitResultColumns(table: TableData): SplitTable {
  let keep = table.headers.length;
  while (keep > 0 && OURS.has(headerAt(table, keep - 1))) keep--;
  if (keep === table.headers.length) return { table, raw: table, earlier: null };
  const columns = RESULT_HEADERS.map((h) => {
    for (let c = keep; c < table.headers.length; c++)
      if (headerAt(table, c) === h.toLowerCase()) return table.columns[c] ?? null;
    return null;
  });
  return {
    table: { ...table, headers: table.headers.slice(0, keep), columns: table.columns.slice(0, keep) },
    raw: table,
    earlier: { columns },
  };
}

const ID = 0;
const STATUS = 1;
const NOTE = 3;
/** How a carried row's note begins: `Cleared earlier with Bank: amount equal, …`. */
const CARRIED = /^Cleared earlier(?: with (.+?))?:(?: |$)/;

/** The earlier results of one side, and which of its rows were cleared against another table. */
export interface SideEarlier {
  readonly results: EarlierResults;
  /** Per table record, 1 where the row was cleared against another table; null when none was. */
  readonly cleared: Uint8Array | null;
  /** The table the rows the last Apply wrote were matched with, when the document records it. */
  readonly writtenWith: string | null;
}

export interface ThisPair {
  /** The key this pair's result columns beside the side are written under. */
  readonly key: string;
  /** The other table of the pair. */
  readonly counterpart: string;
  /** The key under which the side's result columns were last written, when the document records it. */
  readonly writtenBy?: string;
}

/**
 * Which rows of a side an earlier reconciliation against another table cleared: those whose result says
 * `confirmed`, and either whose note says which table cleared them (a row an earlier Apply carried) and
 * it is not this pair's other table, or that the last Apply wrote for another pair. Where the document
 * does not record which pair wrote the columns (a workbook saved from another copy), a confirmed row
 * whose match id the other table does not carry was cleared elsewhere. When the last Apply carried
 * rows this pair cleared, it came after this pair (an earlier statement reconciled again): the rows it
 * matched itself stay in this run, where they were still open.
 */
export function sideEarlier(
  own: EarlierResults | null,
  other: EarlierResults | null,
  pair: ThisPair,
): SideEarlier | null {
  if (own === null) return null;
  const ids = own.columns[ID];
  const statuses = own.columns[STATUS];
  const notes = own.columns[NOTE];
  const counterpart = pair.counterpart.toLowerCase();
  const clearedWith = (i: number): string | null => {
    const carried = CARRIED.exec(textOf(notes?.[i]));
    return carried ? (carried[1] ?? "").toLowerCase() : null;
  };
  let later = false;
  for (let i = 0; i < (notes?.length ?? 0) && !later; i++) later = clearedWith(i) === counterpart;
  let cleared: Uint8Array | null = null;
  if (ids && statuses) {
    let theirs: Set<string> | null = null;
    for (let i = 0; i < ids.length; i++) {
      const id = textOf(ids[i]);
      if (id === "" || textOf(statuses[i]).toLowerCase() !== "confirmed") continue;
      const withTable = clearedWith(i);
      let elsewhere: boolean;
      if (withTable !== null) elsewhere = withTable !== counterpart;
      else if (later) elsewhere = false;
      else if (pair.writtenBy !== undefined) elsewhere = pair.writtenBy !== pair.key;
      else {
        theirs ??= new Set((other?.columns[ID] ?? []).map(textOf).filter((x) => x !== ""));
        elsewhere = !theirs.has(id);
      }
      if (!elsewhere) continue;
      cleared ??= new Uint8Array(ids.length);
      cleared[i] = 1;
    }
  }
  return {
    results: own,
    cleared,
    writtenWith: pair.writtenBy === undefined ? null : counterpartOfKey(pair.writtenBy),
  };
}

/** The table a cleared row was cleared against, as its note or the record of the last Apply says; or null. */
export function clearedWith(e: SideEarlier, i: number): string | null {
  const carried = CARRIED.exec(textOf(e.results.columns[NOTE]?.[i]));
  if (carried) return carried[1] ?? null;
  return e.writtenWith;
}

/**
 * The result cells a cleared row keeps: as the earlier Apply wrote them, the note saying which table
 * cleared it (once; a row carried again keeps its note).
 */
export function carriedValues(e: SideEarlier, i: number): Cell[] {
  const cells = e.results.columns.map((c) => c?.[i] ?? null);
  const note = textOf(cells[NOTE] ?? null);
  if (!CARRIED.test(note)) {
    const said = note === "" ? "" : ` ${note}`;
    cells[NOTE] =
      e.writtenWith !== null ? `Cleared earlier with ${e.writtenWith}:${said}` : `Cleared earlier:${said}`;
  }
  return cells;
}
