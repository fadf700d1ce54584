/**
 * Compares two parsed values of one record exactly: dates with date-times (a date is its midnight),
 * amounts at different decimals by scaling the integers, amounts with plain numbers in minor units, text
 * ignoring case unless a column says otherwise. Values of unrelated types do not compare.
 */
import { dayFromIso } from "../../dates";
import { roundScaled } from "../../money";
import { textEquals } from "../keys";
import { decimalsAt } from "../show";
import { OK, type ColumnValues } from "../types";

export type Op = "<" | "<=" | "=" | "!=" | ">" | ">=";

type Family = "time" | "scaled" | "plain" | "text" | "boolean";

function family(cv: ColumnValues): Family {
  switch (cv.col.type) {
    case "date":
    case "datetime":
      return "time";
    case "amount":
    case "quantity":
      return "scaled";
    case "integer":
    case "number":
      return "plain";
    case "boolean":
      return "boolean";
    default:
      return "text";
  }
}

/** Whether two columns' values can be compared at all (checked once per rule, not per row). */
export function comparable(a: ColumnValues, b: ColumnValues): boolean {
  const fa = family(a);
  const fb = family(b);
  if (fa === fb) return true;
  return (fa === "scaled" && fb === "plain") || (fa === "plain" && fb === "scaled");
}

function timeAt(cv: ColumnValues, i: number): number {
  const x = cv.num?.[i] as number;
  return cv.col.type === "date" ? x * 1440 : x;
}

function sign(d: number): number {
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** a[i] compared with b[i]: -1, 0, 1, or undefined when either is not a value of its type. */
export function compareAt(a: ColumnValues, b: ColumnValues, i: number): number | undefined {
  if (a.status[i] !== OK || b.status[i] !== OK) return undefined;
  const fa = family(a);
  const fb = family(b);
  if (fa === "time") return sign(timeAt(a, i) - timeAt(b, i));
  if (fa === "scaled" || fb === "scaled") {
    const da = fa === "scaled" ? decimalsAt(a, i) : 0;
    const db = fb === "scaled" ? decimalsAt(b, i) : 0;
    const x = fa === "scaled" ? (a.num?.[i] as number) : roundScaled(a.num?.[i] as number, db);
    const y = fb === "scaled" ? (b.num?.[i] as number) : roundScaled(b.num?.[i] as number, da);
    const scaleX = fa === "scaled" && fb === "scaled" ? Math.max(0, db - da) : 0;
    const scaleY = fa === "scaled" && fb === "scaled" ? Math.max(0, da - db) : 0;
    return sign(x * 10 ** scaleX - y * 10 ** scaleY);
  }
  if (fa === "text") {
    const x = a.text?.[i] ?? a.items?.[i]?.join("; ") ?? "";
    const y = b.text?.[i] ?? b.items?.[i]?.join("; ") ?? "";
    const exact = a.col.rule.caseSensitive === true || b.col.rule.caseSensitive === true;
    if (textEquals(x, y, exact)) return 0;
    const fx = exact ? x : x.toLowerCase();
    const fy = exact ? y : y.toLowerCase();
    return fx < fy ? -1 : fx > fy ? 1 : 0;
  }
  return sign((a.num?.[i] as number) - (b.num?.[i] as number));
}

/** a[i] compared with a fixed value written in the rule, or undefined when it cannot be read as a's type. */
export function compareToValue(
  a: ColumnValues,
  i: number,
  value: number | string | boolean,
): number | undefined {
  if (a.status[i] !== OK) return undefined;
  switch (family(a)) {
    case "time": {
      if (typeof value !== "string") return undefined;
      const day = dayFromIso(value);
      if (day === null) return undefined;
      return sign(timeAt(a, i) - day * 1440);
    }
    case "scaled":
      return typeof value === "number"
        ? sign((a.num?.[i] as number) - roundScaled(value, decimalsAt(a, i)))
        : undefined;
    case "plain":
      return typeof value === "number" ? sign((a.num?.[i] as number) - value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? sign((a.num?.[i] as number) - (value ? 1 : 0)) : undefined;
    case "text": {
      const x = a.text?.[i] ?? "";
      const y = String(value);
      const exact = a.col.rule.caseSensitive === true;
      if (textEquals(x, y, exact)) return 0;
      return (exact ? x : x.toLowerCase()) < (exact ? y : y.toLowerCase()) ? -1 : 1;
    }
  }
}

/** Whether a comparison result satisfies the operator. */
export function holds(cmp: number, op: Op): boolean {
  switch (op) {
    case "<":
      return cmp < 0;
    case "<=":
      return cmp <= 0;
    case "=":
      return cmp === 0;
    case "!=":
      return cmp !== 0;
    case ">":
      return cmp > 0;
    case ">=":
      return cmp >= 0;
  }
}
