/**
 * Where a rule looks for a row's counterparts: rows with the same amount (hash groups, by date), rows
 * whose amount lies within the tolerance (open rows bucketed by date and sorted by amount), or rows
 * sharing a reference or party (for rules that ignore the amount). Never a scan of the whole other side.
 */
import { firstOnOrAfter } from "./amountIndex";
import { patternKeysOf, type Ctx, type SideCtx } from "./context";
import type { KeyIndex } from "./keyIndex";
import {
  partyIndex,
  patternIndex,
  referenceIndexes,
  TEXT_NUMBER_DIGITS,
  TEXT_NUMBERS,
} from "./referenceIndex";
import { numberHashesInto } from "./referenceKeys";
import { allowanceBound, type CompiledRule } from "./evaluate";
import type { Side } from "./types";

/** Candidates gathered per row at most; a row with more is never confirmed (it is not unique). */
export const CANDIDATE_CAP = 1024;

export interface CandidateSource {
  /** Writes the candidate rows on the other side into `out`; returns how many (capped). */
  collect(from: Side, i: number, out: Int32Array): number;
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

function exactSource(ctx: Ctx, cr: CompiledRule): CandidateSource {
  return {
    collect(from, i, out) {
      const self = from === "left" ? ctx.left : ctx.right;
      const other = from === "left" ? ctx.right : ctx.left;
      const g = self.group[i] as number;
      const { start, items } = other.byGroup;
      const end = start[g + 1] as number;
      const day = self.rec.day[i] as number;
      const lo = windowLo(cr, from, day);
      const hi = windowHi(cr, from, day);
      let k = firstOnOrAfter(items, start[g] as number, end, other.rec.day, lo);
      let n = 0;
      for (; k < end && n < out.length; k++) {
        const j = items[k] as number;
        if ((other.rec.day[j] as number) > hi) break;
        if (other.matchOf[j] === -1) out[n++] = j;
      }
      return n;
    },
  };
}

/** Open rows of one side, bucketed by date and sorted by amount inside each bucket. */
interface AmountBuckets {
  readonly width: number;
  readonly bucketStart: Map<number, [number, number]>;
  readonly items: Int32Array;
  readonly minor: Float64Array;
}

function bucketOpenRows(side: SideCtx, width: number): AmountBuckets {
  const open: number[] = [];
  for (let i = 0; i < side.n; i++) if (side.matchOf[i] === -1) open.push(i);
  const bucket = (i: number): number => Math.floor((side.rec.day[i] as number) / width);
  open.sort(
    (a, b) => bucket(a) - bucket(b) || (side.rec.minor[a] as number) - (side.rec.minor[b] as number) || a - b,
  );
  const items = Int32Array.from(open);
  const minor = Float64Array.from(open, (i) => side.rec.minor[i] as number);
  const bucketStart = new Map<number, [number, number]>();
  let k = 0;
  while (k < items.length) {
    const b = bucket(items[k] as number);
    let e = k + 1;
    while (e < items.length && bucket(items[e] as number) === b) e++;
    bucketStart.set(b, [k, e]);
    k = e;
  }
  return { width, bucketStart, items, minor };
}

function firstMinorAtLeast(minor: Float64Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((minor[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toleranceSource(ctx: Ctx, cr: CompiledRule): CandidateSource {
  const span = cr.anyDate ? 1 : cr.before + cr.after + 1;
  const width = cr.anyDate ? 2147483647 : span;
  const buckets = { left: bucketOpenRows(ctx.left, width), right: bucketOpenRows(ctx.right, width) };
  return {
    collect(from, i, out) {
      const self = from === "left" ? ctx.left : ctx.right;
      const other = from === "left" ? ctx.right : ctx.left;
      const b = from === "left" ? buckets.right : buckets.left;
      const m = self.rec.minor[i] as number;
      const bound = allowanceBound(cr, ctx, self.cur[i] as number, m);
      const day = self.rec.day[i] as number;
      const lo = windowLo(cr, from, day);
      const hi = windowHi(cr, from, day);
      const first = cr.anyDate ? 0 : Math.floor(lo / width);
      const last = cr.anyDate ? 0 : Math.floor(hi / width);
      let n = 0;
      for (let bk = first; bk <= last; bk++) {
        const range = b.bucketStart.get(bk);
        if (range === undefined) continue;
        let k = firstMinorAtLeast(b.minor, range[0], range[1], m - bound);
        for (; k < range[1] && n < out.length; k++) {
          if ((b.minor[k] as number) > m + bound) break;
          const j = b.items[k] as number;
          const d = other.rec.day[j] as number;
          if (d >= lo && d <= hi && other.matchOf[j] === -1) out[n++] = j;
        }
      }
      return n;
    },
  };
}

/** Adds the open rows filed under `key` that fall in the window (and the amount group, when g ≥ 0). */
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
    const j = index.row(e);
    const d = other.rec.day[j] as number;
    if (d < lo || d > hi || other.matchOf[j] !== -1 || (g >= 0 && other.group[j] !== g)) continue;
    let seen = false;
    for (let t = 0; t < n && !seen; t++) seen = out[t] === j;
    if (!seen) out[n++] = j;
  }
  return n;
}

/**
 * Rows sharing the reference the rule requires (its pattern capture, the reference, its number, or the
 * number quoted in a description) and/or the party it requires: far fewer than rows sharing an amount.
 */
function evidenceSource(ctx: Ctx, cr: CompiledRule, union: boolean): CandidateSource {
  const useRef = cr.refMode === 2;
  const useParty = cr.partyMode === 2 && (union || !useRef);
  const hashes = new Uint32Array(TEXT_NUMBERS);
  return {
    collect(from, i, out) {
      const self = from === "left" ? ctx.left : ctx.right;
      const other = from === "left" ? ctx.right : ctx.left;
      const day = self.rec.day[i] as number;
      const lo = windowLo(cr, from, day);
      const hi = windowHi(cr, from, day);
      const g = cr.amount === "exact" ? (self.group[i] as number) : -1;
      let n = 0;
      if (useRef && cr.pattern !== null) {
        const key = patternKeysOf(ctx, self, cr.pattern)[i] as number;
        if (key !== 0) n = gather(patternIndex(ctx, other, cr.pattern), key, other, lo, hi, g, out, n);
      } else if (useRef) {
        const idx = referenceIndexes(other);
        const ref = self.refHash[i] as number;
        const num = self.numHash[i] as number;
        if (ref !== 0) n = gather(idx.byReference, ref, other, lo, hi, g, out, n);
        if (num !== 0) {
          n = gather(idx.byNumber, num, other, lo, hi, g, out, n);
          n = gather(idx.byTextNumber, num, other, lo, hi, g, out, n);
        }
        if (ref === 0) {
          const count = numberHashesInto(self.rec.description[i] as string, TEXT_NUMBER_DIGITS, hashes);
          for (let t = 0; t < count; t++)
            n = gather(idx.byNumber, hashes[t] as number, other, lo, hi, g, out, n);
        }
      }
      const parties = useParty ? partyIndex(other) : null;
      const party = self.partyKey?.[i] ?? 0;
      if (parties !== null && party !== 0) n = gather(parties, party, other, lo, hi, g, out, n);
      return n;
    },
  };
}

/** The candidate source for a 1:1 rule, built over the rows open when the rule starts. */
export function candidateSource(ctx: Ctx, cr: CompiledRule): CandidateSource {
  if (cr.amount === "any") return evidenceSource(ctx, cr, true);
  if (!cr.anyEvidence && (cr.refMode === 2 || cr.partyMode === 2)) return evidenceSource(ctx, cr, false);
  if (cr.amount === "exact") return exactSource(ctx, cr);
  return toleranceSource(ctx, cr);
}
