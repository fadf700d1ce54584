/**
 * Where a text file's column headers are. Banks' CSV exports often start with a few lines of their own
 * above the headers (the account, the period, the balance: "Kontonummer:;DE12…", "Zeitraum:;01.03.2026 -
 * 31.03.2026"); read as the header, such a line leaves the table without its columns. The headers are the
 * first line that fills the most fields, provided
 * - every line above it is short, as such lines are: a label and a value or two (at most two fields, or
 *   half as many as the headers), so a record above a wider line of text never makes that line the header;
 * - each of its values is a label (not a figure);
 * - the lines below it hold figures, as records do, or there are none (a period without bookings).
 * A block of the bank's own as wide as the headers (an account holder, an IBAN, a BIC and a currency on one
 * line, their values on the next) is taken for the bank's too, before the rule above, which would take the
 * block's first line for the headers, provided
 * - it is small, at most three such wide lines, none wider than the headers, with a blank line between it
 *   and the headers, whose values are labels;
 * - at least three records follow the headers without a blank line, all with a date in the same column;
 * - no line of the block has a date in that column, so the block does not run on into the records.
 * Anything less certain keeps the first line as the header, as before.
 *
 * Some exports have no header row at all (HSBC's, Wells Fargo's, ABN AMRO's start with their first booking):
 * startsWithRecord tells such a first line from headers.
 */
import { dateColumns, filled, isBlank, isDateText, isFigure, type CsvLine } from "./csvCells";

/** Lines above the headers looked at: longer preambles are not seen in banks' exports. */
const SEARCHED = 40;
/** Lines below a candidate header looked at for figures. */
const BELOW = 10;
/** Wide lines of the bank's own above the headers: a block of labels and their values. */
const BLOCK = 3;
/** Records that show, by their dates, where a block of the bank's own ends. */
const RECORDS = 3;

/** The 0-based index of the header line among a file's parsed lines (0 when nothing stands above it). */
export function headerLineOf(lines: readonly CsvLine[]): number {
  const below = belowBlock(lines);
  return below > 0 ? below : belowShortLines(lines);
}

/** The headers below lines of the bank's own that are all short; 0 when not surely. */
function belowShortLines(lines: readonly CsvLine[]): number {
  const searched = Math.min(lines.length, SEARCHED);
  let most = 0;
  let at = 0;
  for (let i = 0; i < searched; i++) {
    const n = filled(lines[i] as CsvLine);
    if (n > most) {
      most = n;
      at = i;
    }
  }
  if (at === 0 || most < 2) return 0;
  const short = Math.max(2, Math.floor(most / 2));
  for (let i = 0; i < at; i++) if (filled(lines[i] as CsvLine) > short) return 0;
  if ((lines[at] as CsvLine).some((v) => v.trim() !== "" && isFigure(v))) return 0;
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < BELOW; i++) {
    const line = lines[i] as CsvLine;
    if (filled(line) === 0) continue;
    if (line.some(isFigure)) return at;
    seen++;
  }
  return seen === 0 ? at : 0;
}

/** The headers below a small block of the bank's own, as wide as they are; 0 when not surely. */
function belowBlock(lines: readonly CsvLine[]): number {
  const searched = Math.min(lines.length, SEARCHED);
  for (let at = 1; at < searched; at++) {
    const header = lines[at] as CsvLine;
    if (!isBlank(lines[at - 1] as CsvLine) || isBlank(header)) continue;
    const most = filled(header);
    const short = Math.max(2, Math.floor(most / 2));
    const above = lines.slice(0, at).filter((l) => !isBlank(l));
    const wide = above.filter((l) => filled(l) > short);
    if (wide.length > BLOCK) return 0;
    if (most < 2 || wide.length === 0 || above.some((l) => filled(l) > most)) continue;
    if (header.some((v) => v.trim() !== "" && isFigure(v))) continue;
    const records: CsvLine[] = [];
    for (let i = at + 1; i < lines.length && records.length < BELOW && !isBlank(lines[i] as CsvLine); i++)
      records.push(lines[i] as CsvLine);
    if (records.length < RECORDS) continue;
    const dated = dateColumns(records).filter((d) => records.every((r) => isDateText(r[d] ?? "")));
    if (dated.length > 0 && wide.every((l) => dated.every((d) => !isDateText(l[d] ?? "")))) return at;
  }
  return 0;
}

type Kind = "blank" | "date" | "figure" | "words";

function kindOf(v: string): Kind {
  if (v.trim() === "") return "blank";
  if (isDateText(v)) return "date";
  return isFigure(v) ? "figure" : "words";
}

/**
 * Whether a file's first line is a record rather than its headers, the file having no header row: it holds a
 * date and a figure, each standing over the same kind in at least three in four of the (up to ten) non-blank
 * lines below it (a figure over figures or blanks: a debit or a credit column), and its words stand over neither dates nor figures there (a header's "Date" stands over
 * dates, so headers never pass). No line below, or anything less certain, keeps it the headers.
 */
export function startsWithRecord(lines: readonly CsvLine[]): boolean {
  const first = lines[0];
  if (first === undefined || filled(first) < 2) return false;
  const below: CsvLine[] = [];
  for (let i = 1; i < lines.length && below.length < BELOW; i++)
    if (!isBlank(lines[i] as CsvLine)) below.push(lines[i] as CsvLine);
  if (below.length === 0) return false;
  const count = (j: number, kind: Kind) => below.filter((r) => kindOf(r[j] ?? "") === kind).length;
  const mostly = (j: number, kind: Kind) => count(j, kind) * 4 >= below.length * 3;
  // A debit or a credit column holds a figure on the lines that go its way and nothing on the others.
  const figures = (j: number) =>
    count(j, "figure") > 0 && (count(j, "figure") + count(j, "blank")) * 4 >= below.length * 3;
  const kinds = new Set<Kind>();
  for (const [j, v] of first.entries()) {
    const kind = kindOf(v);
    if (kind === "blank") continue;
    const fits =
      kind === "words"
        ? !mostly(j, "date") && !mostly(j, "figure")
        : kind === "figure"
          ? figures(j)
          : mostly(j, kind);
    if (!fits) return false;
    kinds.add(kind);
  }
  return kinds.has("date") && kinds.has("figure");
}
