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
  return selectedSign(table, map, sel, i) !== 0;
}

/**
 * Whether record i is selected, and from which side: 1 when its cell in the field's column is one of
 * the values; for an account selection in a ledger that books each entry on one line from an account
 * to a contra account, -1 when its contra account is (the line seen from that account: a debit to the
 * account is a credit to the contra account, so its amount counts turned round); 0 when not selected.
 */
export function selectedSign(table: TableData, map: ColumnMap, sel: Selection, i: number): 1 | -1 | 0 {
  const c = map[sel.field];
  if (c === undefined) return 0;
  const values = wanted(sel);
  if (values.has(selectionText(table.columns[c]?.[i]))) return 1;
  const contra = sel.field === "account" ? map.contraAccount : undefined;
  if (contra !== undefined && values.has(selectionText(table.columns[contra]?.[i]))) return -1;
  return 0;
}

/** The columns whose values a selection on `field` looks at: the field's, and an account's contra account. */
export function selectionColumns(map: ColumnMap, field: ReconcileField): number[] {
  const own = map[field];
  if (own === undefined) return [];
  const contra = field === "account" ? map.contraAccount : undefined;
  return contra === undefined ? [own] : [own, contra];
}

/**
 * The distinct values of the columns with how often each occurs, most frequent first (ties by text); a
 * row counts once per value, so an account booked against itself is counted once.
 */
export function valueCounts(
  table: TableData,
  columns: number | readonly number[],
): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>();
  const lists = (typeof columns === "number" ? [columns] : columns).map((c) => table.columns[c] ?? []);
  const rows = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < rows; i++) {
    let previous: string | null = null;
    for (const cells of lists) {
      const cell = cells[i];
      const key = selectionText(cell);
      if (key === "" || key === previous) continue;
      previous = key;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { value: typeof cell === "string" ? cell.trim() : String(cell), count: 1 });
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
