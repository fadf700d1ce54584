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

function sign(d: number): number {
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The text of record i for comparing (list items joined). */
function textArray(cv: ColumnValues): readonly (string | null)[] {
  return cv.text ?? (cv.items ?? []).map((it) => (it === null ? null : it.join("; ")));
}

/** Compares a[i] with b[i] for every record: -1, 0, 1, or undefined when either is not a value of its type. */
export function comparer(a: ColumnValues, b: ColumnValues): (i: number) => number | undefined {
  const fa = family(a);
  const fb = family(b);
  const sa = a.status;
  const sb = b.status;
  const na = a.num as number[];
  const nb = b.num as number[];
  if (fa === "time") {
    const ka = a.col.type === "date" ? 1440 : 1;
    const kb = b.col.type === "date" ? 1440 : 1;
    return (i) =>
      sa[i] !== OK || sb[i] !== OK ? undefined : sign((na[i] as number) * ka - (nb[i] as number) * kb);
  }
  if (fa === "scaled" || fb === "scaled") {
    return (i) => {
      if (sa[i] !== OK || sb[i] !== OK) return undefined;
      const da = fa === "scaled" ? decimalsAt(a, i) : 0;
      const db = fb === "scaled" ? decimalsAt(b, i) : 0;
      // A plain number meets an amount at the amount's decimals; two amounts at the finer of theirs.
      const x = fa === "scaled" ? (na[i] as number) : roundScaled(na[i] as number, db);
      const y = fb === "scaled" ? (nb[i] as number) : roundScaled(nb[i] as number, da);
      const both = fa === "scaled" && fb === "scaled";
      return sign(x * 10 ** (both ? Math.max(0, db - da) : 0) - y * 10 ** (both ? Math.max(0, da - db) : 0));
    };
  }
  if (fa === "text") {
    const ta = textArray(a);
    const tb = textArray(b);
    const exact = a.col.rule.caseSensitive === true || b.col.rule.caseSensitive === true;
    return (i) => {
      if (sa[i] !== OK || sb[i] !== OK) return undefined;
      return compareText(ta[i] ?? "", tb[i] ?? "", exact);
    };
  }
  return (i) => (sa[i] !== OK || sb[i] !== OK ? undefined : sign((na[i] as number) - (nb[i] as number)));
}

function compareText(x: string, y: string, exact: boolean): number {
  if (textEquals(x, y, exact)) return 0;
  const fx = exact ? x : x.toLowerCase();
  const fy = exact ? y : y.toLowerCase();
  return fx < fy ? -1 : fx > fy ? 1 : 0;
}

/**
 * Compares a[i] with a fixed value written in a rule; undefined (no comparer) when the value cannot be
 * read as a's type, e.g. a text bound for a date column.
 */
export function valueComparer(
  a: ColumnValues,
  value: number | string | boolean,
): ((i: number) => number | undefined) | undefined {
  const s = a.status;
  const n = a.num as number[];
  switch (family(a)) {
    case "time": {
      const day = typeof value === "string" ? dayFromIso(value) : null;
      if (day === null) return undefined;
      const k = a.col.type === "date" ? 1440 : 1;
      return (i) => (s[i] !== OK ? undefined : sign((n[i] as number) * k - day * 1440));
    }
    case "scaled":
      if (typeof value !== "number") return undefined;
      return (i) => (s[i] !== OK ? undefined : sign((n[i] as number) - roundScaled(value, decimalsAt(a, i))));
    case "plain":
      if (typeof value !== "number") return undefined;
      return (i) => (s[i] !== OK ? undefined : sign((n[i] as number) - value));
    case "boolean":
      if (typeof value !== "boolean") return undefined;
      return (i) => (s[i] !== OK ? undefined : sign((n[i] as number) - (value ? 1 : 0)));
    case "text": {
      const t = textArray(a);
      const exact = a.col.rule.caseSensitive === true;
      const y = String(value);
      return (i) => (s[i] !== OK ? undefined : compareText(t[i] ?? "", y, exact));
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
