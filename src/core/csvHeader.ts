/**
 * Where a text file's column headers are. Banks' CSV exports often start with a few lines of their own
 * above the headers (the account, the period, the balance: "Kontonummer:;DE12…", "Zeitraum:;01.03.2026 -
 * 31.03.2026"); read as the header, such a line leaves the table without its columns. The headers are the
 * first line that fills the most fields, provided
 * - every line above it is short, as such lines are: a label and a value or two (at most two fields, or
 *   half as many as the headers), so a record above a wider line of text never makes that line the header;
 * - each of its values is a label (not a figure);
 * - the lines below it hold figures, as records do, or there are none (a period without bookings).
 * Anything less certain keeps the first line as the header, as before.
 */

/** Lines above the headers looked at: longer preambles are not seen in banks' exports. */
const SEARCHED = 40;
/** Lines below a candidate header looked at for figures. */
const BELOW = 10;

const LETTERS = /\p{L}/gu;
const DIGIT = /\d/;

function filled(line: readonly string[]): number {
  let n = 0;
  for (const v of line) if (v.trim() !== "") n++;
  return n;
}

/**
 * A value as records hold them: digits with at most a few letters around them ("05.03.2026",
 * "-1.200,00", "02 Mar 2026", "1200.00 DR", "INV-1041"); a header has words.
 */
function isFigure(v: string): boolean {
  return DIGIT.test(v) && (v.match(LETTERS)?.length ?? 0) < 4;
}

/** The 0-based index of the header line among a file's parsed lines (0 when nothing stands above it). */
export function headerLineOf(lines: readonly (readonly string[])[]): number {
  const searched = Math.min(lines.length, SEARCHED);
  let most = 0;
  let at = 0;
  for (let i = 0; i < searched; i++) {
    const n = filled(lines[i] as readonly string[]);
    if (n > most) {
      most = n;
      at = i;
    }
  }
  if (at === 0 || most < 2) return 0;
  const short = Math.max(2, Math.floor(most / 2));
  for (let i = 0; i < at; i++) if (filled(lines[i] as readonly string[]) > short) return 0;
  if ((lines[at] as readonly string[]).some((v) => v.trim() !== "" && isFigure(v))) return 0;
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < BELOW; i++) {
    const line = lines[i] as readonly string[];
    if (filled(line) === 0) continue;
    if (line.some(isFigure)) return at;
    seen++;
  }
  return seen === 0 ? at : 0;
}
