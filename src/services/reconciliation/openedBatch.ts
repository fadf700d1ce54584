/**
 * A DATEV booking batch opened in Excel as it is, its table made below the batch's own first line: the
 * dates Excel turned into numbers (303 for 3 March) are given their year from that line before the table
 * is read (core/datevOpened).
 */
import { BATCH_LINE_CELLS, batchLineRow, withBatchYears } from "../../core/datevOpened";
import type { TableData } from "../../core/table";
import { formatArea } from "../../workbook/address";
import { isWorkbookError } from "../../workbook/errors";
import type { RunOptions, WorkbookPort } from "../../workbook/port";

/** The table, its Belegdatum given the year the batch's first line above it names; as it is otherwise. */
export async function withOpenedBatchYears(
  port: WorkbookPort,
  table: TableData,
  opts: RunOptions,
): Promise<TableData> {
  const row = batchLineRow(table);
  if (row === null) return table;
  let line: TableData;
  try {
    const address = formatArea({ row, col: table.firstColumn, rows: 1, cols: BATCH_LINE_CELLS });
    line = await port.readTable({ sheet: table.sheet, address }, opts.signal ? { signal: opts.signal } : {});
  } catch (e) {
    if (isWorkbookError(e) && e.code === "cancelled") throw e;
    // Nothing readable above the table: it is read as it is, its dates reported where they are no days.
    return table;
  }
  return withBatchYears(table, line.headers, await port.dateSystem());
}
