/**
 * The delimiter of a text file: the one that splits its header and record lines, as a run of lines one after
 * the other, rather than the one present on the most lines, which a bank's lines above its headers with
 * decimal commas ("Aktueller Kontostand: 20.792,57 €") can outnumber.
 */

/** "|" separates France's legal ledger export (FEC) and some ERP extracts. */
export type Delimiter = "," | ";" | "\t" | "|";
export const DELIMITERS: readonly Delimiter[] = [",", ";", "\t", "|"];

/** Lines read: a bank's lines above its headers and the first records. */
const SAMPLE = 40;

/**
 * How often each delimiter stands on each of the first lines, outside quotes (a quoted field's line breaks
 * do not end a line).
 */
function countsPerLine(text: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, [0]]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && (ch === "," || ch === ";" || ch === "\t" || ch === "|")) {
      const list = counts.get(ch) as number[];
      list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The runs of lines one after the other that a delimiter splits (a blank line or a line without it ends a
 * run), each scored [lines, the lines sharing its commonest count, that count]; the best score.
 */
function bestRun(counts: readonly number[]): readonly number[] {
  let best: readonly number[] = [0, 0, 0];
  let start = 0;
  for (let k = 0; k <= counts.length; k++) {
    if (k < counts.length && (counts[k] ?? 0) > 0) continue;
    if (k > start) {
      const times = new Map<number, number>();
      for (const n of counts.slice(start, k)) times.set(n, (times.get(n) ?? 0) + 1);
      for (const [n, t] of times) if (isGreater([k - start, t, n], best)) best = [k - start, t, n];
    }
    start = k + 1;
  }
  return best;
}

/**
 * The delimiter of the first forty lines: the one splitting the longest run of lines one after the other
 * (the headers and the records below them; lines above the headers with a decimal comma or two stand apart,
 * the headers having none); on a tie, the one whose run splits more of its lines into the same number of
 * fields, then into more fields, then the one found on the most lines; "," when none splits any. Records
 * that leave out empty trailing fields still split, so they keep their ";".
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = countsPerLine(text);
  let best: Delimiter = ",";
  let bestScore: readonly number[] = [0, 0, 0, 0];
  for (const d of DELIMITERS) {
    const list = counts.get(d) as number[];
    const score = [...bestRun(list), list.filter((n) => n > 0).length];
    if (isGreater(score, bestScore)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) > (b[k] ?? 0);
  return false;
}
