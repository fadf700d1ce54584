/** A cell as Excel's `values` gives it. */
import type { Cell } from "../../core/cell";

/** A value from `values`: "" is blank; error-looking text is decided later by valueTypes. */
export function toCell(v: unknown): Cell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}
