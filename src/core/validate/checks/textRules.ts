/**
 * Text constraints: `min_length` / `max_length` (characters, or items of a list) and `pattern` (a regular
 * expression the whole value must match; each item of a list).
 */
import type { Issue } from "../../issues";
import type { Check, ColumnValues, RuleRun } from "../types";
import { columnRun, countOk } from "./ruleRun";

/** Length in characters as a user counts them (a surrogate pair is one). */
export function charLength(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
      const p = s.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function lengthAt(cv: ColumnValues, i: number): number | undefined {
  const t = cv.text?.[i];
  if (t !== undefined && t !== null) return charLength(t);
  const items = cv.items?.[i];
  return items === undefined || items === null ? undefined : items.length;
}

function runLength(cv: ColumnValues, which: "minLength" | "maxLength"): RuleRun | undefined {
  const limit = cv.col.rule[which];
  if (limit === undefined) return undefined;
  const code = which === "minLength" ? "min_length" : "max_length";
  const issues: Issue[] = [];
  for (let i = 0; i < cv.status.length; i++) {
    const length = lengthAt(cv, i);
    if (length === undefined) continue;
    if (which === "minLength" ? length < limit : length > limit)
      issues.push(cv.issues.at(i, code, { limit, length }, showText(cv, i)));
  }
  return columnRun(cv, which, code, countOk(cv), issues);
}

function showText(cv: ColumnValues, i: number): string {
  const t = cv.text?.[i] ?? cv.items?.[i]?.join("; ") ?? "";
  return `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}"`;
}

/** The user's pattern, anchored at both ends as Table Schema's pattern constraint is. */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

function runPattern(cv: ColumnValues): RuleRun | undefined {
  const pattern = cv.col.rule.pattern;
  if (pattern === undefined) return undefined;
  const re = anchoredPattern(pattern);
  const issues: Issue[] = [];
  const { text, items } = cv;
  for (let i = 0; i < cv.status.length; i++) {
    const t = text?.[i];
    const bad =
      t !== undefined && t !== null ? !re.test(t) : (items?.[i]?.some((item) => !re.test(item)) ?? false);
    if (bad) issues.push(cv.issues.at(i, "pattern", { pattern }, showText(cv, i)));
  }
  return columnRun(cv, "pattern", "pattern", countOk(cv), issues);
}

export const checkTextRules: Check = (ctx) => {
  const runs: RuleRun[] = [];
  for (const cv of ctx.columns) {
    for (const run of [runLength(cv, "minLength"), runLength(cv, "maxLength"), runPattern(cv)])
      if (run !== undefined) runs.push(run);
  }
  return runs;
};
