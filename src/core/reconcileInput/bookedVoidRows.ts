/**
 * Void rows the running balance shows booked: a bank may mark a card payment FAILED or REVERTED after it
 * was booked (Revolut does), and its Balance column then moves by the row's amount, the next row going on
 * from there, and the closing balance counts it. Such a row is read as a booking, with a warning; one with
 * no balance, or one the balance did not move by exactly its amount, stays void.
 */
import { isBlank, type Cell } from "../cell";
import { makeIssue, type Issue } from "../issues";
import { formatMoney } from "../money";
import { RoundedAmounts, textOf } from "./cells";

/** A void row read in full, held aside until the side's order shows whether the balance moved by it. */
export interface HeldVoidRow {
  /** Its table record, Excel row and day. */
  readonly record: number;
  readonly row: number;
  readonly day: number;
  /** Its amount and running balance, minor units in the side's sign. */
  readonly minor: number;
  readonly balance: number;
  readonly currency: string;
  /** Cleared by an earlier reconciliation against another table: booked, it counts among those rows. */
  readonly cleared: boolean;
  /** Its recon_row_void note, and where the note stands among the side's issues. */
  readonly note: Issue;
  readonly at: number;
}

/** Rows of a side in table order, column-wise: what readSide keeps of each booking. */
export interface BookingLists {
  readonly record: number[];
  readonly row: number[];
  readonly day: number[];
  readonly minor: number[];
  readonly currency: string[];
  /** The running balance in the side's sign, NaN where the row gives none. */
  readonly balance: number[];
}

/** A void row read as a booking: its note, to stand where its void note stood. */
export interface BookedVoidRow {
  readonly record: number;
  readonly cleared: boolean;
  readonly minor: number;
  readonly currency: string;
  readonly note: Issue;
  readonly at: number;
}

/** How a statement's balances follow its rows: listed newest first or not, the column counting turned. */
interface Reading {
  readonly newestFirst: boolean;
  readonly sign: 1 | -1;
}

/** The bookings' record, amount, balance and currency, in table order. */
type Bookings = Pick<BookingLists, "record" | "minor" | "balance" | "currency">;

/**
 * The rounding of a held row's amount, noted only as having happened: an amount its currency rounds is not
 * exactly what moved the balance, so its row stays void, and the rounding, of no booking, is not said.
 */
class HeldRounding extends RoundedAmounts {
  rounded = false;

  override note(): void {
    this.rounded = true;
  }
}

/** The void rows of one side that may prove booked, and the deciding of which did. */
export class VoidRowsHeld {
  private readonly held: HeldVoidRow[] = [];
  private readonly rounding = new HeldRounding();

  /** `balances`: the side's Balance column, or null; `status`: the column whose word made rows void. */
  constructor(
    private readonly balances: readonly Cell[] | null,
    private readonly status: readonly Cell[] | null,
  ) {}

  /** Whether a row left out with this note may prove booked: void, with its balance cell filled. */
  mayBeBooked(note: Issue, i: number): boolean {
    return note.code === "recon_row_void" && this.balances !== null && !isBlank(this.balances[i] ?? null);
  }

  /** What a void row that may prove booked is read with in place of the side's rounded amounts. */
  roundingOfNext(): RoundedAmounts {
    this.rounding.rounded = false;
    return this.rounding;
  }

  /**
   * Holds a void row read in full (with `roundingOfNext`), in table order; one whose balance could not be
   * read, or whose amount was rounded, stays void.
   */
  hold(row: HeldVoidRow): void {
    if (Number.isFinite(row.balance) && !this.rounding.rounded) this.held.push(row);
  }

