/**
 * Keying slips between open rows of the two sides: two adjacent digits swapped (1,243.00 vs 1,234.00),
 * the sign flipped, the decimal point shifted (x10, x100, /10, /100), day and month swapped in the date.
 * Each open left row's variants are looked up in a hash of open right rows, so the cost is linear.
 */
import { isValidYmd, isoFromDay, dayFromYmd, ymdFromDay } from "../../dates";
import { makeIssue } from "../../issues";
import { firstOnOrAfter, hashAmount } from "../amountIndex";
import type { Ctx } from "../context";
import type { Finding, Match } from "../types";
import { locationOf, money, rowLabel } from "./where";

/** right.day − left.day window in which a slip counts as the same transaction. */
export interface SlipWindow {
  readonly before: number;
  readonly after: number;
}

const MAX_PER_ROW = 3;
const BITSET_WORDS = 1 << 17;

/** A slip's kind and, for decimal shifts, how the amounts relate ("ten times"). */
interface Variant {
  readonly kind: "sign_flip" | "transposed_digits" | "decimal_shift";
  readonly factor: string;
}

const SIGN: Variant = { kind: "sign_flip", factor: "" };
const SWAP: Variant = { kind: "transposed_digits", factor: "" };
/** Decimal shifts: multiply by `times`, or divide by `divide` when that leaves an integer. */
const SHIFTS: readonly { readonly times: number; readonly divide: number; readonly variant: Variant }[] = [
  { times: 10, divide: 0, variant: { kind: "decimal_shift", factor: "one tenth of" } },
  { times: 100, divide: 0, variant: { kind: "decimal_shift", factor: "one hundredth of" } },
  { times: 0, divide: 10, variant: { kind: "decimal_shift", factor: "ten times" } },
  { times: 0, divide: 100, variant: { kind: "decimal_shift", factor: "a hundred times" } },
];

/** Most variants of one amount: a sign flip, 15 transpositions of 16 digits, 4 decimal shifts. */
const MAX_VARIANTS = 1 + 15 + SHIFTS.length;

/** Scratch lists of an amount's variants: the slipped values and what slip made each. */
interface Variants {
  readonly values: Float64Array;
  readonly kinds: Variant[];
  count: number;
}

function newVariants(): Variants {
  return {
    values: new Float64Array(MAX_VARIANTS),
    kinds: new Array<Variant>(MAX_VARIANTS).fill(SIGN),
    count: 0,
  };
}

/**
 * The scratch the detector reuses, made once for the process. A fresh one per run would die with the
 * run, and V8 would drop its hidden class and the optimised code of every function that reads it
 * (see specimen.ts).
 */
const SCRATCH: Variants = newVariants();

function put(out: Variants, value: number, v: Variant): void {
  out.values[out.count] = value;
  out.kinds[out.count] = v;
  out.count++;
}

/**
 * Writes every safe amount one slip away from m into `out`: the sign flipped, two adjacent digits
 * swapped (same number of digits, never a leading zero; most significant pair first), and the decimal
 * point shifted by one or two places. Digits are read by arithmetic: no string per amount.
 */
function variantsOf(m: number, out: Variants): Variants {
  out.count = 0;
  if (m === 0) return out;
  put(out, -m, SIGN);
  const abs = Math.abs(m);
  let scale = 1;
  while (scale * 10 <= abs) scale *= 10;
  // scale: the place of the leading digit. For each adjacent pair (place 10p, place p), left to right.
  for (let p = scale / 10; p >= 1; p /= 10) {
    const hi = Math.floor(abs / (p * 10)) % 10;
    const lo = Math.floor(abs / p) % 10;
    if (hi === lo || (p * 10 === scale && lo === 0)) continue;
    const swapped = abs + (lo - hi) * 9 * p;
    if (Number.isSafeInteger(swapped)) put(out, m < 0 ? -swapped : swapped, SWAP);
  }
  for (const shift of SHIFTS) {
    const value = shift.times > 0 ? m * shift.times : m % shift.divide === 0 ? m / shift.divide : NaN;
    if (Number.isSafeInteger(value)) put(out, value, shift.variant);
  }
  return out;
}

/** Amounts one adjacent transposition away from m (same number of digits, sign kept). */
export function transpositions(m: number): number[] {
  const v = variantsOf(m, newVariants());
  const out: number[] = [];
  for (let k = 0; k < v.count; k++) if (v.kinds[k] === SWAP) out.push(v.values[k] as number);
  return out;
}

/** How `a` (left) became `b` (right) by one slip, or null. */
export function slipBetween(a: number, b: number, scratch: Variants = newVariants()): Variant | null {
  const v = variantsOf(a, scratch);
  for (let k = 0; k < v.count; k++) if (v.values[k] === b) return v.kinds[k] as Variant;
  return null;
}

const CODE = {
  sign_flip: "recon_sign_flip",
  transposed_digits: "recon_transposed_digits",
  decimal_shift: "recon_decimal_shift",
} as const;

