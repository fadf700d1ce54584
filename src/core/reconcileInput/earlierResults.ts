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
import type { Cell } from "../cell";
import type { TableData } from "../table";
import { textOf } from "./cells";

/** The reconciliation's result columns, as Apply writes them at the right end of each table. */
export const RESULT_HEADERS = ["BO Match ID", "BO Status", "BO Rule", "BO Note"] as const;

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
  /** The other table of the pair. */
  readonly counterpart: string;
  /** Which pair's Apply last wrote the side's result columns, when the document records it. */
  readonly lastApply?: {
    /** Whether it was this pair's. */
    readonly thisPair: boolean;
    /** The other table of the pair that wrote them, when known. */
    readonly with: string | null;
  };
}

/**
 * Which rows of a side an earlier reconciliation against another table cleared: those whose result says
 * `confirmed`, and either whose note says which table cleared them (a row an earlier Apply carried) and
 * it is not this pair's other table, or that the last Apply wrote for another pair. Where the document
 * does not record which pair wrote the columns (a workbook saved from another copy), a confirmed row
 * whose match id the other table does not carry was cleared elsewhere. When the last Apply carried
 * rows this pair cleared, it came after this pair (an earlier statement reconciled again): the rows it
 * matched itself stay in this run, where they were still open.
 *
 * Without a pair (`null`: worksheet functions see two ranges, not which tables they are), the match ids
 * tell it all: a confirmed row was cleared elsewhere when the other side carries no row of its match id,
 * and the last Apply came later when the other side carries a row that Apply carried.
 */
export function sideEarlier(
  own: EarlierResults | null,
  other: EarlierResults | null,
  pair: ThisPair | null,
): SideEarlier | null {
  if (own === null) return null;
  const ids = own.columns[ID];
  const statuses = own.columns[STATUS];
  const notes = own.columns[NOTE];
  const counterpart = pair?.counterpart.toLowerCase() ?? null;
  const clearedWith = (i: number): string | null => {
    const carried = CARRIED.exec(textOf(notes?.[i]));
    return carried ? (carried[1] ?? "").toLowerCase() : null;
  };
  let theirs: Set<string> | null = null;
  const theyCarry = (i: number): boolean => {
    theirs ??= new Set((other?.columns[ID] ?? []).map(textOf).filter((x) => x !== ""));
    return theirs.has(textOf(ids?.[i]));
  };
  // Whether the row was cleared against this pair's other table, by its carried note or (without a
  // pair) by its match id; null when its note does not say it was carried.
  const carriedHere = (i: number): boolean | null => {
    const withTable = clearedWith(i);
    if (withTable === null) return null;
    return counterpart !== null ? withTable === counterpart : theyCarry(i);
  };
  let later = false;
  for (let i = 0; i < (notes?.length ?? 0) && !later; i++) later = carriedHere(i) === true;
  let cleared: Uint8Array | null = null;
  if (ids && statuses) {
    for (let i = 0; i < ids.length; i++) {
      if (textOf(ids[i]) === "" || textOf(statuses[i]).toLowerCase() !== "confirmed") continue;
      const here = carriedHere(i);
      let elsewhere: boolean;
      if (here !== null) elsewhere = !here;
      else if (later) elsewhere = false;
      else if (pair?.lastApply !== undefined) elsewhere = !pair.lastApply.thisPair;
      else elsewhere = !theyCarry(i);
      if (!elsewhere) continue;
      cleared ??= new Uint8Array(ids.length);
      cleared[i] = 1;
    }
  }
  return { results: own, cleared, writtenWith: pair?.lastApply?.with ?? null };
}

/** The table a cleared row was cleared against, as its note or the record of the last Apply says; or null. */
export function clearedWith(e: SideEarlier, i: number): string | null {
  const carried = CARRIED.exec(textOf(e.results.columns[NOTE]?.[i]));
  if (carried) return carried[1] ?? null;
  return e.writtenWith;
}

/** The match id an earlier Apply wrote beside the row ("" when none). */
export function earlierMatchId(e: SideEarlier, i: number): string {
  return textOf(e.results.columns[ID]?.[i]);
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
