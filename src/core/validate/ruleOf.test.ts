/** Every issue a rule raised is linked to that rule's stats; header and rule-set findings to none. */
import { table } from "../../../test/support/tableLiteral";
import { validateTable } from "./index";

describe("ValidationResult.ruleOf", () => {
  const t = table`Invoice No | Customer | Issue Date | Due Date | Amount | Paid
  INV-1 | Ana | 2026-03-01 | 2026-03-31 | 100.00 | 100.00
  INV-2 | Ben | 2026-03-01 | 2026-02-27 | 50.00 | 60.00
  INV-2 | Ben | 2026-03-02 | 2026-03-30 | 70.00 |
  INV-4 | Cy | 31/31/2026 | 2026-04-30 | abc |`;
  const result = validateTable(t, { rules: { columns: { Nope: { required: true } } } });

  it("links each rule's issues to that rule", () => {
    const linked = result.issues.filter((i) => result.ruleOf.has(i));
    expect(linked.length).toBeGreaterThan(3);
    for (const issue of linked) {
      const stat = result.stats[result.ruleOf.get(issue) as number];
      expect(stat).toBeDefined();
      if (stat?.column !== undefined && issue.column !== undefined) expect(issue.column).toBe(stat.column);
    }
    const due = result.issues.find((i) => i.code === "due_before_issue");
    expect(result.stats[result.ruleOf.get(due!) as number]?.code).toBe("due_before_issue");
  });

  it("leaves findings of no rule unlinked", () => {
    const unknown = result.issues.find((i) => i.code === "rule_invalid" || i.code === "rule_not_applied");
    expect(unknown).toBeDefined();
    expect(result.ruleOf.has(unknown!)).toBe(false);
  });
});
