/**
 * Whole amounts written with a point before their thousands and nothing after: a German export that drops
 * ",00" writes 1,850.00 as "-1.850" and 20.00 as "20", which no value settles (inferDecimalSeparator)
 * and the amount parser would read as 1.85. Where every point in a side's amounts stands before exactly
 * three digits, no amount has a comma, and the side's currencies have fewer than three decimals, the
 * point separates thousands: a currency with three decimals (BHD, KWD) keeps "1.850" its decimal point,
 * and amounts that write both "1.850" and "2,500" settle nothing. Every row is looked at, so the order
 * of the rows changes nothing.
 */
import type { Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { makeIssue, type Issue } from "../issues";
import { currencyDecimals, formatMoney, parseAmountMinor } from "../money";
import { columnLetter, type TableData } from "../table";

/** A point followed by other than exactly three digits (and the number's end). */
const POINT_NOT_BEFORE_THREE = /\.(?!\d{3}(?!\d))/;
const POINT = /\d\.\d/;
const CODE = /[A-Za-z]{3}/;

/** The first text that writes a point before three digits, or null when a text says otherwise. */
function firstPointed(cells: readonly Cell[]): { text: string } | null | undefined {
  let found: string | undefined;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    if (cell.includes(",")) return null;
    if (!cell.includes(".")) continue;
    const text = cell.trim();
    if (!POINT.test(text) || POINT_NOT_BEFORE_THREE.test(text)) return null;
    const code = CODE.exec(text)?.[0];
    if (code !== undefined && currencyDecimals(code.toUpperCase()) >= 3) return null;
    found ??= text;
  }
  return found === undefined ? undefined : { text: found };
}

/** Whether a currency the side names has three decimals or more. */
function namesThreeDecimals(cells: readonly Cell[] | undefined, currency: string): boolean {
  if (currencyDecimals(currency) >= 3) return true;
  for (const cell of cells ?? []) {
    if (typeof cell === "string" && cell.length === 3 && currencyDecimals(cell.toUpperCase()) >= 3)
      return true;
  }
  return false;
}

/**
 * "," (the point then separates thousands) with a note at the first column writing such a point, when
 * the side's amount, debit, credit and balance columns settle it so; otherwise null.
 */
export function thousandsPoint(
  table: TableData,
  map: ColumnMap,
  currency: string,
): { readonly separator: ","; readonly note: Issue } | null {
  let first: { column: number; text: string } | undefined;
  for (const c of [map.amount, map.debit, map.credit, map.balance]) {
    if (c === undefined) continue;
    const found = firstPointed(table.columns[c] ?? []);
    if (found === null) return null;
    if (found !== undefined) first ??= { column: c, text: found.text };
  }
  if (first === undefined) return null;
  const currencies = map.currency === undefined ? undefined : table.columns[map.currency];
  if (namesThreeDecimals(currencies, currency)) return null;
  const row = table.headerRow;
  const column = table.headers[first.column] ?? "";
  const minor = parseAmountMinor(first.text, currencyDecimals(currency), ",");
  const note = makeIssue(
    "recon_thousands_point",
    {
      sheet: table.sheet,
      table: table.name,
      row,
      column,
      address: `${columnLetter(table.firstColumn + first.column)}${row}`,
    },
    { example: first.text, readAs: formatMoney(minor, currency).trim() },
  );
  return { separator: ",", note };
}
