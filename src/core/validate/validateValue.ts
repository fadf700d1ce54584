/**
 * One value against a type (and optionally a pattern): what `=BO.ISVALID(value, type, [pattern])` needs.
 * The same readers as table validation, so a cell and a column agree. Bad arguments (an unknown type, a
 * pattern that does not compile) are told apart from invalid values so a function can answer #VALUE!.
 */
import { isBlank, type Cell } from "../cell";
import type { DateOrder, DateSystem } from "../dates";
import { makeIssue, type IssueCode, type IssueParams } from "../issues";
import { currencyDecimals } from "../money";
import { anchoredPattern } from "./cellRules/pattern";
import { cellText } from "./cellText";
import { FIELD_TYPES, isFieldType, type FieldType } from "./fieldTypes";
import { isNumericType, parseNumericCell, parseTextCell, splitList, typeIssue } from "./parseCell";
import { QUANTITY_DECIMALS } from "./columnSetup";
import type { ColumnIssues } from "./issueAt";
import { patternHazard } from "../patternSafety";

export interface ValueOptions {
  readonly pattern?: string;
  readonly dateSystem?: DateSystem;
  readonly dateOrder?: DateOrder;
  /** Amounts: decimals, or the currency that sets them (default 2). */
  readonly decimals?: number;
  readonly currency?: string;
}

export type ValueCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly code: IssueCode; readonly message: string }
  | { readonly valid: false; readonly badArgument: true; readonly message: string };

const TYPE_WORDS: Readonly<Record<string, FieldType>> = {
  string: "text",
  int: "integer",
  whole: "integer",
  decimal: "number",
  float: "number",
  money: "amount",
  qty: "quantity",
  bool: "boolean",
  logical: "boolean",
  "date-time": "datetime",
  "time zone": "timezone",
  tz: "timezone",
  recurrence: "rrule",
  "e-mail": "email",
  mail: "email",
};

/** Reads a type as a user types it ("Date", "money", "e-mail"); undefined when it is none. */
export function fieldTypeFrom(text: string): FieldType | undefined {
  const t = text.trim().toLowerCase();
  return isFieldType(t) ? t : TYPE_WORDS[t];
}

/** Issues without a location: ISVALID reports on a value, not a cell of a table. */
const unlocated = {
  at<C extends IssueCode>(_i: number, code: C, params: IssueParams<C>, value?: string) {
    return makeIssue(code, {}, params, value === undefined ? undefined : { value });
  },
} as unknown as ColumnIssues;

export function validateValue(value: Cell, type: string, options: ValueOptions = {}): ValueCheck {
  const ft = fieldTypeFrom(type);
  if (ft === undefined)
    return {
      valid: false,
      badArgument: true,
      message: `"${type}" is not a type; use one of ${FIELD_TYPES.join(", ")}`,
    };
  let pattern: RegExp | undefined;
  if (options.pattern !== undefined && options.pattern !== "") {
    try {
      pattern = anchoredPattern(options.pattern);
    } catch {
      return {
        valid: false,
        badArgument: true,
        message: `"${options.pattern}" is not a valid regular expression`,
      };
    }
    const why = patternHazard(options.pattern);
    if (why !== null) return { valid: false, badArgument: true, message: `"${options.pattern}" ${why}` };
  }
  if (isBlank(value)) {
    const issue = makeIssue("required", {}, {});
    return { valid: false, code: "required", message: issue.message };
  }
  const decimals =
    options.decimals ??
    (ft === "quantity"
      ? QUANTITY_DECIMALS
      : options.currency === undefined
        ? 2
        : currencyDecimals(options.currency));
  const settings = {
    dateSystem: options.dateSystem ?? 1900,
    dateOrder: options.dateOrder,
    decimals,
    currency: options.currency,
    separator: undefined,
  };
  const ok = isNumericType(ft)
    ? !Number.isNaN(parseNumericCell(value, ft, settings))
    : ft === "list"
      ? typeof value !== "object" || value === null
      : parseTextCell(value, ft) !== undefined;
  if (!ok) {
    const issue = typeIssue(unlocated, 0, value, ft, settings);
    return { valid: false, code: issue.code as IssueCode, message: issue.message };
  }
  if (pattern !== undefined) {
    const text = cellText(value) ?? "";
    const parts = ft === "list" ? splitList(text, undefined) : [text];
    if (!parts.every((p) => pattern.test(p))) {
      const issue = makeIssue("pattern", {}, { pattern: options.pattern ?? "" });
      return { valid: false, code: "pattern", message: issue.message };
    }
  }
  return { valid: true };
}
