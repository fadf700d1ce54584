/**
 * The user's rule sets, kept in the document's settings (configuration only, never in cells), one entry
 * per table. Every read goes through the zod schema: a damaged or hand-edited setting becomes a readable
 * problem, never a crash. Import merges tables into what is stored; export writes canonical JSON.
 */
import {
  readRuleSet,
  readTableRules,
  checkRuleSet,
  tableRulesFor,
  writeRuleSet,
  type ReadResult,
  type RuleSet,
  type TableRules,
} from "../../core/validate";
import type { WorkbookPort } from "../../workbook/port";

export const RULES_SETTING = "bo.validation.rules";

export const EMPTY_RULE_SET: RuleSet = { version: 1, tables: {} };

export interface StoredRules {
  readonly ruleSet: RuleSet;
  /** Why the stored rules could not be used (they are then ignored until replaced), when they could not. */
  readonly problem?: string;
}

export async function loadRuleSet(port: WorkbookPort): Promise<StoredRules> {
  const raw = await port.getSetting(RULES_SETTING);
  if (raw === null || raw === undefined) return { ruleSet: EMPTY_RULE_SET };
  const value = typeof raw === "string" ? parseOrText(raw) : raw;
  const read = checkRuleSet(value);
  return read.ok
    ? { ruleSet: read.value }
    : {
        ruleSet: EMPTY_RULE_SET,
        problem: `The rules stored in this workbook cannot be used (${read.error}); import a corrected rule set to replace them.`,
      };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function saveRuleSet(port: WorkbookPort, ruleSet: RuleSet): Promise<void> {
  const read = checkRuleSet(ruleSet);
  if (!read.ok) throw new RuleSetError(`The rules were not saved: ${read.error}.`);
  await port.setSetting(RULES_SETTING, read.value);
}

/** A rule set that cannot be stored or imported; the message lists every problem with its path. */
export class RuleSetError extends Error {
  override readonly name = "RuleSetError";
}

/** The key under which the set holds a table's rules: the stored spelling when one exists. */
function entryName(ruleSet: RuleSet, table: string): string {
  const lower = table.toLowerCase();
  return Object.keys(ruleSet.tables).find((n) => n.toLowerCase() === lower) ?? table;
}

/** The set with the table's rules replaced (or removed when `rules` is undefined or empty). */
export function withTableRules(ruleSet: RuleSet, table: string, rules: TableRules | undefined): RuleSet {
  const name = entryName(ruleSet, table);
  const tables: Record<string, TableRules> = { ...ruleSet.tables };
  delete tables[name];
  if (rules !== undefined && Object.keys(rules).length > 0) tables[name] = rules;
  return { version: 1, tables };
}

export function rulesForTable(ruleSet: RuleSet, table: string): TableRules {
  return tableRulesFor(ruleSet, table) ?? {};
}

export interface Imported {
  readonly ruleSet: RuleSet;
  /** The tables whose rules the import set. */
  readonly tables: readonly string[];
}

function isRuleSetShaped(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && ("version" in v || "tables" in v);
}

/**
 * Reads imported JSON: a whole rule set (its tables replace the stored entries of the same names, the
 * others stay), or one table's rules (for `table`). Bad JSON or a bad rule is a readable error value.
 */
export function importRules(current: RuleSet, text: string, table?: string): ReadResult<Imported> {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    // The core reader words the failure (empty text, the parser's complaint) the same way everywhere.
    const read = readRuleSet(text);
    return { ok: false, error: read.ok ? "not valid JSON" : read.error };
  }
  if (isRuleSetShaped(value)) {
    const read = checkRuleSet(value);
    if (!read.ok) return read;
    let merged = current;
    for (const [name, rules] of Object.entries(read.value.tables))
      merged = withTableRules(merged, name, rules);
    return { ok: true, value: { ruleSet: merged, tables: Object.keys(read.value.tables) } };
  }
  if (table === undefined)
    return {
      ok: false,
      error:
        'these are one table\'s rules; pick the table first, or import a whole rule set { "version": 1, "tables": { … } }',
    };
  const read = readTableRules(value, table);
  if (!read.ok) return read;
  return { ok: true, value: { ruleSet: withTableRules(current, table, read.value), tables: [table] } };
}

/** Canonical JSON of the whole set, or of one table's entry as a rule set of its own. */
export function exportRules(ruleSet: RuleSet, table?: string): string {
  if (table === undefined) return writeRuleSet(ruleSet);
  const rules = tableRulesFor(ruleSet, table);
  return writeRuleSet({
    version: 1,
    tables: rules === undefined ? {} : { [entryName(ruleSet, table)]: rules },
  });
}
