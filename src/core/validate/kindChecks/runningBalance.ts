/**
 * `balance_break`: a bank statement's running balance must equal the previous balance plus the amounts in
 * between (rows without a balance carry their amount forward). Statements come oldest-first or
 * newest-first; the direction that stays consistent longer is taken as the statement's. Only the first
 * break is reported, with the difference, since every later balance inherits it.
 */
import type { Issue } from "../../issues";
import { formatMinor } from "../../money";
import { decimalsAt } from "../show";
import { OK, type Check, type ColumnValues } from "../types";
import { signedValues } from "./signed";

interface Scan {
  /** Consistent comparisons before the break (or all of them). */
  readonly agreed: number;
  readonly breakAt: number;
  readonly expected: number;
}

/** Walks records in the given order; `amountAt` returns minor units, 0 for blank, NaN when unreadable. */
function scan(
  order: readonly number[] | Int32Array,
  balance: ColumnValues,
  amountAt: (i: number) => number,
): Scan {
  let prev = NaN;
  let pending = 0;
  let agreed = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const b = balance.status[i] === OK ? (balance.num?.[i] as number) : NaN;
    pending += amountAt(i);
    if (b !== b) continue;
    if (prev === prev && pending === pending) {
      const expected = prev + pending;
      if (expected !== b) return { agreed, breakAt: i, expected };
      agreed++;
    }
    prev = b;
    pending = 0;
  }
  return { agreed, breakAt: -1, expected: 0 };
}

export const runningBalance: Check = (ctx) => {
  const balance = ctx.field("balance");
  const amount = ctx.field("amount");
  const paidIn = ctx.field("paidIn");
  const paidOut = ctx.field("paidOut");
  if (balance?.num === undefined || (amount === undefined && paidIn === undefined && paidOut === undefined))
    return [];
  const n = balance.status.length;
  const amounts = signedValues(amount, paidIn, paidOut, n);
  const amountAt = (i: number): number => amounts[i] as number;
  const forward = Int32Array.from({ length: n }, (_, k) => k);
  const fwd = scan(forward, balance, amountAt);
  let chosen = fwd;
  let backwardShift = false;
  if (fwd.breakAt >= 0) {
    // Newest-first: balance[i] = balance[i + 1] + amount[i], i.e. oldest-first over the reversed rows.
    const reversed = forward.slice().reverse();
    const bwd = scan(reversed, balance, amountAt);
    if (bwd.breakAt < 0 || bwd.agreed > fwd.agreed) {
      chosen = bwd;
      backwardShift = true;
    }
  }
  let comparisons = 0;
  let seen = false;
  for (let i = 0; i < n; i++) {
    if (balance.status[i] === OK) {
      if (seen) comparisons++;
      seen = true;
    }
  }
  const issues: Issue[] = [];
  if (chosen.breakAt >= 0) {
    const i = chosen.breakAt;
    const found = balance.num[i] as number;
    const d = decimalsAt(balance, i);
    issues.push(
      balance.issues.at(
        i,
        "balance_break",
        {
          expected: formatMinor(chosen.expected, d),
          found: formatMinor(found, d),
          difference: formatMinor(found - chosen.expected, d),
        },
        formatMinor(found, d),
      ),
    );
  }
  const rule = backwardShift ? "balance_break (newest first)" : "balance_break";
  return [
    {
      rule,
      code: "balance_break",
      column: balance.col.header,
      checked: comparisons,
      failed: issues.length,
      issues,
    },
  ];
};
