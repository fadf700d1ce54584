/**
 * CSV in and out of the memory workbook. Reading follows RFC 4180 (quoted fields, doubled quotes,
 * newlines inside quotes, CRLF/LF/CR; a CRLF inside quotes is read as the LF Excel keeps in a cell), drops
 * a BOM and detects the delimiter (",", ";", tab or "|", see ./delimiter). Cells
 * load as text, as the file holds them ("00123" stays "00123"); core parses numbers and dates with
 * their declared formats. Writing escapes formula injection (hazard 9): a field starting with = + - @,
 * tab or CR, or with an apostrophe, gets one leading apostrophe, which reading removes again, so
 * parse(export(x)) = x.
 */
import type { Cell } from "../../core/cell";
import { isCellError } from "../../core/cell";
import { runSteps, type Steps } from "../../core/steps";
import { fileBaseName } from "../names";
import { MemoryWorkbook } from "./model";
import { addSourceSheet } from "./sourceSheet";
import { datevLayout } from "../../core/datevBatch";
import { batchDateIssues, batchLayout, type BatchLayout, type JoinedBatches } from "../../core/datevBatches";
import { columnLetter } from "../../core/table";
import { headerLineOf } from "../../core/csvHeader";
import { footerOf } from "../../core/csvFooter";
import { makeIssue } from "../../core/issues";
import { tableWidth, valuesIn } from "../../core/csvCells";
import { detectDelimiter, type Delimiter } from "./delimiter";
import { balanceOnly, hasNoHeaderRow, headersByContent } from "./headersByContent";
import { balanceLines } from "../balanceLines";

const DANGEROUS = /^[=+\-@\t\r']/;

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export { decodeText, encodingName, type DecodedText } from "../../core/textBytes";
export { detectDelimiter, type Delimiter } from "./delimiter";

/** Parses CSV text into rows of fields; an apostrophe that escaped a field is removed. */
export function parseCsv(input: string, opts: { delimiter?: Delimiter } = {}): string[][] {
  return runSteps(parseCsvSteps(input, opts));
}

/** Rows parsed between two yields of parseCsvSteps: a few milliseconds of work. */
const ROWS_PER_STEP = 5000;

/**
 * parseCsv in steps, each yielding the share of the text read (0..1), so a large file is read without
 * holding Excel up (hazard 19); returns the rows.
 */
export function* parseCsvSteps(input: string, opts: { delimiter?: Delimiter } = {}): Steps<string[][]> {
  const text = stripBom(input);
  const delim = opts.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(!wasQuoted || field !== "" ? unescapeField(field) : field);
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else if (ch === "\r" && text[i + 1] === "\n") {
        // A line break in a cell is LF, as Excel keeps it when it opens the file.
        field += "\n";
        i++;
      } else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delim) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      if (rows.length % ROWS_PER_STEP === 0) yield i / text.length;
    } else field += ch;
  }
  if (field !== "" || row.length > 0 || wasQuoted) endRow();
  return rows;
}

function unescapeField(f: string): string {
  return f.startsWith("'") && DANGEROUS.test(f.slice(1)) ? f.slice(1) : f.startsWith("''") ? f.slice(1) : f;
}

/** The escaped, quoted text of one field. */
export function csvField(v: Cell, delimiter: Delimiter = ","): string {
  let s: string;
  if (v === null) s = "";
  else if (isCellError(v)) s = v.code;
  else if (typeof v === "boolean") s = v ? "TRUE" : "FALSE";
  else s = String(v);
  if (typeof v === "string" && DANGEROUS.test(s)) s = `'${s}`;
  return s.includes(delimiter) || s.includes('"') || s.includes("\n") || s.includes("\r")
    ? `"${s.replace(/"/g, '""')}"`
    : s;
}

/** CSV text (CRLF line ends) for rows of cells; safe to open in a spreadsheet. */
export function toCsv(
  rows: readonly (readonly Cell[])[],
  opts: { delimiter?: Delimiter; bom?: boolean } = {},
): string {
  const d = opts.delimiter ?? ",";
  const lines = rows.map((r) =>
    r.length === 1 && (r[0] === null || r[0] === "") ? '""' : r.map((v) => csvField(v, d)).join(d),
  );
  return `${opts.bom ? "\ufeff" : ""}${lines.map((l) => `${l}\r\n`).join("")}`;
}

