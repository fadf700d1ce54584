/** Keying slips a clerk makes when typing a ledger row: swapped digits, a lost sign, a shifted decimal, day and month swapped. */
import { dayFromYmd, ymdFromDay } from "../../dates";
import { pickWeighted, type Random } from "../../random";
import type { TruthKind } from "./truth";

export interface Slip {
  readonly kind: Extract<TruthKind, "transposed_digits" | "sign_flip" | "decimal_shift" | "day_month_swap">;
  readonly day: number;
  readonly minor: number;
}

function transposed(random: Random, minor: number): number | null {
  const digits = String(Math.abs(minor));
  const spots: number[] = [];
  for (let k = 0; k + 1 < digits.length; k++) {
    if (digits[k] !== digits[k + 1] && !(k === 0 && digits[1] === "0")) spots.push(k);
  }
  if (spots.length === 0) return null;
  const k = spots[Math.floor(random() * spots.length)] as number;
  const v = Number(
    `${digits.slice(0, k)}${digits[k + 1] as string}${digits[k] as string}${digits.slice(k + 2)}`,
  );
  return minor < 0 ? -v : v;
}

function swappedDay(day: number): number | null {
  const { y, m, d } = ymdFromDay(day);
  if (d > 12 || d === m) return null;
  return dayFromYmd(y, d, m);
}

/** The ledger's (wrong) version of a row that the bank shows correctly. */
export function slipLedgerRow(random: Random, day: number, minor: number): Slip {
  const pick = pickWeighted(random, [0.35, 0.25, 0.15, 0.25]);
  if (pick === 3) {
    const swapped = swappedDay(day);
    if (swapped !== null) return { kind: "day_month_swap", day: swapped, minor };
  }
  if (pick === 2) {
    const shifted = minor % 10 === 0 && random() < 0.5 ? minor / 10 : minor * 10;
    return { kind: "decimal_shift", day, minor: shifted };
  }
  if (pick === 0 || pick === 3) {
    const t = transposed(random, minor);
    if (t !== null) return { kind: "transposed_digits", day, minor: t };
  }
  return { kind: "sign_flip", day, minor: -minor };
}
