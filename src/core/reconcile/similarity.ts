/**
 * Description similarity: the Dice coefficient of the sets of letter pairs of each word (with a leading
 * word boundary), over letters only. Digits are left out because statements append their own reference
 * numbers ("HOOGLE PAYROLL REF756247" vs "Hoogle | Payroll"); truncation ("BANK F") costs little.
 */

/** 26 letters, other letters as one symbol, and the word boundary: codes stay below 28 × 28. */
const BOUNDARY = 0;
const OTHER_LETTER = 27;
/** Letter-pair codes are below this. */
export const PAIR_CODES = 28 * 28;
/** Descriptions longer than this add nothing a human would call similar; the cap bounds the work. */
const MAX_PAIRS = 512;

function letterCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 97 && c <= 122) return c - 96;
  if (c < 128) return -1;
  return /\p{L}/u.test(text[i] as string) ? OTHER_LETTER : -1;
}

/**
 * Builds letter-pair sets with reusable scratch space (one builder per run), writing them into a caller's
 * pool: a million descriptions then cost no object each and no sorting beyond their distinct pairs.
 */
export class LetterPairs {
  /** Most codes one description can produce. */
  static readonly MAX = MAX_PAIRS;
  private readonly seen = new Uint8Array(PAIR_CODES);

  /**
   * Writes the distinct letter-pair codes of a text into pool[at …], sorted unless `sorted` is false
   * (sets compared through a bitset need no order); returns how many.
   */
  into(text: string, pool: Uint16Array, at: number, sorted = true): number {
    const seen = this.seen;
    let n = 0;
    let prev = -1;
    for (let i = 0; i < text.length && n < MAX_PAIRS; i++) {
      const code = letterCode(text, i);
      if (code < 0) {
        prev = -1;
        continue;
      }
      const pair = (prev < 0 ? BOUNDARY : prev) * 28 + code;
      prev = code;
      if (seen[pair] === 1) continue;
      seen[pair] = 1;
      pool[at + n++] = pair;
    }
    for (let a = at; a < at + n; a++) seen[pool[a] as number] = 0;
    if (!sorted) return n;
    // Short runs: insertion sort in place beats any allocation.
    for (let a = at + 1; a < at + n; a++) {
      const v = pool[a] as number;
      let b = a - 1;
      while (b >= at && (pool[b] as number) > v) {
        pool[b + 1] = pool[b] as number;
        b--;
      }
      pool[b + 1] = v;
    }
    return n;
  }

  private pools: [Uint16Array, Uint16Array] | null = null;

  /** textSimilarity of two texts, built in this builder's own space: no allocation after the first call. */
  dice(a: string, b: string): number {
    const [pa, pb] = (this.pools ??= [new Uint16Array(MAX_PAIRS), new Uint16Array(MAX_PAIRS)]);
    return diceOfRanges(pa, 0, this.into(a, pa, 0), pb, 0, this.into(b, pb, 0));
  }
}

/** Dice coefficient of the sorted code sets a[as, as + al) and b[bs, bs + bl): 2|A∩B| / (|A|+|B|); 0 when either is empty. */
export function diceOfRanges(
  a: Uint16Array,
  as: number,
  al: number,
  b: Uint16Array,
  bs: number,
  bl: number,
): number {
  if (al === 0 || bl === 0) return 0;
  let i = as;
  let j = bs;
  const ae = as + al;
  const be = bs + bl;
  let common = 0;
  while (i < ae && j < be) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (al + bl);
}

/** Similarity of two descriptions in [0, 1]. */
export function textSimilarity(a: string, b: string): number {
  return new LetterPairs().dice(a, b);
}
