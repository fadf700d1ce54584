/**
 * A side's columns settled by what they hold where the headers alone mislead or leave a choice open:
 * an amount column blank on every row beside debit and credit columns that hold the amounts (Deutsche
 * Bank's "Betrag" beside "Soll" and "Haben"), or the other way round; a column with no header beside the
 * amount holding only Dr/Cr marks (Volksbank's S and H), or one named for a booking's kind ("Type": DR, CR)
 * beside an amount without signs (markColumns.ts); a reference column written in words (referenceText.ts)
 * — each said with a note. And among the columns an optional text field could be, one
 * holding only Dr/Cr marks is no text (Chase's "Details" beside its "Description"), nor for the
 * description one of a few booking-kind codes (DEBIT, CREDIT, CHECK, DSLIP) beside text in words, so the
 * tie is no tie.
 * Fields the mapping names are left as they are. Debit and credit columns left unread beside an amount
 * column found by its header are kept aside: a row whose amount is blank reads from them (amountFromPair.ts).
 */
import { isBlank, type Cell } from "../cell";
import type { ColumnMap, ColumnMapResult } from "../columnMap";
import { keptParams, makeIssue, type Issue } from "../issues";
import { columnLetter, type TableData } from "../table";
import { indicatorBeside, kindCodes, onlyMarks, wordedText } from "./markColumns";
import { referenceAsDescription } from "./referenceText";

type How = ColumnMapResult["how"];

export interface ContentColumns {
  readonly map: ColumnMap;
  readonly how: How;
  /**
   * The mapping's issues, less the blank header's warning of a column read as the indicator: its note says
   * what the column is, and it is not one to delete.
   */
  readonly issues: readonly Issue[];
  /** What was decided from the values, one note each. */
  readonly notes: readonly Issue[];
  /**
   * The debit and credit columns that hold amounts but are left unread beside the amount column read (one
   * the mapping does not name); null where there are none.
   */
  readonly pairBeside: PairColumns | null;
}

/** A side's debit and credit columns, 0-based, either of them absent. */
export interface PairColumns {
  readonly debit?: number;
  readonly credit?: number;
}

function allBlank(cells: readonly Cell[] | undefined): boolean {
  for (const cell of cells ?? []) if (!isBlank(cell)) return false;
  return true;
}

