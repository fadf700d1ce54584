/**
 * Other candidates of a one-to-one match (within its rule's amount and date limits, not confirmed
 * elsewhere) and other groups of a split.
 */
import { DEFAULT_RULES, defineRule, reconcile, recordSet } from "../../core/reconcile";
import { otherCandidates, otherGroups } from "./candidates";
import type { ReconcileOutcome } from "./runEngine";

// Two book payments of 9.99 on 2 March and two bank lines of 9.99: twins, so both pairs are ambiguous.
// A third bank 9.99 is far outside any window; a bank 9.98 is nearer in date but further in amount; a
// bank 9.99 on 4 March is confirmed with its own book row by reference.
const left = recordSet("left", "Ledger", [
  { day: 100, minor: -999, description: "Streaming" },
  { day: 100, minor: -999, description: "Streaming" },
  { day: 102, minor: -999, reference: "CHQ-77", description: "Cheque 77" },
]);
const right = recordSet("right", "Bank", [
  { day: 101, minor: -999, description: "STREAMING" },
  { day: 102, minor: -999, description: "STREAMING" },
  { day: 160, minor: -999, description: "STREAMING" },
  { day: 101, minor: -998, description: "STREAMING" },
  { day: 102, minor: -999, reference: "CHQ-77", description: "CHEQUE 77" },
]);

function outcome(): ReconcileOutcome {
  const result = reconcile(left, right);
  return { setup: { rules: DEFAULT_RULES, currency: "USD" }, result } as unknown as ReconcileOutcome;
}

describe("otherCandidates", () => {
  const o = outcome();
  const twin = o.result.matches.find((m) => m.ambiguous && m.cardinality === "1:1");

  it("lists, for each side, the rows within the rule's amount and date limits, suggested or open, best first", () => {
    expect(twin).toBeDefined();
    const [forLeft, forRight] = otherCandidates(o, twin?.id ?? "");
    const l = twin?.left[0] as number;
    const r = twin?.right[0] as number;
    expect(forLeft).toMatchObject({ side: "left", key: `Ledger!${l + 2}`, total: 1 });
    // The other twin on the bank side, held by the other suggestion; never the far line, the 9.98 or CHQ-77.
    const other = forLeft?.candidates[0];
    expect(other).toMatchObject({ side: "right", minor: -999, currency: "USD", description: "STREAMING" });
    expect(other?.record).not.toBe(r);
    expect([0, 1]).toContain(other?.record);
    expect(other?.matchId).toBe(o.result.matches[o.result.rightMatch[other?.record as number] as number]?.id);
    expect(other?.matchId).not.toBe(twin?.id);
    expect(forRight).toMatchObject({ side: "right", total: 1 });
    expect(forRight?.candidates[0]).toMatchObject({ side: "left", minor: -999, description: "Streaming" });
  });

  it("widens to rows the rule does not limit by date, nearest first, up to the limit", () => {
    const rules = DEFAULT_RULES.map((r) => ({ ...r, date: "any" as const }));
    const wide = { ...o, setup: { ...o.setup, rules } } as ReconcileOutcome;
    const [forLeft] = otherCandidates(wide, twin?.id ?? "", 1);
    expect(forLeft?.total).toBe(2);
    expect(forLeft?.candidates).toHaveLength(1);
    expect(forLeft?.candidates[0]?.days).toBeLessThan(10);
  });

  it("takes the rule's tolerance: a row 0.01 away is listed after the equal one", () => {
    const rules = DEFAULT_RULES.map((r) =>
      r.id === twin?.rule ? { ...r, amount: { below: { abs: 0.05 }, above: { abs: 0.05 } } } : r,
    );
    const loose = { ...o, setup: { ...o.setup, rules } } as ReconcileOutcome;
    const [forLeft] = otherCandidates(loose, twin?.id ?? "");
    expect(forLeft?.rule).toBe(twin?.rule);
    expect(forLeft?.total).toBe(2);
    expect(forLeft?.candidates.map((c) => c.minor)).toEqual([-999, -998]);
    expect(forLeft?.candidates[1]).toMatchObject({ record: 3, matchId: null, days: 1 });
  });

  it("gives nothing for an id not in the result", () => {
    expect(otherCandidates(o, "M-000000000000")).toEqual([]);
  });
});

