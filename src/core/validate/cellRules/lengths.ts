/** `min_length` / `max_length`: characters of a text (a surrogate pair is one), or items of a list. */
import type { Cell } from "../../cell";
import { cellText } from "../cellText";
import { splitList } from "../parseCell";
import type { CellRuleFactory } from "./types";

/** Length in characters as a user counts them. */
export function charLength(s: string): number {
  let n = s.length;
  for (let k = 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

/** The value as it reads in a message, cut to a readable length. */
export function quoted(cell: Cell): string {
  const t = cellText(cell) ?? "";
  return `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}"`;
}

function lengthRule(which: "minLength" | "maxLength"): CellRuleFactory {
  return (col) => {
    const limit = col.rule[which];
    if (limit === undefined) return undefined;
    const min = which === "minLength";
    const code = min ? "min_length" : "max_length";
    const separator = col.rule.separator;
    return {
      what: which,
      code,
      // Characters never outnumber UTF-16 units, so most texts are decided without counting.
      text: min
        ? (t) => t.length >= 2 * limit || charLength(t) >= limit
        : (t) => t.length <= limit || charLength(t) <= limit,
      items: min ? (items) => items.length >= limit : (items) => items.length <= limit,
      issue: (issues, i, cell) => {
        const t = cellText(cell) ?? "";
        const length = col.type === "list" ? splitList(t, separator).length : charLength(t);
        return issues.at(i, code, { limit, length }, quoted(cell));
      },
    };
  };
}

export const minLengthRule = lengthRule("minLength");
export const maxLengthRule = lengthRule("maxLength");
