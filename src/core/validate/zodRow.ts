/**
 * The per-cell part of a table's rules as a zod object schema for one row (header -> cell): type,
 * required, bounds, lengths, pattern and allowed values, read by the same money/date readers. It is the
 * row-at-a-time way of checking a table — the benchmark's baseline, and an oracle the column-wise engine
 * must agree with cell for cell. Keys, lookups and the kinds' rules span rows and are not in it.
 */
import { z } from "zod";
import { isBlank, type Cell } from "../cell";
import { dayFromIso } from "../dates";
import { roundScaled } from "../money";
import { trimText } from "./cellText";
import { charLength } from "./cellRules/lengths";
import { anchoredPattern } from "./cellRules/pattern";
import { isNumericType, parseNumericCell, parseTextCell, splitList, type CellSettings } from "./parseCell";
import type { TableData } from "../table";
import { columnSetup } from "./columnSetup";
import { prepare } from "./prepare";
import type { ResolvedColumn, ValidateOptions } from "./types";

export interface ZodColumn {
  readonly column: ResolvedColumn;
  readonly settings: CellSettings;
}

function isMissing(col: ResolvedColumn, v: unknown): boolean {
  if (isBlank(v as Cell)) return true;
  return typeof v === "string" && col.missing !== undefined && col.missing.has(trimText(v));
}

function numericBound(col: ResolvedColumn, bound: number | string, decimals: number): number | undefined {
  if (col.type === "date" || col.type === "datetime") {
    const day = typeof bound === "string" ? dayFromIso(bound) : null;
    return day === null ? undefined : col.type === "date" ? day : day * 1440;
  }
  if (typeof bound !== "number") return undefined;
  return col.type === "amount" || col.type === "quantity" ? roundScaled(bound, decimals) : bound;
}

const NOT_A_VALUE = Symbol("not a value of the type");

/** The schema of one present (non-blank) cell of the column. */
function cellSchema({ column: col, settings }: ZodColumn): z.ZodType {
  const rule = col.rule;
  const type = col.type;
  if (isNumericType(type)) {
    let n = z.number();
    const min = rule.min === undefined ? undefined : numericBound(col, rule.min, settings.decimals);
    const max = rule.max === undefined ? undefined : numericBound(col, rule.max, settings.decimals);
    if (min !== undefined) n = n.min(min);
    if (max !== undefined) n = n.max(max);
    const allowed = rule.allowed?.map((v) =>
      parseNumericCell(v as Cell, type, { ...settings, dateOrder: "YMD" }),
    );
    // A cell that does not read as the type becomes something z.number() rejects (2.5 is no integer).
    const base = z.preprocess((v) => {
      const x = parseNumericCell(v as Cell, type, settings);
      return x === x ? x : NOT_A_VALUE;
    }, n);
    return allowed === undefined ? base : base.refine((x) => allowed.includes(x as number));
  }
  const exact = rule.caseSensitive === true;
  const fold = (s: string): string => (exact ? s : s.toLowerCase());
  const allowed =
    rule.allowed === undefined
      ? undefined
      : new Set(rule.allowed.map((v) => fold(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))));
  const pattern = rule.pattern === undefined ? undefined : anchoredPattern(rule.pattern);
  const items = (v: unknown): string[] =>
    type === "list"
      ? splitList(typeof v === "string" ? v : String(v), rule.separator)
      : [parseTextCell(v as Cell, type) ?? ""];
  let s: z.ZodType = z.custom<Cell>((v) =>
    type === "list" ? typeof v !== "object" : parseTextCell(v as Cell, type) !== undefined,
  );
  const length = (v: unknown): number => (type === "list" ? items(v).length : charLength(items(v)[0] ?? ""));
  if (rule.minLength !== undefined) s = s.refine((v) => length(v) >= (rule.minLength as number));
  if (rule.maxLength !== undefined) s = s.refine((v) => length(v) <= (rule.maxLength as number));
  if (pattern !== undefined) s = s.refine((v) => items(v).every((t) => pattern.test(t)));
  if (allowed !== undefined) s = s.refine((v) => items(v).every((t) => allowed.has(fold(t))));
  return s;
}

/** A zod schema for a row object keyed by header; blanks (and missing-value tokens) pass unless required. */
export function zodRowSchema(columns: readonly ZodColumn[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const zc of columns) {
    const present = cellSchema(zc);
    const col = zc.column;
    shape[col.header] = z.preprocess(
      (v) => (isMissing(col, v) ? undefined : v),
      col.rule.required === true ? present : present.optional(),
    );
  }
  return z.object(shape);
}

/**
 * The row schema of a table under the same options `validateTable` takes (kind, rules, date order).
 * Amount decimals come from the rules or the table's currency, not from each row's currency column.
 */
export function zodRowSchemaFor(table: TableData, options: ValidateOptions = {}): z.ZodObject {
  const plan = prepare(table, options);
  const declared = options.dateOrder ?? plan.rules.dateOrder;
  return zodRowSchema(
    plan.columns.map((column) => ({
      column,
      settings: columnSetup(table, column, plan.settings, declared, undefined).settings,
    })),
  );
}

/** Record i of a table as the object a row schema reads. */
export function rowObject(table: TableData, columns: readonly string[], i: number): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  columns.forEach((h) => {
    const c = table.headers.indexOf(h);
    row[h] = c < 0 ? null : (table.columns[c]?.[i] ?? null);
  });
  return row;
}
