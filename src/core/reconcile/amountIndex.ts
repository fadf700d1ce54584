/**
 * Candidate generation without comparing every row with every row: amounts are hashed to dense group ids
 * shared by both sides, and each side's rows are laid out by group, sorted by date, so a row's candidates
 * are one binary search away.
 */

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

/** Open addressing on typed arrays: a Map keyed by numbers costs several times more at 10^6 rows. */
export class AmountTable {
  private readonly mask: number;
  private readonly keyMinor: Float64Array;
  private readonly keyCurrency: Int32Array;
  private readonly slotId: Int32Array;
  count = 0;

  constructor(entries: number) {
    let capacity = 16;
    while (capacity < entries * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.keyMinor = new Float64Array(capacity);
    this.keyCurrency = new Int32Array(capacity);
    this.slotId = new Int32Array(capacity).fill(-1);
  }

  idOf(m: number, c: number): number {
    let s = hashAmount(m, c) & this.mask;
    for (;;) {
      const id = this.slotId[s] as number;
      if (id < 0) {
        this.keyMinor[s] = m;
        this.keyCurrency[s] = c;
        this.slotId[s] = this.count;
        return this.count++;
      }
      if (this.keyMinor[s] === m && this.keyCurrency[s] === c) return id;
      s = (s + 1) & this.mask;
    }
  }

  /** The group of an amount, or -1 when no row of either side has it. */
  find(m: number, c: number): number {
    let s = hashAmount(m, c) & this.mask;
    for (;;) {
      const id = this.slotId[s] as number;
      if (id < 0) return -1;
      if (this.keyMinor[s] === m && this.keyCurrency[s] === c) return id;
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
): {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly table: AmountTable;
} {
  const table = new AmountTable(leftMinor.length + rightMinor.length);
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
): GroupIndex {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < groupOf.length; i++) {
    const g = (groupOf[i] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  for (let k = 0; k < byDay.length; k++) {
    const i = byDay[k] as number;
    const g = groupOf[i] as number;
    const at = fill[g] as number;
    items[at] = i;
    fill[g] = at + 1;
  }
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
