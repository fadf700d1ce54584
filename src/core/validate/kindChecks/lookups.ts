/**
 * Values that must exist in a related table: ledger accounts in the chart of accounts, SKUs in the items,
 * rooms in the rooms table, attendees among the people (by name or email). The related table is found by
 * name; its column by the related kind's synonyms. A missing table is one issue, not a crash.
 */
import { detectColumnMap } from "../../columnMap";
import type { Issue } from "../../issues";
import type { TableData } from "../../table";
import { targetKeys } from "../checks/foreignKeys";
import { tableIssue } from "../issueAt";
import { TextKeys } from "../keys";
import { KeyLookup } from "../rowIndex";
import type { KindField } from "../kinds/types";
import type { Check, CheckContext, LookupRole, RuleRun } from "../types";

export interface Related {
  readonly table: TableData;
  /** Finds a value's row in the related table (-1 when absent), by any of the looked-up columns. */
  readonly find: (value: string) => number;
  readonly where: string;
}

const PURPOSE: Readonly<Record<LookupRole, string>> = {
  chartOfAccounts: "check accounts against the chart of accounts",
  items: "check SKUs against the inventory items",
  people: "check attendees against the people",
  rooms: "check rooms against the rooms table",
};

/**
 * The related table for a role, indexed on the given fields; undefined with no issue when no table is
 * named for the role, or with an issue when one is named but cannot be used.
 */
export function relatedTable(
  ctx: CheckContext,
  role: LookupRole,
  fields: readonly KindField[],
  keyFields: readonly string[],
): { related?: Related; issue?: Issue } {
  const name = ctx.lookupName(role);
  if (name === undefined) return {};
  const table = ctx.lookupTable(name);
  if (table === undefined)
    return { issue: tableIssue(ctx.table, "referenced_table_missing", { name, purpose: PURPOSE[role] }) };
  const { map } = detectColumnMap(table, fields);
  const lookups: KeyLookup[] = [];
  const headers: string[] = [];
  for (const f of keyFields) {
    const c = map[f];
    if (c === undefined) continue;
    lookups.push(new KeyLookup(targetKeys(table, c, false)));
    headers.push(table.headers[c] ?? f);
  }
  if (lookups.length === 0) {
    const wanted = keyFields.map((f) => fields.find((x) => x.name === f)?.label ?? f).join(" or ");
    return {
      issue: tableIssue(ctx.table, "rule_invalid", {
        rule: PURPOSE[role],
        reason: `the table "${table.name}" has no ${wanted} column`,
      }),
    };
  }
  const probe = new TextKeys([""], false);
  const slot = probe.values as (string | null)[];
  const find = (value: string): number => {
    slot[0] = value;
    for (const l of lookups) {
      const j = l.find(probe, 0);
      if (j >= 0) return j;
    }
    return -1;
  };
  return { related: { table, find, where: `${table.name}[${headers.join(" or ")}]` } };
}

/** Every value (or list item) of `field` must be found in the related table. */
export function mustExist(
  field: string,
  role: LookupRole,
  relatedFields: readonly KindField[],
  keyFields: readonly string[],
): Check {
  return (ctx) => {
    const cv = ctx.field(field);
    if (cv === undefined) return [];
    const rule = `${cv.col.header} in ${role}`;
    const { related, issue } = relatedTable(ctx, role, relatedFields, keyFields);
    if (issue !== undefined)
      return [{ rule, code: issue.code as never, checked: 0, failed: 1, issues: [issue] }];
    if (related === undefined) return [];
    const issues: Issue[] = [];
    let checked = 0;
    // Values repeat (a ledger uses few accounts): remember each answer by exact text.
    const seen = new Map<string, boolean>();
    let last = "";
    let lastOk = false;
    const exists = (v: string): boolean => {
      if (v === last) return lastOk;
      let ok = seen.get(v);
      if (ok === undefined) {
        ok = related.find(v) >= 0;
        seen.set(v, ok);
      }
      last = v;
      lastOk = ok;
      return ok;
    };
    const lists = cv.items;
    for (let i = 0; i < cv.status.length; i++) {
      const t = lists === undefined ? cv.textAt(i) : null;
      if (t !== null) {
        checked++;
        if (!exists(t))
          issues.push(cv.issues.at(i, "foreign_key", { key: `"${t}"`, target: related.where }, `"${t}"`));
        continue;
      }
      for (const v of lists?.[i] ?? []) {
        checked++;
        if (!exists(v))
          issues.push(cv.issues.at(i, "foreign_key", { key: `"${v}"`, target: related.where }, `"${v}"`));
      }
    }
    const run: RuleRun = {
      rule,
      code: "foreign_key",
      column: cv.col.header,
      checked,
      failed: issues.length,
      issues,
    };
    return [run];
  };
}
