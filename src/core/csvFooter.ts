/**
 * Where a text file's records end. Banks' CSV exports often close with lines of their own after the last
 * record: comdirect's "Alter Kontostand";"1.234,56 EUR" after a blank line, Deutsche Bank's
 * "Kontostand;31.03.2026;;;1.234,56;EUR" right below the bookings, a "Summe" line. Read as records they are
 * rows without a date or an amount. The closing lines are the last few non-blank lines (at most five), below
 * records that keep a date in a column (the records' date column), each of them either
 * - labelled: its first value names a balance or a total ("Kontostand", "Neuer Kontostand", "Saldo",
 *   "Summe", "Endsaldo", "Closing balance", "Total"…, a date after the words allowed), and it has no date
 *   where the records have theirs; or
 * - set apart: after a blank line that follows the last record, its first value is words standing in
 *   the records' date column, and it fills fewer fields than any record and no more than the short lines
 *   above headers do (two, or half the headers), with at least two records above it; or
 * - dated: its first value is a date in the records' date column, as a record's is, and a later value,
 *   in a column where the records keep no date, names a balance or a total (Volksbank's
 *   "01.03.2026";;…;"Anfangssaldo";"EUR";"10.000,00";"H"), and it differs from the records in shape: it
 *   leaves empty a column every record fills (with at least two records above it), or it stands after a
 *   blank line that follows the last record, the records above running without one. A record whose text
 *   is "Saldo", as full as the others and not set apart, stays a record.
 * The records' shape is read from the last fifty of them. Anything less certain leaves every line a record,
 * as before.
 */
import { withoutAccents } from "./accents";
import { dateColumns, filled, isBlank, isDateText, leadColumn, type CsvLine } from "./csvCells";

/** Closing lines looked at: banks write one to three. */
const MOST = 5;
/** Records read for their shape: the last ones, which closing lines follow (a large file is not read). */
const RECENT = 50;
/** Records above closing lines that are set apart only by a blank line and their shape. */
const RECORDS_FOR_SHAPE = 2;

/** Words that make a value a balance or a total. */
const HEADS = new Set([
  "kontostand",
  "kontosaldo",
  "saldo",
  "summe",
  "gesamt",
  "gesamtsumme",
  "zwischensumme",
  "anfangssaldo",
  "endsaldo",
  "schlusssaldo",
  "startsaldo",
  "anfangsbestand",
  "endbestand",
  "balance",
  "total",
  "totals",
  "subtotal",
  "sum",
  "solde",
  "totaal",
  "beginsaldo",
  "eindsaldo",
  "totale",
]);

/** Words that may stand beside them ("Neuer Kontostand", "Summe Soll", "Closing balance in EUR"). */
const BESIDE = new Set([
  "alter",
  "neuer",
  "aktueller",
  "der",
  "soll",
  "haben",
  "umsatze",
  "buchungen",
  "belastungen",
  "gutschriften",
  "old",
  "new",
  "opening",
  "closing",
  "ending",
  "end",
  "beginning",
  "starting",
  "start",
  "final",
  "grand",
  "current",
  "available",
  "ledger",
  "debit",
  "debits",
  "credit",
  "credits",
  "amount",
  "ancien",
  "nouveau",
  "initial",
  "finale",
  "iniziale",
  "inicial",
  "in",
  "eur",
  "usd",
  "gbp",
  "chf",
]);

/** Words that lead to a date after the label ("Kontostand vom 31.03.2026", "Balance as of …"). */
const BEFORE_DATE = new Set(["vom", "per", "zum", "am", "bis", "at", "on", "as", "of", "au", "du", "al"]);

/** "Total for 1000 Checking", "Summe für Konto 1200": a total of whatever it names after the word. */
const TOTAL_FOR = /^\s*(?:total|totals|summe|gesamt|totaal|totale)\s+(?:for|of|für|fur|voor|per|pour)\s/i;