/** Exports a table (headers and records) as CSV. */
export function saveCsv(
  table: { headers: readonly string[]; columns: readonly (readonly Cell[])[] },
  opts: { delimiter?: Delimiter; bom?: boolean } = {},
): string {
  const n = table.columns[0]?.length ?? 0;
  const rows: Cell[][] = [[...table.headers]];
  for (let i = 0; i < n; i++) rows.push(table.columns.map((c) => c[i] ?? null));
  return toCsv(rows, opts);
}

export interface LoadCsvOptions {
  /** File name or label: names the sheet and the table ("bank-march.csv" -> "bank-march"). */
  readonly name: string;
  readonly delimiter?: Delimiter;
  /** Adds to this workbook instead of a new one. */
  readonly into?: MemoryWorkbook;
  /** The encoding the text was read in when nothing in the file said so (decodeText's guess). */
  readonly guessedEncoding?: string;
}

/**
 * Loads CSV text as a sheet whose first row is the header, registered as a table (not an Excel table)
 * so it is listed and read like one; an empty file (blank lines at most) is refused. Blank fields are
 * empty cells. A DATEV export's own first line stays on the sheet above its table, and a booking batch's
 * day-and-month dates are given their year (see core/datevBatch). A bank's own lines above its headers
 * (core/csvHeader) and after its records (core/csvFooter) stay on the sheet, outside the table, each line
 * in the row Excel gives it, and the balances they state are noted on the table (./balanceLines). A file without a header row (./headersByContent) gets one above its lines,
 * named by what its columns hold, so each of its lines is a record one row below its line number; a file of
 * one balance line and no booking gets one above that line, which stays below the table as a closing line.
 */
export function loadCsv(text: string, opts: LoadCsvOptions): MemoryWorkbook {
  // Nothing to read, not even a header: said so, rather than as a table whose one column has no name.
  if (stripBom(text).trim() === "") throw new Error("the file is empty");
  return loadCsvLines(parseCsv(text, opts.delimiter ? { delimiter: opts.delimiter } : {}), opts);
}

/**
 * Loads DATEV booking batches joined (joinDatevBatches) as loadCsv loads one: each batch's first line
 * above the table, their records in it.
 */
export function loadJoinedBatches(joined: JoinedBatches, opts: LoadCsvOptions): MemoryWorkbook {
  return loadCsvLines(joined.lines, opts, joined);
}

