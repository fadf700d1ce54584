/**
 * Candidate generation without comparing every row with every row: amounts are hashed to dense group ids
 * shared by both sides, and each side's rows are laid out by group, sorted by date, so a row's candidates
 * are one binary search away.
 */
import { FRESH, type Scratch } from "./workspace";

/** Rows laid out by group: items[start[g] .. start[g+1]) are the rows of group g, by ascending day. */
export interface GroupIndex {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

const TWO_32 = 4294967296;

export function hashAmount(minor: number, currency: number): number {
  const hi = Math.floor(minor / TWO_32);
  const lo = (minor - hi * TWO_32) | 0;
  let h = Math.imul(lo ^ Math.imul(hi | 0, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(currency + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

/**
 * Open addressing on one typed buffer, a slot's amount, currency and id side by side (one cache line
 * per probe: three parallel arrays cost three misses a lookup at a million rows). The table starts
 * small and doubles, so a run with few distinct amounts stays in cache. A Map keyed by numbers costs
 * several times more at 10^6 rows.
 */
export class AmountTable {
  private mask = 0;
  /** Slot s: minor at f64[2s], currency at i32[4s + 2], id + 1 at i32[4s + 3] (0: empty). */
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);
  count = 0;

  constructor(
    entries = 16,
    private readonly scratch: Scratch = FRESH,
  ) {
    let capacity = 16;
    while (capacity < entries * 2) capacity *= 2;
    this.resize(capacity);
  }

  private resize(capacity: number): void {
    const oldF = this.f64;
    const oldI = this.i32;
    this.f64 = this.scratch.f64(capacity * 2);
    this.i32 = new Int32Array(this.f64.buffer, 0, capacity * 4);
    this.mask = capacity - 1;
    for (let s = 0; s < oldF.length / 2; s++) {
      const id = oldI[4 * s + 3] as number;
      if (id !== 0) this.place(oldF[2 * s] as number, oldI[4 * s + 2] as number, id);
    }
    if (oldF.length > 0) this.scratch.drop(oldF);
  }

  private place(m: number, c: number, idPlusOne: number): void {
    let s = hashAmount(m, c) & this.mask;
    while (this.i32[4 * s + 3] !== 0) s = (s + 1) & this.mask;
    this.f64[2 * s] = m;
    this.i32[4 * s + 2] = c;
    this.i32[4 * s + 3] = idPlusOne;
  }

  idOf(m: number, c: number): number {
    const f64 = this.f64;
    const i32 = this.i32;
    let s = hashAmount(m, c) & this.mask;
    for (;;) {
      const id = i32[4 * s + 3] as number;
      if (id === 0) break;
      if (f64[2 * s] === m && i32[4 * s + 2] === c) return id - 1;
      s = (s + 1) & this.mask;
    }
    const id = this.count++;
    if (2 * this.count > this.mask + 1) this.resize(2 * (this.mask + 1));
    this.place(m, c, id + 1);
    return id;
  }

  /** The group of an amount, or -1 when no row of either side has it. */
  find(m: number, c: number): number {
    let s = hashAmount(m, c) & this.mask;
    for (;;) {
      const id = this.i32[4 * s + 3] as number;
      if (id === 0) return -1;
      if (this.f64[2 * s] === m && this.i32[4 * s + 2] === c) return id - 1;
      s = (s + 1) & this.mask;
    }
  }

  assign(minor: Float64Array, currency: Int32Array, out: Int32Array): Int32Array {
    for (let i = 0; i < minor.length; i++) out[i] = this.idOf(minor[i] as number, currency[i] as number);
    return out;
  }
}

/** Dense ids for (currency, amount): equal ids on either side mean equal amounts in the same currency. */
export function groupAmounts(
  leftMinor: Float64Array,
  leftCurrency: Int32Array,
  rightMinor: Float64Array,
  rightCurrency: Int32Array,
  alloc: (n: number) => Int32Array = (n) => new Int32Array(n),
  scratch: Scratch = FRESH,
): {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly table: AmountTable;
} {
  const table = new AmountTable(16, scratch);
  const left = table.assign(leftMinor, leftCurrency, alloc(leftMinor.length));
  const right = table.assign(rightMinor, rightCurrency, alloc(rightMinor.length));
  return { count: table.count, left, right, table };
}

/** Row indices sorted by day (ties by index): a counting sort when the date range allows, else a sort. */
export function orderByDay(day: Int32Array, out: Int32Array = new Int32Array(day.length)): Int32Array {
  const n = day.length;
  if (n === 0) return out;
  let lo = day[0] as number;
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const d = day[i] as number;
    if (d < lo) lo = d;
    else if (d > hi) hi = d;
  }
  const range = hi - lo + 1;
  if (range > 4 * n + 1024) {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
    out.set(idx);
    return out;
  }
  const start = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const d = (day[i] as number) - lo + 1;
    start[d] = (start[d] as number) + 1;
  }
  for (let d = 0; d < range; d++) start[d + 1] = (start[d + 1] as number) + (start[d] as number);
  for (let i = 0; i < n; i++) {
    const d = (day[i] as number) - lo;
    const at = start[d] as number;
    out[at] = i;
    start[d] = at + 1;
  }
  return out;
}

/** Lays rows out by group, keeping the day order of `byDay` inside each group. */
export function indexByGroup(
  groupOf: Int32Array,
  groups: number,
  byDay: Int32Array,
  items: Int32Array = new Int32Array(groupOf.length),
  scratch: Scratch = FRESH,
): GroupIndex {
  const start = scratch.i32(groups + 1);
  for (let i = 0; i < groupOf.length; i++) {
    const g = (groupOf[i] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = scratch.i32(groups);
  fill.set(start.subarray(0, groups));
  for (let k = 0; k < byDay.length; k++) {
    const i = byDay[k] as number;
    const g = groupOf[i] as number;
    const at = fill[g] as number;
    items[at] = i;
    fill[g] = at + 1;
  }
  scratch.drop(fill);
  return { start, items };
}

/** First position in items[from, to) whose row's day is ≥ target (items sorted by day). */
export function firstOnOrAfter(
  items: ArrayLike<number>,
  from: number,
  to: number,
  day: Int32Array,
  target: number,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((day[items[mid] as number] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
