/**
 * Finding rows by reference instead of by amount: for rules that require the reference to agree, the
 * rows sharing a reference, a reference number, or quoting the number in their description are far
 * fewer than the rows sharing an amount (rent, subscriptions), so this is both faster and exact.
 */
import { patternKeysOf, type Ctx, type SideCtx } from "./context";
import { KeyIndex } from "./keyIndex";
import { numberHashesInto } from "./referenceKeys";

/** Digit runs of a description that may quote a reference number, at most this many per row. */
export const TEXT_NUMBERS = 4;
export const TEXT_NUMBER_DIGITS = 3;

export interface ReferenceIndexes {
  readonly byReference: KeyIndex;
  readonly byNumber: KeyIndex;
  /** Rows without a reference, by the numbers in their description. */
  readonly byTextNumber: KeyIndex;
}

/** The numbers quoted in the descriptions of rows without a reference: parallel (row, hash) lists. */
function textNumbers(side: SideCtx): KeyIndex {
  let rows = new Int32Array(1024);
  let keys = new Uint32Array(1024);
  let n = 0;
  const found = new Uint32Array(TEXT_NUMBERS);
  for (let i = 0; i < side.n; i++) {
    if (side.refHash[i] !== 0) continue;
    const count = numberHashesInto(side.rec.description[i] as string, TEXT_NUMBER_DIGITS, found);
    if (n + count > rows.length) {
      const r = new Int32Array(rows.length * 2);
      r.set(rows);
      rows = r;
      const k = new Uint32Array(keys.length * 2);
      k.set(keys);
      keys = k;
    }
    for (let t = 0; t < count; t++) {
      rows[n] = i;
      keys[n++] = found[t] as number;
    }
  }
  return new KeyIndex(keys.subarray(0, n), rows.subarray(0, n));
}

/** The reference indexes of a side, built on first use and kept for the run. */
export function referenceIndexes(side: SideCtx): ReferenceIndexes {
  side.refIndexes ??= {
    byReference: KeyIndex.ofRows(side.refHash),
    byNumber: KeyIndex.ofRows(side.numHash),
    byTextNumber: textNumbers(side),
  };
  return side.refIndexes;
}

/** Rows of a side by the reference a rule's pattern captures, built on first use. */
export function patternIndex(ctx: Ctx, side: SideCtx, pattern: string): KeyIndex {
  let idx = side.patternIndexes.get(pattern);
  if (idx === undefined) {
    idx = KeyIndex.ofRows(patternKeysOf(ctx, side, pattern));
    side.patternIndexes.set(pattern, idx);
  }
  return idx;
}

/** Rows of a side by party, built on first use (null when the run has no parties). */
export function partyIndex(side: SideCtx): KeyIndex | null {
  const keys = side.partyKey;
  if (keys === null) return null;
  side.partyIndex ??= KeyIndex.ofRows(keys);
  return side.partyIndex;
}
