/**
 * The order of a run's matches: earliest day, then id. Ids are hashes, so the order is a radix sort
 * on the 48-bit id hash followed by a stable counting sort on the day; only groups whose hashes clash
 * (about once in 500 runs of a million matches) compare their id texts.
 */
import { FRESH, type Scratch } from "./workspace";

const DIGIT = 65536;

/** One stable counting-sort pass of `from` into `to` by a 16-bit digit per index. */
function pass(from: Int32Array, to: Int32Array, digit: Uint16Array): void {
  const count = new Int32Array(DIGIT + 1);
  for (let t = 0; t < from.length; t++) {
    const d = (digit[from[t] as number] as number) + 1;
    count[d] = (count[d] as number) + 1;
  }
  for (let d = 1; d <= DIGIT; d++) count[d] = (count[d] as number) + (count[d - 1] as number);
  for (let t = 0; t < from.length; t++) {
    const k = from[t] as number;
    const d = digit[k] as number;
    const at = count[d] as number;
    to[at] = k;
    count[d] = at + 1;
  }
}

const TWO_32 = 4294967296;

/**
 * Indices 0..n-1 in ascending order of hashes[k] (integers below 2^48), equal hashes in index order:
 * three stable counting passes, least significant 16 bits first. Equal hashes end up side by side, which
 * is how clashing match ids are found (matchId.ts) without a second sort. Each pass carries the digits
 * of the passes after it beside the indices, so it reads in order instead of looking digits up at random.
 */
export function orderByHash(hashes: Float64Array, scratch: Scratch = FRESH): Int32Array {
  const n = hashes.length;
  const idx = scratch.i32(n);
  const low = scratch.i32(n);
  const high = scratch.i32(n);
  const idx2 = scratch.i32(n);
  const low2 = scratch.i32(n);
  const high2 = scratch.i32(n);
  // count[d × DIGIT + v]: how many hashes have value v in digit d (then where the next one goes).
  const count = new Int32Array(3 * DIGIT);
  for (let k = 0; k < n; k++) {
    const h = hashes[k] as number;
    const b = Math.floor(h / TWO_32);
    const a = (h - b * TWO_32) | 0;
    idx[k] = k;
    low[k] = a;
    high[k] = b;
    count[a & 0xffff] = (count[a & 0xffff] as number) + 1;
    count[DIGIT + (a >>> 16)] = (count[DIGIT + (a >>> 16)] as number) + 1;
    count[2 * DIGIT + b] = (count[2 * DIGIT + b] as number) + 1;
  }
  for (let d = 0; d < 3; d++) {
    let sum = 0;
    for (let v = d * DIGIT; v < (d + 1) * DIGIT; v++) {
      const c = count[v] as number;
      count[v] = sum;
      sum += c;
    }
  }
  for (let t = 0; t < n; t++) {
    const a = low[t] as number;
    const at = count[a & 0xffff] as number;
    count[a & 0xffff] = at + 1;
    idx2[at] = idx[t] as number;
    low2[at] = a;
    high2[at] = high[t] as number;
  }
  for (let t = 0; t < n; t++) {
    const d = DIGIT + ((low2[t] as number) >>> 16);
    const at = count[d] as number;
    count[d] = at + 1;
    idx[at] = idx2[t] as number;
    high[at] = high2[t] as number;
  }
  for (let t = 0; t < n; t++) {
    const d = 2 * DIGIT + (high[t] as number);
    const at = count[d] as number;
    count[d] = at + 1;
    idx2[at] = idx[t] as number;
  }
  for (const temp of [idx, low, high, low2, high2]) scratch.drop(temp);
  return idx2;
}

/**
 * Indices 0..n-1 ordered by days[k], then hashes[k] (integers below 2^48), then idOf(k) for equal
 * hashes. `byHash` is orderByHash(hashes) when the caller has it already.
 */
export function orderByDayThenHash(
  days: Int32Array,
  hashes: Float64Array,
  idOf: (k: number) => string,
  byHash: Int32Array | null = null,
  scratch: Scratch = FRESH,
): Int32Array {
  const n = days.length;
  let lo = 2147483647;
  let hi = -2147483648;
  for (let k = 0; k < n; k++) {
    const d = days[k] as number;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const byId = (a: number, b: number): number =>
    (hashes[a] as number) - (hashes[b] as number) || (idOf(a) < idOf(b) ? -1 : 1);
  if (n === 0 || hi - lo >= DIGIT) {
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((a, b) => (days[a] as number) - (days[b] as number) || byId(a, b));
    return Int32Array.from(order);
  }
  // A stable counting pass by day over the hash order.
  const from = byHash ?? orderByHash(hashes);
  const digit = scratch.u16(n);
  for (let k = 0; k < n; k++) digit[k] = (days[k] as number) - lo;
  const a = new Int32Array(n);
  pass(from, a, digit);
  // Equal hashes on the same day sit next to each other: put them in id order.
  for (let t = 1; t < n; t++) {
    const k = a[t] as number;
    const prev = a[t - 1] as number;
    if (hashes[k] !== hashes[prev] || days[k] !== days[prev]) continue;
    let s = t;
    while (s > 0 && days[a[s - 1] as number] === days[k] && byId(a[s - 1] as number, k) > 0) {
      a[s] = a[s - 1] as number;
      s--;
    }
    a[s] = k;
  }
  return a;
}
