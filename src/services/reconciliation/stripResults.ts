/**
 * A table read after an earlier Apply carries our result columns at its right end. They are output, not
 * input: they are left out before the columns are mapped, so a re-run reads exactly what the user wrote.
 */
import type { TableData } from "../../core/table";
import { RESULT_HEADERS } from "./resultColumns";

const OURS = new Set<string>(RESULT_HEADERS.map((h) => h.toLowerCase()));

export function withoutResultColumns(table: TableData): TableData {
  let keep = table.headers.length;
  while (keep > 0 && OURS.has((table.headers[keep - 1] ?? "").trim().toLowerCase())) keep--;
  if (keep === table.headers.length) return table;
  return { ...table, headers: table.headers.slice(0, keep), columns: table.columns.slice(0, keep) };
}
