/**
 * One rule applied to one candidate pair: does the pair pass, and how well does it fit (a score in
 * [0, 1] from the criteria the rule names). Tolerances compare exact integers, never floats.
 */
import { currencyDecimals, roundScaled } from "../money";
import { talksOfCharges } from "./bankLines";
import {
  isRejected,
  normalizedReference,
  patternKeysOf,
  similarityAt,
  type Ctx,
  type SideCtx,
} from "./context";
import { BANK_OWN, CHARGES_NO, CHARGES_YES, SEVERAL } from "./runParties";
import { FP_EQUAL, FP_UNKNOWN, fingerprintLevel, mayBeNear } from "./fingerprint";
import type { Rule } from "./rules";
import { similarityOf } from "./textFeatures";

/** How two references or parties relate: they contradict, one is missing, one edit apart, or equal. */
export const Level = { Different: 0, Unknown: 1, Near: 2, Equal: 3 } as const;
export type Level = (typeof Level)[keyof typeof Level];

const MODE = { ignore: 0, compare: 1, required: 2 } as const;

/** Percent tolerances are taken to 4 decimals (0.0001%), so "x ≤ pct% of y" is an integer comparison. */
export const PCT_SCALE = 1e6;

interface Side {
  readonly abs: number;
  /** Percent × 10^4, an integer. */
  readonly pct: number;
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly index: number;
  readonly amount: "exact" | "any" | "tolerance";
  readonly below: Side;
  readonly above: Side;
  readonly anyDate: boolean;
  readonly before: number;
  readonly after: number;
  readonly refMode: 0 | 1 | 2;
  readonly partyMode: 0 | 1 | 2;
  /** Minimum text similarity, or -1 when the rule does not look at descriptions. */
  readonly text: number;
  readonly anyEvidence: boolean;
  readonly pattern: string | null;
  readonly sameCurrency: boolean;
  /** Absolute tolerances in minor units per currency id, filled on first use. */
  readonly absBelow: number[];
  readonly absAbove: number[];
}

export function compileRule(rule: Rule, index: number): CompiledRule {
  const side = (t: { abs?: number; pct?: number } | undefined): Side => ({
    abs: t?.abs ?? 0,
    pct: roundScaled(t?.pct ?? 0, 4),
  });
  const tolerance = typeof rule.amount === "object";
  return {
    rule,
    index,
    amount: tolerance ? "tolerance" : (rule.amount as "exact" | "any"),
    below: side(typeof rule.amount === "object" ? rule.amount.below : undefined),
    above: side(typeof rule.amount === "object" ? rule.amount.above : undefined),
    anyDate: rule.date === "any",
    before: rule.date === "any" ? 0 : rule.date.before,
    after: rule.date === "any" ? 0 : rule.date.after,
    refMode: MODE[rule.reference],
    partyMode: MODE[rule.party],
    text: rule.text ?? -1,
    anyEvidence: rule.evidence === "any",
    pattern: rule.referencePattern ?? null,
    sameCurrency: rule.currency === "same",
    absBelow: [],
    absAbove: [],
  };
}

/** The absolute tolerance below or above, in minor units of the named currency. */
function absInMinor(cr: CompiledRule, currency: string, side: "below" | "above"): number {
  const abs = (side === "below" ? cr.below : cr.above).abs;
  return abs === 0 ? 0 : roundScaled(abs, currencyDecimals(currency));
}

/** The absolute tolerance below or above, in minor units of the currency (cached per currency). */
export function absAllowance(cr: CompiledRule, ctx: Ctx, cur: number, side: "below" | "above"): number {
  const cache = side === "below" ? cr.absBelow : cr.absAbove;
  let v = cache[cur];
  if (v === undefined) {
    v = absInMinor(cr, ctx.currencies[cur] ?? "", side);
    cache[cur] = v;
  }
  return v;
}

/**
 * The largest |right − left| the tolerance could allow when one amount is `minor` (either side): a safe
 * superset for candidate search, since the percent applies to the left amount, which may be the unknown one.
 */
export function allowanceBound(cr: CompiledRule, ctx: Ctx, cur: number, minor: number): number {
  return boundWith(
    cr,
    Math.max(absAllowance(cr, ctx, cur, "below"), absAllowance(cr, ctx, cur, "above")),
    minor,
  );
}

/** allowanceBound for the named currency, outside a run (for review). */
export function allowanceBoundIn(cr: CompiledRule, currency: string, minor: number): number {
  if (cr.amount !== "tolerance") return 0;
  return boundWith(cr, Math.max(absInMinor(cr, currency, "below"), absInMinor(cr, currency, "above")), minor);
}

function boundWith(cr: CompiledRule, abs: number, minor: number): number {
  const pct = Math.max(cr.below.pct, cr.above.pct) / PCT_SCALE;
  if (pct >= 0.5) return Math.abs(minor) * 2 + abs + 1;
  return Math.max(abs, Math.ceil((pct * (Math.abs(minor) + abs)) / (1 - pct)) + 1);
}

