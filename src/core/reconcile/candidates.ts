/**
 * Where a 1:1 rule looks for a row's counterparts, in layout positions: rows with the same amount (one
 * amount group, by date: a sequential scan), rows whose amount lies within the tolerance (open rows
 * bucketed by date and sorted by amount), or rows sharing a reference or party (rules that require one).
 * Never a scan of the whole other side.
 */
import { patternKeysOf, TEXT_NUMBERS, warmTexts, type Ctx, type SideCtx } from "./context";
import { allowanceBound, SAME_AMOUNT, type CompiledRule } from "./evaluate";
import type { KeyIndex } from "./keyIndex";
import { partyIndex, patternIndex, referenceIndexes } from "./referenceIndex";
import type { Side } from "./types";

/** Candidates gathered per row at most; a row with more is never confirmed (it is not unique). */
export const CANDIDATE_CAP = 1024;

const EXACT = 0;
const TOLERANCE = 1;
const EVIDENCE = 2;

/**
 * How a 1:1 rule gathers candidates: plain data read by `collectCandidates`, a module-level function.
 * Neither closures nor class instances made per run: V8 drops the hidden classes of objects that all
 * died at its next full collection, and with them the optimised code of every loop that used them,
 * while object literals keep theirs (see specimen.ts).
 */
export interface CandidateSource {
  readonly kind: typeof EXACT | typeof TOLERANCE | typeof EVIDENCE;
  /** Flags for evaluateAt that hold for every candidate (SAME_AMOUNT for the amount source). */
  readonly flags: number;
  /** Tolerance: open rows of each side by date bucket (width days) and amount. */
  readonly width: number;
  readonly left: AmountBuckets | null;
  readonly right: AmountBuckets | null;
  /** Evidence: look rows up by the required reference, by the required party. */
  readonly useRef: boolean;
  readonly useParty: boolean;
  /**
   * The rule fails every pair whose reference fingerprints are not equal (it requires the reference,
   * without a pattern and without "any evidence"): scans skip such candidates before scoring them.
   */
  readonly equalReference: boolean;
}

/** right.day − left.day ∈ [−before, after]: the first day of the other side's range for a row of `from`. */
function windowLo(cr: CompiledRule, from: Side, day: number): number {
  if (cr.anyDate) return -2147483648;
  return from === "left" ? day - cr.before : day - cr.after;
}

function windowHi(cr: CompiledRule, from: Side, day: number): number {
  if (cr.anyDate) return 2147483647;
  return from === "left" ? day + cr.after : day + cr.before;
}

