/**
 * The balances a bank's CSV export states in lines of its own above its headers or below its records:
 * comdirect's "Neuer Kontostand";"20.792,57 EUR", UBS's "Opening balance:;10000.00;", Volksbank's
 * "01.03.2026";;…;"Anfangssaldo";"EUR";"10.000,00";"H". A line states one when a cell names a balance and
 * nothing else (balanceWords: "Saldo" in a sentence names none), only dates or blanks stand before it, and
 * the next value after it (dates and a currency skipped) is a figure, with at most a currency or a
 * Soll/Haben mark after that. The figure is kept as written: the side reads it with its own decimal
 * separator (core/reconcileInput/fileBalances.ts).
 */
import { balanceWords, type BalanceKind } from "../core/reconcileInput/balanceWords";
import type { Cell } from "../core/cell";
import { isoFromDay, serialToDay } from "../core/dates";
import type { FileBalanceLine, FileBalanceLines } from "../core/table";

/** Names of a balance banks write in such lines that balanceWords does not know, with their kind. */
const MORE: ReadonlyMap<string, BalanceKind | null> = new Map([
  ["letzter kontostand", "closing"],
  ["aktueller saldo", null],
]);

const CURRENCY = /^(?:[A-Z]{3}|[€$£¥]|Fr\.?)$/;
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MARK = /^(?:S|H|Soll|Haben|DR|CR|Dr|Cr)$/;
const CUR = "(?:[A-Z]{3}|[€$£¥])";
const NUMBER = "(?:\\d{1,3}(?:[.,'’\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
/** A figure: a sign before or after, a currency before or after, a Soll/Haben or DR/CR mark at the end. */
const FIGURE = new RegExp(
  `^(?:${CUR}\\s*)?[-+−]?\\s*(?:${CUR}\\s*)?\\(?${NUMBER}\\)?\\s*-?\\s*(?:${CUR})?\\s*(?:S|H|Soll|Haben|DR|CR|Dr|Cr)?$`,
);

/** What a cell names: a balance's kind (null: neither opening nor closing), undefined when no balance. */
function named(text: string): { readonly kind: BalanceKind | null } | undefined {
  const words = balanceWords(text);
  if (words !== null) return words;
  const key = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  const kind = MORE.get(key);
  return kind === undefined ? undefined : { kind };
}

/** The balance line a parsed CSV line is, with its kind, or null. */
export function balanceLineOf(
  line: readonly string[],
  row: number,
): { readonly kind: BalanceKind | null; readonly line: FileBalanceLine } | null {
  let j = 0;
  while (j < line.length && ((line[j] as string).trim() === "" || DATE.test((line[j] as string).trim()))) j++;
  const label = (line[j] ?? "").trim();
  const words = label === "" ? undefined : named(label);
  if (words === undefined) return null;
  let currency: string | undefined;
  let k = j + 1;
  for (; k < line.length; k++) {
    const v = (line[k] as string).trim();
    if (v === "" || DATE.test(v)) continue;
    if (CURRENCY.test(v)) currency = v;
    else break;
  }
  const text = (line[k] ?? "").trim();
  if (text === "" || !FIGURE.test(text)) return null;
  let mark: string | undefined;
  for (const rest of line.slice(k + 1)) {
    const v = rest.trim();
    if (v === "") continue;
    if (MARK.test(v) && mark === undefined) mark = v;
    else if (CURRENCY.test(v) && currency === undefined) currency = v;
    else return null;
  }
  return {
    kind: words.kind,
    line: {
      text,
      ...(mark === undefined ? {} : { mark }),
      ...(currency === undefined ? {} : { currency }),
      row,
      label,
      column: k,
      named: words.kind !== null,
    },
  };
}

/** Of the balance lines found, in order, the first opening and the closing (one that says so wins). */
function keep(
  found: Iterable<{ readonly kind: BalanceKind | null; readonly line: FileBalanceLine }>,
): FileBalanceLines {
  let opening: FileBalanceLine | undefined;
  let closing: FileBalanceLine | undefined;
  for (const { kind, line } of found) {
    if (kind === "opening") {
      if (opening === undefined) opening = line;
    } else if (closing === undefined || (!closing.named && line.named)) closing = line;
  }
  return { ...(opening ? { opening } : {}), ...(closing ? { closing } : {}) };
}

/**
 * The opening and closing balance the lines at `indices` (0-based, outside the table) state. A name that
 * says neither ("Kontostand", "Saldo", "Kontostand vom 31.03.2026") is a closing balance, as banks write
 * the balance the export ends at; one that says which wins over it, and the first of each kind is kept.
 */
export function balanceLines(
  lines: readonly (readonly string[])[],
  indices: readonly number[],
): FileBalanceLines {
  return keep(
    indices.flatMap((i) => {
      const found = balanceLineOf(lines[i] ?? [], i + 1);
      return found === null ? [] : [found];
    }),
  );
}

/** A row of a sheet beside a table: its Excel row, and its cells from column A with their number formats. */
export interface SheetLine {
  readonly row: number;
  readonly cells: readonly Cell[];
  readonly formats: readonly string[];
}

/** Whether a number format shows a date or time ("dd.mm.yyyy", "m/d/yy", "yyyy-mm-dd h:mm"). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dyh]/i.test(bare) || /^m+([/.\- ]|$)/i.test(bare);
}

/** Whether a number format shows a percentage ("0%", "0.00%"): a "%" outside quotes and escapes. */
export function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/**
 * A cell as balanceLineOf reads a CSV line's field: a number as plain digits, a date cell as an ISO date.
 * Only that a cell is a date counts there (dates stand before a line's words), so its day is read in the
 * 1900 system whatever the workbook's.
 */
function cellText(cell: Cell, format: string): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") {
    const day = isDateFormat(format) ? serialToDay(cell, 1900) : null;
    return day === null ? String(cell) : isoFromDay(day);
  }
  return typeof cell === "boolean" ? String(cell).toUpperCase() : cell.code;
}

/**
 * The balances lines of a sheet above and below an Excel table state (a bank's CSV opened in Excel and its
 * transactions made a table: "Neuer Kontostand";"20.792,57 EUR" stays on the sheet above it), read as a
 * file's lines are. A figure a cell holds as a number is kept as that number, so no decimal separator
 * reads it. A number shown as a percentage is no figure: a line that holds one states no balance.
 */
export function sheetBalanceLines(lines: readonly SheetLine[]): FileBalanceLines {
  return keep(
    lines.flatMap(({ row, cells, formats }) => {
      const texts = cells.map((c, j) => cellText(c, formats[j] ?? "General"));
      const found = balanceLineOf(texts, row);
      if (found === null) return [];
      const figure = cells[found.line.column];
      if (typeof figure === "number" && isPercentFormat(formats[found.line.column] ?? "General")) return [];
      const line: FileBalanceLine = {
        ...found.line,
        onSheet: true,
        ...(typeof figure === "number" ? { value: figure } : {}),
      };
      return [{ kind: found.kind, line }];
    }),
  );
}
