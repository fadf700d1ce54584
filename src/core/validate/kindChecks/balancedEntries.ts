/**
 * `unbalanced_entry`: the lines of a journal entry must sum to zero per currency (debits = credits, or
 * signed amounts adding to 0), exactly in minor units. One issue per entry and currency, at the entry's
 * first line. Entries with an unreadable amount are left to the type check rather than guessed.
 */
import type { Issue } from "../../issues";
import { formatMinor } from "../../money";
import { tableIssue } from "../issueAt";
import { firstOccurrences, TextKeys } from "../keys";
import { decimalsAt } from "../show";
import { BAD, OK, type Check, type ColumnValues } from "../types";

/** Signed minor units of record i (debit − credit, or the amount): NaN when a side failed its type. */
function netAt(
  amount: ColumnValues | undefined,
  debit: ColumnValues | undefined,
  credit: ColumnValues | undefined,
  i: number,
): number {
  if (amount?.num !== undefined) {
    const s = amount.status[i];
    return s === OK ? (amount.num[i] as number) : s === BAD ? NaN : 0;
  }
  let x = 0;
  if (debit?.num !== undefined) {
    const s = debit.status[i];
    if (s === BAD) return NaN;
    if (s === OK) x += debit.num[i] as number;
  }
  if (credit?.num !== undefined) {
    const s = credit.status[i];
    if (s === BAD) return NaN;
    if (s === OK) x -= credit.num[i] as number;
  }
  return x;
}

export const balancedEntries: Check = (ctx) => {
  const entry = ctx.field("entry");
  const amount = ctx.field("amount");
  const debit = ctx.field("debit");
  const credit = ctx.field("credit");
  const currency = ctx.field("currency");
  const money = amount ?? debit ?? credit;
  if (money === undefined) return [];
  if (entry?.text === undefined) {
    const issue = tableIssue(ctx.table, "rule_not_applied", {
      rule: "unbalanced_entry",
      reason: "the table has no entry id column (Entry, Journal No, Voucher…) to group lines into entries",
    });
    return [{ rule: "unbalanced_entry", code: "rule_not_applied", checked: 0, failed: 0, issues: [issue] }];
  }
  const first = firstOccurrences(new TextKeys(entry.text, entry.col.rule.caseSensitive === true));
  const n = first.length;
  const sums = new Float64Array(n);
  const broken = new Uint8Array(n);
  const leaderCurrency = new Array<string | undefined>(n);
  // Lines in another currency than their entry's first line: rare, so a map keyed by "leader|currency".
  const others = new Map<string, { leader: number; currency: string; sum: number; at: number }>();
  const fallback = ctx.settings.currency ?? "";
  for (let i = 0; i < n; i++) {
    const leader = first[i] as number;
    if (leader < 0) continue;
    const x = netAt(amount, debit, credit, i);
    if (currency !== undefined && currency.status[i] === BAD) {
      broken[leader] = 1;
      continue;
    }
    const code = currency?.text?.[i] ?? fallback;
    if (leader === i) leaderCurrency[i] = code;
    if (x !== x) {
      broken[leader] = 1;
      continue;
    }
    if (code === leaderCurrency[leader]) {
      sums[leader] = (sums[leader] as number) + x;
    } else {
      const key = `${leader}|${code}`;
      const o = others.get(key);
      if (o === undefined) others.set(key, { leader, currency: code, sum: x, at: i });
      else o.sum += x;
    }
  }
  const issues: Issue[] = [];
  let checked = 0;
  const report = (leader: number, code: string, sum: number, at: number): void => {
    issues.push(
      money.issues.at(leader, "unbalanced_entry", {
        entry: entry.text?.[leader] ?? "",
        difference:
          code === ""
            ? formatMinor(sum, decimalsAt(money, at))
            : `${formatMinor(sum, decimalsAt(money, at))} ${code}`,
      }),
    );
  };
  for (let i = 0; i < n; i++) {
    if (first[i] !== i) continue;
    if (broken[i] === 1) continue;
    checked++;
    const sum = sums[i] as number;
    if (sum !== 0) report(i, leaderCurrency[i] ?? "", sum, i);
  }
  for (const o of others.values()) {
    if (broken[o.leader] === 1) continue;
    checked++;
    if (o.sum !== 0) report(o.leader, o.currency, o.sum, o.at);
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
