/**
 * A running exact total of minor units, for sums over a million rows without building arrays for
 * sumMinor: plain doubles while every partial sum is a safe integer (then addition is exact), BigInt
 * from the first partial sum that is not. Same contract as sumMinor: inputs must be safe integers and an
 * unsafe final total is a RangeError (a bug, not data).
 */
export class MinorTotal {
  private small = 0;
  private big: bigint | null = null;

  /**
   * One total kept for the life of the process (held by the class, so it cannot be collected), taken
   * through both representations: a double, then a BigInt. V8 drops the hidden classes that no live
   * object has at a full collection, and with them the optimised code of every loop that adds to a
   * total: without a live instance, each run of the engine would add up its statements and summary in
   * the interpreter again. See specimen.ts.
   */
  private static readonly kept: MinorTotal = MinorTotal.shaped();

  private static shaped(): MinorTotal {
    const t = new MinorTotal();
    t.add(Number.MAX_SAFE_INTEGER);
    t.add(1);
    return t;
  }

  add(v: number): void {
    if (this.big !== null) {
      this.big += BigInt(v);
      return;
    }
    const t = this.small + v;
    if (t > Number.MAX_SAFE_INTEGER || t < -Number.MAX_SAFE_INTEGER)
      this.big = BigInt(this.small) + BigInt(v);
    else this.small = t;
  }

  value(): number {
    if (this.big === null) return this.small + 0;
    const limit = BigInt(Number.MAX_SAFE_INTEGER);
    if (this.big > limit || this.big < -limit)
      throw new RangeError(`total ${this.big} is beyond safe integers`);
    return Number(this.big);
  }
}
