/** A parsed column as keys: its text, or its numbers (so 1000 and "1000.00" in an amount column are one key). */
import { cellText } from "../cellText";
import { LazyTextKeys, NumberKeys, TextKeys, type KeySource, type TextSource } from "../keys";
import { decimalsAt, showNumber } from "../show";
import { OK, type ColumnValues } from "../types";

export function columnKeys(cv: ColumnValues): KeySource {
  const caseSensitive = cv.col.rule.caseSensitive === true;
  if (cv.num === undefined) return new LazyTextKeys(cv.status.length, (i) => cv.textAt(i), caseSensitive);
  const num = cv.num;
  // With decimals varying by currency, 150 minor units is 1.50 in one row and 150 in another: such
  // columns key on the value as shown instead.
  if (cv.rowDecimals !== undefined)
    return new TextKeys(
      Array.from(num, (x, i) => (x === x ? showNumber(cv.col.type, x, decimalsAt(cv, i)) : null)),
      true,
    );
  return new NumberKeys(num, (x) => showNumber(cv.col.type, x, cv.decimals));
}

/**
 * Keys compared across tables (foreign keys, lookups): the text each cell shows, trimmed, for OK cells
 * of this column, so a number 1000 in one table matches the text "1000" in another.
 */
export function textKeysOf(cv: ColumnValues, cells: readonly unknown[], caseSensitive: boolean): TextSource {
  if (cv.num === undefined) return new LazyTextKeys(cv.status.length, (i) => cv.textAt(i), caseSensitive);
  const out = new Array<string | null>(cv.status.length);
  for (let i = 0; i < out.length; i++)
    out[i] = cv.status[i] === OK ? (cellText(cells[i] as never) ?? null) : null;
  return new TextKeys(out, caseSensitive);
}
