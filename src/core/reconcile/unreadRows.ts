/**
 * The rows of a side that could not be read: not among its records, so in no balance and in no match.
 * A statement that does not close names them first. Where only the date failed, the amount still reads:
 * the rows are read again with their date set aside, the side's own way (columns, signs, separator).
 */
import type { DateSystem } from "../dates";
import { readSide, ROW_UNREADABLE, type SideReading, type SideRecords } from "../reconcileInput";
import { textOf } from "../reconcileInput/cells";
import type { Selection } from "../reconcileInput";
import type { TableData } from "../table";

export interface UnreadRows {
  /** Excel rows, in table order. */
  readonly rows: readonly number[];
  /** Per row, its amount in minor units and the side's sign where it could be read, else null. */
  readonly minor: readonly (number | null)[];
  /**
   * Per row, the currency of its amount, or of its Currency cell where the amount is unknown ("" for the
   * run's default, or when neither says).
   */
  readonly currency: readonly string[];
}

/** Any day will do for a row whose date is set aside: 2025-01-01 as a 1900-system serial. */
const SOME_DAY = 45658;

export interface UnreadOptions {
  /** How the side was read. */
  readonly reading?: SideReading;
  readonly dateSystem: DateSystem;
  readonly defaultCurrency?: string;
  readonly selection?: Selection | null;
}

/** The side's unreadable rows, with the amounts that read; null when every row could be read. */
export function unreadRowsOf(side: SideRecords, opts: UnreadOptions): UnreadRows | null {
  const records: number[] = [];
  for (let i = 0; i < side.state.length; i++) if (side.state[i] === ROW_UNREADABLE) records.push(i);
  if (records.length === 0) return null;
  const table = side.table;
  const rows = records.map((i) => table.rows[i] as number);
  const minor: (number | null)[] = rows.map(() => null);
  const currency: string[] = rows.map(() => "");
  const dateColumn = side.map.date;
  // A side without its date or amount columns has nothing to read again.
  if (dateColumn === undefined || side.amountMode === null) return { rows, minor, currency };
  const subset: TableData = {
    name: table.name,
    sheet: table.sheet,
    headers: table.headers,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    rows,
    columns: table.columns.map((cells, c) =>
      c === dateColumn ? records.map(() => SOME_DAY) : records.map((i) => cells[i] ?? null),
    ),
  };
  const separator = side.decimalSeparator ?? opts.reading?.decimalSeparator;
  const again = readSide(subset, {
    side: side.set.side,
    reading: { ...opts.reading, ...(separator === undefined ? {} : { decimalSeparator: separator }) },
    dateSystem: 1900,
    ...(opts.defaultCurrency === undefined ? {} : { defaultCurrency: opts.defaultCurrency }),
    ...(opts.selection === undefined ? {} : { selection: opts.selection }),
  });
  for (let k = 0; k < again.set.size; k++) {
    const at = again.tableIndex[k] as number;
    minor[at] = again.set.minor[k] as number;
    currency[at] = again.set.currency[k] as string;
  }
  // An amount that does not read leaves the row's currency to its Currency cell, where it names one.
  const cells = side.map.currency === undefined ? null : table.columns[side.map.currency];
  if (cells)
    records.forEach((i, k) => {
      if (minor[k] === null) currency[k] = textOf(cells[i]).toUpperCase();
    });
  return { rows, minor, currency };
}
