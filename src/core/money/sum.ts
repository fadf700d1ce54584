/** Exact sums of minor units, independent of order. */

/**
 * The exact sum. Every value must be a safe integer and so must the total, else RangeError (a bug, not
 * data). A partial sum may pass 2^53 in one order and not another, so then we re-add in BigInt: the
 * answer never depends on the order of rows.
 */
export function sumMinor(values: readonly number[]): number {
  let total = 0;
  let safe = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isSafeInteger(v)) throw new RangeError(`sumMinor: not a safe integer at ${i}: ${v}`);
    total += v;
    if (total > Number.MAX_SAFE_INTEGER || total < -Number.MAX_SAFE_INTEGER) safe = false;
  }
  if (safe) return total + 0;
  let exact = 0n;
  for (const v of values) exact += BigInt(v);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (exact > limit || exact < -limit)
    throw new RangeError(`sumMinor: the total ${exact} is beyond safe integers`);
  return Number(exact);
}
