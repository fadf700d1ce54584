/**
 * Debit and credit columns written with minus signs: PostFinance's "Debit in CHF", UBS's "Debit" and
 * Deutsche Bank's "Soll" write every debit as "-98.40". A column whose amounts other than zero are all
 * below zero is read by their size, as its name says, and a note names it; a column with amounts of both
 * signs keeps them (a negative debit is a reversal there). Decided over every row of the column, so the
 * order of the rows changes nothing.
 */
import { describeCell, type Cell } from "../cell";
import { makeIssue, type Issue } from "../issues";
import { parseAmountMinor } from "../money";
import { columnLetter, type TableData } from "../table";

/** -1 when the column's amounts other than zero are all negative (the first of them), else 1. */
function signOf(cells: readonly Cell[], separator: "." | "," | undefined): { sign: 1 | -1; first?: Cell } {
  let first: Cell | undefined;
  for (const cell of cells) {
    if (cell === null) continue;
    const minor = typeof cell === "number" ? cell : parseAmountMinor(cell, 4, separator);
    if (minor !== minor || minor === 0) continue;
    // One amount above zero: the column writes debits as they are, or both ways.
    if (minor > 0) return { sign: 1 };
    first ??= cell;
  }
  return first === undefined ? { sign: 1 } : { sign: -1, first };
}

export interface PairSigns {
  readonly debitSign: 1 | -1;
  readonly creditSign: 1 | -1;
  /** One note per column read by its amounts' size. */
  readonly notes: readonly Issue[];
}

/** How each of a table's debit and credit columns is signed, with notes for those written with signs. */
export function pairSigns(
  table: TableData,
  columns: { readonly debit?: number; readonly credit?: number },
  separator: "." | "," | undefined,
): PairSigns {
  const notes: Issue[] = [];
  const signed = (field: "debit" | "credit"): 1 | -1 => {
    const c = columns[field];
    if (c === undefined) return 1;
    const { sign, first } = signOf(table.columns[c] ?? [], separator);
    if (sign === 1) return 1;
    const column = table.headers[c] ?? field;
    const row = table.headerRow;
    const at = { sheet: table.sheet, table: table.name, row, column };
    const example = typeof first === "string" ? first.trim() : describeCell(first ?? null);
    notes.push(
      makeIssue(
        "recon_column_signed",
        { ...at, address: `${columnLetter(table.firstColumn + c)}${row}` },
        { column, example, kind: field },
      ),
    );
    return -1;
  };
  const debitSign = signed("debit");
  const creditSign = signed("credit");
  return { debitSign, creditSign, notes };
}
