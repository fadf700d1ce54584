/**
 * Dense ids 0, 1, 2, … for keys of two 32-bit lanes, in the order the keys are first seen: an
 * open-addressing table on typed arrays that doubles to stay at most half full, so it grows with the
 * distinct keys, not with the lookups. One-lane keys pass 0 as the second lane.
 */
import { FRESH, type Scratch } from "./workspace";

export class DenseIds {
  constructor(private readonly scratch: Scratch = FRESH) {}

  private mask = 15;
  private lane1 = new Uint32Array(16);
  private lane2 = new Uint32Array(16);
  /** Id + 1 of each slot, 0 when the slot is empty. */
  private ids = new Int32Array(16);
  /** How many ids have been given. */
  count = 0;

  /** The id of a key, given on first sight. */
  idOf(a: number, b: number): number {
    const s = this.slot(a >>> 0, b >>> 0);
    const id = this.ids[s] as number;
    if (id !== 0) return id - 1;
    if ((this.count + 1) * 2 > this.mask + 1) {
      this.grow();
      return this.idOf(a, b);
    }
    this.lane1[s] = a >>> 0;
    this.lane2[s] = b >>> 0;
    this.ids[s] = ++this.count;
    return this.count - 1;
  }

  /** The id of a key, or -1 when it has none. */
  find(a: number, b: number): number {
    return (this.ids[this.slot(a >>> 0, b >>> 0)] as number) - 1;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private slot(a: number, b: number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    let s = h & this.mask;
    while (this.ids[s] !== 0 && (this.lane1[s] !== a || this.lane2[s] !== b)) s = (s + 1) & this.mask;
    return s;
  }

  private grow(): void {
    const [l1, l2, ids] = [this.lane1, this.lane2, this.ids];
    const capacity = ids.length * 2;
    this.mask = capacity - 1;
    this.lane1 = this.scratch.u32(capacity);
    this.lane2 = this.scratch.u32(capacity);
    this.ids = this.scratch.i32(capacity);
    for (let t = 0; t < ids.length; t++) {
      if (ids[t] === 0) continue;
      const s = this.slot(l1[t] as number, l2[t] as number);
      this.lane1[s] = l1[t] as number;
      this.lane2[s] = l2[t] as number;
      this.ids[s] = ids[t] as number;
    }
    this.scratch.drop(l1);
    this.scratch.drop(l2);
    this.scratch.drop(ids);
  }
}