  /**
   * The held rows the running balance shows booked, each with its note, in table order; they join `used`
   * (or `cleared`, those cleared earlier) in place, in table order. O(rows), and nothing without held rows.
   */
  book(used: BookingLists, cleared: BookingLists, flip: 1 | -1): BookedVoidRow[] {
    if (this.held.length === 0) return [];
    const bookings = cleared.record.length === 0 ? used : joined(used, cleared);
    const reading = readingOf(bookings);
    if (reading === null) return [];
    const previous = movedBy(bookings, this.held, reading);
    const booked: BookedVoidRow[] = [];
    const intoUsed: HeldVoidRow[] = [];
    const intoCleared: HeldVoidRow[] = [];
    this.held.forEach((h, k) => {
      const before = previous[k] as number;
      if (Number.isNaN(before)) return;
      const money = (minor: number) => formatMoney(flip * minor + 0, h.currency).trim();
      const { sheet, table, row, column, address } = h.note;
      const params = {
        value: textOf(this.status?.[h.record]),
        balance: money(h.balance),
        previous: money(before),
      };
      const note = makeIssue("recon_void_booked", { sheet, table, row, column, address }, params);
      booked.push({
        record: h.record,
        cleared: h.cleared,
        minor: h.minor,
        currency: h.currency,
        note,
        at: h.at,
      });
      (h.cleared ? intoCleared : intoUsed).push(h);
    });
    mergeInto(used, intoUsed);
    mergeInto(cleared, intoCleared);
    return booked;
  }
}

/** The used rows and those cleared earlier, both bookings, as one list in table order. */
function joined(used: BookingLists, cleared: BookingLists): Bookings {
  const out = {
    record: [] as number[],
    minor: [] as number[],
    balance: [] as number[],
    currency: [] as string[],
  };
  const nu = used.record.length;
  const nc = cleared.record.length;
  let u = 0;
  let c = 0;
  while (u < nu || c < nc) {
    const fromUsed = c >= nc || (u < nu && (used.record[u] as number) < (cleared.record[c] as number));
    const from = fromUsed ? used : cleared;
    const k = fromUsed ? u++ : c++;
    out.record.push(from.record[k] as number);
    out.minor.push(from.minor[k] as number);
    out.balance.push(k < from.balance.length ? (from.balance[k] as number) : NaN);
    out.currency.push(from.currency[k] as string);
  }
  return out;
}

/**
 * Per currency, what a walk over the rows keeps. Most sides have one currency, so the last one's state is
 * kept at hand rather than looked up row by row.
 */
function perCurrency<T>(make: () => T): { of: (code: string) => T; all: () => Iterable<T> } {
  const states = new Map<string, T>();
  let lastCode: string | undefined;
  let last: T | undefined;
  const of = (code: string): T => {
    if (code === lastCode && last !== undefined) return last;
    let state = states.get(code);
    if (state === undefined) states.set(code, (state = make()));
    lastCode = code;
    last = state;
    return state;
  };
  return { of, all: () => states.values() };
}

/**
 * Which way the bookings' balances follow their amounts, as balances.ts finds it for a side: oldest or
 * newest first, in the side's sign or turned, each currency's rows a running balance of their own. null
 * when no reading explains more steps than every other: then no void row is shown booked.
 */
function readingOf(bookings: Bookings): Reading | null {
  let oldestFirst = 0;
  let newestFirst = 0;
  let oldestTurned = 0;
  let newestTurned = 0;
  const { minor, balance, currency } = bookings;
  // Per currency, the last booking with a balance; the current currency's kept at hand.
  const lastAt = new Map<string, number>();
  let code: string | undefined;
  let at = -1;
  for (let k = 0; k < minor.length; k++) {
    const b = balance[k] as number;
    if (!Number.isFinite(b)) continue;
    const cur = currency[k] as string;
    if (cur !== code) {
      if (code !== undefined) lastAt.set(code, at);
      code = cur;
      at = lastAt.get(cur) ?? -1;
    }
    const p = at;
    at = k;
    if (p === -1) continue;
    const step = b - (balance[p] as number);
    if (step === minor[k]) oldestFirst++;
    if (-step === minor[p]) newestFirst++;
    if (-step === minor[k]) oldestTurned++;
    if (step === minor[p]) newestTurned++;
  }
  const fits = [oldestFirst, newestFirst, oldestTurned, newestTurned];
  const best = Math.max(...fits);
  if (best === 0 || fits.filter((f) => f === best).length > 1) return null;
  const r = fits.indexOf(best);
  return { newestFirst: r % 2 === 1, sign: r >= 2 ? -1 : 1 };
}

