/**
 * Splits an amount by ratios without losing a cent (largest remainder method). Ratios are read as the
 * decimals they show (1/3 as 0.333333333333333), computed exactly in BigInt; leftover units go to the
 * largest remainders, ties to the earlier part. A negative amount splits like its magnitude, negated.
 */
import { decimalOfDouble } from "./decimal";

/** Parts that sum exactly to `minor`, each within one unit of its exact share. */
export function allocate(minor: number, ratios: readonly number[]): number[] {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`allocate: minor units must be a safe integer: ${minor}`);
  if (ratios.length === 0) throw new RangeError("allocate: no ratios");
  const weights = exactWeights(ratios);
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new RangeError("allocate: ratios must have a positive sum");

  const amount = BigInt(Math.abs(minor));
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const share = amount * w;
    parts.push(share / total);
    remainders.push(share % total);
    given += share / total;
  }
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (let k = 0; given < amount; k++, given++) {
    const i = order[k] as number;
    parts[i] = (parts[i] as bigint) + 1n;
  }
  const sign = minor < 0 ? -1 : 1;
  return parts.map((p) => sign * Number(p) + 0);
}

/** Each ratio as an integer weight on one common decimal scale. */
function exactWeights(ratios: readonly number[]): bigint[] {
  const decimals = ratios.map((r) => {
    if (!Number.isFinite(r) || r < 0) throw new RangeError(`allocate: ratios must be finite and >= 0: ${r}`);
    return decimalOfDouble(r);
  });
  const low = Math.min(...decimals.map((d) => d.exponent));
  return decimals.map((d) => BigInt(d.digits) * 10n ** BigInt(d.exponent - low));
}
