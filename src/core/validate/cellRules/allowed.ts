/**
 * `not_allowed`: a value outside the column's allowed list. Text compares ignoring case unless the rule is
 * case-sensitive; numbers, amounts and dates compare by value (allowed [0, 1] matches "1.00").
 */
import { describeCell, type Cell } from "../../cell";
import type { Issue } from "../../issues";
import { ColumnIssues } from "../issueAt";
import { TextKeys } from "../keys";
import { KeyLookup } from "../rowIndex";
import { isNumericType, parseNumericCell } from "../parseCell";
import type { CellRuleFactory } from "./types";

export const allowedRule: CellRuleFactory = (col, setup) => {
  const allowed = col.rule.allowed;
  if (allowed === undefined) return undefined;
  const listing = allowed.map((v) => String(v)).join(", ");
  const text = ColumnIssues.text("not_allowed", { allowed: listing });
  const issue = (issues: ColumnIssues, i: number, cell: Cell): Issue =>
    issues.atText(i, "not_allowed", text, describeCell(cell));
  const type = col.type;
  if (isNumericType(type)) {
    const setFor = (decimals: number): Set<number> =>
      new Set(
        allowed
          .map((v) => parseNumericCell(v as Cell, type, { ...setup.settings, dateOrder: "YMD", decimals }))
          .filter((x) => x === x),
      );
    const fixed = setFor(setup.settings.decimals);
    const rowDecimals = setup.rowDecimals;
    const sets: Set<number>[] = [];
    return {
      what: "allowed",
      code: "not_allowed",
      num: (x, i) => {
        if (rowDecimals === undefined) return fixed.has(x);
        const d = rowDecimals[i] as number;
        return (sets[d] ??= setFor(d)).has(x);
      },
      issue,
    };
  }
  const caseSensitive = col.rule.caseSensitive === true;
  const values = allowed.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)));
  const lookup = new KeyLookup(new TextKeys(values, caseSensitive));
  const probe = new TextKeys([""], caseSensitive);
  const slot = probe.values as (string | null)[];
  // Columns repeat their values: remember answers (a bounded memo, so a column of distinct texts cannot grow it).
  const memo = new Map<string, boolean>();
  const ok = (t: string): boolean => {
    let answer = memo.get(t);
    if (answer === undefined) {
      slot[0] = t;
      answer = lookup.find(probe, 0) >= 0;
      if (memo.size < 4096) memo.set(t, answer);
    }
    return answer;
  };
  return { what: "allowed", code: "not_allowed", text: ok, items: (items) => items.every(ok), issue };
};
