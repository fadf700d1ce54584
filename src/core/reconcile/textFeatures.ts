/**
 * What the engine reads from descriptions, computed once per row on first use into pooled typed arrays
 * (a million small arrays would each carry a buffer outside the heap): the letter pairs behind text
 * similarity, and the interned word-pair blocking keys of group searches.
 */
import type { Arena } from "./arena";
import type { Scratch } from "./workspace";
import type { BlockKeys } from "./blockWords";
import { LetterPairs, PAIR_CODES } from "./similarity";

/** Word-pair keys kept per description. */
export const BLOCKS_PER_ROW = 3;

/** Arena bytes per row of a side's description features. */
export const TEXT_BYTES_PER_ROW = 4 + 2 + 4 + 1;

export class DescriptionFeatures {
  /**
   * Letter pairs by layout position (a scan reads neighbouring positions): pairLen[p] distinct codes
   * from pairStart[p] in pairPool (-1: not yet).
   */
  private readonly pairStart: Int32Array;
  private readonly pairLen: Uint16Array;
  private pairPool = new Uint16Array(1 << 16);
  private pairUsed = 0;
  /** Blocking keys of row i: blockLen[i] interned ids from blockStart[i] in blockPool (-1: not yet). */
  private readonly blockStart: Int32Array;
  private readonly blockLen: Uint8Array;
  private blockPool = new Int32Array(1 << 12);
  private blockUsed = 0;

  /** Row at each position; set once the side is laid out. */
  private items: Int32Array = new Int32Array(0);
  private readonly scratch: Scratch;

  constructor(
    private readonly descriptions: readonly string[],
    n: number,
    arena: Arena,
    private readonly builder: LetterPairs,
  ) {
    this.scratch = arena.own;
    this.pairStart = arena.i32(n).fill(-1);
    this.pairLen = arena.u16(n);
    this.blockStart = arena.i32(n).fill(-1);
    this.blockLen = arena.u8(n);
  }

  layOut(items: Int32Array): void {
    this.items = items;
  }

  private pool(p: number, i: number): number {
    if (this.pairUsed + LetterPairs.MAX > this.pairPool.length) {
      const bigger = this.scratch.u16(this.pairPool.length * 2);
      bigger.set(this.pairPool.subarray(0, this.pairUsed));
      this.scratch.drop(this.pairPool);
      this.pairPool = bigger;
    }
    const len = this.builder.into(this.descriptions[i] as string, this.pairPool, this.pairUsed, false);
    this.pairStart[p] = this.pairUsed;
    this.pairLen[p] = len;
    this.pairUsed += len;
    return len;
  }

  /** Makes sure the letter pairs at position p are pooled; returns how many there are. */
  pairCount(p: number): number {
    if (this.pairStart[p] !== -1) return this.pairLen[p] as number;
    return this.pool(p, this.items[p] as number);
  }

  /**
   * Pools the letter pairs of every open row ahead of a rule that compares texts. Descriptions are read
   * in row order, which is memory order: reading them in a scan's order costs twice as much. The pool is
   * then rewritten in position order, so a scan (positions in order, candidates nearby) reads it in order
   * too instead of missing the cache at every row.
   */
  warm(posOf: Int32Array, matchOf: Int32Array): void {
    let pooled = 0;
    for (let i = 0; i < matchOf.length; i++) {
      const p = posOf[i] as number;
      if (matchOf[i] === -1 && this.pairStart[p] === -1) {
        this.pool(p, i);
        pooled++;
      }
    }
    if (pooled > 0) this.inPositionOrder();
  }

  private inPositionOrder(): void {
    const from = this.pairPool;
    const to = this.scratch.u16(from.length);
    let used = 0;
    for (let p = 0; p < this.pairStart.length; p++) {
      const a = this.pairStart[p] as number;
      if (a === -1) continue;
      const len = this.pairLen[p] as number;
      for (let k = 0; k < len; k++) to[used + k] = from[a + k] as number;
      this.pairStart[p] = used;
      used += len;
    }
    this.scratch.drop(from);
    this.pairPool = to;
    this.pairUsed = used;
  }

