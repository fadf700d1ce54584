/** `pattern`: a regular expression the whole value must match (each item of a list), as Table Schema's. */
import { ColumnIssues } from "../issueAt";
import { quoted } from "./lengths";
import type { CellRuleFactory } from "./types";

/** The user's pattern, anchored at both ends. */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

export const patternRule: CellRuleFactory = (col) => {
  const pattern = col.rule.pattern;
  if (pattern === undefined) return undefined;
  const re = anchoredPattern(pattern);
  const text = ColumnIssues.text("pattern", { pattern });
  return {
    what: "pattern",
    code: "pattern",
    text: (t) => re.test(t),
    items: (items) => items.every((t) => re.test(t)),
    issue: (issues, i, cell) => issues.atText(i, "pattern", text, quoted(cell)),
  };
};
