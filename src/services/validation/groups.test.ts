/** Issues grouped by the rule that raised them, with the rule's counts; the rest grouped by code. */
import { validateTable } from "../../core/validate";
import { table } from "../../../test/support/tableLiteral";
import { groupIssues } from "./groups";

const invoices = table`Invoice No | Customer | Issue Date | Due Date | Amount | Paid
INV-1 | Ana | 2026-03-01 | 2026-03-31 | 100.00 | 100.00
INV-2 | Ben | 2026-03-01 | 2026-02-27 | 50.00 | 60.00
INV-2 | Ben | 2026-03-02 | 2026-03-30 | 70.00 |
INV-4 | Cy | 31/31/2026 | 2026-04-30 | abc |`;

describe("groupIssues", () => {
  const result = validateTable(invoices, {
    rules: { columns: { Nope: { required: true } }, rowRules: [{ left: "Amount", op: ">=", value: 60 }] },
  });
  const groups = groupIssues(result);

  it("puts every issue in exactly one group", () => {
    const all = groups.flatMap((g) => g.issues);
    expect(all.length).toBe(result.issues.length);
    expect(new Set(all).size).toBe(result.issues.length);
  });

  it("files reader codes under their column's type rule, with its counts", () => {
    const date = groups.find((g) => g.id === "Issue Date:type");
    expect(date?.issues.map((i) => i.code)).toEqual(["date_invalid"]);
    expect(date?.stat).toMatchObject({ checked: 4, failed: 1, percentFailed: 25 });
    expect(date?.title).toBe("Issue Date is a date");
    expect(groups.find((g) => g.id === "Amount:type")?.issues.map((i) => i.code)).toEqual(["amount_invalid"]);
  });

  it("files kind rules and row rules under their own rule", () => {
    expect(groups.find((g) => g.code === "due_before_issue")?.issues.map((i) => i.row)).toEqual([3]);
    expect(groups.find((g) => g.code === "paid_exceeds_amount")?.issues.map((i) => i.row)).toEqual([3]);
    const key = groups.find((g) => g.code === "duplicate_key");
    expect(key?.issues.map((i) => i.row)).toEqual([4]);
    expect(key?.title).toBe("No repeated Invoice No + Customer");
    expect(groups.find((g) => g.code === "row_rule")?.issues.map((i) => i.row)).toEqual([3]);
  });

  it("groups findings no rule counted by code, and puts errors before warnings", () => {
    const loose = groups.find((g) => g.id === "code:rule_invalid");
    expect(loose?.stat).toBeUndefined();
    expect(loose?.title).toBe("Rules that cannot apply");
    expect(loose?.issues).toHaveLength(1);
    const ranks = groups.map((g) => ({ error: 3, warning: 2, info: 1 })[g.severity]);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });
});
