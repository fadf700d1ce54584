/**
 * What a run says about its statements, beside their lines: one side's signs running the other way,
 * balances no statement can take (their currency unknown), a declared closing balance that is not its
 * opening plus its rows, and for a statement that does not close the one thing to check first (rows that
 * could not be read, then that closing balance, then a missing opening balance, else the general advice);
 * for one that closes, rows that could not be read and are in no balance. Each is an issue, and a remark
 * on the statements concerned.
 */
import { makeIssue, type Issue } from "../issues";
import { money } from "./detectors/where";
import type { SignCounts } from "./signConvention";
import type { BalancePlaces, Balances } from "./balancePlaces";
import type { RecordSet, Side, Statement } from "./types";
import type { UnreadRows } from "./unreadRows";

export interface AdviceInput {
  readonly left: RecordSet;
  readonly right: RecordSet;
  readonly statements: readonly Statement[];
  readonly balances?: Balances;
  /** Which statement took each side's balances (placeBalances). */
  readonly places: BalancePlaces;
  /** The run's default currency (id 0). */
  readonly defaultCurrency: string;
  /** The sign counts when one side's signs seem to run the other way; null otherwise. */
  readonly signs: SignCounts | null;
  readonly unread?: { readonly left?: UnreadRows; readonly right?: UnreadRows };
}

const where = (set: RecordSet) => ({ sheet: set.sheet, table: set.table });

/** Issues in the order the result lists them, and the statements with their remarks. */
export function adviseStatements(input: AdviceInput): { issues: Issue[]; statements: Statement[] } {
  const { left, right } = input;
  const issues: Issue[] = [];
  const signs =
    input.signs === null
      ? null
      : makeIssue("recon_signs_opposite", where(left), {
          book: left.table,
          statement: right.table,
          opposite: input.signs.opposite,
          same: input.signs.same,
          by: input.signs.by,
        });
  if (signs !== null) issues.push(signs);
  const unplaced = (["left", "right"] as const).flatMap((side) => {
    const codes = input.places.unknown[side];
    return codes === undefined ? [] : [{ codes, issue: unplacedIssue(input, side, codes) }];
  });
  issues.push(...unplaced.map((u) => u.issue));
  const shared = new Set<Issue>(signs === null ? [] : [signs]);
  for (const u of unplaced) shared.add(u.issue);
  const statements = input.statements.map((st) => {
    const remarks: Issue[] = signs === null ? [] : [signs];
    // Balances of a side that no statement took: each statement of a currency that side's rows are in
    // starts that side from zero.
    for (const u of unplaced) if (u.codes.includes(st.currency)) remarks.push(u.issue);
    for (const side of ["left", "right"] as const) {
      const closing = closingIssue(input, st, side);
      if (closing !== null) remarks.push(closing);
    }
    if (st.unexplained !== 0) remarks.push(unexplainedIssue(input, st));
    else {
      const outside = unreadOutsideIssue(input, st);
      if (outside !== null) remarks.push(outside);
    }
    issues.push(...remarks.filter((r) => !shared.has(r)));
    return { ...st, remarks };
  });
  return { issues, statements };
}

/** "EUR and USD" */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}

function unplacedIssue(input: AdviceInput, side: Side, codes: readonly string[]): Issue {
  const set = side === "left" ? input.left : input.right;
  return makeIssue("recon_balance_currency_unknown", where(set), {
    side: set.table,
    currencies: listed(codes.map((c) => (c === "" ? "no currency" : c))),
  });
}

/** A statement that closes while rows of its currency could not be read: they are in no balance. */
function unreadOutsideIssue(input: AdviceInput, st: Statement): Issue | null {
  const unread = unreadText(input, st);
  if (unread === null) return null;
  const first = unread.sides[0] === "left" ? input.left : input.right;
  return makeIssue("recon_unread_outside", where(first), { unread: unread.unread, rows: unread.rows });
}

function closingIssue(input: AdviceInput, st: Statement, side: Side): Issue | null {
  const gap = st.closingGap[side];
  const b = input.balances;
  const closing = side === "left" ? b?.leftClosing : b?.rightClosing;
  const opening = side === "left" ? b?.leftOpening : b?.rightOpening;
  if (gap === 0 || closing === undefined || opening === undefined) return null;
  const set = side === "left" ? input.left : input.right;
  const c = st.currency;
  return makeIssue("recon_closing_disagrees", where(set), {
    side: set.table,
    closing: money(closing, c),
    opening: money(opening, c),
    reached: money(closing - gap, c),
    gap: money(Math.abs(gap), c),
  });
}

