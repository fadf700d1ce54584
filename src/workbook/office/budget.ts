/**
 * Request and response budgets for Excel on the web: 5 MB per request and per response, and reads of at
 * most 5 million cells (above that a read may return null). Chunks are sized from the bytes of the data
 * itself, with room left for Excel's own envelope around it.
 */

/** Excel on the web's payload limit per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Data bytes we put in one request or expect in one response: the rest is margin for the envelope. */
export const PAYLOAD_BUDGET_BYTES = 4_500_000;
/** Cells read at once, below the 5,000,000 above which a read may come back null. */
export const READ_CELL_BUDGET = 4_000_000;

/** The budgets one adapter works with (tests shrink them to exercise chunk boundaries). */
export interface Budget {
  /** Data bytes per request and per response. */
  readonly payload: number;
  /** Cells per read. */
  readonly readCells: number;
  /** Rows fetched with a table's metadata, to measure the data before sizing chunks. */
  readonly sampleRows: number;
}

export const DEFAULT_BUDGET: Budget = {
  payload: PAYLOAD_BUDGET_BYTES,
  readCells: READ_CELL_BUDGET,
  sampleRows: 2000,
};

/** UTF-8 length of a string, without allocating (runs in the browser and Node alike). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value in the JSON exchanged with Excel. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}

/** Bytes of one row of cells in JSON, counted without building the whole chunk's string. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += (typeof v === "string" ? utf8Length(JSON.stringify(v)) : jsonBytes(v)) + 1;
  return n;
}