describe("otherGroups", () => {
  // A deposit of 300.00 from Acme on 10 April (day 100) and Acme's open invoices: four of 100.00 and one
  // of 200.00 within the week before, one of 100.00 two months earlier, and one of 100.00 paid by cheque
  // (confirmed 1:1 by its reference). Any three 100s, or the 200 with any 100, make 300: ambiguous.
  const invoices = [
    { day: 97, minor: 10000 },
    { day: 98, minor: 10000 },
    { day: 99, minor: 10000 },
    { day: 99, minor: 10000 },
    { day: 98, minor: 20000 },
    { day: 40, minor: 10000 },
    { day: 99, minor: 10000, reference: "CHQ-5" },
  ];
  const book = recordSet(
    "left",
    "Ledger",
    invoices.map((i) => ({ ...i, party: "Acme", description: "Invoice" })),
  );
  const bank = recordSet("right", "Bank", [
    { day: 100, minor: 30000, party: "Acme", description: "Deposit" },
    { day: 100, minor: 10000, reference: "CHQ-5", description: "Cheque" },
  ]);
  const rules = [
    defineRule({ id: "cheque", reference: "required", date: { before: 3, after: 3 } }),
    defineRule({ id: "deposit", cardinality: "many:1", party: "required", date: { before: 7, after: 7 } }),
  ];
  const o = {
    setup: { rules, currency: "USD" },
    result: reconcile(book, bank, rules),
  } as unknown as ReconcileOutcome;
  const split = o.result.matches.find((m) => m.cardinality === "many:1");

  it("lists the other groups that sum to the single row, fewest rows first, never a confirmed or far row", () => {
    expect(split).toMatchObject({ status: "suggested", ambiguous: true, rule: "deposit" });
    const g = otherGroups(o, split?.id ?? "", 10);
    expect(g).toMatchObject({ side: "right", rule: "deposit", row: 2, minor: 30000, currency: "USD" });
    // 4 pairs of the 200 with a 100, 4 triples of 100s: 8 groups, less the one suggested.
    expect(g?.total).toBe(7);
    expect(g?.byParty).toBe(true);
    expect(g?.truncated).toBe(false);
    const records = (g?.groups ?? []).map((x) => x.members.map((c) => c.record).sort((a, b) => a - b));
    expect(new Set(records.map(String)).size).toBe(7);
    expect(records.map(String)).not.toContain(String([...(split?.left ?? [])].sort((a, b) => a - b)));
    for (const group of g?.groups ?? []) {
      expect(group.minor).toBe(30000);
      expect(group.members.reduce((t, c) => t + c.minor, 0)).toBe(30000);
      for (const c of group.members) {
        expect(c.side).toBe("left");
        expect([5, 6]).not.toContain(c.record);
      }
    }
    const sizes = (g?.groups ?? []).map((x) => x.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    // Rows of the suggestion are named as held by it.
    const held = (g?.groups ?? []).flatMap((x) => x.members).filter((c) => split?.left.includes(c.record));
    expect(held.length).toBeGreaterThan(0);
    for (const c of held) expect(c.matchId).toBe(split?.id);
  });

  it("stops at the limit and looks at the rule's candidates per row only", () => {
    expect(otherGroups(o, split?.id ?? "", 2)?.groups).toHaveLength(2);
    const narrow = rules.map((r) => (r.id === "deposit" ? { ...r, maxCandidates: 2 } : r));
    const few = otherGroups(
      { ...o, setup: { ...o.setup, rules: narrow } } as ReconcileOutcome,
      split?.id ?? "",
    );
    expect(few?.looked).toBe(2);
  });

  it("takes the rule's tolerance on the sum, and gives nothing for a one-to-one match", () => {
    const loose = rules.map((r) =>
      r.id === "deposit" ? { ...r, amount: { below: { abs: 0.5 }, above: { abs: 0.5 } } } : r,
    );
    const cents = recordSet("left", "Ledger", [
      ...invoices.slice(0, 5).map((i) => ({ ...i, party: "Acme" })),
      { day: 99, minor: 19960, party: "Acme" },
    ]);
    const run = { setup: { rules: loose, currency: "USD" }, result: reconcile(cents, bank, loose) };
    const m = run.result.matches.find((x) => x.cardinality === "many:1");
    const g = otherGroups(run as unknown as ReconcileOutcome, m?.id ?? "", 20);
    // 199.60 with a 100 falls 0.40 short, within 0.50: four such pairs, of which the run suggested the one
    // dated nearest. With the four exact pairs and four exact triples, 11 others; the short ones are
    // listed after the exact groups of as many rows.
    expect(m?.left).toContain(5);
    expect(g?.total).toBe(11);
    const short = g?.groups.filter((x) => x.minor === 29960) ?? [];
    expect(short.length).toBe(3);
    expect(g?.groups.findIndex((x) => x.minor === 29960)).toBeGreaterThan(
      g?.groups.findIndex((x) => x.minor === 30000 && x.members.length === 2) ?? 99,
    );
    const cheque = o.result.matches.find((x) => x.cardinality === "1:1");
    expect(otherGroups(o, cheque?.id ?? "")).toBeNull();
    expect(otherGroups(o, "M-000000000000")).toBeNull();
  });

  it("looks first at the rows of the payer a deposit without a party cell names in its description", () => {
    // Acme's three 100.00 invoices on days 95-96, and Beta's three 100.00 ones nearer the deposit's date.
    const ledger = recordSet("left", "Ledger", [
      ...[95, 95, 96].map((day) => ({
        day,
        minor: 10000,
        party: "Acme Trading Ltd",
        description: "Invoice",
      })),
      ...[99, 99, 100].map((day) => ({ day, minor: 10000, party: "Beta Foods", description: "Invoice" })),
    ]);
    const statement = recordSet("right", "Bank", [
      { day: 100, minor: 20000, description: "CREDIT TRANSFER ACME TRADING LTD" },
    ]);
    const narrow = [
      defineRule({ id: "deposit", cardinality: "many:1", party: "required", maxCandidates: 3 }),
    ];
    const run = { setup: { rules: narrow, currency: "USD" }, result: reconcile(ledger, statement, narrow) };
    const m = run.result.matches.find((x) => x.cardinality === "many:1");
    expect(m?.left.every((i) => i < 3)).toBe(true);
    const g = otherGroups(run as unknown as ReconcileOutcome, m?.id ?? "", 10);
    expect(g?.byParty).toBe(true);
    expect(g?.looked).toBe(3);
    // The three Acme rows make three pairs, less the one suggested; none of Beta's rows is looked at.
    expect(g?.total).toBe(2);
    for (const group of g?.groups ?? []) for (const c of group.members) expect(c.record).toBeLessThan(3);
  });
});
