/**
 * `unbalanced_entry`: the lines of a journal entry must sum to zero per currency (debits = credits, or
 * signed amounts adding to 0), exactly in minor units. One issue per entry and currency, at the entry's
 * first line. Entries with an unreadable amount or currency are left to the type check, not guessed.
 */
import type { Issue } from "../../issues";
import { formatMinor } from "../../money";
import { columnKeys } from "../checks/columnKeys";
import { tableIssue } from "../issueAt";
import { firstOccurrences } from "../rowIndex";
import { decimalsAt } from "../show";
import { BAD, type Check, type ColumnValues } from "../types";
import { signedValues } from "./signed";

/** An entry's lines in a currency other than its first line's: rare, so gathered in a map by entry and code. */
interface Other {
  readonly leader: number;
  readonly code: string | null;
  sum: number;
  readonly at: number;
}

/**
 * Adds each line's net amount into its entry's first line (`sums` holds each record's net amount on the way
 * in, each entry's sum in its first line's currency on the way out). Lines with an unreadable amount or
 * currency break their entry; lines in another currency go to `others`.
 */
function sumEntries(
  first: Int32Array,
  sums: number[],
  currency: ColumnValues | undefined,
  broken: Uint8Array,
  others: Map<string, Other>,
): void {
  const n = first.length;
  const status = currency?.status;
  for (let i = 0; i < n; i++) {
    const leader = first[i] as number;
    if (leader < 0) continue;
    const x = sums[i] as number;
    if (x !== x || (status !== undefined && status[i] === BAD)) {
      broken[leader] = 1;
      continue;
    }
    if (i === leader) continue;
    if (currency === undefined) {
      sums[leader] = (sums[leader] as number) + x;
      continue;
    }
    const code = currency.textAt(i);
    if (code === currency.textAt(leader)) sums[leader] = (sums[leader] as number) + x;
    else addOther(others, leader, code, x, i);
  }
}

function addOther(
  others: Map<string, Other>,
  leader: number,
  code: string | null,
  x: number,
  at: number,
): void {
  const key = `${leader}|${code ?? ""}`;
  const o = others.get(key);
  if (o === undefined) others.set(key, { leader, code, sum: x, at });
  else o.sum += x;
}

export const balancedEntries: Check = (ctx) => {
  const entry = ctx.field("entry");
  const amount = ctx.field("amount");
  const debit = ctx.field("debit");
  const credit = ctx.field("credit");
  const currency = ctx.field("currency");
  const money = amount ?? debit ?? credit;
  if (money === undefined) return [];
  if (entry === undefined || entry.num !== undefined) {
    const issue = tableIssue(ctx.table, "rule_not_applied", {
      rule: "unbalanced_entry",
      reason: "the table has no entry id column (Entry, Journal No, Voucher…) to group lines into entries",
    });
    return [{ rule: "unbalanced_entry", code: "rule_not_applied", checked: 0, failed: 0, issues: [issue] }];
  }
  const n = entry.status.length;
  const first = firstOccurrences(columnKeys(entry));
  const sums = signedValues(amount, debit, credit, n);
  const broken = new Uint8Array(n);
  const others = new Map<string, Other>();
  sumEntries(first, sums, currency, broken, others);
  const issues: Issue[] = [];
  const report = (leader: number, code: string | null, sum: number, at: number): void => {
    const shown = code ?? ctx.settings.currency ?? "";
    const amountText = formatMinor(sum, decimalsAt(money, at));
    issues.push(
      money.issues.at(leader, "unbalanced_entry", {
        entry: entry.textAt(leader) ?? "",
        difference: shown === "" ? amountText : `${amountText} ${shown}`,
      }),
    );
  };
  let checked = 0;
  for (let i = 0; i < n; i++) {
    if (first[i] !== i || broken[i] === 1) continue;
    checked++;
    const sum = sums[i] as number;
    if (sum !== 0) report(i, currency?.textAt(i) ?? null, sum, i);
  }
  for (const o of others.values()) {
    if (broken[o.leader] === 1) continue;
    checked++;
    if (o.sum !== 0) report(o.leader, o.code, o.sum, o.at);
  }
  return [
    {
      rule: "unbalanced_entry",
      code: "unbalanced_entry",
      column: money.col.header,
      checked,
      failed: issues.length,
      issues,
    },
  ];
};