function loadCsvLines(fileLines: string[][], opts: LoadCsvOptions, joined?: BatchLayout): MemoryWorkbook {
  const wb = opts.into ?? new MemoryWorkbook();
  const base = fileBaseName(opts.name, "Data");
  const { sheet, table: name } = addSourceSheet(wb, base);
  const sheetName = sheet.name;
  const datev = datevLayout(fileLines);
  const layout = batchLayout(fileLines, joined);
  const { dates } = layout;
  // A bank's own lines above the headers stay on the sheet, above the table, as a DATEV first line does;
  // its closing lines (a balance, a total) below the records stay on the sheet below it.
  const bank = datev === null && joined === undefined;
  // A file without a header row, its first line a record, gets a row of headers above its lines, named by
  // what the columns hold: every line is a record, each one row down. Until they are named the first line
  // stands in for the headers, as wide as it, so the closing lines and the width are found as before.
  const found = bank ? headerLineOf(fileLines) : layout.headerIndex;
  const closing = bank && found === 0 ? footerOf(fileLines, 0) : null;
  const headerless =
    bank && found === 0 && hasNoHeaderRow(closing ? fileLines.slice(0, closing.lastRecord + 1) : fileLines);
  // A file of one balance line and no booking gets headers above it and keeps it below them, as a closing line.
  const balance = bank && found === 0 && !headerless ? balanceOnly(fileLines) : null;
  const lines = headerless
    ? [fileLines[0] as string[], ...fileLines]
    : balance !== null
      ? [balance.headers, ...fileLines]
      : fileLines;
  const top = headerless ? 0 : found;
  const footer = balance !== null ? { lastRecord: 0, lines: [1] } : bank ? footerOf(lines, top) : null;
  const end = footer === null ? lines.length - 1 : footer.lastRecord;
  const sourceIssues = batchDateIssues(dates, { sheet: sheetName, table: name }, (d, i) => ({
    row: i + 1,
    address: `${columnLetter(d.column)}${i + 1}`,
  }));
  if (top > 0 && datev === null)
    sourceIssues.push(
      makeIssue(
        "csv_header_below",
        { sheet: sheetName, table: name, row: top + 1, address: `A${top + 1}` },
        { row: top + 1, above: top },
      ),
    );
  if (balance !== null)
    sourceIssues.push(
      makeIssue(
        "recon_balance_line_only",
        { sheet: sheetName, table: name, row: 2, address: "A2" },
        {
          line: (lines[1] ?? []).filter((v) => v.trim() !== "").join(" "),
          kind: balance.kind,
          figure: balance.figure,
          headers: balance.headers.join(", "),
        },
      ),
    );
  else if (footer !== null) {
    const first = (footer.lines[0] as number) + 1;
    sourceIssues.push(
      makeIssue(
        "csv_footer_below",
        { sheet: sheetName, table: name, row: first, address: `A${first}` },
        { rows: rowList(footer.lines.map((i) => i + 1)), count: footer.lines.length },
      ),
    );
  }
  // The header sets the table's width, as in Frictionless: a longer line's extra values stay on the sheet
  // beside the table and a shorter line's missing ones are noted, so both are reported, not absorbed. An
  // empty field after the last header (a delimiter ending every line) is no value and no column.
  const width = tableWidth(lines, top, end);
  if (headerless) {
    const headers = headersByContent(lines.slice(1, end + 1), width);
    lines[0] = headers;
    sourceIssues.unshift(
      makeIssue(
        "csv_no_header",
        { sheet: sheetName, table: name, row: 1, address: "A1" },
        { headers: headers.join(", ") },
      ),
    );
  }
  const widest = Math.max(1, ...lines.map((r) => r.length));
  const raggedRows = lines.flatMap((r, i) => {
    const cells = valuesIn(r, width);
    return i > top && i <= end && cells !== width && !(r.length === 1 && r[0] === "")
      ? [{ row: i + 1, cells }]
      : [];
  });
  // The balances the bank's own lines above and below the table state, read by the side (fileBalances.ts).
  const above = bank ? Array.from({ length: top }, (_, i) => i) : [];
  const fileBalances = balanceLines(lines, [...above, ...(footer?.lines ?? [])]);
  wb.putRows(
    sheetName,
    1,
    0,
    lines.map((r) =>
      Array.from({ length: widest }, (_, j): Cell =>
        r[j] === undefined || r[j] === "" ? null : (r[j] as string),
      ),
    ),
  );
  wb.ranges.push({
    name,
    sheet,
    area: { row: top + 1, col: 0, rows: Math.max(1, end + 1 - top), cols: width },
    ...(raggedRows.length > 0 ? { raggedRows } : {}),
    // DATEV writes its files in Windows-1252: read so, that is the format's rule, not a guess.
    ...(opts.guessedEncoding === undefined || datev !== null
      ? {}
      : { guessedEncoding: opts.guessedEncoding }),
    ...(sourceIssues.length > 0 ? { sourceIssues } : {}),
    ...(fileBalances.opening || fileBalances.closing ? { fileBalances } : {}),
  });
  return wb;
}

/** Row numbers as a sentence names them: "9", "9 and 10", "12 to 14", "9, 12 to 14 and 16". */
function rowList(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < rows.length;) {
    let j = k;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    if (j > k + 1) runs.push(`${rows[k] as number} to ${rows[j] as number}`);
    else for (let n = k; n <= j; n++) runs.push(`${rows[n] as number}`);
    k = j + 1;
  }
  return runs.length === 1
    ? (runs[0] as string)
    : `${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1] as string}`;
}