function slipFinding(ctx: Ctx, i: number, j: number, v: Variant, matchId?: string): Finding {
  const L = ctx.left;
  const m = L.rec.minor[i] as number;
  const other = ctx.right.rec.minor[j] as number;
  const cur = ctx.currencies[L.cur[i] as number] ?? "";
  const params = { amount: money(m, cur), other: money(other, cur), otherAt: rowLabel(ctx.right.rec, j) };
  const issue =
    v.kind === "decimal_shift"
      ? makeIssue(CODE.decimal_shift, locationOf(L.rec, i), { ...params, factor: v.factor })
      : makeIssue(CODE[v.kind], locationOf(L.rec, i), params);
  return {
    kind: v.kind,
    left: [i],
    right: [j],
    amount: other - m,
    currency: cur,
    issue,
    ...(matchId === undefined ? {} : { matchId }),
  };
}

/**
 * Amount slips: open left rows whose amount, slipped, is an open right row's within the window; and 1:1
 * matches whose two amounts are one slip apart (a transposition inside the tolerance is still a slip).
 */
export function findAmountSlips(ctx: Ctx, window: SlipWindow, matches: readonly Match[]): Finding[] {
  const L = ctx.left;
  const R = ctx.right;
  const out: Finding[] = [];
  // Most slipped amounts exist nowhere: a small bitset of the open right amounts (it stays in cache)
  // answers "no" before any lookup in the amount table.
  const bits = new Uint32Array(BITSET_WORDS);
  const scratch = SCRATCH;
  for (let j = 0; j < R.n; j++) {
    if (R.matchOf[j] !== -1) continue;
    const h = hashAmount(R.rec.minor[j] as number, R.cur[j] as number) & (BITSET_WORDS * 32 - 1);
    bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
  }
  for (let i = 0; i < L.n; i++) {
    if (L.matchOf[i] !== -1) continue;
    const c = L.cur[i] as number;
    const day = L.rec.day[i] as number;
    let found = 0;
    const v = variantsOf(L.rec.minor[i] as number, scratch);
    for (let t = 0; t < v.count && found < MAX_PER_ROW; t++) {
      const value = v.values[t] as number;
      const h = hashAmount(value, c) & (BITSET_WORDS * 32 - 1);
      if (((bits[h >>> 5] as number) & (1 << (h & 31))) === 0) continue;
      const g = ctx.amounts.find(value, c);
      if (g < 0) continue;
      const { start, items } = R.byGroup;
      const end = start[g + 1] as number;
      for (
        let q = firstOnOrAfter(items, start[g] as number, end, R.rec.day, day - window.before);
        q < end;
        q++
      ) {
        if ((R.gDay[q] as number) > day + window.after || found >= MAX_PER_ROW) break;
        if (R.gTaken[q] !== 0) continue;
        found++;
        out.push(slipFinding(ctx, i, items[q] as number, v.kinds[t] as Variant));
      }
    }
  }
  for (const m of matches) {
    if (m.difference === 0 || m.left.length !== 1 || m.right.length !== 1) continue;
    const i = m.left[0] as number;
    const j = m.right[0] as number;
    const v = slipBetween(L.rec.minor[i] as number, R.rec.minor[j] as number, scratch);
    if (v !== null) out.push(slipFinding(ctx, i, j, v, m.id));
  }
  return out;
}

/**
 * Open pairs with the same amount where the left date, with day and month swapped, falls in the window
 * of the right date (the bank still books a few days after the ledger's true date).
 */
export function findDayMonthSwaps(ctx: Ctx, window: SlipWindow): Finding[] {
  const L = ctx.left;
  const R = ctx.right;
  const out: Finding[] = [];
  for (let i = 0; i < L.n; i++) {
    if (L.matchOf[i] !== -1) continue;
    const { y, m, d } = ymdFromDay(L.rec.day[i] as number);
    if (d > 12 || d === m || !isValidYmd(y, d, m)) continue;
    const swapped = dayFromYmd(y, d, m);
    const g = L.group[i] as number;
    const { start, items } = R.byGroup;
    const end = start[g + 1] as number;
    for (
      let q = firstOnOrAfter(items, start[g] as number, end, R.rec.day, swapped - window.before);
      q < end;
      q++
    ) {
      if ((R.gDay[q] as number) > swapped + window.after) break;
      if (R.gTaken[q] !== 0) continue;
      const j = items[q] as number;
      const cur = ctx.currencies[L.cur[i] as number] ?? "";
      const issue = makeIssue("recon_day_month_swap", locationOf(L.rec, i), {
        date: isoFromDay(L.rec.day[i] as number),
        other: isoFromDay(swapped),
        otherAt: rowLabel(R.rec, j),
        amount: money(L.rec.minor[i] as number, cur),
      });
      out.push({
        kind: "day_month_swap",
        left: [i],
        right: [j],
        amount: L.rec.minor[i] as number,
        currency: cur,
        issue,
      });
      break;
    }
  }
  return out;
}
