/**
 * Where a text file's column headers are. Banks' CSV exports often start with a few lines of their own
 * above the headers (the account, the period, the balance: "Kontonummer:;DE12…", "Zeitraum:;01.03.2026 -
 * 31.03.2026"); read as the header, such a line leaves the table without its columns. The headers are the
 * first line that fills the most fields, provided every line above it fills fewer, each of its values is
 * a label (it holds a letter), and the lines below it hold figures (a value with a digit and no letter),
 * as records do. Anything less certain keeps the first line as the header, as before.
 */

/** Lines above the headers looked at: longer preambles are not seen in banks' exports. */
const SEARCHED = 40;
/** Lines below a candidate header looked at for figures. */
const BELOW = 10;

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

function filled(line: readonly string[]): number {
  let n = 0;
  for (const v of line) if (v.trim() !== "") n++;
  return n;
}

const isLabel = (v: string): boolean => LETTER.test(v);
const isFigure = (v: string): boolean => DIGIT.test(v) && !LETTER.test(v);

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
  const header = (lines[at] as readonly string[]).filter((v) => v.trim() !== "");
  if (!header.every(isLabel)) return 0;
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < BELOW; i++) {
    const line = lines[i] as readonly string[];
    if (filled(line) === 0) continue;
    if (line.some(isFigure)) return at;
    seen++;
  }
  return 0;
}
