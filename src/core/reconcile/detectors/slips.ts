/**
 * Keying slips between open rows of the two sides: two adjacent digits swapped (1,243.00 vs 1,234.00),
 * the sign flipped, the decimal point shifted (x10, x100, /10, /100), day and month swapped in the date.
 * Each open left row's variants (amountSlips.ts) are looked up in a hash of open right rows, so the
 * cost is linear.
 */
import { isValidYmd, isoFromDay, dayFromYmd, ymdFromDay } from "../../dates";
import { makeIssue } from "../../issues";
import { firstOnOrAfter, hashAmount } from "../amountIndex";
import { newVariants, slipBetween, variantsOf, type Slip, type Variants } from "../amountSlips";
import type { Ctx } from "../context";
import type { Finding, Match } from "../types";
import { locationOf, money, rowLabel } from "./where";

/** right.day − left.day window in which a slip counts as the same transaction. */
export interface SlipWindow {
  readonly before: number;
  readonly after: number;
}

export { slipBetween, transpositions } from "../amountSlips";

const MAX_PER_ROW = 3;
const BITSET_WORDS = 1 << 17;

/**
 * The scratch the detector reuses, made once for the process. A fresh one per run would die with the
 * run, and V8 would drop its hidden class and the optimised code of every function that reads it
 * (see specimen.ts).
 */
const SCRATCH: Variants = newVariants();

const CODE = {
  sign_flip: "recon_sign_flip",
  transposed_digits: "recon_transposed_digits",
  decimal_shift: "recon_decimal_shift",
} as const;

function slipFinding(ctx: Ctx, i: number, j: number, v: Slip, matchId?: string): Finding {
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
        out.push(slipFinding(ctx, i, items[q] as number, v.kinds[t] as Slip));
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