/** First index in [from, to) whose day is ≥ target (days ascending over the range). */
export function firstDayAtLeast(days: Int32Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows with the same amount: a sequential scan of the amount group from the window's first day. */
function collectExact(ctx: Ctx, cr: CompiledRule, from: Side, p: number, out: Int32Array): number {
  const self = from === "left" ? ctx.left : ctx.right;
  const other = from === "left" ? ctx.right : ctx.left;
  const g = self.gGroup[p] as number;
  const start = other.byGroup.start;
  const end = start[g + 1] as number;
  const day = self.gDay[p] as number;
  const hi = windowHi(cr, from, day);
  let n = 0;
  for (let q = firstDayAtLeast(other.gDay, start[g] as number, end, windowLo(cr, from, day)); q < end; q++) {
    if ((other.gDay[q] as number) > hi || n === out.length) break;
    if (other.gTaken[q] === 0) out[n++] = q;
  }
  return n;
}

/**
 * As collectExact, but the scan of the window starts at a point `seed` picks among its rows and wraps
 * around: rows alike past CANDIDATE_CAP (hundreds of equal amounts on a day) then each see a different
 * share of the other side's, rather than all the same first CANDIDATE_CAP, so their offers spread.
 */
function collectExactSpread(
  ctx: Ctx,
  cr: CompiledRule,
  from: Side,
  p: number,
  out: Int32Array,
  seed: number,
): number {
  const self = from === "left" ? ctx.left : ctx.right;
  const other = from === "left" ? ctx.right : ctx.left;
  const g = self.gGroup[p] as number;
  const start = other.byGroup.start;
  const day = self.gDay[p] as number;
  const a = firstDayAtLeast(other.gDay, start[g] as number, start[g + 1] as number, windowLo(cr, from, day));
  const hi = windowHi(cr, from, day);
  const b =
    hi === 2147483647
      ? (start[g + 1] as number)
      : firstDayAtLeast(other.gDay, a, start[g + 1] as number, hi + 1);
  const span = b - a;
  if (span <= 0) return 0;
  const first = a + (seed % span);
  let n = 0;
  for (let k = 0; k < span && n < out.length; k++) {
    const q = first + k < b ? first + k : first + k - span;
    if (other.gTaken[q] === 0) out[n++] = q;
  }
  return n;
}

/** Open rows of one side, bucketed by date and sorted by amount inside each bucket. */
export interface AmountBuckets {
  readonly bucketStart: Map<number, [number, number]>;
  /** Row, amount, day and layout position of each entry: a scan reads them in order, not at random. */
  readonly items: Int32Array;
  readonly minor: Float64Array;
  readonly day: Int32Array;
  readonly pos: Int32Array;
}

export function bucketOpenRows(side: SideCtx, width: number): AmountBuckets {
  const rowDay = side.rec.day;
  const rowMinor = side.rec.minor;
  // Open rows by bucket, then amount, then row.
  const open: number[] = [];
  for (let i = 0; i < side.n; i++) if (side.matchOf[i] === -1) open.push(i);
  open.sort(
    (a, b) =>
      Math.floor((rowDay[a] as number) / width) - Math.floor((rowDay[b] as number) / width) ||
      (rowMinor[a] as number) - (rowMinor[b] as number) ||
      a - b,
  );
  const n = open.length;
  const scratch = side.arena.own;
  const items = scratch.i32(n);
  const minor = scratch.f64(n);
  const day = scratch.i32(n);
  const pos = scratch.i32(n);
  const bucketStart = new Map<number, [number, number]>();
  let from = 0;
  for (let k = 0; k < n; k++) {
    const i = open[k] as number;
    items[k] = i;
    minor[k] = rowMinor[i] as number;
    day[k] = rowDay[i] as number;
    pos[k] = side.posOf[i] as number;
    const bucket = Math.floor((rowDay[i] as number) / width);
    if (k + 1 === n || Math.floor((rowDay[open[k + 1] as number] as number) / width) !== bucket) {
      bucketStart.set(bucket, [from, k + 1]);
      from = k + 1;
    }
  }
  return { bucketStart, items, minor, day, pos };
}

export function firstMinorAtLeast(minor: Float64Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((minor[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows whose amount lies within the tolerance, from the open rows bucketed by date and sorted by amount. */
function collectTolerance(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  p: number,
  out: Int32Array,
): number {
  const width = src.width;
  const self = from === "left" ? ctx.left : ctx.right;
  const other = from === "left" ? ctx.right : ctx.left;
  const b = (from === "left" ? src.right : src.left) as AmountBuckets;
  const i = self.byGroup.items[p] as number;
  const m = self.rec.minor[i] as number;
  const bound = allowanceBound(cr, ctx, self.cur[i] as number, m);
  const day = self.gDay[p] as number;
  const lo = windowLo(cr, from, day);
  const hi = windowHi(cr, from, day);
  const first = cr.anyDate ? 0 : Math.floor(lo / width);
  const last = cr.anyDate ? 0 : Math.floor(hi / width);
  let n = 0;
  for (let bk = first; bk <= last; bk++) {
    const range = b.bucketStart.get(bk);
    if (range === undefined) continue;
    for (
      let k = firstMinorAtLeast(b.minor, range[0], range[1], m - bound);
      k < range[1] && n < out.length;
      k++
    ) {
      if ((b.minor[k] as number) > m + bound) break;
      const d = b.day[k] as number;
      if (d < lo || d > hi) continue;
      const q = b.pos[k] as number;
      if (other.gTaken[q] === 0) out[n++] = q;
    }
  }
  return n;
}

/** Adds the open rows filed under `key` that fall in the window (and the amount group, when g ≥ 0), as positions. */
function gather(
  index: KeyIndex,
  key: number,
  other: SideCtx,
  lo: number,
  hi: number,
  g: number,
  out: Int32Array,
  n: number,
): number {
  for (let e = index.first(key); e >= 0 && n < out.length; e = index.next(e)) {
    const q = other.posOf[index.row(e)] as number;
    const d = other.gDay[q] as number;
    if (d < lo || d > hi || other.gTaken[q] !== 0 || (g >= 0 && other.gGroup[q] !== g)) continue;
    let seen = false;
    for (let t = 0; t < n && !seen; t++) seen = out[t] === q;
    if (!seen) out[n++] = q;
  }
  return n;
}

/**
 * Rows sharing the reference the rule requires (its pattern capture, the reference, its number, or the
 * number quoted in a description) and/or the party it requires: far fewer than rows sharing an amount.
 */
function collectEvidence(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  p: number,
  out: Int32Array,
): number {
  const self = from === "left" ? ctx.left : ctx.right;
  const other = from === "left" ? ctx.right : ctx.left;
  const i = self.byGroup.items[p] as number;
  const day = self.gDay[p] as number;
  const lo = windowLo(cr, from, day);
  const hi = windowHi(cr, from, day);
  const g = cr.amount === "exact" ? (self.gGroup[p] as number) : -1;
  let n = 0;
  if (src.useRef && cr.pattern !== null) {
    const key = patternKeysOf(ctx, self, cr.pattern)[i] as number;
    if (key !== 0) n = gather(patternIndex(ctx, other, cr.pattern), key, other, lo, hi, g, out, n);
  } else if (src.useRef) {
    const idx = referenceIndexes(other);
    const ref = self.ref1[p] as number;
    const num = self.num1[p] as number;
    if (ref !== 0) n = gather(idx.byReference, ref, other, lo, hi, g, out, n);
    if (num !== 0) {
      n = gather(idx.byNumber, num, other, lo, hi, g, out, n);
      n = gather(idx.byTextNumber, num, other, lo, hi, g, out, n);
    }
    for (let k = p * TEXT_NUMBERS; k < (p + 1) * TEXT_NUMBERS; k++) {
      const t = self.txt1[k] as number;
      if (t !== 0) n = gather(idx.byNumber, t, other, lo, hi, g, out, n);
    }
  }
  const parties = src.useParty ? partyIndex(other) : null;
  const party = self.partyKey?.[i] ?? 0;
  if (parties !== null && party !== 0) n = gather(parties, party, other, lo, hi, g, out, n);
  return n;
}

/** Writes the positions of the candidate rows on the other side into `out`; returns how many (capped). */
export function collectCandidates(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  p: number,
  out: Int32Array,
): number {
  if (src.kind === EXACT) return collectExact(ctx, cr, from, p, out);
  if (src.kind === TOLERANCE) return collectTolerance(ctx, cr, src, from, p, out);
  return collectEvidence(ctx, cr, src, from, p, out);
}

/**
 * The candidates of a row that had more than `out` holds, spread (see collectExactSpread) where they share
 * its amount; other sources collect as collectCandidates does. `seed` is a non-negative integer that
 * does not depend on row order (a hash of the row's key).
 */
export function collectSpread(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  p: number,
  out: Int32Array,
  seed: number,
): number {
  if (src.kind === EXACT) return collectExactSpread(ctx, cr, from, p, out, seed);
  return collectCandidates(ctx, cr, src, from, p, out);
}

/**
 * The candidate source for a 1:1 rule, built over the rows open when the rule starts. Exact amounts
 * scan the amount group (sequential memory, even for amounts that recur thousands of times); rules
 * that ignore the amount look rows up by the reference or party they require.
 */
export function candidateSource(ctx: Ctx, cr: CompiledRule): CandidateSource {
  if (cr.text >= 0) warmTexts(ctx);
  const tolerance = cr.amount !== "any" && cr.amount !== "exact";
  const width = cr.anyDate ? 2147483647 : cr.before + cr.after + 1;
  return {
    kind: cr.amount === "any" ? EVIDENCE : cr.amount === "exact" ? EXACT : TOLERANCE,
    flags: cr.amount === "exact" ? SAME_AMOUNT : 0,
    width,
    left: tolerance ? bucketOpenRows(ctx.left, width) : null,
    right: tolerance ? bucketOpenRows(ctx.right, width) : null,
    useRef: cr.refMode === 2,
    useParty: cr.partyMode === 2,
    equalReference: cr.refMode === 2 && !cr.anyEvidence && cr.pattern === null,
  };
}