  /** Loads the letter pairs at position p (already pooled) into a bitset. */
  loadBits(p: number, bits: Uint32Array): void {
    bits.fill(0);
    const pool = this.pairPool;
    for (let a = this.pairStart[p] as number, e = a + (this.pairLen[p] as number); a < e; a++) {
      const c = pool[a] as number;
      bits[c >>> 5] = (bits[c >>> 5] as number) | (1 << (c & 31));
    }
  }

  /** How many of the letter pairs at position p (already pooled) are in the bitset. */
  countIn(p: number, bits: Uint32Array): number {
    const pool = this.pairPool;
    let common = 0;
    for (let a = this.pairStart[p] as number, e = a + (this.pairLen[p] as number); a < e; a++) {
      const c = pool[a] as number;
      common += ((bits[c >>> 5] as number) >>> (c & 31)) & 1;
    }
    return common;
  }

  /** Makes sure row i's blocking keys are pooled; returns how many there are (see blockAt). */
  blockCount(i: number, keys: BlockKeys): number {
    if (this.blockStart[i] !== -1) return this.blockLen[i] as number;
    if (this.blockUsed + BLOCKS_PER_ROW > this.blockPool.length) {
      const bigger = this.scratch.i32(this.blockPool.length * 2);
      bigger.set(this.blockPool.subarray(0, this.blockUsed));
      this.scratch.drop(this.blockPool);
      this.blockPool = bigger;
    }
    const n = keys.keysOf(this.descriptions[i] as string, BLOCKS_PER_ROW, this.blockPool, this.blockUsed);
    this.blockStart[i] = this.blockUsed;
    this.blockLen[i] = n;
    this.blockUsed += n;
    return n;
  }

  /** Blocking key k of row i (after blockCount). */
  blockAt(i: number, k: number): number {
    return this.blockPool[(this.blockStart[i] as number) + k] as number;
  }
}

/**
 * Dice similarity of descriptions, 2|A∩B| / (|A| + |B|) over letter-pair sets. A scan compares one row
 * with many candidates, so that row's set is kept as a bitset and each candidate's codes are looked up
 * in it: no sorting, no merge.
 */
export class Similarity {
  private readonly leftBits = new Uint32Array(PAIR_CODES / 32 + 1);
  private readonly rightBits = new Uint32Array(PAIR_CODES / 32 + 1);
  private inLeft = -1;
  private inRight = -1;
  private lastRight = -1;

  constructor(
    private readonly left: DescriptionFeatures,
    private readonly right: DescriptionFeatures,
  ) {}

  /**
   * The similarity of left position p and right position q as two small integers in one, 2048 × common
   * letter pairs + both counts of letter pairs (each below 2048): a double returned from a call that is
   * not inlined is boxed, and this runs for every compared pair. 0 when either text has no letter pair.
   * The similarity is similarityOf(parts).
   */
  parts(p: number, q: number): number {
    const al = this.left.pairCount(p);
    const bl = this.right.pairCount(q);
    if (al === 0 || bl === 0) return 0;
    let common: number;
    if (this.inLeft === p) common = this.right.countIn(q, this.leftBits);
    else if (this.inRight === q) common = this.left.countIn(p, this.rightBits);
    else if (this.lastRight === q) {
      // The right position stayed while the left one changed: a scan from the right side.
      this.right.loadBits(q, this.rightBits);
      this.inRight = q;
      common = this.left.countIn(p, this.rightBits);
    } else {
      this.left.loadBits(p, this.leftBits);
      this.inLeft = p;
      common = this.right.countIn(q, this.leftBits);
    }
    this.lastRight = q;
    return common * PARTS_SCALE + al + bl;
  }
}

const PARTS_SCALE = 2048;

/** The Dice similarity 2|A∩B| / (|A| + |B|) from Similarity.parts. */
export function similarityOf(parts: number): number {
  if (parts === 0) return 0;
  const total = parts % PARTS_SCALE;
  return (2 * ((parts - total) / PARTS_SCALE)) / total;
}