function joined(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Reads the side's amounts from the columns that hold them: an amount column blank on every row is not
 * the amount where debit or credit columns hold values, and debit and credit columns blank on every row are
 * not where the amount column holds them.
 */
function amountsWhereTheyAre(
  table: TableData,
  map: Record<string, number>,
  fixed: (f: string) => boolean,
  beside: Record<string, number>,
): Issue | null {
  const amount = map.amount;
  const pair = (["debit", "credit"] as const).filter((f) => map[f] !== undefined);
  if (amount === undefined || pair.length === 0) return null;
  const header = (c: number): string => table.headers[c] ?? "";
  const pairHeaders = pair.map((f) => header(map[f] as number));
  const amountFixed = fixed("amount");
  const pairFixed = pair.some(fixed);
  if (amountFixed && pairFixed)
    return makeIssue("recon_amount_two_ways", at(table, header(amount), amount), {
      amount: header(amount),
      pair: joined(pairHeaders),
    });
  const amountBlank = allBlank(table.columns[amount]);
  const pairBlank = pair.every((f) => allBlank(table.columns[map[f] as number]));
  // The way the mapping names is read; the other, found by its headers, is said only if it holds amounts.
  // An amount column the mapping names is read on every row, blank or not: no row reads the pair instead.
  if (amountFixed || pairFixed) {
    if (amountFixed ? !pairBlank : !amountBlank) return bothWays(table, map, pair, amountFixed, {});
    if (amountFixed) for (const f of pair) delete map[f];
    else delete map.amount;
    return null;
  }
  if (table.rows.length === 0 || (amountBlank && pairBlank)) return null;
  if (!amountBlank && !pairBlank) {
    // An Amount that never goes below zero beside a Debit and a Credit that both hold amounts gives sizes
    // only: the pair says which way each row goes, so the pair is read.
    const unsigned = pair.length === 2 && !anyNegative(table.columns[amount]);
    if (!unsigned) return bothWays(table, map, pair, true, beside);
    const differ = bothWays(table, map, pair, false, beside);
    return (
      differ ??
      makeIssue("recon_amount_unsigned", at(table, header(amount), amount), {
        amount: header(amount),
        pair: joined(pairHeaders),
      })
    );
  }
  const blank = amountBlank ? [header(amount)] : pairHeaders;
  const read = amountBlank ? pairHeaders : [header(amount)];
  const first = amountBlank ? amount : (map[pair[0] as string] as number);
  if (amountBlank) delete map.amount;
  else for (const f of pair) delete map[f];
  return makeIssue("recon_column_blank", at(table, header(first), first), {
    blank: joined(blank),
    blanks: blank.length,
    read: joined(read),
    reads: read.length,
  });
}

/** Whether any cell of the column is an amount below zero: "-98.40", "(98.40)", "98.40-" or a number. */
function anyNegative(cells: readonly Cell[] | undefined): boolean {
  for (const cell of cells ?? []) {
    if (typeof cell === "number" ? cell < 0 : typeof cell === "string" && /^\s*[-(−]|-\s*$/.test(cell))
      return true;
  }
  return false;
}

/** The header cell of table column c, as an issue's location. */
function at(table: TableData, header: string, c: number) {
  const row = table.headerRow;
  return {
    sheet: table.sheet,
    table: table.name,
    row,
    column: header,
    address: `${columnLetter(table.firstColumn + c)}${row}`,
  };
}

/**
 * Both an amount column and debit/credit columns hold amounts: one way is read, the amount unless the
 * mapping names the pair, and the other's columns are left unread. Where they agree on every row that is
 * all (Postbank writes each amount twice); where some row's two ways give different sizes, a warning
 * names that row, as which is right is the user's call. Debit and credit columns left unread are kept in
 * `beside`, for rows whose amount is blank.
 */
function bothWays(
  table: TableData,
  map: Record<string, number>,
  pair: readonly ("debit" | "credit")[],
  keepAmount: boolean,
  beside: Record<string, number>,
): Issue | null {
  const amount = map.amount as number;
  const header = (c: number): string => table.headers[c] ?? "";
  const pairHeaders = pair.map((f) => header(map[f] as number));
  const differ = firstDiffering(
    table,
    amount,
    pair.map((f) => map[f] as number),
  );
  const read = keepAmount ? header(amount) : joined(pairHeaders);
  const left = keepAmount ? joined(pairHeaders) : header(amount);
  const first = keepAmount ? (map[pair[0] as string] as number) : amount;
  if (keepAmount)
    for (const f of pair) {
      beside[f] = map[f] as number;
      delete map[f];
    }
  else delete map.amount;
  if (differ === null) return null;
  return makeIssue("recon_amount_ways_differ", at(table, header(first), first), {
    read,
    reads: keepAmount ? 1 : pair.length,
    left,
    row: differ,
  });
}

/** The Excel row of the first record whose amount and debit/credit give different sizes; null if none. */
function firstDiffering(table: TableData, amount: number, pair: readonly number[]): number | null {
  for (let i = 0; i < table.rows.length; i++) {
    const a = sizeOf(table.columns[amount]?.[i]);
    const p = pair.flatMap((c) => {
      const v = sizeOf(table.columns[c]?.[i]);
      return v === null ? [] : [v];
    });
    if (a === null || p.length !== 1) continue;
    if (p[0] !== a) return table.rows[i] as number;
  }
  return null;
}

/**
 * A cell's amount without its sign, to the cent, as text ("1234.50"), whichever mark separates its decimals
 * (the last one with one or two digits after it); null for a blank, zero or unreadable cell.
 */
function sizeOf(cell: Cell | undefined): string | null {
  if (cell === undefined || isBlank(cell)) return null;
  let value: number;
  if (typeof cell === "number") value = Math.abs(cell);
  else {
    const text = String(cell).replace(/[^\d.,]/g, "");
    const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(text);
    value = Number(`${(m?.[1] ?? "").replace(/[.,]/g, "") || "0"}.${m?.[2] ?? "0"}`);
  }
  return Number.isFinite(value) && value !== 0 ? value.toFixed(2) : null;
}

/** Text fields whose ties a column of Dr/Cr marks cannot settle in its own favour. */
const TEXT_FIELDS: readonly string[] = ["description", "party", "reference"];

/**
 * Of the candidate columns of `field`, those that may hold its text: not one of Dr/Cr marks alone, and for
 * the description not one of a few booking-kind codes (Chase's Details: DEBIT, CREDIT, CHECK, DSLIP) where
 * exactly one other holds text written in words, more varied than the codes: that one is the description.
 * The codes are dropped only in favour of such text, so a description is never lost to a column that only
 * looks like one.
 */
function textColumns(field: string, tied: readonly number[], cells: readonly (readonly Cell[])[]): number[] {
  const texts = tied.filter((c) => !onlyMarks(cells[c]));
  if (texts.length < 2 || field !== "description") return texts;
  const codes = texts.map((c) => kindCodes(cells[c]));
  const words = texts.filter((_, k) => codes[k] === null);
  const kinds = Math.max(...codes.map((n) => n ?? 0));
  if (kinds === 0 || words.length !== 1) return texts;
  return wordedText(cells[words[0] as number], kinds) ? words : texts;
}

/**
 * Settles the ties of optional text fields that all candidates but one lose by holding only Dr/Cr marks
 * (Chase's "Details" beside its "Description"), or for the description a few booking-kind codes ("CHECK"
 * among Chase's DEBIT and CREDIT; textColumns): the field reads the one left, and its tie is no longer
 * said. Fields the mapping names are left as they are.
 */
export function textTiesByValues(
  detected: ColumnMapResult,
  cells: readonly (readonly Cell[])[],
  labels: Readonly<Record<string, string>>,
): ColumnMapResult {
  const map: Record<string, number> = { ...detected.map };
  const how: Record<string, "override" | "exact" | "synonym"> = { ...detected.how };
  const candidates: Record<string, readonly number[]> = { ...detected.candidates };
  const settled: string[] = [];
  const used = new Set(Object.values(map));
  for (const field of TEXT_FIELDS) {
    const tied = candidates[field];
    if (tied === undefined) continue;
    const texts = textColumns(
      field,
      tied.filter((c) => !used.has(c)),
      cells,
    );
    if (texts.length !== 1) continue;
    map[field] = texts[0] as number;
    how[field] = "synonym";
    used.add(texts[0] as number);
    delete candidates[field];
    settled.push(labels[field] ?? field);
  }
  if (settled.length === 0) return detected;
  return {
    map,
    how,
    candidates,
    ambiguous: detected.ambiguous.filter((f) => !(f in map)),
    issues: detected.issues.filter((i) => !settled.includes(keptParams(i, "header_ambiguous")?.field ?? "")),
  };
}

/**
 * The side's amount columns as their values settle them, and a reference column written in words read as
 * the description (referenceText.ts), with the notes that say how.
 */
export function columnsByContent(
  table: TableData,
  mapped: ColumnMapResult,
  columns: Readonly<Record<string, string | null>> | undefined,
): ContentColumns {
  const map: Record<string, number> = { ...mapped.map };
  const how: Record<string, "override" | "exact" | "synonym"> = { ...mapped.how };
  const fixed = (f: string): boolean => columns !== undefined && f in columns;
  const notes: Issue[] = [];
  const beside: Record<string, number> = {};
  const blank = amountsWhereTheyAre(table, map, fixed, beside);
  if (blank !== null) notes.push(blank);
  const indicator = indicatorBeside(table, map, fixed);
  let issues = mapped.issues;
  if (indicator !== null) {
    notes.push(indicator);
    how.indicator = "synonym";
    issues = issues.filter((i) => i.code !== "header_blank" || i.address !== indicator.address);
  }
  const open = (f: string): boolean => !fixed(f) && !mapped.ambiguous.includes(f);
  const text = referenceAsDescription(table, map, open);
  if (text !== null) {
    notes.push(text);
    how.description = "synonym";
  }
  for (const f of Object.keys(how)) if (map[f] === undefined) delete how[f];
  const pairBeside = Object.keys(beside).length > 0 ? (beside as PairColumns) : null;
  return { map, how, issues, notes, pairBeside };
}
