/**
 * The chart of accounts as a tree: every parent must be an account of the chart (`foreign_key`), and
 * parent links must not loop (`account_cycle`, once per loop, at its first row).
 */
import type { Issue } from "../../issues";
import { TextKeys } from "../keys";
import { KeyLookup } from "../rowIndex";
import type { Check } from "../types";

export const accountTree: Check = (ctx) => {
  const account = ctx.field("account");
  const parent = ctx.field("parent");
  if (account?.text === undefined || parent?.text === undefined) return [];
  const accounts = account.text;
  const parents = parent.text;
  const keys = new TextKeys(accounts, account.col.rule.caseSensitive === true);
  const lookup = new KeyLookup(keys);
  const parentKeys = new TextKeys(parents, keys.caseSensitive);
  const n = account.status.length;
  const up = new Int32Array(n).fill(-1);
  const missing: Issue[] = [];
  let checked = 0;
  for (let i = 0; i < n; i++) {
    if (parentKeys.isBlank(i)) continue;
    checked++;
    const j = lookup.find(parentKeys, i);
    if (j < 0) {
      const key = `"${parents[i] ?? ""}"`;
      missing.push(
        parent.issues.at(i, "foreign_key", { key, target: `${ctx.table.name}[${account.col.header}]` }, key),
      );
    } else up[i] = j;
  }
  // Walk each chain once: 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(n);
  const cycles: Issue[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let k = start;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      walk.push(k);
      k = up[k] as number;
    }
    if (k >= 0 && state[k] === 1) {
      const loop = walk.slice(walk.indexOf(k));
      const firstRow = Math.min(...loop);
      const at = loop.indexOf(firstRow);
      const ordered = [...loop.slice(at), ...loop.slice(0, at), firstRow];
      const path = ordered.map((r) => accounts[r] ?? "").join(" → ");
      cycles.push(parent.issues.at(firstRow, "account_cycle", { path }));
    }
    for (const w of walk) state[w] = 2;
  }
  return [
    {
      rule: `${parent.col.header} in ${account.col.header}`,
      code: "foreign_key",
      column: parent.col.header,
      checked,
      failed: missing.length,
      issues: missing,
    },
    {
      rule: "account_cycle",
      code: "account_cycle",
      column: parent.col.header,
      checked,
      failed: cycles.length,
      issues: cycles,
    },
  ];
};