/** |diff| ≤ pct% of |base|, exactly (BigInt only when the products leave safe integers). */
function withinPercent(diff: number, base: number, pct: number): boolean {
  if (pct === 0) return diff === 0;
  const a = Math.abs(diff) * PCT_SCALE;
  const b = Math.abs(base) * pct;
  if (a <= Number.MAX_SAFE_INTEGER && b <= Number.MAX_SAFE_INTEGER) return a <= b;
  return BigInt(Math.abs(diff)) * BigInt(PCT_SCALE) <= BigInt(Math.abs(base)) * BigInt(pct);
}

/**
 * The tolerance test for right − left = diff against the left amount: within the absolute or the
 * percent allowance of the side the difference falls on (bounds inclusive).
 */
export function withinTolerance(
  cr: CompiledRule,
  ctx: Ctx,
  cur: number,
  leftMinor: number,
  diff: number,
): boolean {
  if (diff === 0) return true;
  const side = diff < 0 ? "below" : "above";
  const abs = absAllowance(cr, ctx, cur, side);
  return Math.abs(diff) <= abs || withinPercent(diff, leftMinor, cr[side].pct);
}

/**
 * Whether the rule's amount test lets a right amount stand against a left one of the same currency, as
 * the run decides it — for callers after a run, which have the amounts but no run context.
 */
export function amountAllowed(
  cr: CompiledRule,
  currency: string,
  leftMinor: number,
  rightMinor: number,
): boolean {
  if (cr.amount === "any") return true;
  const diff = rightMinor - leftMinor;
  if (diff === 0) return true;
  if (cr.amount === "exact") return false;
  const side = diff < 0 ? "below" : "above";
  return Math.abs(diff) <= absInMinor(cr, currency, side) || withinPercent(diff, leftMinor, cr[side].pct);
}

/** How two references relate, by the rule's pattern or by fingerprint (a conflict is Near or Different). */
export function referenceLevel(ctx: Ctx, cr: CompiledRule, i: number, j: number): Level {
  if (cr.pattern !== null) {
    const a = patternKeysOf(ctx, ctx.left, cr.pattern)[i] as number;
    const b = patternKeysOf(ctx, ctx.right, cr.pattern)[j] as number;
    if (a === 0 || b === 0) return Level.Unknown;
    if (a === b) return Level.Equal;
    return nearlyEqual(ctx.refs.texts[a] as string, ctx.refs.texts[b] as string)
      ? Level.Near
      : Level.Different;
  }
  const p = ctx.left.posOf[i] as number;
  const q = ctx.right.posOf[j] as number;
  const f = fingerprintLevel(ctx.left, p, ctx.right, q);
  if (f === FP_EQUAL) return Level.Equal;
  if (f === FP_UNKNOWN) return Level.Unknown;
  return mayBeNear(ctx.left, p, ctx.right, q) &&
    nearlyEqual(normalizedReference(ctx.left, i), normalizedReference(ctx.right, j))
    ? Level.Near
    : Level.Different;
}

