/**
 * One cell read as a declared field type: a fast answer (a number, or normalised text) for the column
 * parser's hot loop, and — only for cells that fail — the issue saying why. Amounts and dates go through
 * core/money and core/dates; nothing here re-parses them.
 */
import { describeCell, isCellError, type Cell } from "../cell";
import { parseDate, parseDateDay, parseDateTime, type DateOrder, type DateSystem } from "../dates";
import type { Issue } from "../issues";
import { isCurrencyCode, parseAmount, parseAmountMinor } from "../money";
import { cellText, trimText } from "./cellText";
import { FIELD_TYPE_INFO, type FieldType } from "./fieldTypes";
import type { ColumnIssues } from "./issueAt";
import { rruleProblem } from "./rrule";
import { isTimeZone } from "./timeZones";

export interface CellSettings {
  readonly dateSystem: DateSystem;
  readonly dateOrder: DateOrder | undefined;
  /** Amounts and quantities: decimal places of the minor unit. */
  readonly decimals: number;
  readonly currency: string | undefined;
  /** List columns: item separator; undefined = ";" or "," as the cell uses. */
  readonly separator: string | undefined;
}

export type NumericType = "integer" | "number" | "amount" | "quantity" | "date" | "datetime" | "boolean";

export function isNumericType(t: FieldType): t is NumericType {
  return (
    t === "integer" ||
    t === "number" ||
    t === "amount" ||
    t === "quantity" ||
    t === "date" ||
    t === "datetime" ||
    t === "boolean"
  );
}

/** Digits, sign, point and exponent only, so Number() cannot read hex, "Infinity" or blanks. */
function isDecimalText(s: string, allowFraction: boolean): boolean {
  if (s.length === 0) return false;
  let digits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 43 || c === 45) {
      if (k !== 0 && !allowFraction) return false;
    } else if (!allowFraction || (c !== 46 && c !== 69 && c !== 101)) return false;
  }
  return digits > 0;
}

export function parseNumberCell(cell: Cell): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string") return NaN;
  const t = trimText(cell);
  return isDecimalText(t, true) ? Number(t) : NaN;
}

export function parseIntegerCell(cell: Cell): number {
  const x =
    typeof cell === "string"
      ? isDecimalText(trimText(cell), false)
        ? Number(trimText(cell))
        : NaN
      : parseNumberCell(cell);
  return Number.isSafeInteger(x) ? x : NaN;
}

const TRUE_TEXT = new Set(["true", "yes", "1"]);
const FALSE_TEXT = new Set(["false", "no", "0"]);

/** TRUE/FALSE cells, 1/0, and the texts true/false/yes/no/1/0 in any case. */
export function parseBooleanCell(cell: Cell): number {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if (typeof cell === "number") return cell === 1 ? 1 : cell === 0 ? 0 : NaN;
  if (typeof cell !== "string") return NaN;
  const t = trimText(cell).toLowerCase();
  return TRUE_TEXT.has(t) ? 1 : FALSE_TEXT.has(t) ? 0 : NaN;
}

/** A numeric-type cell (not blank): its value, or NaN when it is not of the type. */
export function parseNumericCell(cell: Cell, type: NumericType, s: CellSettings): number {
  switch (type) {
    case "amount":
    case "quantity":
      return parseAmountMinor(cell, s.decimals);
    case "date":
      return parseDateDay(cell, s.dateSystem, s.dateOrder);
    case "datetime": {
      const r = parseDateTime(cell, { system: s.dateSystem, order: s.dateOrder });
      return r.ok ? r.day * 1440 + r.minute : NaN;
    }
    case "integer":
      return parseIntegerCell(cell);
    case "number":
      return parseNumberCell(cell);
    case "boolean":
      return parseBooleanCell(cell);
  }
}

/** "USD" as typed needs no upper-casing (which would copy every cell of a currency column). */
function isUpperAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A text-like cell (not blank): its normalised text, or undefined when it is not of the type. */
export function parseTextCell(cell: Cell, type: FieldType): string | undefined {
  if (isCellError(cell)) return undefined;
  const t = cellText(cell);
  if (t === undefined) return undefined;
  switch (type) {
    case "email":
      return typeof cell === "string" && EMAIL.test(t) ? t : undefined;
    case "currency": {
      if (typeof cell !== "string") return undefined;
      const code = isUpperAscii(t) ? t : t.toUpperCase();
      return isCurrencyCode(code) ? code : undefined;
    }
    case "timezone":
      return typeof cell === "string" && isTimeZone(t) ? t : undefined;
    case "rrule":
      return typeof cell === "string" && rruleProblem(t) === undefined ? t : undefined;
    default:
      return t;
  }
}

/** Splits a list cell ("Ana; Ben", "a@x.com, b@y.com") into trimmed, non-empty items. */
export function splitList(text: string, separator: string | undefined): string[] {
  const sep = separator ?? (text.includes(";") ? ";" : ",");
  const out: string[] = [];
  for (const part of text.split(sep)) {
    const item = trimText(part);
    if (item !== "") out.push(item);
  }
  return out;
}

/** The issue for a non-blank cell that failed its type: the money and date readers' reasons where they apply. */
export function typeIssue(
  issues: ColumnIssues,
  i: number,
  cell: Cell,
  type: FieldType,
  s: CellSettings,
): Issue {
  const value = describeCell(cell);
  if (type === "amount" || type === "quantity") {
    const r = parseAmount(cell, { decimals: s.decimals });
    if (!r.ok) {
      switch (r.code) {
        case "amount_error_cell":
          return issues.at(i, "amount_error_cell", { code: isCellError(cell) ? cell.code : value }, value);
        case "amount_overflow":
          return issues.at(i, "amount_overflow", { reason: r.reason }, value);
        case "amount_precision":
          return issues.at(
            i,
            "amount_precision",
            { decimals: s.decimals, currency: s.currency ?? "this column" },
            value,
          );
        default:
          return issues.at(i, "amount_invalid", { reason: r.reason }, value);
      }
    }
  }
  if (type === "date" || type === "datetime") {
    const r =
      type === "date"
        ? parseDate(cell, { system: s.dateSystem, order: s.dateOrder })
        : parseDateTime(cell, { system: s.dateSystem, order: s.dateOrder });
    if (!r.ok) {
      switch (r.code) {
        case "date_error_cell":
          return issues.at(i, "date_error_cell", { code: isCellError(cell) ? cell.code : value }, value);
        case "date_ambiguous":
          return issues.at(
            i,
            "date_ambiguous",
            { text: cellText(cell) ?? value, readings: r.readings ?? r.reason },
            value,
          );
        case "date_out_of_range":
          return issues.at(i, "date_out_of_range", { reason: r.reason }, value);
        default:
          return issues.at(i, "date_invalid", { reason: r.reason }, value);
      }
    }
  }
  if (isCellError(cell)) return issues.at(i, "error_cell", { code: cell.code }, value);
  if (type === "rrule" && typeof cell === "string") {
    const problem = rruleProblem(trimText(cell));
    if (problem !== undefined) return issues.at(i, "rrule_invalid", { reason: problem }, value);
  }
  const info = FIELD_TYPE_INFO[type];
  return issues.at(i, "type", { expected: info.expected, example: info.example }, value);
}
