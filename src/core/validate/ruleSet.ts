/**
 * The rule set a user keeps in the document (never in cells): versioned JSON, one entry per table, checked
 * with zod so a bad rule set becomes one readable message listing every problem, never an exception.
 */
import { z } from "zod";
import { patternProblem } from "../patternSafety";
import { FIELD_TYPES } from "./fieldTypes";
import { KIND_IDS } from "./kindIds";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD");
const bound = z.union([z.number(), isoDate]);
const columnList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Numbers compare as numbers and ISO dates as text (which orders them by date). */
function boundsCrossed(min: number | string | undefined, max: number | string | undefined): boolean {
  if (typeof min === "number" && typeof max === "number") return min > max;
  if (typeof min === "string" && typeof max === "string") return min > max;
  return false;
}

export const columnRuleSchema = z
  .strictObject({
    type: z.enum(FIELD_TYPES).optional(),
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    /** Inclusive bounds: numbers in the column's unit (1234.5 for an amount), or YYYY-MM-DD for dates. */
    min: bound.optional(),
    max: bound.optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(0).optional(),
    /** A JavaScript regular expression the whole value must match (it is anchored at both ends). */
    pattern: z
      .string()
      .min(1)
      .superRefine((pattern, ctx) => {
        const why = patternProblem(pattern, "u");
        if (why !== null) ctx.addIssue({ code: "custom", message: why });
      })
      .optional(),
    allowed: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional(),
    /** Texts that mean "no value" in this column, on top of the table's. */
    missingValues: z.array(z.string()).optional(),
    /** Compare text exactly (allowed values, unique, keys); default: ignore case like Excel lookups. */
    caseSensitive: z.boolean().optional(),
    /** Decimal places of an amount or quantity; default from the currency (amount) or 3 (quantity). */
    decimals: z.number().int().min(0).max(6).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "expected a 3-letter currency code")
      .optional(),
    dateOrder: z.enum(["YMD", "DMY", "MDY"]).optional(),
    /** Separator of a list column; default: ";" or "," whichever the cell uses. */
    separator: z.string().min(1).max(3).optional(),
    /** Great Expectations' "mostly": the rule passes when at least this share of the cells pass. */
    mostly: z.number().min(0).max(1).optional(),
    severity: z.enum(["error", "warning"]).optional(),
  })
  .refine((r) => r.minLength === undefined || r.maxLength === undefined || r.minLength <= r.maxLength, {
    message: "minLength is greater than maxLength",
  })
  .refine((r) => !boundsCrossed(r.min, r.max), { message: "min is greater than max" });

export const rowRuleSchema = z
  .strictObject({
    left: z.string().min(1),
    op: z.enum(["<", "<=", "=", "!=", ">", ">="]),
    /** Another column, or… */
    right: z.string().min(1).optional(),
    /** …a fixed value (a number, an ISO date, a text). */
    value: z.union([z.number(), z.string(), z.boolean()]).optional(),
    /** A name for the rule in reports, e.g. "due after issue". */
    name: z.string().min(1).optional(),
    severity: z.enum(["error", "warning"]).optional(),
  })
  .refine((r) => (r.right === undefined) !== (r.value === undefined), {
    message: "give exactly one of right (a column) or value",
  });

export const foreignKeySchema = z.strictObject({
  columns: columnList,
  /** The referenced table's name; "" or this table's own name for a reference within the table. */
  table: z.string(),
  references: columnList,
});

export const tableRulesSchema = z.strictObject({
  kind: z.enum([...KIND_IDS, "none", "auto"]).optional(),
  /** Order of text dates (03/04/2026); when absent it is inferred per column, and ambiguity is reported. */
  dateOrder: z.enum(["YMD", "DMY", "MDY"]).optional(),
  /** Currency of amounts when the table has no currency column. */
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "expected a 3-letter currency code")
    .optional(),
  /** Texts that mean "no value" anywhere in the table, e.g. ["-", "N/A"]. Blank cells always do. */
  missingValues: z.array(z.string()).optional(),
  /** Ledger: postings on or before this date are in a closed period. */
  lockDate: isoDate.optional(),
  /** Which header holds each field of the kind (null: the table has no such column). */
  map: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
  /** Tables the kind's rules look things up in, by table name; null: the user chose not to check that role. */
  lookups: z
    .strictObject({
      chartOfAccounts: z.string().nullable().optional(),
      items: z.string().nullable().optional(),
      people: z.string().nullable().optional(),
      rooms: z.string().nullable().optional(),
    })
    .optional(),
  /** Rules per column, keyed by header (or by the kind's field name). They add to or override the kind's. */
  columns: z.record(z.string(), columnRuleSchema).optional(),
  /** Combinations of columns whose values must not repeat (rows with a blank part are skipped). */
  unique: z.array(z.array(z.string().min(1)).min(1)).optional(),
  /** Columns that identify a row: the combination must be present and must not repeat. */
  primaryKey: columnList.optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
  rowRules: z.array(rowRuleSchema).optional(),
  /** Ids of rules to switch off, e.g. "double_booking" or "Reference:pattern". */
  off: z.array(z.string()).optional(),
});

export const ruleSetSchema = z.strictObject({
  version: z.literal(1),
  tables: z.record(z.string(), tableRulesSchema),
});

export type ColumnRule = z.infer<typeof columnRuleSchema>;
export type RowRule = z.infer<typeof rowRuleSchema>;
export type ForeignKeyRule = z.infer<typeof foreignKeySchema>;
export type TableRules = z.infer<typeof tableRulesSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
