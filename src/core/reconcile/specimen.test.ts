import { reconcile } from "./reconcile";
import { recordSet } from "./records";
import { keptSpecimen, SPECIMEN_ROWS } from "./specimen";

describe("the specimen run that keeps a run's shapes alive", () => {
  it("runs once, before the first run of the process, and is kept", () => {
    expect(keptSpecimen()).toBeNull();
    const left = recordSet("left", "Ledger", [{ key: "L1", day: 45000, minor: 1000, reference: "INV-1" }]);
    const right = recordSet("right", "Bank", [{ key: "B1", day: 45001, minor: 1000, reference: "INV-1" }]);
    const first = reconcile(left, right);
    const specimen = keptSpecimen();
    expect(specimen).not.toBeNull();
    expect(first.matches.map((m) => [m.left, m.right, m.status])).toEqual([[[0], [0], "confirmed"]]);
    reconcile(left, right);
    expect(keptSpecimen()).toBe(specimen);
  });

  it("exercises every part of a run whose objects it keeps: each cardinality, suggestions, findings, a statement", () => {
    const specimen = keptSpecimen();
    if (specimen === null) throw new Error("the specimen has not run");
    const { result, contexts } = specimen;
    expect(contexts).toHaveLength(1);
    expect(result.left.size).toBeGreaterThan(SPECIMEN_ROWS / 2);
    const kinds = new Set(result.matches.map((m) => `${m.status} ${m.cardinality}`));
    for (const kind of ["confirmed 1:1", "confirmed many:1", "confirmed 1:many", "suggested 1:1"])
      expect(kinds).toContain(kind);
    expect(result.adjustments.length).toBeGreaterThan(0);
    const findings = new Set(result.findings.map((f) => f.kind));
    for (const kind of ["duplicate", "transposed_digits", "sign_flip"]) expect(findings).toContain(kind);
    expect(result.statements).toHaveLength(1);
    expect(result.matches.every((m) => m.id.startsWith("M-") && m.reason.length > 0)).toBe(true);
  });
});
