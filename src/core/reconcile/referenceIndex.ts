/**
 * Finding rows by reference instead of by amount: for rules that require the reference to agree, the
 * rows sharing a reference, a reference number, or quoting the number in their description are far
 * fewer than the rows sharing an amount (rent, subscriptions), so this is both faster and exact.
 */
import { patternKeysOf, TEXT_NUMBERS, type Ctx, type SideCtx } from "./context";
import { KeyIndex } from "./keyIndex";

export interface ReferenceIndexes {
  readonly byReference: KeyIndex;
  readonly byNumber: KeyIndex;
  /** Rows without a reference, by the numbers quoted in their description. */
  readonly byTextNumber: KeyIndex;
}

/**
 * Open rows by the first lane of a position-ordered fingerprint column (stride keys per position). Rows
 * taken later are skipped at lookup, and taken rows never reopen, so indexing only the open ones is exact.
 */
function byLane(side: SideCtx, lane: Uint32Array, stride: number): KeyIndex {
  let open = 0;
  for (let i = 0; i < side.n; i++) if (side.matchOf[i] === -1) open++;
  const scratch = side.arena.own;
  const keys = scratch.u32(open * stride);
  const rows = scratch.i32(open * stride);
  let e = 0;
  for (let i = 0; i < side.n; i++) {
    if (side.matchOf[i] !== -1) continue;
    const p = side.posOf[i] as number;
    for (let k = 0; k < stride; k++) {
      keys[e] = lane[p * stride + k] as number;
      rows[e++] = i;
    }
  }
  const index = new KeyIndex(keys, rows, scratch);
  scratch.drop(keys);
  scratch.drop(rows);
  return index;
}

/** The reference indexes of a side, built on first use and kept for the run. */
export function referenceIndexes(side: SideCtx): ReferenceIndexes {
  side.refIndexes ??= {
    byReference: byLane(side, side.ref1, 1),
    byNumber: byLane(side, side.num1, 1),
    byTextNumber: byLane(side, side.txt1, TEXT_NUMBERS),
  };
  return side.refIndexes;
}

/**
 * Open rows of a side by their reference alone: the reference indexes' first when they are built, else
 * built by itself, a third of their cost (a million rows' number lanes take most of a second).
 */
export function byReferenceOf(side: SideCtx): KeyIndex {
  if (side.refIndexes !== null) return side.refIndexes.byReference;
  side.refOnly ??= byLane(side, side.ref1, 1);
  return side.refOnly;
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
