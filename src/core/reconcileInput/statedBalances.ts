/**
 * A side's opening and closing balances as its balance rows state them (balanceRows.ts), and what to say
 * where a typed balance or the running balances of the Balance column give another figure: the statement
 * takes that one, but never silently.
 */
import { makeIssue, type Issue, type IssueLocation } from "../issues";
import { formatMoney } from "../money";
import type { BalanceKind, BalanceRow } from "./balanceRows";
import type { SideRecords } from "./readSide";

export interface StatedBalance {
  /** Minor units, in the side's sign (turned with the Balance column when it counts the other way). */
  readonly minor: number;
  /** The Excel row that states it, and its words as written. */
  readonly row: number;
  readonly label: string;
  /** The cell of its figure. */
  readonly at: IssueLocation;
  /** A line of the sheet beside the table (fileBalances.ts), rather than of the file it was read from. */
  readonly onSheet?: boolean;
}

export interface StatedBalances {
  readonly opening?: StatedBalance;
  readonly closing?: StatedBalance;
}

type Placed = Pick<BalanceRow, "record" | "day" | "kind" | "minor" | "currency">;

/** Whether balance row a comes before b: by day where both have one that differs, else by table order. */
function before(a: Placed, b: Placed): boolean {
  if (a.day !== null && b.day !== null && a.day !== b.day) return a.day < b.day;
  return a.record < b.record;
}

/**
 * The rows a side's balances are read from: the earliest opening and the latest closing that state a
 * figure, in `currency` (any where undefined).
 */
export function takenRows<T extends Placed>(
  rows: readonly T[],
  currency: string | undefined,
): { opening?: T; closing?: T } {
  let opening: T | undefined;
  let closing: T | undefined;
  for (const b of rows) {
    if (b.minor === null || b.kind === null || (currency !== undefined && b.currency !== currency)) continue;
    if (b.kind === "opening" && (opening === undefined || before(b, opening))) opening = b;
    if (b.kind === "closing" && (closing === undefined || before(closing, b))) closing = b;
  }
  return { ...(opening ? { opening } : {}), ...(closing ? { closing } : {}) };
}

function stated(b: BalanceRow, turned: boolean): StatedBalance {
  const { sheet, table, row, column, address } = b.note;
  const minor = (b.minor as number) * (turned && b.inBalanceColumn ? -1 : 1) + 0;
  return { minor, row: b.row, label: b.label, at: { sheet, table, row, column, address } };
}

/**
 * The earliest opening and the latest closing balance the side's rows state, in its currency; none for a
 * side in several currencies. `turned`: its Balance column counts the other way from its amounts
 * (ColumnBalances.turned), so a figure standing in that column is turned as the column's are.
 */
export function statedBalances(side: SideRecords, turned = false): StatedBalances {
  if (side.currencies.length > 1) return {};
  const { opening, closing } = takenRows(side.balanceRows, side.currencies[0]);
  return {
    ...(opening ? { opening: stated(opening, turned) } : {}),
    ...(closing ? { closing: stated(closing, turned) } : {}),
  };
}

/** The balances a side's run takes from elsewhere: the Balance column's or the user's typed ones. */
export interface GivenBalances {
  readonly source: "column" | "typed";
  readonly opening?: number;
  readonly closing?: number;
}

/**
 * A warning at each stated balance that the balance taken instead differs from (recon_balance_row_differs),
 * in the run's currency.
 */
export function statedDisagreements(
  side: SideRecords,
  rows: StatedBalances,
  given: GivenBalances,
  currency: string,
): Issue[] {
  const money = (minor: number) => formatMoney(minor, currency).trim();
  const column = side.table.headers[side.map.balance ?? -1] ?? "the Balance column";
  const out: Issue[] = [];
  for (const kind of ["opening", "closing"] as const satisfies readonly BalanceKind[]) {
    const row = rows[kind];
    const other = given[kind];
    if (row === undefined || other === undefined || row.minor === other) continue;
    const p = { kind, stated: money(row.minor), given: money(other), source: given.source, column };
    out.push(makeIssue("recon_balance_row_differs", row.at, p));
  }
  return out;
}