/** Whether a value names a balance or a total, as banks label their closing lines. */
export function isSummaryLabel(value: string): boolean {
  if (TOTAL_FOR.test(withoutAccents(value))) return true;
  const words: string[] = [];
  for (const raw of withoutAccents(value).toLowerCase().split(/\s+/)) {
    if (/\d/.test(raw)) break;
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    if (w !== "") words.push(w);
  }
  while (words.length > 0 && BEFORE_DATE.has(words[words.length - 1] as string)) words.pop();
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.some((w) => HEADS.has(w)) &&
    words.every((w) => HEADS.has(w) || BESIDE.has(w))
  );
}

export interface CsvFooter {
  /** 0-based index of the last record line. */
  readonly lastRecord: number;
  /** 0-based indexes of the closing lines that hold something (blank lines between them left out). */
  readonly lines: readonly number[];
}

/** The closing lines below a file's records, headers at `top`; null when there are none, or not surely. */
export function footerOf(lines: readonly CsvLine[], top: number): CsvFooter | null {
  // The lines at the end whose first value is no date, or that name a balance after their date: the closing
  // lines are among them.
  const tail: number[] = [];
  let i = lines.length - 1;
  for (; i > top && tail.length <= MOST; i--) {
    const line = lines[i] as CsvLine;
    if (isBlank(line)) continue;
    const lead = leadColumn(line);
    if (isDateText(line[lead] ?? "") && !line.some((v, j) => j > lead && isSummaryLabel(v))) break;
    tail.push(i);
  }
  if (tail.length === 0 || tail.length > MOST || i <= top) return null;
  const records: CsvLine[] = [];
  for (let k = i; k > top && records.length < RECENT; k--)
    if (!isBlank(lines[k] as CsvLine)) records.unshift(lines[k] as CsvLine);
  const dated = dateColumns(records);
  if (dated.length === 0) return null;
  const header = filled((lines[top] ?? []) as CsvLine);
  const labelled = (line: CsvLine) =>
    isSummaryLabel(line[leadColumn(line)] ?? "") && dated.some((d) => !isDateText(line[d] ?? ""));
  const datedLabel = (line: CsvLine) => {
    const lead = leadColumn(line);
    return (
      dated.includes(lead) &&
      isDateText(line[lead] ?? "") &&
      line.some((v, j) => j > lead && !dated.includes(j) && isSummaryLabel(v))
    );
  };
  // The longest run of closing lines at the end; the lines above it stay records.
  tail.reverse();
  for (let s = 0; s < tail.length; s++) {
    const first = tail[s] as number;
    let last = first - 1;
    while (last > top && isBlank(lines[last] as CsvLine)) last--;
    const above = [...records, ...tail.slice(0, s).map((k) => lines[k] as CsvLine)];
    const short = Math.min(Math.max(2, Math.floor(header / 2)), Math.min(...above.map(filled)) - 1);
    const setApart = (line: CsvLine) =>
      last < first - 1 &&
      above.length >= RECORDS_FOR_SHAPE &&
      dated.includes(leadColumn(line)) &&
      /\p{L}/u.test(line[leadColumn(line)] ?? "") &&
      filled(line) <= short;
    // Set apart by a blank line only where the records above are not each followed by one.
    const apart = last < first - 1 && last - 1 > top && !isBlank(lines[last - 1] as CsvLine);
    const full = filledByAll(above);
    const datedClosing = (line: CsvLine) =>
      datedLabel(line) &&
      (apart || (above.length >= RECORDS_FOR_SHAPE && full.some((j) => (line[j] ?? "").trim() === "")));
    const closing = (line: CsvLine) => labelled(line) || setApart(line) || datedClosing(line);
    if (tail.slice(s).every((k) => closing(lines[k] as CsvLine)))
      return { lastRecord: last, lines: tail.slice(s) };
  }
  return null;
}

/** The columns every one of these lines fills. */
function filledByAll(records: readonly CsvLine[]): number[] {
  const width = Math.max(0, ...records.map((r) => r.length));
  const out: number[] = [];
  for (let j = 0; j < width; j++) if (records.every((r) => (r[j] ?? "").trim() !== "")) out.push(j);
  return out;
}
