/**
 * Rows of one side by a 32-bit key (a reference hash, a reference number hash, an interned id): an
 * open-addressing hash table on typed arrays with a chain of rows per key. One or two memory reads per
 * lookup (a binary search over a million entries costs twenty cache misses), no Map, no object per row.
 * Rows that merely share a hash are filed together; callers check every candidate on its text.
 *
 *   for (let e = index.first(key); e >= 0; e = index.next(e)) use(index.row(e));
 */
import { FRESH, type Scratch } from "./workspace";

function slotOf(key: number, mask: number): number {
  let h = Math.imul(key, 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}

export class KeyIndex {
  private mask: number;
  private slotKey: Uint32Array;
  private slotHead: Int32Array;
  private distinct = 0;
  private readonly entryRow: Int32Array;
  private readonly entryNext: Int32Array;

  /**
   * Files entry e (row rows[e]) under keys[e]; entries with key 0 are left out. Use KeyIndex.ofRows for
   * one key per row.
   */
  constructor(keys: Uint32Array, rows: Int32Array | null, scratch: Scratch = FRESH) {
    let entries = 0;
    for (let e = 0; e < keys.length; e++) if (keys[e] !== 0) entries++;
    let capacity = 16;
    while (capacity < entries * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.slotKey = scratch.u32(capacity);
    this.slotHead = scratch.i32(capacity).fill(-1);
    this.entryRow = scratch.i32(entries);
    this.entryNext = scratch.i32(entries);
    // Rows are filed at the head of their key's chain: a chain lists rows from last to first.
    let at = 0;
    for (let e = 0; e < keys.length; e++) {
      const key = keys[e] as number;
      if (key === 0) continue;
      const s = this.findSlot(key, true);
      this.entryRow[at] = rows === null ? e : (rows[e] as number);
      this.entryNext[at] = this.slotHead[s] as number;
      this.slotHead[s] = at++;
    }
  }

  /** Rows by their one key each (keys[row], 0 = none). */
  static ofRows(keys: Uint32Array | Int32Array): KeyIndex {
    return new KeyIndex(
      keys instanceof Uint32Array ? keys : new Uint32Array(keys.buffer, keys.byteOffset, keys.length),
      null,
    );
  }

  private findSlot(key: number, insert: boolean): number {
    let s = slotOf(key, this.mask);
    for (;;) {
      const k = this.slotKey[s] as number;
      if (k === key) return s;
      if (k === 0) {
        if (!insert) return -1;
        this.distinct++;
        this.slotKey[s] = key;
        return s;
      }
      s = (s + 1) & this.mask;
    }
  }

  /** First entry filed under `key`, or -1. */
  first(key: number): number {
    if (key === 0) return -1;
    const s = this.findSlot(key >>> 0, false);
    return s < 0 ? -1 : (this.slotHead[s] as number);
  }

  next(entry: number): number {
    return this.entryNext[entry] as number;
  }

  row(entry: number): number {
    return this.entryRow[entry] as number;
  }
}
