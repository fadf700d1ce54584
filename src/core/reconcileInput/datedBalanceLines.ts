/**
 * Balance lines whose figure is a dated amount (an "Opening balance" or "Closing balance" row with its
 * figure in the Amount column): which of them stand where balance lines stand, told by days alone.
 */
import type { Bookings, FoundBalanceRow } from "./balanceRows";

/** First index of sorted `days` holding a day after `day` (`orOn`: on or after it). */
function after(days: ArrayLike<number>, day: number, orOn = false): number {
  let [lo, hi] = [0, days.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) > day || (orOn && days[mid] === day)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Bookings by day, to ask whether any lies between two days and what those of a currency sum to (from
 * -Infinity to Infinity: all of them).
 */
export class ByDay {
  private readonly days: Float64Array;
  private readonly sums = new Map<string, { days: number[]; totals: number[] }>();

  constructor(days: readonly number[], minors: readonly number[], currencies: readonly string[]) {
    this.days = Float64Array.from(days).sort();
    const byCurrency = new Map<string, Map<number, number>>();
    days.forEach((day, k) => {
      const currency = currencies[k] ?? "";
      const sums = byCurrency.get(currency) ?? new Map<number, number>();
      sums.set(day, (sums.get(day) ?? 0) + (minors[k] ?? 0));
      byCurrency.set(currency, sums);
    });
    for (const [currency, sums] of byCurrency) {
      const on = [...sums.keys()].sort((a, b) => a - b);
      const totals = [0];
      for (const day of on) totals.push((totals[totals.length - 1] as number) + (sums.get(day) as number));
      this.sums.set(currency, { days: on, totals });
    }
  }

  /** Whether a booking lies after day `from` and before day `to`. */
  between(from: number, to: number): boolean {
    return (this.days[after(this.days, from)] ?? Infinity) < to;
  }

  /** The bookings in `currency` from day `from` to day `to`, both included. */
  total(from: number, to: number, currency: string): number {
    const s = this.sums.get(currency);
    return s ? (s.totals[after(s.days, to)] as number) - (s.totals[after(s.days, from, true)] as number) : 0;
  }
}

/** The balance lines of one kind by day: the nearest on or before a day, or on or after it. */
class Lines {
  private readonly days: number[];
  private readonly at = new Map<number, FoundBalanceRow[]>();

  constructor(lines: readonly FoundBalanceRow[]) {
    for (const l of lines) {
      const on = this.at.get(l.day as number);
      if (on) on.push(l);
      else this.at.set(l.day as number, [l]);
    }
    this.days = [...this.at.keys()].sort((a, b) => a - b);
  }

  /** The day of the nearest line on or before `day` (-Infinity for none), or on or after it (Infinity). */
  nearest(day: number, before: boolean): number {
    const k = after(this.days, day, !before);
    return (before ? this.days[k - 1] : this.days[k]) ?? (before ? -Infinity : Infinity);
  }

  on(day: number): readonly FoundBalanceRow[] {
    return this.at.get(day) ?? [];
  }
}

// Each round only takes rows back among the bookings; past a few, the rest stay as they are.
const ROUNDS = 8;

/**
 * Which rows whose figure is a dated amount (byDate) stand where balance lines stand, in a table of one
 * statement or several: an opening on or before every booking since the closing line before it, a closing
 * on or after every booking until the opening line after it; or either of a pair where the closing figure
 * is the opening one plus the bookings between them. Days decide, never the order of the rows. A row found
 * a booking counts among the bookings for the others, until none changes.
 */
export function datedLines(found: readonly FoundBalanceRow[], bookings: readonly Bookings[]): Set<number> {
  const candidates = found.filter((f) => f.byDate && f.day !== null && f.named !== null);
  if (candidates.length === 0) return new Set();
  const held = new Set(found.filter((f) => f.booking).map((f) => f.record));
  const sure = { days: [] as number[], minors: [] as number[], currencies: [] as string[] };
  for (const b of bookings)
    b.records.forEach((record, k) => {
      if (held.has(record)) return;
      sure.days.push(b.days[k] as number);
      sure.minors.push(b.minors?.[k] ?? 0);
      sure.currencies.push(b.currencies?.[k] ?? "");
    });
  const booked = new ByDay(sure.days, sure.minors, sure.currencies);
  let taken = new Set(candidates.map((c) => c.record));
  for (let round = 0; round < ROUNDS; round++) {
    const again = found.filter((f) => held.has(f.record) && !taken.has(f.record));
    const back = new ByDay(
      again.map((f) => f.day as number),
      again.map((f) => f.figure?.minor ?? 0),
      again.map((f) => f.currency),
    );
    const lines = found.filter(
      (f) => f.named !== null && f.day !== null && (!f.booking || taken.has(f.record)),
    );
    const openings = new Lines(lines.filter((l) => l.named === "opening"));
    const closings = new Lines(lines.filter((l) => l.named === "closing"));
    const between = (from: number, to: number) => booked.between(from, to) || back.between(from, to);
    const stands = (c: FoundBalanceRow): boolean => {
      const day = c.day as number;
      const opening = c.named === "opening";
      const others = opening ? closings : openings;
      // The closing line before an opening one, or the opening line after a closing one: a statement's edge.
      const edge = others.nearest(day, opening);
      if (opening ? !between(edge, day) : !between(day, edge)) return true;
      // Else the nearest line of the other kind on its far side confirms it by the sum between them.
      const partner = others.nearest(day, !opening);
      if (c.figure === null || !Number.isFinite(partner)) return false;
      const [from, to] = opening ? [day, partner] : [partner, day];
      const sum = booked.total(from, to, c.currency) + back.total(from, to, c.currency);
      return others.on(partner).some((p) => {
        if (p.figure === null || p.currency !== c.currency || c.figure === null) return false;
        return opening ? c.figure.minor + sum === p.figure.minor : p.figure.minor + sum === c.figure.minor;
      });
    };
    const next = new Set(candidates.filter((c) => taken.has(c.record) && stands(c)).map((c) => c.record));
    if (next.size === taken.size) break;
    taken = next;
  }
  return taken;
}
