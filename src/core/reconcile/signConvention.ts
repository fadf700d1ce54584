/**
 * Whether one side's signs run the other way: a ledger read with credit as money in, a customer's
 * statement not mirrored. Then most amounts of the book appear on the statement only with the opposite
 * sign, and the rules pair money in with money out by reference, each pair "differing" by twice its
 * amount. Counted in one pass over the book's rows with the amount groups both sides share (O(n)); normal
 * books, where refunds and reversals put a few amounts on both sides with either sign, never come near.
 * Where every amount is on the statement both ways — a customer's account whose invoices are all paid in
 * full, each invoice's amount also its payment's — the amounts alone cannot tell: then the rows that share
 * a reference with a statement row do (referenceSigns), INV-2001 of 1,000.00 against the statement's
 * INV-2001 of -1,000.00.
 */
import type { Ctx } from "./context";

export interface SignCounts {
  /** Book rows (amount not zero) whose amount the statement has with the same sign. */
  readonly same: number;
  /** Book rows whose amount the statement has only with the opposite sign. */
  readonly opposite: number;
  /** What pairs the rows: their amounts alone, or their references (referenceSigns). */
  readonly by: "amount" | "reference";
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
  return { same, opposite, by: "amount" };
}

/** Book rows with a reference the reference count looks at, spread evenly over the book: enough to tell. */
export const REFERENCE_SAMPLE = 4096;

/**
 * Of up to REFERENCE_SAMPLE book rows with a reference (every k-th, so the whole book is looked at), those
 * a statement row with the same reference has with the same amount, and those it has only turned round.
 * One pass over the statement's rows against the sample's references.
 */
export function referenceSigns(ctx: Ctx): SignCounts {
  const L = ctx.left;
  const R = ctx.right;
  let withReference = 0;
  for (let p = 0; p < L.n; p++)
    if ((L.ref1[p] as number) !== 0 || (L.ref2[p] as number) !== 0) withReference++;
  if (withReference === 0) return { same: 0, opposite: 0, by: "reference" };
  const every = Math.max(1, Math.ceil(withReference / REFERENCE_SAMPLE));
  // Sampled book rows by the first lane of their reference: position and the second lane to confirm it.
  const sample = new Map<number, number[]>();
  for (let p = 0, seen = 0; p < L.n; p++) {
    if ((L.ref1[p] as number) === 0 && (L.ref2[p] as number) === 0) continue;
    if (seen++ % every !== 0) continue;
    const list = sample.get(L.ref1[p] as number);
    if (list === undefined) sample.set(L.ref1[p] as number, [p]);
    else list.push(p);
  }
  // Per sampled position: 1 once a statement row has its amount, 2 once one has it turned round.
  const seenAs = new Map<number, number>();
  for (let q = 0; q < R.n; q++) {
    const list = sample.get(R.ref1[q] as number);
    if (list === undefined) continue;
    const j = R.byGroup.items[q] as number;
    const b = R.rec.minor[j] as number;
    for (const p of list) {
      if (L.ref2[p] !== R.ref2[q]) continue;
      const i = L.byGroup.items[p] as number;
      const a = L.rec.minor[i] as number;
      if (a === 0 || L.cur[i] !== R.cur[j]) continue;
      const was = seenAs.get(p) ?? 0;
      if (b === a) seenAs.set(p, was | 1);
      else if (b === -a) seenAs.set(p, was | 2);
    }
  }
  let same = 0;
  let opposite = 0;
  for (const how of seenAs.values()) {
    if ((how & 1) !== 0) same++;
    else opposite++;
  }
  return { same, opposite, by: "reference" };
}

/** A clear majority of opposite amounts, and enough of them to be a convention rather than slips. */
export function signsRunOpposite(c: SignCounts): boolean {
  return c.opposite >= MIN_OPPOSITE && c.opposite >= OPPOSITE_MAJORITY * c.same;
}

/**
 * The counts that show the statement's signs running the other way from the book's: by the amounts both
 * sides hold, or, where the amounts hold each other both ways, by the rows that share a reference; null
 * where neither shows it.
 */
export function oppositeSigns(ctx: Ctx): SignCounts | null {
  const byAmount = countSigns(ctx);
  if (signsRunOpposite(byAmount)) return byAmount;
  const byReference = referenceSigns(ctx);
  return signsRunOpposite(byReference) ? byReference : null;
}
