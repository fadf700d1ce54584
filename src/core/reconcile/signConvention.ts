/**
 * Whether one side's signs run the other way: a ledger read with credit as money in, a customer's
 * statement not mirrored. Then most amounts of the book appear on the statement only with the opposite
 * sign, and the rules pair money in with money out by reference, each pair "differing" by twice its
 * amount. Counted in one pass over the book's rows with the amount groups both sides share (O(n)); normal
 * books, where refunds and reversals put a few amounts on both sides with either sign, never come near.
 */
import type { Ctx } from "./context";

export interface SignCounts {
  /** Book rows (amount not zero) whose amount the statement has with the same sign. */
  readonly same: number;
  /** Book rows whose amount the statement has only with the opposite sign. */
  readonly opposite: number;
}

/** Fewer opposite amounts than this are slips, never a convention. */
export const MIN_OPPOSITE = 5;
/** Opposite amounts must outnumber the same-sign ones this many times over. */
export const OPPOSITE_MAJORITY = 3;

/** Counts the book's amounts the statement has with the same sign, and those it has only turned round. */
export function countSigns(ctx: Ctx): SignCounts {
  const L = ctx.left;
  const start = ctx.right.byGroup.start;
  let same = 0;
  let opposite = 0;
  for (let i = 0; i < L.n; i++) {
    const m = L.rec.minor[i] as number;
    if (m === 0) continue;
    const g = L.group[i] as number;
    if ((start[g + 1] as number) > (start[g] as number)) {
      same++;
      continue;
    }
    // Only rows the statement lacks as they are pay for a lookup: in normal books a few percent.
    const turned = ctx.amounts.find(-m, L.cur[i] as number);
    if (turned >= 0 && (start[turned + 1] as number) > (start[turned] as number)) opposite++;
  }
  return { same, opposite };
}

/** A clear majority of opposite amounts, and enough of them to be a convention rather than slips. */
export function signsRunOpposite(c: SignCounts): boolean {
  return c.opposite >= MIN_OPPOSITE && c.opposite >= OPPOSITE_MAJORITY * c.same;
}
