/**
 * The simulator's own A1 parsing (kept apart from src/workbook so the stand-in for Excel does not share
 * the adapter's bugs). Rows are 0-based here, as the Excel API's rowIndex/columnIndex are.
 */

export interface Rect {
  /** 0-based first row and column, as Range.rowIndex / columnIndex report them. */
  readonly r: number;
  readonly c: number;
  readonly h: number;
  readonly w: number;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Parses "A1", "A1:C3", "A:C" (whole columns) or "2:5" (whole rows); null when malformed. */
export function parseRect(address: string): Rect | null {
  const parts = address.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const col = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?(\d{1,7})$/;
  const [p0, p1 = p0] = parts as [string, string?];
  const a = cell.exec(p0);
  const b = cell.exec(p1 as string);
  if (a && b) {
    const r0 = Number(a[2]) - 1;
    const r1 = Number(b[2]) - 1;
    const c0 = colNumber(a[1] as string);
    const c1 = colNumber(b[1] as string);
    return normal(r0, c0, r1, c1);
  }
  const ca = col.exec(p0);
  const cb = col.exec(p1 as string);
  if (ca && cb && parts.length === 2)
    return normal(0, colNumber(ca[1] as string), SHEET_ROWS - 1, colNumber(cb[1] as string));
  const ra = row.exec(p0);
  const rb = row.exec(p1 as string);
  if (ra && rb && parts.length === 2) return normal(Number(ra[1]) - 1, 0, Number(rb[1]) - 1, SHEET_COLS - 1);
  return null;
}

function normal(r0: number, c0: number, r1: number, c1: number): Rect | null {
  const r = Math.min(r0, r1);
  const c = Math.min(c0, c1);
  const rect = { r, c, h: Math.abs(r1 - r0) + 1, w: Math.abs(c1 - c0) + 1 };
  if (r < 0 || c < 0 || r + rect.h > SHEET_ROWS || c + rect.w > SHEET_COLS) return null;
  return rect;
}

export function rectA1(rect: Rect): string {
  const a = `${colLetters(rect.c)}${rect.r + 1}`;
  if (rect.h === 1 && rect.w === 1) return a;
  return `${a}:${colLetters(rect.c + rect.w - 1)}${rect.r + rect.h}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into parts. */
export function splitRef(ref: string): { sheet: string | null; address: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: null, address: ref };
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(i + 1) };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.h && b.r < a.r + a.h && a.c < b.c + b.w && b.c < a.c + a.w;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const r = Math.max(a.r, b.r);
  const c = Math.max(a.c, b.c);
  const r1 = Math.min(a.r + a.h, b.r + b.h);
  const c1 = Math.min(a.c + a.w, b.c + b.w);
  return r1 > r && c1 > c ? { r, c, h: r1 - r, w: c1 - c } : null;
}

export function key(r: number, c: number): number {
  return r * SHEET_COLS + c;
}

export function unkey(k: number): { r: number; c: number } {
  return { r: Math.floor(k / SHEET_COLS), c: k % SHEET_COLS };
}