function unexplainedIssue(input: AdviceInput, st: Statement): Issue {
  const { left, right } = input;
  const amount = money(st.unexplained, st.currency);
  const pair = { amount, book: left.table, statement: right.table };
  const unread = unreadText(input, st);
  if (unread !== null)
    return makeIssue("recon_unexplained_unreadable", where(right), {
      ...pair,
      unread: unread.unread,
      rows: unread.rows,
    });
  // A closing off by g moves what stays unexplained by −g on the book side, by +g on the statement side.
  const gaps = st.closingGap;
  const exact: Side | null =
    gaps.left !== 0 && st.unexplained === -gaps.left
      ? "left"
      : gaps.right !== 0 && st.unexplained === gaps.right
        ? "right"
        : null;
  const off: Side | null = exact ?? (gaps.left !== 0 ? "left" : gaps.right !== 0 ? "right" : null);
  if (off !== null) {
    const set = off === "left" ? left : right;
    const gap = gaps[off];
    return makeIssue("recon_unexplained_closing", where(set), {
      ...pair,
      side: set.table,
      gap: money(Math.abs(gap), st.currency),
      exact: exact !== null,
      more: gap > 0,
    });
  }
  const missing = missingOpening(st, input.balances, input.places);
  if (missing !== null) {
    const [gap, other] = missing === "left" ? [left, right] : [right, left];
    return makeIssue("recon_opening_missing", where(gap), {
      amount,
      missing: gap.table,
      other: other.table,
    });
  }
  return makeIssue("recon_unexplained_difference", where(right), pair);
}

/**
 * "3 rows of Ledger (rows 3, 4 and 6; …) and 1 row of Bank (row 7)", with how many rows in all and the
 * sides they are on.
 */
function unreadText(
  input: AdviceInput,
  st: Statement,
): { unread: string; rows: number; sides: Side[] } | null {
  const parts: string[] = [];
  const sides: Side[] = [];
  let rows = 0;
  const held = new Set(input.statements.map((s) => s.currency));
  for (const side of ["left", "right"] as const) {
    const u = input.unread?.[side];
    if (u === undefined) continue;
    const set = side === "left" ? input.left : input.right;
    const text = sideUnread(u, set.table, st.currency, input.defaultCurrency, held);
    if (text === null) continue;
    parts.push(text.text);
    sides.push(side);
    rows += text.rows;
  }
  return parts.length === 0 ? null : { unread: parts.join(" and "), rows, sides };
}

const LISTED = 10;

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, LISTED);
  if (rows.length > LISTED) return `${shown.join(", ")} and ${rows.length - LISTED} more`;
  if (shown.length === 1) return String(shown[0]);
  return `${shown.slice(0, -1).join(", ")} and ${String(shown[shown.length - 1])}`;
}

/**
 * One side's unread rows that concern a statement: those in its currency (their amount read, or their
 * Currency cell named it), those whose amount and currency do not read at all (they could be in any), and
 * those in a currency no statement of the run is in (`held`): where every row of a currency could not be
 * read, no statement is in it, and the run's statements are all it has to be said on.
 */
function sideUnread(
  u: UnreadRows,
  table: string,
  currency: string,
  defaultCurrency: string,
  held: ReadonlySet<string>,
): { text: string; rows: number } | null {
  const rows: number[] = [];
  let readable = 0;
  // Amounts by currency: rows of a currency no statement is in are not added to those of this one.
  const totals = new Map<string, number>();
  for (let k = 0; k < u.rows.length; k++) {
    const m = u.minor[k] ?? null;
    // A row whose currency is known concerns its statement alone; one whose amount and currency did not
    // read could be in any.
    const named = u.currency[k] ?? "";
    const own = named || defaultCurrency;
    if ((m !== null || named !== "") && own !== currency && held.has(own)) continue;
    rows.push(u.rows[k] as number);
    if (m === null) continue;
    readable++;
    totals.set(own, (totals.get(own) ?? 0) + m);
  }
  const n = rows.length;
  if (n === 0) return null;
  rows.sort((a, b) => a - b);
  // The statement's own currency first, then the others by their codes.
  const order = (c: string) => (c === currency ? "" : ` ${c}`);
  const sum = listed(
    [...totals]
      .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
      .map(([c, total]) => money(total, c)),
  );
  const amounts =
    readable === 0
      ? ""
      : readable === n
        ? n === 1
          ? `; its amount reads ${sum}`
          : `; their amounts read ${sum} in all`
        : readable === 1
          ? `; 1 of them with a readable amount, ${sum}`
          : `; ${readable} of them with readable amounts, ${sum} in all`;
  return {
    text: `${n} row${n === 1 ? "" : "s"} of ${table} (row${n === 1 ? "" : "s"} ${rowList(rows)}${amounts})`,
    rows: n,
  };
}

/**
 * The side without a declared balance when what stays unexplained is exactly the other side's declared
 * opening balance: the rows agree, and only the missing opening keeps the statement from closing. Null
 * otherwise, or when the statement did not take that opening balance (another currency).
 */
function missingOpening(st: Statement, b: Balances | undefined, places: BalancePlaces): Side | null {
  if (b === undefined) return null;
  const none = (opening: number | undefined, closing: number | undefined) =>
    opening === undefined && closing === undefined;
  if (
    places.right === st.currency &&
    none(b.leftOpening, b.leftClosing) &&
    b.rightOpening !== undefined &&
    st.unexplained === b.rightOpening
  )
    return "left";
  if (
    places.left === st.currency &&
    none(b.rightOpening, b.rightClosing) &&
    b.leftOpening !== undefined &&
    st.unexplained === -b.leftOpening
  )
    return "right";
  return null;
}
