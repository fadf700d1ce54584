/**
 * Decides which rules apply to which column: the kind's fields mapped from the headers (with the user's
 * mapping), overlaid with the user's column rules. Rules that name no column, or that cannot apply to the
 * column's type, become `rule_invalid` issues and are dropped — never silently ignored, never a crash.
 */
import { detectColumnMap, requireFields, type ColumnMap } from "../columnMap";
import type { Issue } from "../issues";
import type { TableData } from "../table";
import { FIELD_TYPE_INFO, type FieldType } from "./fieldTypes";
import { tableIssue } from "./issueAt";
import type { KindDef, KindField } from "./kinds/types";
import type { ColumnRule, TableRules } from "./ruleSet";
import type { ResolvedColumn } from "./types";

export interface Resolution {
  /** Columns with a kind field or a user rule, in table order. */
  readonly columns: readonly ResolvedColumn[];
  readonly map: ColumnMap;
  readonly issues: readonly Issue[];
}

/** The column a rule names: a header (ignoring case and surrounding spaces) first, else a kind field. */
export function findColumn(
  table: Pick<TableData, "headers">,
  map: ColumnMap,
  name: string,
): { index: number } | { problem: string } {
  const key = name.trim().toLowerCase();
  const hits: number[] = [];
  table.headers.forEach((h, c) => {
    if (h.trim().toLowerCase() === key) hits.push(c);
  });
  if (hits.length === 1) return { index: hits[0] as number };
  if (hits.length > 1) return { problem: `${hits.length} columns are headed "${name}"; rename one of them` };
  const mapped = map[name];
  if (mapped !== undefined) return { index: mapped };
  return { problem: `the table has no column "${name}"` };
}

const TEXT_ONLY: readonly (keyof ColumnRule)[] = ["minLength", "maxLength", "pattern"];
const NUMERIC_ONLY: readonly (keyof ColumnRule)[] = ["min", "max"];

/** Drops rule properties that cannot apply to the type, saying why. */
function applicable(
  rule: ColumnRule,
  type: FieldType,
  report: (what: string, why: string) => void,
): ColumnRule {
  const out: Record<string, unknown> = { ...rule };
  const numeric = FIELD_TYPE_INFO[type].numeric && type !== "boolean";
  const drop = (k: keyof ColumnRule, why: string): void => {
    if (out[k] === undefined) return;
    report(k, why);
    delete out[k];
  };
  if (numeric)
    for (const k of TEXT_ONLY)
      drop(k, `${k} applies to text columns, and this column holds ${FIELD_TYPE_INFO[type].expected}`);
  else
    for (const k of NUMERIC_ONLY)
      drop(k, `${k} applies to numbers, amounts and dates; give the column one of those types`);
  if (type === "date" || type === "datetime") {
    for (const k of NUMERIC_ONLY)
      if (typeof out[k] === "number") drop(k, `a date bound is written YYYY-MM-DD`);
  } else if (numeric) {
    for (const k of NUMERIC_ONLY)
      if (typeof out[k] === "string") drop(k, `a bound for ${FIELD_TYPE_INFO[type].expected} is a number`);
  }
  if (type !== "amount" && type !== "quantity") {
    drop("decimals", "decimals apply to amounts and quantities");
    drop("currency", "currency applies to amounts");
  }
  if (type !== "date" && type !== "datetime") drop("dateOrder", "dateOrder applies to dates");
  if (type !== "list") drop("separator", "separator applies to list columns");
  return out as ColumnRule;
}

function missingSet(
  table: readonly string[] | undefined,
  column: readonly string[] | undefined,
): ReadonlySet<string> | undefined {
  const all = [...(table ?? []), ...(column ?? [])].map((t) => t.trim()).filter((t) => t !== "");
  return all.length === 0 ? undefined : new Set(all);
}

/** Maps the kind's fields, overlays the user's column rules, and reports what cannot be applied. */
export function resolveColumns(table: TableData, kind: KindDef | undefined, rules: TableRules): Resolution {
  const issues: Issue[] = [];
  const fields: readonly KindField[] = kind?.fields ?? [];
  const detected = detectColumnMap(table, fields, rules.map ?? {});
  issues.push(...detected.issues);
  if (kind !== undefined)
    for (const need of kind.needs) issues.push(...requireFields(table, fields, detected.map, need));
  const map = detected.map;

  const byIndex = new Map<number, { field?: KindField; user?: ColumnRule; key?: string }>();
  for (const f of fields) {
    const c = map[f.name];
    if (c !== undefined) byIndex.set(c, { field: f });
  }
  for (const [key, user] of Object.entries(rules.columns ?? {})) {
    const found = findColumn(table, map, key);
    if ("problem" in found) {
      issues.push(tableIssue(table, "rule_invalid", { rule: `columns["${key}"]`, reason: found.problem }));
      continue;
    }
    const entry = byIndex.get(found.index) ?? {};
    if (entry.user !== undefined) {
      issues.push(
        tableIssue(table, "rule_invalid", {
          rule: `columns["${key}"]`,
          reason: `column "${table.headers[found.index] ?? key}" already has rules under "${entry.key ?? ""}"; keep one entry`,
        }),
      );
      continue;
    }
    byIndex.set(found.index, { ...entry, user, key });
  }

  const columns: ResolvedColumn[] = [];
  for (const index of [...byIndex.keys()].sort((a, b) => a - b)) {
    const { field, user, key } = byIndex.get(index) ?? {};
    const header = table.headers[index] ?? "";
    const merged: ColumnRule = {
      ...(field?.rule ?? {}),
      ...(field === undefined ? {} : { type: field.type, required: field.required === true }),
      ...(user ?? {}),
    };
    const type: FieldType = merged.type ?? "any";
    const rule = applicable(merged, type, (what, why) =>
      issues.push(
        tableIssue(
          table,
          "rule_invalid",
          { rule: `columns["${key ?? header}"].${what}`, reason: why },
          header,
        ),
      ),
    );
    const column: ResolvedColumn = {
      index,
      header,
      type,
      rule,
      missing: missingSet(rules.missingValues, rule.missingValues),
      ...(field === undefined ? {} : { field: field.name }),
    };
    columns.push(column);
  }
  return { columns, map, issues };
}
