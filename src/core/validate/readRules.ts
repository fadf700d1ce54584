/**
 * Reads rule sets from JSON text (import, document settings, a formula argument) and writes them back
 * (export). Every failure is a value with one readable message listing each bad path; nothing throws.
 */
import type { z } from "zod";
import { ruleSetSchema, tableRulesSchema, type RuleSet, type TableRules } from "./ruleSet";

export type ReadResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** `tables."Cash Book".columns.Amount.min`: dotted, with quotes only where a name needs them. */
function renderPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path
    .map((seg, i) => {
      if (typeof seg === "number") return `[${seg}]`;
      const s = String(seg);
      const plain = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : JSON.stringify(s);
      return i === 0 ? plain : `.${plain}`;
    })
    .join("")
    .replace(/\.\[/g, "[");
}

/** One message for all of zod's findings, in document order: "path: problem; path: problem". */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${renderPath(i.path)}: ${i.message}`).join("; ");
}

function parseJson(text: string): ReadResult<unknown> {
  if (text.trim() === "") return { ok: false, error: "the rule set is empty" };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Checks an already-parsed value against the rule-set schema. */
export function checkRuleSet(value: unknown): ReadResult<RuleSet> {
  const r = ruleSetSchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: describeZodError(r.error) };
}

/** Reads a whole rule set `{ "version": 1, "tables": { … } }` from JSON text. */
export function readRuleSet(text: string): ReadResult<RuleSet> {
  const json = parseJson(text);
  return json.ok ? checkRuleSet(json.value) : json;
}

/**
 * Exports a rule set as readable JSON in the schema's key order, so exporting what was imported gives
 * the same text (and `readRuleSet` reads it back).
 */
export function writeRuleSet(ruleSet: RuleSet): string {
  const canonical = ruleSetSchema.safeParse(ruleSet);
  return `${JSON.stringify(canonical.success ? canonical.data : ruleSet, null, 2)}\n`;
}

function isRuleSetShaped(v: unknown): boolean {
  return typeof v === "object" && v !== null && ("version" in v || "tables" in v);
}

/**
 * The rules for one table from text a user supplied for it (a formula argument, `--rules file`): either
 * the rules of a single table, or a whole rule set — then its entry for `tableName` (ignoring case), or its
 * only entry. A rule set with several entries and none for this table is an error, never silently "no rules".
 */
export function readTableRules(input: string | unknown, tableName: string): ReadResult<TableRules> {
  let value: unknown = input;
  if (typeof input === "string") {
    const json = parseJson(input);
    if (!json.ok) return json;
    value = json.value;
  }
  if (!isRuleSetShaped(value)) {
    const r = tableRulesSchema.safeParse(value);
    return r.success ? { ok: true, value: r.data } : { ok: false, error: describeZodError(r.error) };
  }
  const set = checkRuleSet(value);
  if (!set.ok) return set;
  const names = Object.keys(set.value.tables);
  const own = tableRulesFor(set.value, tableName);
  if (own !== undefined) return { ok: true, value: own };
  if (names.length === 0) return { ok: true, value: {} };
  if (names.length === 1) return { ok: true, value: set.value.tables[names[0] as string] ?? {} };
  const listed = names.map((n) => JSON.stringify(n)).join(", ");
  return { ok: false, error: `the rule set has no entry for the table "${tableName}" (it has ${listed})` };
}

/** The rule-set entry for a table: its exact name, else its name ignoring case. */
export function tableRulesFor(ruleSet: RuleSet, tableName: string): TableRules | undefined {
  const tables = ruleSet.tables;
  if (Object.prototype.hasOwnProperty.call(tables, tableName)) return tables[tableName];
  const lower = tableName.toLowerCase();
  const match = Object.keys(tables).find((n) => n.toLowerCase() === lower);
  return match === undefined ? undefined : tables[match];
}
