/**
 * `foreign_key`: values that must exist in another table's column(s) (or this table's, for parent links).
 * Values compare as the cells show them, trimmed, ignoring case unless the column is case-sensitive. A
 * referenced table or column that is not there is one issue for the rule, not a crash.
 */
import { cellText } from "../cellText";
import type { Issue } from "../../issues";
import { tableIssue } from "../issueAt";
import { CompositeKeys, TextKeys, type KeySource } from "../keys";
import { KeyLookup } from "../rowIndex";
import type { ForeignKeyRule } from "../ruleSet";
import type { TableData } from "../../table";
import { findColumn } from "../resolveColumns";
import type { Check, CheckContext, ColumnValues, RuleRun } from "../types";
import { textKeysOf } from "./columnKeys";

const list = (v: string | readonly string[]): readonly string[] => (typeof v === "string" ? [v] : v);

/** Another table's column as trimmed text keys (blank cells have no key). */
export function targetKeys(table: TableData, index: number, caseSensitive: boolean): TextKeys {
  const cells = table.columns[index] ?? [];
  const out = new Array<string | null>(cells.length);
  for (let j = 0; j < cells.length; j++) out[j] = cellText(cells[j] ?? null) ?? null;
  return new TextKeys(out, caseSensitive);
}

function single(parts: KeySource[]): KeySource {
  return parts.length === 1 ? (parts[0] as KeySource) : new CompositeKeys(parts, "any");
}

function runForeignKey(ctx: CheckContext, fk: ForeignKeyRule): RuleRun {
  const sourceNames = list(fk.columns);
  const targetNames = list(fk.references);
  const id = `foreignKey(${sourceNames.join(", ")} -> ${fk.table === "" ? ctx.table.name : fk.table}[${targetNames.join(", ")}])`;
  const fail = (
    reason: string,
    code: "rule_invalid" | "referenced_table_missing" = "rule_invalid",
  ): RuleRun => {
    const issue =
      code === "rule_invalid"
        ? tableIssue(ctx.table, "rule_invalid", { rule: id, reason })
        : tableIssue(ctx.table, "referenced_table_missing", { name: fk.table, purpose: reason });
    return { rule: id, code, checked: 0, failed: 1, issues: [issue] };
  };
  if (sourceNames.length !== targetNames.length)
    return fail(`it lists ${sourceNames.length} column(s) but references ${targetNames.length}`);
  const self = fk.table === "" || fk.table.toLowerCase() === ctx.table.name.toLowerCase();
  const target = self ? ctx.table : ctx.lookupTable(fk.table);
  if (target === undefined) return fail(`check ${sourceNames.join(", ")}`, "referenced_table_missing");

  const sources: ColumnValues[] = [];
  for (const name of sourceNames) {
    const cv = ctx.column(name);
    if (cv === undefined) return fail(`the table has no column "${name}"`);
    sources.push(cv);
  }
  const first = sources[0] as ColumnValues;
  const caseSensitive = sources.some((s) => s.col.rule.caseSensitive === true);
  const targetParts: KeySource[] = [];
  for (const name of targetNames) {
    const found = findColumn(target, {}, name);
    if ("problem" in found) return fail(`in "${target.name}", ${found.problem}`);
    targetParts.push(targetKeys(target, found.index, caseSensitive));
  }
  const sourceKeys = single(
    sources.map((cv) => textKeysOf(cv, ctx.table.columns[cv.col.index] ?? [], caseSensitive)),
  );
  const lookup = new KeyLookup(single(targetParts));
  const where = `${target.name}[${targetNames.join(", ")}]`;
  const issues: Issue[] = [];
  let checked = 0;
  for (let i = 0; i < sourceKeys.length; i++) {
    if (sourceKeys.isBlank(i)) continue;
    checked++;
    if (lookup.find(sourceKeys, i) < 0) {
      const key = sourceKeys.show(i);
      issues.push(first.issues.at(i, "foreign_key", { key: `"${key}"`, target: where }, `"${key}"`));
    }
  }
  return { rule: id, code: "foreign_key", column: first.col.header, checked, failed: issues.length, issues };
}

export const checkForeignKeys: Check = (ctx) =>
  (ctx.rules.foreignKeys ?? []).map((fk) => runForeignKey(ctx, fk));
