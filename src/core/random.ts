/** Seeded pseudo-random numbers for generators, benchmarks and property tests: core never calls Math.random. */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi]. */
export function intBetween(random: Random, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pickOne from an empty list");
  return item;
}

/** Index drawn with the given weights (they need not sum to 1). */
export function pickWeighted(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = random() * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k] as number;
    if (x < 0) return k;
  }
  return weights.length - 1;
}

/** A standard normal deviate (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Fisher-Yates shuffle in place. */
export function shuffleInPlace<T>(random: Random, items: T[]): T[] {
  for (let k = items.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const t = items[k] as T;
    items[k] = items[j] as T;
    items[j] = t;
  }
  return items;
}
