import fc from "fast-check";
import type { Issue } from "../issues";
import { tableFromRows } from "../table";
import { sortIssueLists, statOf } from "./finish";

const table = tableFromRows({ name: "T", sheet: "S", headers: ["A", "B", "C"], records: [] });

describe("sortIssueLists", () => {
  it("orders like a stable sort by row (table-level first) then column position, across list boundaries", () => {
    const issueArb = fc.record({
      row: fc.option(fc.integer({ min: 2, max: 3_000_000 }), { nil: undefined }),
      column: fc.option(fc.constantFrom("A", "B", "C"), { nil: undefined }),
      code: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(issueArb, { maxLength: 30 }), { maxLength: 5 }), (lists) => {
        const issues = lists.map((l) => l.map((x) => ({ ...x, severity: "error", message: "" }) as Issue));
        const flat = issues.flat();
        const pos = (i: Issue) => (i.column === undefined ? 0 : ["A", "B", "C"].indexOf(i.column) + 1);
        const want = flat
          .map((i, k) => ({ i, k }))
          .sort((x, y) => (x.i.row ?? 0) - (y.i.row ?? 0) || pos(x.i) - pos(y.i) || x.k - y.k)
          .map((x) => x.i);
        expect(sortIssueLists(issues, table)).toEqual(want);
      }),
    );
  });
});

describe("statOf", () => {
  it("passes a rule within 'mostly' and turns its exceptions into warnings", () => {
    const run = { rule: "r", code: "type" as const, checked: 200, failed: 2, issues: [], mostly: 0.99 };
    expect(statOf(run)).toEqual({
      stat: {
        rule: "r",
        code: "type",
        checked: 200,
        failed: 2,
        percentFailed: 1,
        mostly: 0.99,
        passed: true,
      },
      severity: "warning",
    });
    expect(statOf({ ...run, failed: 3 }).stat.passed).toBe(false);
    expect(statOf({ ...run, checked: 0, failed: 0 }).stat.percentFailed).toBe(0);
  });
});