/** One edit apart (substitution, insertion, deletion or two adjacent characters swapped), 4+ characters. */
export function nearlyEqual(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How the parties of left row i and right row j relate. A party read from a description is weaker
 * evidence than a party cell: when the references are equal (`refEqual`), it does not rule a pair out
 * (an invoice paid by another company that quotes its number). A bank's own charge or interest line is
 * no party's payment, and a description naming several parties rules out the rest (unnamedAgainst).
 */
export function partyLevel(ctx: Ctx, i: number, j: number, refEqual = false): Level {
  const a = ctx.left.partyKey?.[i] ?? 0;
  const b = ctx.right.partyKey?.[j] ?? 0;
  if (a === 0 || b === 0) {
    if (a === b || refEqual) return Level.Unknown;
    return a === 0
      ? unnamedAgainst(ctx, ctx.left, i, ctx.right, j)
      : unnamedAgainst(ctx, ctx.right, j, ctx.left, i);
  }
  if (a === b) return Level.Equal;
  if (refEqual && ((ctx.left.partyRead?.[i] ?? 0) | (ctx.right.partyRead?.[j] ?? 0)) !== 0)
    return Level.Unknown;
  return Level.Different;
}

/**
 * Row i of `own` has no party, row j of `other` has one. Different when row i's description names
 * several parties and row j's is none of them, or when row i is a bank's own charge or interest line
 * and row j does not speak of charges, interest or a bank (bankLines.ts); else Unknown.
 */
function unnamedAgainst(ctx: Ctx, own: SideCtx, i: number, other: SideCtx, j: number): Level {
  const kind = own.partyRead?.[i] ?? 0;
  if (kind === 0 || ctx.partyNames === null) return Level.Unknown;
  if (kind === SEVERAL) {
    const beginnings = own.beginnings?.get(i) ?? [];
    return ctx.partyNames.companyBeginsWith(other.partyKey?.[j] ?? 0, beginnings)
      ? Level.Unknown
      : Level.Different;
  }
  if (kind !== BANK_OWN) return Level.Unknown;
  let seen = other.charges;
  if (seen === null) {
    seen = new Uint8Array(other.n);
    other.charges = seen;
  }
  if (seen[j] === 0) {
    const talks =
      talksOfCharges(other.rec.description[j] as string) || talksOfCharges(other.rec.party[j] as string);
    seen[j] = talks ? CHARGES_YES : CHARGES_NO;
  }
  return seen[j] === CHARGES_YES ? Level.Unknown : Level.Different;
}

const LEVEL_SCORE = [0, 0.5, 0.7, 1];

/**
 * The pair's score under the rule, or -1 when it fails. `parts`: the pair is one row of a group, so the
 * amount is judged on the group's sum, not here.
 */
export function evaluatePair(ctx: Ctx, cr: CompiledRule, i: number, j: number, parts = false): number {
  return evaluateAt(
    ctx,
    cr,
    i,
    j,
    ctx.left.posOf[i] as number,
    ctx.right.posOf[j] as number,
    parts ? PARTS : 0,
  );
}

/** evaluateAt flags: the pair is part of a group (amount judged elsewhere); the amounts are known equal. */
export const PARTS = 1;
export const SAME_AMOUNT = 2;

/**
 * evaluatePair for left row i (at position p) and right row j (at position q). Dates and references are
 * read from the position-ordered columns, so a scan in layout order touches memory in order.
 */
export function evaluateAt(
  ctx: Ctx,
  cr: CompiledRule,
  i: number,
  j: number,
  p: number,
  q: number,
  flags: number,
): number {
  const L = ctx.left;
  const R = ctx.right;
  let weight = 0;
  let sum = 0;
  if ((flags & SAME_AMOUNT) === 0) {
    const cur = L.cur[i] as number;
    if (cr.sameCurrency && cur !== R.cur[j]) return -1;
    if ((flags & PARTS) === 0 && cr.amount !== "any") {
      const diff = (R.rec.minor[j] as number) - (L.rec.minor[i] as number);
      if (cr.amount === "exact") {
        if (diff !== 0) return -1;
        sum += 3;
      } else {
        if (!withinTolerance(cr, ctx, cur, L.rec.minor[i] as number, diff)) return -1;
        const scale = Math.max(Math.abs(L.rec.minor[i] as number), 1);
        sum += 3 * (1 - Math.min(1, Math.abs(diff) / scale) * 0.5);
      }
      weight += 3;
    }
  } else {
    sum += 3;
    weight += 3;
  }
  if (!cr.anyDate) {
    const lag = (R.gDay[q] as number) - (L.gDay[p] as number);
    if (lag < -cr.before || lag > cr.after) return -1;
    const span = lag < 0 ? cr.before : cr.after;
    sum += span === 0 ? 1 : 1 - Math.abs(lag) / (span + 1);
    weight += 1;
  }
  if (ctx.rejected !== null && isRejected(ctx, i, j)) return -1;

  let required = 0;
  let met = 0;
  let refEqual = false;
  if (cr.refMode !== 0) {
    let level: Level;
    if (cr.pattern !== null) level = referenceLevel(ctx, cr, i, j);
    else {
      const f = fingerprintLevel(L, p, R, q);
      if (f === FP_EQUAL) level = Level.Equal;
      else if (f === FP_UNKNOWN) level = Level.Unknown;
      else if (cr.refMode === 2 && !cr.anyEvidence) return -1;
      else
        level =
          mayBeNear(L, p, R, q) && nearlyEqual(normalizedReference(L, i), normalizedReference(R, j))
            ? Level.Near
            : Level.Different;
    }
    if (cr.refMode === 2) {
      required++;
      if (level === Level.Equal) met++;
      else if (!cr.anyEvidence) return -1;
    } else if (level === Level.Different) return -1;
    sum += 3 * (LEVEL_SCORE[level] as number);
    weight += 3;
    refEqual = level === Level.Equal;
  }
  if (cr.partyMode !== 0) {
    const level = partyLevel(ctx, i, j, refEqual);
    if (cr.partyMode === 2) {
      required++;
      if (level === Level.Equal) met++;
      else if (!cr.anyEvidence) return -1;
    } else if (level === Level.Different) return -1;
    sum += LEVEL_SCORE[level] as number;
    weight += 1;
  }
  if (cr.text >= 0) {
    const sim = similarityOf(similarityAt(ctx, p, q));
    required++;
    if (sim >= cr.text) met++;
    else if (!cr.anyEvidence) return -1;
    sum += 2 * sim;
    weight += 2;
  }
  if (cr.anyEvidence && required > 0 && met === 0) return -1;
  return weight === 0 ? 1 : sum / weight;
}
