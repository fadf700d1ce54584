/**
 * Edits of a table's rules as the compact editor makes them: each returns new rules, dropping what became
 * empty so saved rule sets stay as small as the user's intent. Text fields parse here, with a reason when
 * the text is not what the field takes.
 */
import type { ColumnRule, ForeignKeyRule, RowRule, TableRules } from "../../../core/validate";
import { patternHazard } from "../../../core/patternSafety";

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

function prune<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

export function setTableRule(rules: TableRules, patch: Patch<TableRules>): TableRules {
  return prune({ ...rules, ...patch });
}

export function columnRuleOf(rules: TableRules, header: string): ColumnRule {
  const key = Object.keys(rules.columns ?? {}).find((k) => k.toLowerCase() === header.toLowerCase());
  return key === undefined ? {} : (rules.columns?.[key] ?? {});
}

/** Sets properties of a column's rule (undefined removes one), keyed by the header as written. */
export function setColumnRule(rules: TableRules, header: string, patch: Patch<ColumnRule>): TableRules {
  const columns: Record<string, ColumnRule> = {};
  for (const [k, v] of Object.entries(rules.columns ?? {}))
    if (k.toLowerCase() !== header.toLowerCase()) columns[k] = v;
  const next = prune({ ...columnRuleOf(rules, header), ...patch });
  if (Object.keys(next).length > 0) columns[header] = next;
  return setTableRule(rules, { columns });
}

export function clearColumnRule(rules: TableRules, header: string): TableRules {
  const cleared = Object.fromEntries(Object.keys(columnRuleOf(rules, header)).map((k) => [k, undefined]));
  return setColumnRule(rules, header, cleared);
}

/** Adds a rule id (or finding code) to the rules switched off; once only. */
export function switchOff(rules: TableRules, id: string): TableRules {
  const off = rules.off ?? [];
  return off.includes(id) ? rules : setTableRule(rules, { off: [...off, id] });
}

/** Takes a rule id (or finding code) out of the rules switched off. */
export function switchOn(rules: TableRules, id: string): TableRules {
  return setTableRule(rules, { off: (rules.off ?? []).filter((x) => x !== id) });
}

export function setMapping(rules: TableRules, field: string, header: string | null | undefined): TableRules {
  const map: Record<string, string | null> = { ...(rules.map ?? {}) };
  if (header === undefined) delete map[field];
  else map[field] = header;
  return setTableRule(rules, { map });
}

export function setLookupTable(
  rules: TableRules,
  role: keyof NonNullable<TableRules["lookups"]>,
  table?: string | null,
) {
  return setTableRule(rules, { lookups: prune({ ...(rules.lookups ?? {}), [role]: table }) });
}

export function setRowRules(rules: TableRules, rowRules: readonly RowRule[]): TableRules {
  return setTableRule(rules, { rowRules: [...rowRules] });
}

/** The list without its item at position i (an editor's remove button). */
export function without<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, k) => k !== i);
}

/** A rule's column list as a list ("Entry" and ["Entry"] are the same key). */
export function columnsOf(list: string | readonly string[] | undefined): string[] {
  if (list === undefined) return [];
  return typeof list === "string" ? [list] : [...list];
}

/** One column is stored as its name, several as a list: the JSON stays as the user would write it. */
function asColumnList(columns: readonly string[]): string | string[] {
  return columns.length === 1 ? (columns[0] as string) : [...columns];
}

/** Combinations of columns that must not repeat; empty combinations are dropped. */
export function setUniqueKeys(rules: TableRules, keys: readonly (readonly string[])[]): TableRules {
  return setTableRule(rules, { unique: keys.filter((k) => k.length > 0).map((k) => [...k]) });
}

/** The columns that identify a row; none removes the primary key. */
export function setPrimaryKey(rules: TableRules, columns: readonly string[]): TableRules {
  return setTableRule(rules, { primaryKey: columns.length === 0 ? undefined : asColumnList(columns) });
}

export interface ForeignKeyDraft {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
}

export function foreignKeysOf(rules: TableRules): ForeignKeyDraft[] {
  return (rules.foreignKeys ?? []).map((f) => ({
    columns: columnsOf(f.columns),
    table: f.table,
    references: columnsOf(f.references),
  }));
}

/**
 * Foreign keys: these columns' values must appear in those columns of another table (or of this one).
 * A key without its own columns is dropped; one whose referenced columns are not chosen yet is kept, and
 * the schema says what is missing.
 */
export function setForeignKeys(rules: TableRules, keys: readonly ForeignKeyDraft[]): TableRules {
  const foreignKeys: ForeignKeyRule[] = keys
    .filter((k) => k.columns.length > 0)
    .map((k) => ({
      columns: asColumnList(k.columns),
      table: k.table,
      references: k.references.length === 0 ? [] : asColumnList(k.references),
    }));
  return setTableRule(rules, { foreignKeys });
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly reason: string };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A bound: blank (none), a number ("1,234.5" allowed), or a date written YYYY-MM-DD. */
export function parseBound(text: string): Parsed<number | string> {
  const t = text.trim();
  if (t === "") return { ok: true, value: undefined };
  if (ISO.test(t)) return { ok: true, value: t };
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) && /\d/.test(t)
    ? { ok: true, value: n }
    : { ok: false, reason: "Enter a number, or a date written YYYY-MM-DD." };
}

/** A length in characters: blank (none) or a whole number from 0. */
export function parseLength(text: string): Parsed<number> {
  const t = text.trim();
  if (t === "") return { ok: true, value: undefined };
  return /^\d+$/.test(t)
    ? { ok: true, value: Number(t) }
    : { ok: false, reason: "Enter a whole number of characters." };
}

/** A comma-separated list: blank (none) or its trimmed, non-empty items. */
export function parseList(text: string): Parsed<string[]> {
  const items = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return { ok: true, value: items.length === 0 ? undefined : items };
}

export function parsePattern(text: string): Parsed<string> {
  const t = text.trim();
  if (t === "") return { ok: true, value: undefined };
  try {
    new RegExp(t, "u");
  } catch (e) {
    return { ok: false, reason: `Not a valid pattern: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const why = patternHazard(t);
  return why === null ? { ok: true, value: t } : { ok: false, reason: `The pattern ${why}.` };
}

/**
 * The share of a column's cells that must pass ("mostly"), written as a percentage: blank (every cell),
 * "95" or "95%" or "99.5". Stored as a fraction from 0 to 1.
 */
export function parseShare(text: string): Parsed<number> {
  const t = text.trim().replace(/\s*%$/, "");
  if (t === "") return { ok: true, value: undefined };
  const n = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  return n >= 0 && n <= 100
    ? { ok: true, value: Math.round(n * 100) / 10_000 }
    : { ok: false, reason: "Enter a percentage from 0 to 100, e.g. 95." };
}

/** A stored share as the percentage the field shows (0.95 -> "95"). */
export function showShare(v: number | undefined): string {
  return v === undefined ? "" : String(Math.round(v * 10_000) / 100);
}

export function showBound(v: number | string | undefined): string {
  return v === undefined ? "" : String(v);
}

export function showList(v: readonly (string | number | boolean)[] | undefined): string {
  return v === undefined ? "" : v.map(String).join(", ");
}
