/**
 * A column's decimal separator, inferred only when the values settle it: "15,00" and "1.234,50" read
 * only with a decimal comma, "1,234.50" only with a point. Without such a value nothing is inferred and
 * the amount parser's own rules apply (an ambiguous "15,00" stays an issue, never a guess).
 */
import type { Cell } from "../cell";
import { parseAmountMinor } from "../money";

/** Texts looked at per column: enough to meet a telling value, bounded for million-row tables. */
const SAMPLE = 5000;

export function inferDecimalSeparator(columns: readonly (readonly Cell[] | null)[]): "." | "," | undefined {
  let comma = 0;
  let point = 0;
  for (const cells of columns) {
    if (!cells) continue;
    let seen = 0;
    for (const cell of cells) {
      if (typeof cell !== "string" || cell.trim() === "") continue;
      if (++seen > SAMPLE) break;
      const asPoint = parseAmountMinor(cell, 4, ".");
      const asComma = parseAmountMinor(cell, 4, ",");
      if (asPoint !== asPoint && asComma === asComma) comma++;
      else if (asComma !== asComma && asPoint === asPoint) point++;
    }
  }
  if (comma > 0 && point === 0) return ",";
  if (point > 0 && comma === 0) return ".";
  return undefined;
}
