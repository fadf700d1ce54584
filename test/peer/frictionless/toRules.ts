/**
 * A Frictionless Table Schema as the engine's table rules. Fields map to columns by position, as
 * Frictionless maps them, or by name under schema_sync. Text compares exactly (Table Schema has no
 * case folding). Types and formats without a counterpart make the case not expressible.
 */
import type { ColumnRule, FieldType, TableRules } from "../../../src/core/validate";

interface TsField {
  readonly name: string;
  readonly type?: string;
  readonly format?: string;
  readonly constraints?: Record<string, unknown>;
}

interface TsSchema {
  readonly fields?: readonly TsField[];
  readonly primaryKey?: string | readonly string[];
  readonly foreignKeys?: readonly {
    fields: string | string[];
    reference: { resource: string; fields: string | string[] };
  }[];
  readonly missingValues?: readonly string[];
}

const TYPES: Readonly<Record<string, FieldType>> = {
  string: "text",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
  any: "any",
};

const list = (v: string | readonly string[]): readonly string[] => (typeof v === "string" ? [v] : v);

export function toRules(
  schema: TsSchema,
  headers: readonly string[],
  sync: boolean,
  missing?: readonly string[],
): TableRules | string {
  const fields = schema.fields ?? [];
  const columnOf = new Map<string, string>();
  const columns: Record<string, ColumnRule> = {};
  for (const [k, f] of fields.entries()) {
    const header = sync ? headers.find((h) => h === f.name) : headers[k];
    if (header === undefined) {
      if (sync) continue; // schema_sync drops fields the data does not have
      return `field "${f.name}" has no column (Frictionless reports missing-label)`;
    }
    let type = TYPES[f.type ?? "any"];
    if (type === undefined) return `the ${f.type ?? ""} type has no counterpart`;
    if (f.format === "email" && type === "text") type = "email";
    else if (f.format !== undefined && f.format !== "default")
      return `the ${f.format} format has no counterpart`;
    const c = f.constraints ?? {};
    const rule: Record<string, unknown> = { type, caseSensitive: true };
    if (type === "date") rule.dateOrder = "YMD";
    const copy: Readonly<Record<string, string>> = {
      required: "required",
      unique: "unique",
      minLength: "minLength",
      maxLength: "maxLength",
      minimum: "min",
      maximum: "max",
      pattern: "pattern",
      enum: "allowed",
    };
    for (const [key, value] of Object.entries(c)) {
      const ours = copy[key];
      if (ours === undefined) return `the ${key} constraint has no counterpart`;
      rule[ours] = value;
    }
    columns[header] = rule as ColumnRule;
    columnOf.set(f.name, header);
  }
  const mapped = (names: readonly string[]): string[] | string => {
    const out = names.map((n) => columnOf.get(n));
    return out.some((n) => n === undefined) ? `a key names a field that is not a column` : (out as string[]);
  };
  const rules: TableRules & { columns: Record<string, ColumnRule> } = { columns };
  if (schema.primaryKey !== undefined) {
    const pk = mapped(list(schema.primaryKey));
    if (typeof pk === "string") return pk;
    (rules as { primaryKey?: string[] }).primaryKey = pk;
  }
  if (schema.foreignKeys !== undefined) {
    const fks = [];
    for (const fk of schema.foreignKeys) {
      if (fk.reference.resource !== "") return "a foreign key references another resource";
      const from = mapped(list(fk.fields));
      const to = mapped(list(fk.reference.fields));
      if (typeof from === "string") return from;
      if (typeof to === "string") return to;
      fks.push({ columns: from, table: "", references: to });
    }
    (rules as { foreignKeys?: unknown[] }).foreignKeys = fks;
  }
  const tokens = [...(schema.missingValues ?? []), ...(missing ?? [])].filter((t) => t !== "");
  if (tokens.length > 0) (rules as { missingValues?: string[] }).missingValues = tokens;
  return rules;
}
