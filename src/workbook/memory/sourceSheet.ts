/** The sheet a loaded file (a CSV file, a statement's account) gets in the memory workbook, and its table's name. */
import { sanitizeSheetName, sanitizeTableName, uniqueSheetName, uniqueTableName } from "../names";
import type { MemoryWorkbook, MemSheet } from "./model";

/** A new sheet named after `label`, and a table name not yet taken by a table or named range; both unique. */
export function addSourceSheet(wb: MemoryWorkbook, label: string): { sheet: MemSheet; table: string } {
  const sheet = wb.addSheet(
    uniqueSheetName(
      sanitizeSheetName(label),
      wb.sheets.map((s) => s.name),
    ),
  );
  const table = uniqueTableName(sanitizeTableName(label), [
    ...wb.tables.map((t) => t.name),
    ...wb.ranges.map((r) => r.name),
  ]);
  return { sheet, table };
}
