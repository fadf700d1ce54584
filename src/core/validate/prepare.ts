/**
 * Turns a call's options into a plan: the table's rules (read from JSON when given as text), its kind
 * (chosen or detected), the columns to parse with their rules, and the run's settings. Every problem
 * with the options becomes an issue in the plan; nothing here throws on user input.
 */
import { dayFromIso } from "../dates";
import type { Issue } from "../issues";
import type { TableData } from "../table";
import { detectKind } from "./detectKind";
import { tableIssue } from "./issueAt";
import { KIND_IDS, kindIdFrom } from "./kindIds";
import { KINDS } from "./kinds";
import type { KindDef } from "./kinds/types";
import { readTableRules, tableRulesFor } from "./readRules";
import { findColumn, resolveColumns } from "./resolveColumns";
import type { RuleSet, TableRules } from "./ruleSet";
import type { LookupRole, ResolvedColumn, RunSettings, TableLookup, ValidateOptions } from "./types";
import type { ColumnMap } from "../columnMap";

export interface Plan {
  readonly rules: TableRules;
  readonly kind: KindDef | undefined;
  readonly kindHow: "chosen" | "detected" | "none";
  readonly columns: readonly ResolvedColumn[];
  readonly map: ColumnMap;
  readonly settings: RunSettings;
  readonly issues: readonly Issue[];
  readonly lookupTable: (name: string) => TableData | undefined;
  readonly lookupName: (role: LookupRole) => string | undefined;
}

function isRuleSet(v: TableRules | RuleSet): v is RuleSet {
  return "version" in v && "tables" in v;
}

function readRules(table: TableData, given: ValidateOptions["rules"], issues: Issue[]): TableRules {
  if (given === undefined) return {};
  if (typeof given !== "string" && isRuleSet(given)) return tableRulesFor(given, table.name) ?? {};
  const read = readTableRules(given, table.name);
  if (read.ok) return read.value;
  issues.push(tableIssue(table, "rules_invalid", { details: read.error }));
  return {};
}

function chooseKind(
  table: TableData,
  options: ValidateOptions,
  rules: TableRules,
  issues: Issue[],
): { kind: KindDef | undefined; how: Plan["kindHow"] } {
  const asked = options.kind ?? rules.kind ?? "auto";
  const choice = kindIdFrom(asked);
  if (choice === undefined) {
    issues.push(
      tableIssue(table, "rule_invalid", {
        rule: `kind "${asked}"`,
        reason: `it is not a table kind; use one of ${KIND_IDS.join(", ")}, "auto" or "none"`,
      }),
    );
    return { kind: undefined, how: "none" };
  }
  if (choice === "none") return { kind: undefined, how: "none" };
  if (choice !== "auto") return { kind: KINDS[choice], how: "chosen" };
  const detected = detectKind(table);
  if (detected.kind !== undefined) return { kind: KINDS[detected.kind], how: "detected" };
  const candidates =
    detected.candidates.length === 0
      ? "its headers match none of the kinds"
      : `it could be ${detected.candidates.map((c) => c.kind).join(" or ")}`;
  issues.push(tableIssue(table, "kind_undetected", { candidates }));
  return { kind: undefined, how: "none" };
}

function lookupIn(tables: TableLookup | undefined): (name: string) => TableData | undefined {
  if (tables === undefined) return () => undefined;
  if (typeof tables === "function") return tables as (name: string) => TableData | undefined;
  const list: readonly TableData[] = Array.isArray(tables)
    ? (tables as readonly TableData[])
    : [...(tables as ReadonlyMap<string, TableData>).values()];
  return (name) => {
    if (!Array.isArray(tables)) {
      const exact = (tables as ReadonlyMap<string, TableData>).get(name);
      if (exact !== undefined) return exact;
    }
    const lower = name.toLowerCase();
    return list.find((t) => t.name === name) ?? list.find((t) => t.name.toLowerCase() === lower);
  };
}

function dayOption(
  table: TableData,
  what: string,
  iso: string | undefined,
  issues: Issue[],
): number | undefined {
  if (iso === undefined) return undefined;
  const day = dayFromIso(iso);
  if (day === null)
    issues.push(
      tableIssue(table, "rule_invalid", { rule: what, reason: `"${iso}" is not a date written YYYY-MM-DD` }),
    );
  return day ?? undefined;
}

/** Names a table-level rule refers to, so those columns get parsed even without column rules. */
function referencedNames(rules: TableRules): string[] {
  const list = (v: string | readonly string[]): readonly string[] => (typeof v === "string" ? [v] : v);
  const names: string[] = [];
  for (const u of rules.unique ?? []) names.push(...u);
  if (rules.primaryKey !== undefined) names.push(...list(rules.primaryKey));
  for (const fk of rules.foreignKeys ?? []) names.push(...list(fk.columns));
  for (const r of rules.rowRules ?? []) names.push(r.left, ...(r.right === undefined ? [] : [r.right]));
  return names;
}

export function prepare(table: TableData, options: ValidateOptions): Plan {
  const issues: Issue[] = [];
  const rules = readRules(table, options.rules, issues);
  const { kind, how } = chooseKind(table, options, rules, issues);
  const resolution = resolveColumns(table, kind, rules);
  issues.push(...resolution.issues);
  const columns = [...resolution.columns];
  for (const name of referencedNames(rules)) {
    const found = findColumn(table, resolution.map, name);
    if ("problem" in found || columns.some((c) => c.index === found.index)) continue;
    columns.push({
      index: found.index,
      header: table.headers[found.index] ?? name,
      type: "any",
      rule: {},
      missing: undefined,
    });
  }
  columns.sort((a, b) => a.index - b.index);
  const settings: RunSettings = {
    dateSystem: options.dateSystem ?? 1900,
    lockDay: dayOption(table, "lockDate", options.lockDate ?? rules.lockDate, issues),
    asOfDay: dayOption(table, "asOf", options.asOf, issues),
    currency: rules.currency?.toUpperCase(),
  };
  const lookupTable = lookupIn(options.tables);
  // The run's choice wins; a rule set's null means the user chose not to check the role.
  const lookupName = (role: LookupRole): string | undefined =>
    options.lookups?.[role] ?? rules.lookups?.[role] ?? undefined;
  return {
    rules,
    kind,
    kindHow: how,
    columns,
    map: resolution.map,
    settings,
    issues,
    lookupTable,
    lookupName,
  };
}
