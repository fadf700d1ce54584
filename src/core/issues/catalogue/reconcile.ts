/** Codes of the reconciliation engine: rules and saved decisions, explanations of differences, the statement. */
import { defineCodes } from "./types";

export const reconcileCodes = defineCodes({
  recon_indicator_invalid: {
    severity: "error",
    message: (p: { column: string }) =>
      `${p.column} says neither debit nor credit; write DR or CR (or D/C, Af/Bij, S/H, Soll/Haben, Dare/Avere, Cargo/Abono).`,
  },
  recon_indicator_missing: {
    severity: "error",
    message: (p: { column: string; amount: string }) =>
      `The amount ${p.amount} has no ${p.column}, so it is not known which way it goes; write DR or CR.`,
  },
  recon_date_number: {
    severity: "error",
    message: (p: { value: string; day: string }) =>
      `The number ${p.value} reads as ${p.day}, no day of a reconciliation; if it is a day and month without a year (DATEV's Belegdatum writes 303 for 3 March), give the column real dates, or bring the file in with Import a ledger file… (or read it with bo), which takes the year from the batch's first line.`,
  },
  recon_datev_opened: {
    severity: "error",
    message: () =>
      "A DATEV export opened in Excel as it is: its own first line (EXTF) stands where the headers belong, and its dates have lost their year; bring it in with Import a ledger file… (or read it with bo).",
  },
  recon_amount_rounded: {
    severity: "warning",
    message: (p: {
      value: string;
      currency: string;
      decimals: number;
      readAs: string;
      column: string;
      more: number;
    }) =>
      `${p.value} has more decimal places than ${p.currency === "" ? "the currency" : p.currency} has (${p.decimals}), so it is read as ${p.readAs}${p.more > 0 ? `; so ${p.more === 1 ? "is 1 more amount" : `are ${p.more} more amounts`} in ${p.column}` : ""}. If the digits matter, correct the file or name the currency.`,
  },
  recon_indicator_unused: {
    severity: "info",
    message: (p: { column: string; amount: string }) =>
      `${p.amount} writes its amounts with signs of their own, so ${p.column} was not needed to read them.`,
  },
  recon_rules_invalid: {
    severity: "error",
    message: (p: { errors: string }) =>
      `The reconciliation rules are not valid: ${p.errors}. Fix the rules JSON or go back to the default rules.`,
  },
  recon_decision_stale: {
    severity: "warning",
    message: (p: { decision: string; reason: string }) =>
      `The saved decision "${p.decision}" no longer applies: ${p.reason}. Review these rows and decide again.`,
  },
  recon_transposed_digits: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string }) =>
      `The amount ${p.amount} reads like ${p.other} at ${p.otherAt} with two digits swapped; check which one is right.`,
  },
  recon_sign_flip: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string }) =>
      `The amount ${p.amount} is ${p.other} at ${p.otherAt} with the opposite sign; one of them may carry the wrong sign.`,
  },
  recon_decimal_shift: {
    severity: "warning",
    message: (p: { amount: string; other: string; otherAt: string; factor: string }) =>
      `The amount ${p.amount} is ${p.factor} ${p.other} at ${p.otherAt}; the decimal point may be in the wrong place.`,
  },
  recon_day_month_swap: {
    severity: "warning",
    message: (p: { date: string; other: string; otherAt: string; amount: string }) =>
      `The date ${p.date} with day and month swapped is ${p.other}, within days of the same amount ${p.amount} at ${p.otherAt}; one of the dates may be in the wrong order.`,
  },
  recon_matches_cleared: {
    severity: "warning",
    message: (p: { amount: string; otherAt: string; clearedWith: string }) =>
      `The same amount ${p.amount} as ${p.otherAt}, within days of it, which was cleared earlier against ${p.clearedWith}: if this statement repeats lines of that one (the two overlap), this line is reconciled there already; if not, it is new.`,
  },
  recon_duplicate: {
    severity: "warning",
    message: (p: { amount: string; otherAt: string }) =>
      `Looks like a duplicate of ${p.otherAt} (same amount ${p.amount}, date and description); remove one or confirm both are real.`,
  },
  recon_sums_to_difference: {
    severity: "info",
    message: (p: { amount: string; subject: string; count: number; items: string }) =>
      `The difference of ${p.amount} ${p.subject} equals the sum of ${p.count} open items: ${p.items}.`,
  },
  recon_opening_missing: {
    severity: "warning",
    message: (p: { amount: string; missing: string; other: string }) =>
      `${p.amount} remains unexplained, exactly the opening balance of ${p.other}, while ${p.missing} has none: give the opening balance of ${p.missing} and run again.`,
  },
  recon_unexplained_difference: {
    severity: "warning",
    message: (p: { amount: string; book: string; statement: string }) =>
      `After all open items and adjustments, ${p.amount} remains unexplained between ${p.book} and ${p.statement}; check the opening balances and look for missing rows.`,
  },
});
