/**
 * Where a table's own lines may stand on its sheet (a bank's balance lines above its headers or below its
 * records): the rows above and below it, read from column A, that are nearer to it than to another table.
 */
import { lastCol, lastRow, MAX_ROWS, type Area } from "./address";

/** How many sheet rows above a table's header, and below its last row, may hold a bank's balance lines. */
const ROWS_ABOVE = 15;
const ROWS_BELOW = 5;
/** Balance lines stand at the sheet's left: no more columns than these are read. */
const MAX_LINE_COLUMNS = 64;

/**
 * The rows above `area`'s header (from row 1) and below it, each read from column A to the table's last
 * column (`cols` wide). Between this table and another one on the sheet, a row belongs to the nearer of the
 * two (a row as near to both goes to the table below it, whose opening line or title it is); rows another
 * table covers, or beyond it, are never such lines. An account's lines in a sheet of accounts one under another are so
 * read with its own table only.
 */
export function linesAround(
  area: Area,
  others: readonly Area[],
): { readonly rows: number[]; readonly cols: number } {
  const cols = Math.min(lastCol(area) + 1, MAX_LINE_COLUMNS);
  const beside = others.filter((o) => o.col < cols);
  const top = area.row;
  const bottom = lastRow(area);
  const mine = (r: number): boolean =>
    beside.every((o) => {
      const oTop = o.row;
      const oBottom = lastRow(o);
      if (r >= oTop && r <= oBottom) return false;
      // Beyond another table, on its far side from this one: that table's or another's.
      if ((oBottom < top && r < oTop) || (oTop > bottom && r > oBottom)) return false;
      // Another table above this one: the row is ours if it is no nearer to that table's end.
      if (oBottom < top && r > oBottom && r < top) return top - r <= r - oBottom;
      // Another table below this one: the row is ours if it is nearer to our end than to its header.
      if (oTop > bottom && r < oTop && r > bottom) return r - bottom < oTop - r;
      return true;
    });
  const rows: number[] = [];
  for (let r = Math.max(1, top - ROWS_ABOVE); r < top; r++) if (mine(r)) rows.push(r);
  for (let r = bottom + 1; r <= Math.min(bottom + ROWS_BELOW, MAX_ROWS); r++) if (mine(r)) rows.push(r);
  return { rows, cols };
}
