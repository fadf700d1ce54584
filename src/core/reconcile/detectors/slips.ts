/**
 * Keying slips between open rows of the two sides: two adjacent digits swapped (1,243.00 vs 1,234.00),
 * the sign flipped, the decimal point shifted (x10, x100, /10, /100), day and month swapped in the date.
 * Each open left row's variants are looked up in a hash of open right rows, so the cost is linear.
 */
import { isValidYmd, isoFromDay, dayFromYmd, ymdFromDay } from "../../dates";
import { makeIssue } from "../../issues";
import { firstOnOrAfter } from "../amountIndex";
import type { Ctx } from "../context";
import type { Finding, FindingKind } from "../types";
import { locationOf, money, rowLabel } from "./where";

/** right.day − left.day window in which a slip counts as the same transaction. */
export interface SlipWindow {
  readonly before: number;
  readonly after: number;
}

const MAX_PER_ROW = 3;

/** Amounts one adjacent transposition away from m (same number of digits, sign kept). */
export function transpositions(m: number): number[] {
  const digits = String(Math.abs(m));
  const out: number[] = [];
  for (let k = 0; k + 1 < digits.length; k++) {
    if (digits[k] === digits[k + 1] || (k === 0 && digits[1] === "0")) continue;
    const swapped = `${digits.slice(0, k)}${digits[k + 1] as string}${digits[k] as string}${digits.slice(k + 2)}`;
    const v = Number(swapped);
    out.push(m < 0 ? -v : v);
  }
  return out;
}

function variants(m: number): { kind: FindingKind; value: number; factor: string }[] {
  const out: { kind: FindingKind; value: number; factor: string }[] = [];
  if (m === 0) return out;
  out.push({ kind: "sign_flip", value: -m, factor: "" });
  for (const v of transpositions(m)) out.push({ kind: "transposed_digits", value: v, factor: "" });
  out.push({ kind: "decimal_shift", value: m * 10, factor: "one tenth of" });
  out.push({ kind: "decimal_shift", value: m * 100, factor: "one hundredth of" });
  if (m % 10 === 0) out.push({ kind: "decimal_shift", value: m / 10, factor: "ten times" });
  if (m % 100 === 0) out.push({ kind: "decimal_shift", value: m / 100, factor: "a hundred times" });
  return out.filter((v) => Number.isSafeInteger(v.value));
}

function openRightByAmount(ctx: Ctx): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const R = ctx.right;
  for (let j = 0; j < R.n; j++) {
    if (R.matchOf[j] !== -1) continue;
    const m = R.rec.minor[j] as number;
    const list = map.get(m);
    if (list === undefined) map.set(m, [j]);
    else list.push(j);
  }
  return map;
}

const CODE = {
  sign_flip: "recon_sign_flip",
  transposed_digits: "recon_transposed_digits",
  decimal_shift: "recon_decimal_shift",
} as const;

/** Amount slips between open rows within the window. */
export function findAmountSlips(ctx: Ctx, window: SlipWindow): Finding[] {
  const L = ctx.left;
  const R = ctx.right;
  const byAmount = openRightByAmount(ctx);
  const out: Finding[] = [];
  for (let i = 0; i < L.n; i++) {
    if (L.matchOf[i] !== -1) continue;
    const m = L.rec.minor[i] as number;
    const cur = ctx.currencies[L.cur[i] as number] ?? "";
    let found = 0;
    for (const v of variants(m)) {
      for (const j of byAmount.get(v.value) ?? []) {
        const lag = (R.rec.day[j] as number) - (L.rec.day[i] as number);
        if (lag < -window.before || lag > window.after || R.cur[j] !== L.cur[i] || found >= MAX_PER_ROW)
          continue;
        found++;
        const amount = money(m, cur);
        const other = money(v.value, cur);
        const otherAt = rowLabel(R.rec, j);
        const issue =
          v.kind === "decimal_shift"
            ? makeIssue(CODE.decimal_shift, locationOf(L.rec, i), {
                amount,
                other,
                otherAt,
                factor: v.factor,
              })
            : makeIssue(CODE[v.kind as "sign_flip" | "transposed_digits"], locationOf(L.rec, i), {
                amount,
                other,
                otherAt,
              });
        out.push({ kind: v.kind, left: [i], right: [j], amount: v.value - m, currency: cur, issue });
      }
    }
  }
  return out;
}

/** Open pairs with the same amount whose dates are each other's with day and month swapped. */
export function findDayMonthSwaps(ctx: Ctx): Finding[] {
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
    for (let k = firstOnOrAfter(items, start[g] as number, end, R.rec.day, swapped); k < end; k++) {
      const j = items[k] as number;
      if ((R.rec.day[j] as number) !== swapped) break;
      if (R.matchOf[j] !== -1) continue;
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
