/**
 * Columns of Dr/Cr marks: whether a column holds nothing else, and the one beside a side's amount read as its
 * indicator where the mapping names none (columnsByContent.ts); columns of a booking's kind written as a
 * few codes (Chase's DEBIT, CREDIT, CHECK, DSLIP), and columns of text written in words.
 */
import { isBlank, type Cell } from "../cell";
import { normalizeHeader } from "../columnMap";
import { makeIssue, type Issue } from "../issues";
import { parseAmountMinor } from "../money";
import { columnLetter, type TableData } from "../table";
import { isDrCrMark } from "./cells";

/** Whether the column holds at least one value and nothing but Dr/Cr marks. */
export function onlyMarks(cells: readonly Cell[] | undefined): boolean {
  let marks = 0;
  for (const cell of cells ?? []) {
    if (isBlank(cell)) continue;
    if (!isDrCrMark(cell)) return false;
    marks++;
  }
  return marks > 0;
}

/** Distinct codes a column of booking kinds holds at most: Chase's Details holds four. */
const KIND_CODES_AT_MOST = 8;

/** A booking kind's code: one upper-case word, digits, "_" or "-" within ("CHECK", "DSLIP", "ACH_DEBIT"). */
const KIND_CODE = /^\p{Lu}[\p{Lu}\d_-]{0,19}$/u;

/**
 * How many codes a column of booking kinds holds: one that holds nothing but Dr/Cr marks and single
 * upper-case words ("DEBIT", "CHECK", "DSLIP", "ACH_DEBIT"), at most a few of them, one at least written
 * more than once. Null for any other column: one with a number, a word in lower case, two words, too many
 * kinds, or nothing. Stops at the first value that says it is no such column; each value seen before is
 * one set lookup, so a million rows of four codes cost a million lookups.
 */
export function kindCodes(cells: readonly Cell[] | undefined): number | null {
  const seen = new Set<string>();
  let values = 0;
  for (const cell of cells ?? []) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string") return null;
    values++;
    const text = cell.trim();
    if (seen.has(text)) continue;
    if (!KIND_CODE.test(text) && !isDrCrMark(cell)) return null;
    seen.add(text);
    if (seen.size > KIND_CODES_AT_MOST) return null;
  }
  return seen.size > 0 && values > seen.size ? seen.size : null;
}

/**
 * Whether a column holds text written in words: some value of two words or more, and more than `kinds`
 * different values. Stops as soon as both are seen.
 */
export function wordedText(cells: readonly Cell[] | undefined, kinds: number): boolean {
  const seen = new Set<string>();
  let words = false;
  for (const cell of cells ?? []) {
    if (typeof cell !== "string" || isBlank(cell)) continue;
    const text = cell.trim();
    if (!words && /\S\s+\S/.test(text)) words = true;
    if (seen.size <= kinds) seen.add(text);
    if (words && seen.size > kinds) return true;
  }
  return false;
}

/**
 * Headers that name a booking's kind and nothing more ("Type", "Transaction Type", "Txn Type", "Type of
 * transaction", "Typ", "Buchungsart"): such a column may hold the Dr/Cr marks of an unsigned amount, or
 * words ("POS", "DIRECT DEBIT") that are no marks. Compared normalised, the words that only say of what
 * left out.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...["type", "kind", "sign", "direction", "flag", "indicator", "nature"],
  ...["typ", "art", "tipo", "sens", "soort", "segno", "signe"],
  ...["buchungsart", "umsatzart", "buchungstyp", "transaktionsart", "transaktionstyp"],
]);
const OF_WHAT: ReadonlySet<string> = new Set([
  ...["transaction", "entry", "booking", "posting", "movement", "operation", "payment", "of", "the"],
  ...["buchung", "umsatz", "transaktion", "operacion", "operazione", "movimiento", "movimento", "de", "di"],
]);

/** Whether a header names a booking's kind and nothing more. */
function namesKind(header: string): boolean {
  const words = normalizeHeader(header)
    .split(" ")
    .filter((w) => w !== "" && !OF_WHAT.has(w));
  return words.length === 1 && KIND_WORDS.has(words[0] as string);
}

/**
 * Whether any amount of the column is below zero ("-98.40", "(98.40)", "98.40-"), whichever decimal mark it
 * is read with: then a column of Dr/Cr marks beside it only repeats its signs (readSide's
 * recon_indicator_unused).
 */
function anySigned(cells: readonly Cell[] | undefined): boolean {
  for (const cell of cells ?? []) {
    if (typeof cell === "number" && cell < 0) return true;
    if (typeof cell !== "string") continue;
    for (const mark of [undefined, ".", ","] as const) if (parseAmountMinor(cell, 4, mark) < 0) return true;
  }
  return false;
}

/**
 * A column right after (or else right before) the amount that holds only Dr/Cr marks, read as the amount's
 * indicator where the mapping names none: one with no header (Volksbank's S and H), or one whose header
 * names a booking's kind ("Type": DR, CR) beside an amount written without signs, which its marks alone
 * can say the way of.
 */
export function indicatorBeside(
  table: TableData,
  map: Record<string, number>,
  fixed: (f: string) => boolean,
): Issue | null {
  const amount = map.amount;
  if (amount === undefined || map.indicator !== undefined || fixed("indicator")) return null;
  const used = new Set(Object.values(map));
  let unsigned: boolean | undefined;
  for (const [c, place] of [
    [amount + 1, "after"],
    [amount - 1, "before"],
  ] as const) {
    if (c < 0 || c >= table.headers.length || used.has(c)) continue;
    const name = (table.headers[c] ?? "").trim();
    if (name !== "" && !namesKind(name)) continue;
    const cells = table.columns[c];
    if (!onlyMarks(cells)) continue;
    if (name !== "" && (unsigned ??= !anySigned(table.columns[amount])) === false) continue;
    map.indicator = c;
    const marks = [...new Set((cells ?? []).flatMap((v) => (isBlank(v) ? [] : [String(v).trim()])))];
    const letter = columnLetter(table.firstColumn + c);
    const row = table.headerRow;
    const where = { sheet: table.sheet, table: table.name, row, address: `${letter}${row}` };
    const said = { place, letter, amount: table.headers[amount] ?? "", marks: marks.slice(0, 4).join(", ") };
    return name === ""
      ? makeIssue("recon_indicator_found", where, said)
      : makeIssue("recon_indicator_typed", { ...where, column: name }, { ...said, column: name });
  }
  return null;
}
