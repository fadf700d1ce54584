/**
 * A DATEV booking batch opened in Excel as it is: its own first line in row 1, the column headers below
 * it, and the user's table made of those. Excel has turned each Belegdatum ("0303", day and month) into
 * the number 303 and lost the year. The batch's first line, still on the sheet above the table, names
 * the period, so the dates are given their year from it (datevDay) as the import would: the table is
 * read with real dates instead of being refused date by date.
 */
import type { Cell } from "./cell";
import { datevDateColumn, datevDay, datevLayout } from "./datevBatch";
import { dayFromIso, dayToSerial, isoFromDay, type DateSystem } from "./dates";
import { makeIssue } from "./issues";
import type { TableData } from "./table";

/** The column of DATEV's amount: with Belegdatum, what tells a booking batch's columns. */
const AMOUNT_HEADER = "umsatz (ohne soll/haben-kz)";

/**
 * The row above the table to read when the table has a booking batch's columns (Belegdatum and DATEV's
 * amount) and is not at the top of its sheet: the Excel row, or null.
 */
export function batchLineRow(table: TableData): number | null {
  const has = (h: string) => table.headers.some((x) => x.trim().toLowerCase() === h);
  if (table.headerRow <= 1 || datevDateColumn(table.headers) < 0 || !has(AMOUNT_HEADER)) return null;
  return table.headerRow - 1;
}

/** How many cells of the row above to read: DATEV's first line names the period in its 15th and 16th. */
export const BATCH_LINE_CELLS = 24;

/** A cell of the first line as the text DATEV wrote (Excel made numbers of most of them). */
function lineText(cell: Cell): string {
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : "";
  return typeof cell === "string" ? cell : "";
}

/**
 * The table with its Belegdatum cells given their year, as serial dates of `system`, when `line` (the
 * cells of the row above it) is a booking batch's first line naming its period; the table as it is
 * otherwise. A cell that is no day and month of the period stays as it is, for reading to report. Says
 * what it did in an info issue among the table's source issues.
 */
export function withBatchYears(table: TableData, line: readonly Cell[], system: DateSystem): TableData {
  const layout = datevLayout([line.map(lineText)]);
  const column = datevDateColumn(table.headers);
  const period = layout?.period ?? null;
  if (layout === null || !layout.bookingBatch || period === null || column < 0) return table;
  let given = 0;
  const cells = (table.columns[column] ?? []).map((cell): Cell => {
    const text = typeof cell === "number" && Number.isInteger(cell) ? String(cell) : cell;
    if (typeof text !== "string") return cell;
    const iso = datevDay(text, period);
    if (iso === null) return cell;
    given++;
    return dayToSerial(dayFromIso(iso) as number, system);
  });
  if (given === 0) return table;
  const header = table.headers[column] as string;
  const issue = makeIssue(
    "datev_dates_from_first_line",
    // About the column as a whole (the side's card shows such issues), the line's row in the message.
    { sheet: table.sheet, table: table.name, column: header },
    {
      column: header,
      count: given,
      from: isoFromDay(period.from),
      to: isoFromDay(period.to),
      row: table.headerRow - 1,
    },
  );
  return {
    ...table,
    columns: table.columns.map((c, k) => (k === column ? cells : c)),
    notes: { ...table.notes, sourceIssues: [...(table.notes?.sourceIssues ?? []), issue] },
  };
}
