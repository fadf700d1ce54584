/** Codes about a table's shape: headers, column mapping, blank rows, merged cells, totals rows. */
import { defineCodes } from "./types";

/** A needed field with no column: its label, and the headers that would do, as a phrase. */
interface Missing {
  readonly field: string;
  readonly expected: string;
}

/**
 * A field several columns could be: its label, those columns' headers quoted and joined by ", " for the
 * message, and the same headers as a list for consumers that word it their own way.
 */
interface Ambiguous {
  readonly field: string;
  readonly candidates: string;
  readonly headers: readonly string[];
}

/** Two fields the mapping sends to one column: the later field's label, the earlier's, the header. */
interface MappedTwice {
  readonly field: string;
  readonly other: string;
  readonly header: string;
}

export const tableCodes = defineCodes({
  header_blank: {
    severity: "warning",
    message: (p: { position: number }) =>
      `Column ${p.position} has no header; give it a name or delete the column.`,
    frictionless: "blank-label",
  },
  header_duplicate: {
    severity: "error",
    message: (p: { header: string; first: number }) =>
      `The header "${p.header}" also names column ${p.first}; rename one of them.`,
    frictionless: "duplicate-label",
  },
  header_missing: {
    severity: "error",
    message: (p: Missing) =>
      `No column for ${p.field}; add a column named ${p.expected} or map one in the column mapping.`,
    frictionless: "missing-label",
    // The worksheet functions say the same pointing to rulesJson, where the pane has its column mapping.
    keep: (p: Missing) => ({ field: p.field, expected: p.expected }),
  },
  header_ambiguous: {
    severity: "error",
    message: (p: Ambiguous) =>
      `Several columns could be ${p.field} (${p.candidates}); choose one in the column mapping.`,
    keep: (p: Ambiguous) => ({ field: p.field, candidates: [...p.headers] }),
  },
  header_unknown_mapping: {
    severity: "error",
    message: (p: { field: string; header: string }) =>
      `The mapping sends ${p.field} to "${p.header}", which is not a header of this table; fix the mapping.`,
    frictionless: "missing-label",
  },
  header_mapped_twice: {
    severity: "error",
    message: (p: MappedTwice) =>
      `The mapping sends both ${p.other} and ${p.field} to "${p.header}"; a column is read as one field only, so ${p.field} is not read. Fix the mapping.`,
    keep: (p: MappedTwice) => ({ field: p.field, other: p.other, header: p.header }),
  },
  row_blank: {
    severity: "warning",
    message: (_: Record<string, never>) => `The row is blank; delete it or fill it in.`,
    frictionless: "blank-row",
  },
  row_hidden: {
    severity: "info",
    message: (_: Record<string, never>) => `The row is hidden or filtered out; it was included in the check.`,
  },
  totals_row_excluded: {
    severity: "info",
    message: (_: Record<string, never>) => `The table's totals row was left out of the records.`,
  },
  merged_cells: {
    severity: "warning",
    message: (p: { area: string }) =>
      `Cells ${p.area} are merged; only the first cell holds a value. Unmerge them so every row has its own value.`,
  },
  extra_cell: {
    severity: "error",
    message: (p: { position: number; columns: number }) =>
      `The line has a value in position ${p.position}, but the table has only ${p.columns} columns; remove the extra value or add a header for it.`,
    frictionless: "extra-cell",
  },
  missing_cell: {
    severity: "error",
    message: (p: { cells: number; columns: number }) =>
      `The line ends after ${p.cells} values, so this column has none (the table has ${p.columns} columns); add the missing value or an empty field.`,
    frictionless: "missing-cell",
  },
  text_encoding_guessed: {
    severity: "warning",
    message: (p: { encoding: string }) =>
      `The file is not UTF-8, so it was read as ${p.encoding} (Western European); if letters such as ä, é or ø look wrong, save it as UTF-8, or name its encoding (--encoding windows-1250 for Central European, for example), and read it again.`,
  },
  statement_balance_break: {
    severity: "warning",
    message: (p: { statement: string; opening: string; lines: number; reached: string; closing: string }) =>
      `The bank's statement ${p.statement} opens at ${p.opening} and closes at ${p.closing}, but its ${p.lines} line${p.lines === 1 ? "" : "s"} lead to ${p.reached}; a line is missing or the file was cut, so download the statement again.`,
  },
  statement_cut_off: {
    severity: "warning",
    // entry*: the transaction the file stops inside, which was left out; its day and amount as far as the
    // file gives them ("" when it gives none).
    message: (p: {
      statement: string;
      line: number;
      file: string;
      missing: string;
      entryLine?: number;
      entryDay?: string;
      entryAmount?: string;
    }) => {
      const stops = `The bank's statement ${p.statement} stops at line ${p.line} of ${p.file}`;
      if (p.entryLine === undefined)
        return `${stops} without ${p.missing}: the file looks cut off there, and its lines after that point may be missing; download the statement again.`;
      const given = [p.entryDay ?? "", p.entryAmount ? `amount ${p.entryAmount}` : ""].filter(
        (g) => g !== "",
      );
      const read = given.length === 0 ? "" : ` (${given.join(", ")} as far as the file goes)`;
      return `${stops} inside the transaction that starts at line ${p.entryLine}${read}, without ${p.missing}: the file looks cut off there, so that transaction was left out, and the lines after it may be missing; download the statement again.`;
    },
  },
  datev_period_missing: {
    severity: "warning",
    message: (p: { column: string }) =>
      `The DATEV booking batch names neither its period ("Datum vom", "Datum bis") nor its fiscal year ("WJ-Beginn") in its first line, so its ${p.column} dates (day and month only) have no year; export the batch again with its period.`,
  },
  datev_date_outside_period: {
    severity: "warning",
    message: (p: { written: string; from: string; to: string }) =>
      `"${p.written}" is no day and month within the batch's period ${p.from} to ${p.to}; it was left as written. Correct the date, or export the batch with the period it belongs to.`,
  },
  datev_dates_from_first_line: {
    severity: "info",
    message: (p: { column: string; count: number; from: string; to: string; row: number }) =>
      `${p.count.toLocaleString("en-US")} ${p.column} ${p.count === 1 ? "date" : "dates"} (day and month only, as Excel opened the DATEV file) ${p.count === 1 ? "was" : "were"} given the year of the batch's period ${p.from} to ${p.to}, which its first line names in row ${p.row}, above the table; Import a ledger file… brings such a file in with real dates.`,
  },
  csv_header_below: {
    severity: "info",
    message: (p: { row: number; above: number }) =>
      `The column headers were found in row ${p.row}: the file's ${p.above === 1 ? "line" : `${p.above} lines`} above them (an account, a period, a balance) stay${p.above === 1 ? "s" : ""} on the sheet above the table and ${p.above === 1 ? "is" : "are"} not read as records.`,
  },
  csv_no_header: {
    severity: "info",
    // headers: the headers given, joined by ", " ("Date, Amount, Column C, Column D, Description").
    message: (p: { headers: string }) =>
      `The file has no header row: row 1 holds headers named by what the columns hold (${p.headers}); the file's line 1 is row 2.`,
  },
  csv_footer_below: {
    severity: "info",
    message: (p: { rows: string; count: number }) =>
      p.count === 1
        ? `Row ${p.rows}, below the last record, is the file's own line (a balance, a total), not a record: it stays on the sheet below the table and is not read as a record.`
        : `Rows ${p.rows}, below the last record, are the file's own lines (a balance, a total), not records: they stay on the sheet below the table and are not read as records.`,
  },
  table_empty: {
    severity: "warning",
    message: (_: Record<string, never>) => `The table has no records.`,
  },
});
