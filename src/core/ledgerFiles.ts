/**
 * Ledger exports read from their text as a table to write into a workbook: a DATEV export (EXTF/DTVF,
 * booking dates given their year, see datevBatch) or France's legal ledger export (FEC). Dates become
 * ISO days and amounts numbers, so the sheet holds real dates and numbers where opening the file in a
 * spreadsheet would make "0303" the number 303 and keep "4250,00" as text; everything else stays text,
 * as written (account "0400" keeps its zero). Columns empty in every line are left out.
 */
import { datevLayout, type DatevDates } from "./datevBatch";
import { batchDateIssues, batchLayout, type BatchLayout } from "./datevBatches";
import { compactDateDay, isoFromDay } from "./dates";
import type { Issue } from "./issues";
import { runSteps, type Steps } from "./steps";
import { columnLetter } from "./table";

export type LedgerFileFormat = "DATEV booking batch" | "DATEV export" | "FEC";

export interface LedgerFileTable {
  readonly format: LedgerFileFormat;
  /** The file's own header line (DATEV; one per batch joined), kept above the table; empty when there is none. */
  readonly lines: readonly (readonly string[])[];
  readonly headers: readonly string[];
  /** Per row, per header: ISO days in date columns, numbers in amount columns, text elsewhere, null blank. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Per header: how its cells were read. */
  readonly kinds: readonly ("date" | "amount" | "text")[];
  /** A booking batch's dates as mended, one per batch joined (see ledgerFileIssues); empty for other exports. */
  readonly dates: readonly DatevDates[];
  /** Per file line index: its row among `rows`, or -1 (the header, blank lines). */
  readonly rowOfLine: Int32Array;
  /** Per file column: its column among `headers`, or -1 (left out, empty in every line). */
  readonly columnOfField: Int32Array;
}

/** FEC's mandatory columns that tell it apart (article A47 A-1 of the French tax procedure code). */
const FEC_MARKS = ["journalcode", "ecrituredate", "comptenum", "debit", "credit"];
const FEC_DATES = new Set(["ecrituredate", "piecedate", "datelet", "validdate"]);
const FEC_AMOUNTS = new Set(["debit", "credit", "montantdevise"]);
const DATEV_AMOUNTS = new Set(["umsatz (ohne soll/haben-kz)", "basis-umsatz", "skonto"]);
/** DATEV's dates written in full, day first (TTMMJJJJ: "28022026"), unlike Belegdatum. */
const DATEV_FULL_DATES = new Set([
  ...["leistungsdatum", "datum zuord. steuerperiode", "kost-datum", "fälligkeit"],
  ...["zugeordnete fälligkeit", "postensperre bis"],
]);

const key = (header: string): string => header.trim().toLowerCase();

/** The format of the parsed lines of a text file, or null when they are neither export. */
export function ledgerFileFormat(lines: readonly (readonly string[])[]): LedgerFileFormat | null {
  const datev = datevLayout(lines);
  if (datev !== null) return datev.bookingBatch ? "DATEV booking batch" : "DATEV export";
  const headers = new Set((lines[0] ?? []).map(key));
  return FEC_MARKS.every((m) => headers.has(m)) ? "FEC" : null;
}

/** "4250,00", "4250.00", "-12,5": a number; null for anything else (left as text). */
function decimal(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(",", ".")) + 0;
}

/** FEC's yyyymmdd, or DATEV's ddmmyyyy, as an ISO day; null for anything else (left as text). */
function fullDate(text: string, dayFirst: boolean): string | null {
  const day = compactDateDay(text, dayFirst ? "DMY" : "YMD");
  return day === null ? null : isoFromDay(day);
}

/** Records laid out between two yields of ledgerFileTableSteps. */
const RECORDS_PER_STEP = 5000;

/**
 * The table of a ledger export's parsed lines (parseCsv's output, changed in place), or of booking batches
 * joined (joinDatevBatches, their dates already mended); null when neither.
 */
export function ledgerFileTable(lines: string[][], joined?: BatchLayout): LedgerFileTable | null {
  return runSteps(ledgerFileTableSteps(lines, joined));
}

/** ledgerFileTable in steps, each yielding the share of the records laid out (0..1, hazard 19). */
export function* ledgerFileTableSteps(
  lines: string[][],
  joined?: BatchLayout,
): Steps<LedgerFileTable | null> {
  const format = ledgerFileFormat(lines);
  if (format === null) return null;
  const { headerIndex: top, dates } = batchLayout(lines, joined);
  // Every batch joined has the same columns, so the same date column.
  const dateColumn = dates[0]?.column ?? -1;
  const allHeaders = lines[top] ?? [];
  const rowOfLine = new Int32Array(lines.length).fill(-1);
  const records: string[][] = [];
  // Which columns hold anything: DATEV writes some 120, most of them empty in every line.
  const used = new Uint8Array(allHeaders.length);
  for (let i = top + 1; i < lines.length; i++) {
    const line = lines[i] as string[];
    let any = false;
    for (let c = 0; c < line.length; c++) {
      const v = line[c] as string;
      if (v.length > 0 && v.trim() !== "") {
        any = true;
        if (c < used.length) used[c] = 1;
      }
    }
    if (!any) continue;
    rowOfLine[i] = records.length;
    records.push(line);
  }
  yield 0.2;
  const kept = allHeaders.flatMap((_, c) => (used[c] === 1 ? [c] : []));
  const columnOfField = new Int32Array(allHeaders.length).fill(-1);
  kept.forEach((c, k) => (columnOfField[c] = k));
  const kinds = kept.map((c) => {
    const h = key(allHeaders[c] as string);
    if (format === "FEC") return FEC_DATES.has(h) ? "date" : FEC_AMOUNTS.has(h) ? "amount" : "text";
    if (h === "belegdatum" || DATEV_FULL_DATES.has(h)) return "date";
    return DATEV_AMOUNTS.has(h) ? "amount" : "text";
  });
  const rows: (string | number | null)[][] = [];
  for (const [n, r] of records.entries()) {
    if (n > 0 && n % RECORDS_PER_STEP === 0) yield 0.2 + (0.8 * n) / records.length;
    rows.push(
      kept.map((c, k): string | number | null => {
        const text = r[c] ?? "";
        if (text.trim() === "") return null;
        const kind = kinds[k];
        if (kind === "amount") return decimal(text) ?? text;
        // Belegdatum was given its year by mendDatevDates already; the others are written in full.
        if (kind === "date" && c !== dateColumn) return fullDate(text, format !== "FEC") ?? text;
        return text;
      }),
    );
  }
  return {
    format,
    lines: lines.slice(0, top),
    headers: kept.map((c) => allHeaders[c] as string),
    rows,
    kinds,
    dates,
    rowOfLine,
    columnOfField,
  };
}

/**
 * What the file gets wrong, at the cells of the table as written: its header row and first column on
 * the sheet (a booking batch's date that is no day of its period; a batch that names no period, said
 * once for batches joined).
 */
export function ledgerFileIssues(
  t: LedgerFileTable,
  at: {
    readonly sheet: string;
    readonly table: string;
    readonly headerRow: number;
    readonly firstColumn: number;
  },
): Issue[] {
  return batchDateIssues(t.dates, at, (dates, index) => {
    const column = t.columnOfField[dates.column] ?? -1;
    const row = at.headerRow + 1 + (t.rowOfLine[index] ?? 0);
    return { row, address: `${columnLetter(at.firstColumn + column)}${row}` };
  });
}
