/** Compares cells read back with the cells intended, and describes them in messages. */
import { describeCell, isCellError, type Cell } from "../core/cell";

export function sameCell(a: Cell, b: Cell): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.code === b.code;
  if (typeof a === "number" && typeof b === "number") return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

export function describeValue(v: Cell): string {
  if (isCellError(v)) return `the error ${v.code}`;
  return describeCell(v);
}

/** A cheap, order-sensitive fingerprint of a block of cells (FNV-1a over a tagged rendering). */
export function fingerprint(rows: readonly (readonly Cell[])[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const row of rows) {
    for (const v of row) {
      if (v === null) mix("\u0000n");
      else if (isCellError(v)) mix(`\u0000e${v.code}`);
      else mix(`\u0000${typeof v}${String(v)}`);
    }
    mix("\u0001");
  }
  return h.toString(16).padStart(8, "0");
}
