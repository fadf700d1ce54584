/**
 * A row whose amount is blank, read from the debit and credit columns beside the amount column: a side
 * that writes its amounts both ways (Postbank's Betrag beside Soll and Haben) reads its Amount, and where
 * one row leaves the Amount blank but fills its Debit or Credit, that row's figure is there.
 */
import { isBlank, type Cell } from "../cell";
import { parseAmountMinor } from "../money";
import type { TableData } from "../table";
import type { PairColumns } from "./columnsByContent";
import { pairSigns, type PairSigns } from "./signedColumns";

/**
 * 1 where the amount column's signs run as debit minus credit, -1 where they run the other way, on every
 * row that gives both a signed amount and a debit or credit; undefined where no row does or rows differ.
 */
function amountSignsRun(
  table: TableData,
  amount: number,
  pair: PairColumns,
  signs: PairSigns,
  separator: "." | "," | undefined,
): 1 | -1 | undefined {
  const amounts = table.columns[amount] ?? [];
  const debits = pair.debit === undefined ? null : (table.columns[pair.debit] ?? []);
  const credits = pair.credit === undefined ? null : (table.columns[pair.credit] ?? []);
  const read = (cell: Cell | undefined): number =>
    cell === undefined || cell === null ? 0 : parseAmountMinor(cell, 4, separator);
  let run: 1 | -1 | undefined;
  for (let i = 0; i < amounts.length; i++) {
    const a = read(amounts[i]);
    const p = signs.debitSign * read(debits?.[i]) - signs.creditSign * read(credits?.[i]);
    if (a !== a || p !== p || a === 0 || p === 0) continue;
    const here = a > 0 === p > 0 ? 1 : -1;
    if (run !== undefined && run !== here) return undefined;
    run = here;
  }
  return run;
}

/**
 * The debit and credit columns beside the amount read: whether a row's pair holds a figure, and how its
 * debit minus credit turns into the amount column's sign. How it turns is settled over the whole table
 * the first time a row needs it, and only then: a side with no such row pays nothing for it.
 */
export class AmountFromPair {
  private settled: { readonly signs: PairSigns; readonly turn: 1 | -1 } | undefined;

  /**
   * `signedAmount`: the amount column writes its own signs, so the pair turns as they run; otherwise (an
   * amount signed by a Dr/Cr column) and where no row shows it, as the side's debit/credit reading says,
   * `creditPositive`.
   */
  constructor(
    private readonly table: TableData,
    private readonly amount: number,
    readonly pair: PairColumns,
    private readonly separator: "." | "," | undefined,
    private readonly signedAmount: boolean,
    private readonly creditPositive: boolean,
  ) {}

  /** Whether table record i's debit or credit cell holds something. */
  holds(i: number): boolean {
    const { debit, credit } = this.pair;
    return (
      (debit !== undefined && !isBlank(this.table.columns[debit]?.[i] ?? null)) ||
      (credit !== undefined && !isBlank(this.table.columns[credit]?.[i] ?? null))
    );
  }

  /** How each of the pair is signed (signedColumns.ts), and -1 where debit minus credit is turned round. */
  reading(): { readonly signs: PairSigns; readonly turn: 1 | -1 } {
    if (this.settled === undefined) {
      const signs = pairSigns(this.table, this.pair, this.separator);
      const run = this.signedAmount
        ? amountSignsRun(this.table, this.amount, this.pair, signs, this.separator)
        : undefined;
      this.settled = { signs, turn: run ?? (this.creditPositive ? -1 : 1) };
    }
    return this.settled;
  }
}
