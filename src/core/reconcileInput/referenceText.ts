/**
 * A "reference" column that holds what a payment was for, in words: N26's and Starling's "Payment
 * Reference" and "Reference" carry the remittance text ("Miete März RENT-03"), not a reference to compare
 * whole. Where no column is the description, such a column is read as the description, where words are
 * compared as words, and a note says so. A column of codes ("INV-1041", "RF18 5390 0754") stays the
 * reference.
 */
import { isBlank, type Cell } from "../cell";
import { makeIssue, type Issue } from "../issues";
import { columnLetter, type TableData } from "../table";

/** A word of letters only, three or more of them (accented letters too). */
const WORD = /^\p{L}{3,}$/u;

/** Whether the text has two words or more of letters only: words, not a code. */
function isWords(text: string): boolean {
  let words = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token) && ++words >= 2) return true;
  return false;
}

/** The first value written in words when more than half of the column's values are, else undefined. */
function writtenInWords(cells: readonly Cell[]): string | undefined {
  let values = 0;
  let words = 0;
  let first: string | undefined;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    values++;
    if (typeof cell !== "string" || !isWords(cell)) continue;
    words++;
    first ??= cell.trim();
  }
  return words * 2 > values ? first : undefined;
}

/**
 * Moves a reference column written in words to the description, where none is mapped or in doubt;
 * returns the note, or null when nothing moved.
 */
export function referenceAsDescription(
  table: TableData,
  map: Record<string, number>,
  open: (field: string) => boolean,
): Issue | null {
  const c = map.reference;
  if (c === undefined || map.description !== undefined || !open("reference") || !open("description"))
    return null;
  const example = writtenInWords(table.columns[c] ?? []);
  if (example === undefined) return null;
  delete map.reference;
  map.description = c;
  const row = table.headerRow;
  const column = table.headers[c] ?? "";
  return makeIssue(
    "recon_reference_text",
    {
      sheet: table.sheet,
      table: table.name,
      row,
      column,
      address: `${columnLetter(table.firstColumn + c)}${row}`,
    },
    { column, example },
  );
}
