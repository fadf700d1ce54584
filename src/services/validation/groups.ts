/**
 * Groups a result's issues by the rule that raised them, for results shown per rule with its counts.
 * The engine reports issues and per-rule stats side by side without linking them, so each issue goes to
 * the rule with its code and column (type rules also own their column's reader codes, e.g. date_ambiguous),
 * within the rule's failure count while it lasts. Findings no rule counted (header and rule-set problems)
 * are grouped by code.
 */
import type { Issue, Severity } from "../../core/issues";
import type { RuleStat, ValidationResult } from "../../core/validate";
import { codeTitle, ruleTitle } from "./titles";
import type { IssueGroup } from "./types";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

interface Slot {
  readonly stat: RuleStat;
  readonly issues: Issue[];
}

/** Codes the column readers raise in place of the generic `type`. */
function isReaderCode(code: string): boolean {
  return (
    code === "type" ||
    code === "error_cell" ||
    code === "rrule_invalid" ||
    code.startsWith("amount_") ||
    code.startsWith("date_")
  );
}

function sameColumn(a: string | undefined, b: string | undefined): boolean {
  return (a ?? "").toLowerCase() === (b ?? "").toLowerCase();
}

type Match = (slot: Slot, issue: Issue) => boolean;

const MATCHES: readonly Match[] = [
  (s, i) => s.stat.code === i.code && sameColumn(s.stat.column, i.column),
  (s, i) =>
    s.stat.code === "type" &&
    i.code !== "date_in_future" &&
    isReaderCode(i.code) &&
    sameColumn(s.stat.column, i.column),
  (s, i) => s.stat.code === i.code,
];

/**
 * Codes the engine also raises while planning, outside any rule: such an issue joins a rule only within
 * the rule's own count, so a bad column rule is not filed under an unrelated key rule.
 */
const PLAN_CODES: ReadonlySet<string> = new Set([
  "rule_invalid",
  "rules_invalid",
  "referenced_table_missing",
  "kind_undetected",
]);

function pick(slots: readonly Slot[], issue: Issue): Slot | undefined {
  for (const matches of MATCHES) {
    let full: Slot | undefined;
    for (const s of slots) {
      if (!matches(s, issue)) continue;
      if (s.issues.length < s.stat.failed) return s;
      full ??= s;
    }
    // Some rules count units (entries, bookings) rather than issues: past the count, stay with the rule.
    if (full !== undefined && !PLAN_CODES.has(issue.code)) return full;
  }
  return undefined;
}

function worst(issues: readonly Issue[]): Severity {
  let w: Severity = "info";
  for (const i of issues) if (RANK[i.severity] > RANK[w]) w = i.severity;
  return w;
}

/** Groups with issues, most severe first, then in the order the engine ran the rules. */
export function groupIssues(result: Pick<ValidationResult, "issues" | "stats" | "columns">): IssueGroup[] {
  const slots: Slot[] = result.stats.filter((s) => s.failed > 0).map((stat) => ({ stat, issues: [] }));
  const loose = new Map<string, Issue[]>();
  for (const issue of result.issues) {
    const slot = pick(slots, issue);
    if (slot !== undefined) slot.issues.push(issue);
    else {
      const list = loose.get(issue.code) ?? [];
      list.push(issue);
      loose.set(issue.code, list);
    }
  }
  const groups: IssueGroup[] = [];
  for (const [code, issues] of loose)
    groups.push({ id: `code:${code}`, title: codeTitle(code), code, severity: worst(issues), issues });
  for (const s of slots) {
    if (s.issues.length === 0) continue;
    groups.push({
      id: s.stat.rule,
      title: ruleTitle(s.stat, result.columns),
      code: s.stat.code,
      ...(s.stat.column === undefined ? {} : { column: s.stat.column }),
      severity: worst(s.issues),
      issues: s.issues,
      stat: s.stat,
    });
  }
  // Array.prototype.sort is stable: equal severities keep the engine's order.
  return groups.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}
