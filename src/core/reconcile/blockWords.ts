/**
 * The blocking keys of descriptions (normalize.blockingWords: each pair of consecutive distinctive
 * words, or the one word when there is only one) as small interned ids. Words and pairs are identified
 * by 64-bit fingerprints of their upper-case letters, so an all-ASCII description, the common case,
 * yields its keys in one pass without a string per word or pair; other descriptions go through
 * distinctiveWords. Two different keys agree in both 32-bit lanes with odds of about 1 in 10^19, the
 * same bargain as reference fingerprints (fingerprint.ts).
 */
import { isDigit } from "../chars";
import { DenseIds } from "./denseIds";
import { FRESH, type Scratch } from "./workspace";
import { final1, final2, SEED1, SEED2, step1, step2 } from "./fingerprint";
import { distinctiveWords, STOP_WORDS } from "./normalize";

/** Pairs are fingerprinted from their words' lanes with their own seeds, apart from single words. */
const PAIR1 = 0x2545f491;
const PAIR2 = 0x6c8e9cf5;

function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** The two lanes of a word's fingerprint, from its characters as they are (already upper case). */
function lane1Of(w: string): number {
  let h = SEED1;
  for (let k = 0; k < w.length; k++) h = step1(h, w.charCodeAt(k));
  return final1(h);
}

function lane2Of(w: string): number {
  let h = SEED2;
  for (let k = 0; k < w.length; k++) h = step2(h, w.charCodeAt(k));
  return final2(h);
}

/** Stop words by fingerprint: lane 1 (as a small integer) to lane 2. */
const STOP = new Map<number, number>();
for (const w of STOP_WORDS) STOP.set(lane1Of(w) >>> 2, lane2Of(w));

function isStop(a: number, b: number): boolean {
  return STOP.get(a >>> 2) === b;
}

export class BlockKeys {
  /** Interned fingerprints; a key's id is its dense id + 1 (0 is "none" to the blocking keys). */
  private readonly ids: DenseIds;
  /** The current text's keys (lanes) while they are collected. */
  private readonly key1 = new Uint32Array(16);
  private readonly key2 = new Uint32Array(16);
  private keys = 0;
  private words = 0;
  private prev1 = 0;
  private prev2 = 0;
  private first1 = 0;
  private first2 = 0;

  constructor(scratch: Scratch = FRESH) {
    this.ids = new DenseIds(scratch);
  }

  /** The id (1, 2, …) of a fingerprint, assigned on first sight. */
  private idOf(a: number, b: number): number {
    return this.ids.idOf(a, b) + 1;
  }

  /** Takes the next distinctive word (by its lanes): pairs it with the previous one. */
  private word(a: number, b: number, max: number): void {
    if (this.words === 0) {
      this.first1 = a;
      this.first2 = b;
    } else if (this.keys < max) {
      const p1 = final1(step1(step1(PAIR1, this.prev1), a));
      const p2 = final2(step2(step2(PAIR2, this.prev2), b));
      let seen = false;
      for (let k = 0; k < this.keys && !seen; k++) seen = this.key1[k] === p1 && this.key2[k] === p2;
      if (!seen) {
        this.key1[this.keys] = p1;
        this.key2[this.keys++] = p2;
      }
    }
    this.prev1 = a;
    this.prev2 = b;
    this.words++;
  }

  /**
   * Writes the ids of the blocking keys of `text` (at most max, max ≤ 16) into out from `at`; returns
   * how many. Equal keys, here or in any other text of the run, get equal ids.
   */
  keysOf(text: string, max: number, out: Int32Array, at: number): number {
    this.keys = 0;
    this.words = 0;
    if (!this.asciiWords(text, max)) {
      this.keys = 0;
      this.words = 0;
      for (const w of distinctiveWords(text)) this.word(lane1Of(w), lane2Of(w), max);
    }
    if (this.words === 1) {
      out[at] = this.idOf(this.first1, this.first2);
      return 1;
    }
    for (let k = 0; k < this.keys; k++)
      out[at + k] = this.idOf(this.key1[k] as number, this.key2[k] as number);
    return this.keys;
  }

  /**
   * The distinctive words of an all-ASCII text, as distinctiveWords finds them: runs of letters and
   * digits, 3+ long, without digits, not stop words. False, at the first other character, for texts
   * that are not all ASCII.
   */
  private asciiWords(text: string, max: number): boolean {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let k = i;
      let digits = false;
      let h1 = SEED1;
      let h2 = SEED2;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c >= 128) return false;
        if (isDigit(c)) digits = true;
        else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
        const u = upper(c);
        h1 = step1(h1, u);
        h2 = step2(h2, u);
      }
      if (k - i >= 3 && !digits) {
        const a = final1(h1);
        const b = final2(h2);
        if (!isStop(a, b)) this.word(a, b, max);
      }
      i = k + 1;
    }
    return true;
  }
}
