/** Other groups of an ambiguous many:many suggestion: both sides, netting to the same sum, sharing a row. */
import { defineRule, reconcile, recordSet } from "../../core/reconcile";
import { otherNetGroups } from "./netCandidates";
import type { ReconcileOutcome } from "./runEngine";

// Acme's invoices Alpha (100.00, 200.00) and Beta (50.00) in the books; on the statement two payments of
// 150.00 quoting Alpha and one of 50.00 quoting Beta. All of Acme nets (350.00 a side), and so does Alpha
// alone (300.00): two groups sharing rows, so the one suggested is ambiguous. A far 150.00 and a payment
// confirmed by its reference are never candidates.
const book = recordSet("left", "Ledger", [
  { day: 100, minor: 10000, party: "Acme", description: "Invoice Alpha" },
  { day: 101, minor: 20000, party: "Acme", description: "Invoice Alpha" },
  { day: 102, minor: 5000, party: "Acme", description: "Invoice Beta" },
  { day: 102, minor: 15000, reference: "CHQ-9", description: "Cheque 9" },
]);
const bank = recordSet("right", "Bank", [
  { day: 103, minor: 15000, party: "Acme", description: "Alpha" },
  { day: 104, minor: 15000, party: "Acme", description: "Alpha" },
  { day: 104, minor: 5000, party: "Acme", description: "Beta" },
  { day: 190, minor: 15000, party: "Acme", description: "Alpha" },
  { day: 103, minor: 15000, reference: "CHQ-9", description: "Cheque 9" },
]);
const rules = [
  defineRule({ id: "cheque", reference: "required", date: { before: 3, after: 3 } }),
  defineRule({ id: "net", cardinality: "many:many", autoConfirm: false, date: { before: 7, after: 7 } }),
];
const o = {
  setup: { rules, currency: "USD" },
  result: reconcile(book, bank, rules),
} as unknown as ReconcileOutcome;
const net = o.result.matches.find((m) => m.cardinality === "many:many");

describe("otherNetGroups", () => {
  it("lists other groups of both sides that net to the same sum and share a row, fewest rows first", () => {
    expect(net).toMatchObject({ status: "suggested", ambiguous: true, rule: "net" });
    const g = otherNetGroups(o, net?.id ?? "", 50);
    expect(g).toMatchObject({ rule: "net", currency: "USD", truncated: false });
    // Acme's three rows a side (not the far line, not the cheque): 0+2 or 1 against one payment and Beta
    // or a 150.00, and Alpha against Alpha; the whole group is the one suggested.
    expect(g?.looked).toEqual({ left: 3, right: 3 });
    expect(g?.total).toBe(5);
    expect(g?.groups).toHaveLength(g?.total ?? -1);
    const mine = { left: new Set(net?.left), right: new Set(net?.right) };
    const current = `${[...(net?.left ?? [])].sort()}|${[...(net?.right ?? [])].sort()}`;
    let rows = 0;
    for (const group of g?.groups ?? []) {
      const l = group.left.map((c) => c.record);
      const r = group.right.map((c) => c.record);
      expect(group.leftMinor).toBe(group.rightMinor);
      expect(group.leftMinor).toBe(group.left.reduce((t, c) => t + c.minor, 0));
      expect(l.length + r.length).toBeGreaterThanOrEqual(3);
      expect(l.length > 0 && r.length > 0).toBe(true);
      expect(l.some((i) => mine.left.has(i)) || r.some((j) => mine.right.has(j))).toBe(true);
      expect(`${[...l].sort()}|${[...r].sort()}`).not.toBe(current);
      // Never the cheque confirmed by its reference, never the 150.00 three months on.
      expect(l).not.toContain(3);
      expect(r).not.toContain(3);
      expect(r).not.toContain(4);
      expect(l.length + r.length).toBeGreaterThanOrEqual(rows);
      rows = l.length + r.length;
    }
  });

  it("finds the other whole group the run weighed: all of Acme against Alpha alone, or the reverse", () => {
    const g = otherNetGroups(o, net?.id ?? "", 50);
    const shapes = (g?.groups ?? []).map(
      (x) => `${x.left.map((c) => c.record)}|${x.right.map((c) => c.record)}`,
    );
    const alpha = "0,1|0,1";
    const acme = "0,1,2|0,1,2";
    const suggested = `${net?.left}|${net?.right}`;
    expect([alpha, acme]).toContain(suggested);
    expect(shapes).toContain(suggested === alpha ? acme : alpha);
    expect(shapes).not.toContain(suggested);
  });

  it("is null for matches that are not many:many", () => {
    const cheque = o.result.matches.find((m) => m.rule === "cheque");
    expect(cheque).toBeDefined();
    expect(otherNetGroups(o, cheque?.id ?? "")).toBeNull();
    expect(otherNetGroups(o, "no such match")).toBeNull();
  });
});