/** Per currency, while walking the statement: the balance it has reached, and the held rows since a booking. */
interface Chain {
  balance: number;
  readonly run: { held: number; before: number }[];
}

/**
 * Per held row, the balance before it when the running balance shows it booked, else NaN. Taken in the
 * statement's order: a held row is booked when its balance is the one before it plus its amount (not zero)
 * and the next booking goes on from it; a run of such rows together. A booking without a balance, or one
 * that does not go on from the run, leaves the run void; the statement's last rows need no booking after.
 */
function movedBy(bookings: Bookings, held: readonly HeldVoidRow[], reading: Reading): Float64Array {
  const previous = new Float64Array(held.length).fill(NaN);
  const chains = perCurrency<Chain>(() => ({ balance: NaN, run: [] }));
  const chainOf = chains.of;
  const { newestFirst, sign } = reading;
  const settle = (chain: Chain, booked: boolean) => {
    if (booked) for (const r of chain.run) previous[r.held] = r.before;
    chain.run.length = 0;
  };
  const { record, minor, balance, currency } = bookings;
  const booking = (k: number) => {
    const chain = chainOf(currency[k] as string);
    const b = balance[k] as number;
    if (chain.run.length > 0) {
      settle(chain, Number.isFinite(b) && b - chain.balance === sign * (minor[k] as number));
    }
    chain.balance = b;
  };
  const heldRow = (h: number) => {
    const row = held[h] as HeldVoidRow;
    const chain = chainOf(row.currency);
    if (row.minor !== 0 && row.balance - chain.balance === sign * row.minor) {
      chain.run.push({ held: h, before: chain.balance });
      chain.balance = row.balance;
    }
  };
  // The bookings between two held rows in a tight loop: most of a side's rows are bookings.
  const n = record.length;
  if (newestFirst) {
    let k = n - 1;
    for (let h = held.length - 1; h >= 0; h--) {
      const stop = (held[h] as HeldVoidRow).record;
      for (; k >= 0 && (record[k] as number) > stop; k--) booking(k);
      heldRow(h);
    }
    for (; k >= 0; k--) booking(k);
  } else {
    let k = 0;
    for (let h = 0; h < held.length; h++) {
      const stop = (held[h] as HeldVoidRow).record;
      for (; k < n && (record[k] as number) < stop; k++) booking(k);
      heldRow(h);
    }
    for (; k < n; k++) booking(k);
  }
  for (const chain of chains.all()) settle(chain, true);
  return previous;
}

/** Merges rows (in table order) into lists in table order, in place: O(rows), each list in a tight loop. */
function mergeInto(lists: BookingLists, rows: readonly HeldVoidRow[]): void {
  if (rows.length === 0) return;
  // Where each row goes: after the entries before it, and the rows before it.
  const at = new Int32Array(rows.length);
  let p = 0;
  rows.forEach((r, q) => {
    while (p < lists.record.length && (lists.record[p] as number) < r.record) p++;
    at[q] = p + q;
  });
  for (const key of ["record", "row", "day", "minor", "balance"] as const) {
    spread(
      lists[key],
      at,
      rows.map((r) => r[key]),
    );
  }
  spread(
    lists.currency,
    at,
    rows.map((r) => r.currency),
  );
}

/** Puts values[q] at position at[q] of the list grown by them, moving the entries after it up. */
function spread<T>(list: T[], at: Int32Array, values: readonly T[]): void {
  // Grown by pushes: writing past the end would leave holes, and slow every later read of the list.
  for (const v of values) list.push(v);
  let w = list.length - 1;
  let p = w - values.length;
  for (let q = values.length - 1; q >= 0; q--) {
    const to = at[q] as number;
    while (w > to) list[w--] = list[p--] as T;
    list[w--] = values[q] as T;
  }
}
