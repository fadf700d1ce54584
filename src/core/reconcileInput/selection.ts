/**
 * Which rows of a table take part: e.g. only the cash account's lines of a ledger that holds both sides
 * of every journal entry. Values compare as trimmed, case-insensitive text, so 1000 and "1000" agree.
 */
import { isCellError, type Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import type { TableData } from "../table";
import type { ReconcileField } from "./fields";

export interface Selection {
  readonly field: ReconcileField;
  /** Rows whose cell in that field's column reads as one of these values. */
  readonly values: readonly string[];
}

export function selectionText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return "";
  return (typeof cell === "string" ? cell : String(cell)).trim().toLowerCase();
}

const wantedCache = new WeakMap<Selection, Set<string>>();

function wanted(sel: Selection): Set<string> {
  let set = wantedCache.get(sel);
  if (!set) {
    set = new Set(sel.values.map((v) => v.trim().toLowerCase()));
    wantedCache.set(sel, set);
  }
  return set;
}

/** True when record i of the table is selected; a selection on an unmapped field selects nothing. */
export function matchesSelection(table: TableData, map: ColumnMap, sel: Selection, i: number): boolean {
  const c = map[sel.field];
  if (c === undefined) return false;
  return wanted(sel).has(selectionText(table.columns[c]?.[i]));
}

/** The distinct values of a column with how often each occurs, most frequent first (ties by text). */
export function valueCounts(table: TableData, column: number): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>();
  const cells = table.columns[column] ?? [];
  for (const cell of cells) {
    const key = selectionText(cell);
    if (key === "") continue;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value: typeof cell === "string" ? cell.trim() : String(cell), count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
