/** Other candidates of a one-to-one match: within its rule's amount and date limits, not confirmed elsewhere. */
import { DEFAULT_RULES, reconcile, recordSet } from "../../core/reconcile";
import { otherCandidates } from "./candidates";
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
