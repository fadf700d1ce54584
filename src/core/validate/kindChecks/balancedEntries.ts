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

/** Small integer ids for the currency of each record (0: the table's default), and the codes by id. */
function currencyIds(currency: ColumnValues | undefined, n: number): { ids: Uint16Array; codes: string[] } {
  const ids = new Uint16Array(n);
  const codes = [""];
  if (currency === undefined) return { ids, codes };
  const byCode = new Map<string, number>();
  let last = "";
  let lastId = 0;
  for (let i = 0; i < n; i++) {
    const code = currency.textAt(i);
    if (code === null) continue;
    if (code !== last) {
      last = code;
      let id = byCode.get(code);
      if (id === undefined) {
        id = codes.length;
        codes.push(code);
        byCode.set(code, id);
      }
      lastId = id;
    }
    ids[i] = lastId;
  }
  return { ids, codes };
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
  const net = signedValues(amount, debit, credit, n);
  const { ids, codes } = currencyIds(currency, n);
  // Each entry's sum accumulates in place of its first line's net amount (already read when it is reached).
  const sums = net;
  const broken = new Uint8Array(n);
  // Lines in another currency than their entry's first line: rare, so a map keyed by "leader|currency".
  const others = new Map<string, { leader: number; id: number; sum: number; at: number }>();
  for (let i = 0; i < n; i++) {
    const leader = first[i] as number;
    if (leader < 0) continue;
    const x = net[i] as number;
    if (x !== x || (currency !== undefined && currency.status[i] === BAD)) {
      broken[leader] = 1;
      continue;
    }
    if (i === leader) continue;
    if (ids[i] === ids[leader]) sums[leader] = (sums[leader] as number) + x;
    else {
      const key = `${leader}|${ids[i]}`;
      const o = others.get(key);
      if (o === undefined) others.set(key, { leader, id: ids[i] as number, sum: x, at: i });
      else o.sum += x;
    }
  }
  const issues: Issue[] = [];
  let checked = 0;
  const report = (leader: number, id: number, sum: number, at: number): void => {
    const code = id === 0 ? (ctx.settings.currency ?? "") : (codes[id] ?? "");
    const amountText = formatMinor(sum, decimalsAt(money, at));
    issues.push(
      money.issues.at(leader, "unbalanced_entry", {
        entry: entry.textAt(leader) ?? "",
        difference: code === "" ? amountText : `${amountText} ${code}`,
      }),
    );
  };
  for (let i = 0; i < n; i++) {
    if (first[i] !== i || broken[i] === 1) continue;
    checked++;
    const sum = sums[i] as number;
    if (sum !== 0) report(i, ids[i] as number, sum, i);
  }
  for (const o of others.values()) {
    if (broken[o.leader] === 1) continue;
    checked++;
    if (o.sum !== 0) report(o.leader, o.id, o.sum, o.at);
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
