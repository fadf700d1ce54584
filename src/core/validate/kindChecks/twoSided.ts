/**
 * Debit xor credit (and paid out xor paid in, out xor in): exactly one side of a record carries a non-zero
 * amount. Cells that failed their type are left to the type check.
 */
import type { Issue } from "../../issues";
import { BAD, OK, type Check } from "../types";

/** `neitherUnless`: a field whose value makes an empty pair fine (a statement's balance-only line). */
export function twoSided(debitField: string, creditField: string, neitherUnless?: string): Check {
  return (ctx) => {
    const debit = ctx.field(debitField);
    const credit = ctx.field(creditField);
    const excuse = neitherUnless === undefined ? undefined : ctx.field(neitherUnless);
    if (debit === undefined || credit === undefined || debit.num === undefined || credit.num === undefined)
      return [];
    const both: Issue[] = [];
    const neither: Issue[] = [];
    const names = { debit: debit.col.header, credit: credit.col.header };
    let checked = 0;
    for (let i = 0; i < debit.status.length; i++) {
      if (ctx.blankRow[i] === 1 || debit.status[i] === BAD || credit.status[i] === BAD) continue;
      checked++;
      const d = debit.status[i] === OK && debit.num[i] !== 0;
      const c = credit.status[i] === OK && credit.num[i] !== 0;
      if (d && c) both.push(debit.issues.at(i, "debit_and_credit", names));
      else if (!d && !c && excuse?.status[i] !== OK)
        neither.push(debit.issues.at(i, "debit_or_credit_missing", names));
    }
    const rule = `${debit.col.header} xor ${credit.col.header}`;
    return [
      {
        rule: `${rule}:both`,
        code: "debit_and_credit",
        column: debit.col.header,
        checked,
        failed: both.length,
        issues: both,
      },
      {
        rule: `${rule}:neither`,
        code: "debit_or_credit_missing",
        column: debit.col.header,
        checked,
        failed: neither.length,
        issues: neither,
      },
    ];
  };
}
