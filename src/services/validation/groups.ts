/**
 * Groups a result's issues by the rule that raised them (the engine links each issue to its rule), for
 * results shown per rule with its counts. Findings of no rule (header and rule-set problems) are grouped
 * by code.
 */
import type { Issue, Severity } from "../../core/issues";
import type { RuleStat, ValidationResult } from "../../core/validate";
import { codeTitle, ruleTitle } from "./titles";
import type { IssueGroup } from "./types";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

function worst(issues: readonly Issue[]): Severity {
  let w: Severity = "info";
  for (const i of issues) if (RANK[i.severity] > RANK[w]) w = i.severity;
  return w;
}

/** Groups with issues, most severe first, then in the order the engine ran the rules. */
export function groupIssues(
  result: Pick<ValidationResult, "issues" | "stats" | "columns" | "ruleOf">,
): IssueGroup[] {
  const byRule = new Map<number, Issue[]>();
  const loose = new Map<string, Issue[]>();
  const add = <K>(map: Map<K, Issue[]>, key: K, issue: Issue) => {
    const list = map.get(key);
    if (list) list.push(issue);
    else map.set(key, [issue]);
  };
  for (const issue of result.issues) {
    const k = result.ruleOf.get(issue);
    if (k === undefined) add(loose, issue.code, issue);
    else add(byRule, k, issue);
  }
  const groups: IssueGroup[] = [];
  for (const [code, issues] of loose)
    groups.push({ id: `code:${code}`, title: codeTitle(code), code, severity: worst(issues), issues });
  const rules = [...byRule.keys()].sort((a, b) => a - b);
  for (const k of rules) {
    const stat = result.stats[k] as RuleStat;
    const issues = byRule.get(k) as Issue[];
    groups.push({
      id: stat.rule,
      title: ruleTitle(stat, result.columns),
      code: stat.code,
      ...(stat.column === undefined ? {} : { column: stat.column }),
      severity: worst(issues),
      issues,
      stat,
    });
  }
  // Array.prototype.sort is stable: equal severities keep the engine's order.
  return groups.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}
