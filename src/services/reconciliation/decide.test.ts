/** Review decisions as edits of the engine's decision list, checked against a real engine run. */
import { dayFromIso } from "../../core/dates";
import { mulberry32 } from "../../core/random";
import { reconcile, recordSet, type ReconcileResult } from "../../core/reconcile";
import { generatePair } from "../../core/reconcile/generate/generatePair";
import { decide, DecisionError } from "./decide";
import { EMPTY_DECISIONS } from "./savedPair";

function run(decisions = EMPTY_DECISIONS): ReconcileResult {
  const left = recordSet("left", "Ledger", [
    { day: 100, minor: 5000, reference: "INV-1", description: "Receipt INV-1" },
    { day: 101, minor: -2000, reference: "B-7", description: "Payment" },
    { day: 103, minor: 1234, reference: "INV-3", description: "Receipt INV-3" },
  ]);
  const right = recordSet("right", "Bank", [
    { day: 101, minor: 5000, reference: "INV-1", description: "CREDIT INV-1" },
    { day: 102, minor: -2000, reference: "B-7", description: "DEBIT" },
    { day: 104, minor: 1243, reference: "INV-3", description: "CREDIT INV-3" },
    { day: 105, minor: -15, description: "FEE" },
  ]);
  return reconcile(left, right, undefined, decisions);
}

describe("decide", () => {
  const first = run();
  const suggested = first.matches.find((m) => m.status === "suggested");
  const confirmed = first.matches.find((m) => m.status === "confirmed");

  it("starts from two confirmed matches and one suggestion", () => {
    expect(first.matches.map((m) => m.status).sort()).toEqual(["confirmed", "confirmed", "suggested"]);
  });

  it("accepting a suggestion confirms it on the next run, under the same id", () => {
    const d = decide(EMPTY_DECISIONS, first, { kind: "accept", matchId: suggested?.id ?? "" });
    expect(d.accepted).toEqual([{ id: suggested?.id, left: ["Ledger!4"], right: ["Bank!4"] }]);
    const next = run(d);
    const m = next.matches.find((x) => x.id === suggested?.id);
    expect(m).toMatchObject({ status: "confirmed", decidedBy: "user" });
  });

  it("rejecting a suggestion keeps its rows apart on the next run", () => {
    const d = decide(EMPTY_DECISIONS, first, { kind: "reject", matchId: suggested?.id ?? "" });
    expect(d.rejected).toEqual([{ left: "Ledger!4", right: "Bank!4" }]);
    const next = run(d);
    expect(next.matches.map((m) => m.id)).not.toContain(suggested?.id);
    expect(next.unmatched.left).toContain(2);
  });

  it("unmatching a rule's match leaves both rows open", () => {
    const d = decide(EMPTY_DECISIONS, first, { kind: "unmatch", matchId: confirmed?.id ?? "" });
    const next = run(d);
    expect(next.matches.map((m) => m.id)).not.toContain(confirmed?.id);
    expect(next.unmatched.left).toContain(confirmed?.left[0]);
    expect(next.unmatched.right).toContain(confirmed?.right[0]);
  });

  it("a manual match undoes an earlier rejection of the same rows and wins over the rules", () => {
    const rejected = decide(EMPTY_DECISIONS, first, { kind: "reject", matchId: suggested?.id ?? "" });
    const d = decide(rejected, run(rejected), {
      kind: "match",
      left: ["Ledger!4"],
      right: ["Bank!4", "Bank!5"],
    });
    expect(d.rejected).toEqual([]);
    expect(d.groups).toEqual([{ left: ["Ledger!4"], right: ["Bank!4", "Bank!5"] }]);
    const m = run(d).matches.find((x) => x.rule === "manual");
    expect(m).toMatchObject({ status: "confirmed", cardinality: "1:many", difference: 1243 - 15 - 1234 });
  });

  it("unmatching an accepted match forgets the acceptance", () => {
    const accepted = decide(EMPTY_DECISIONS, first, { kind: "accept", matchId: suggested?.id ?? "" });
    const d = decide(accepted, run(accepted), { kind: "unmatch", matchId: suggested?.id ?? "" });
    expect(d.accepted).toEqual([]);
    expect(d.rejected).toEqual([{ left: "Ledger!4", right: "Bank!4" }]);
  });

  it("refuses a match without rows on both sides, and an id no longer in the result", () => {
    expect(() => decide(EMPTY_DECISIONS, first, { kind: "match", left: ["Ledger!2"], right: [] })).toThrow(
      DecisionError,
    );
    expect(() => decide(EMPTY_DECISIONS, first, { kind: "accept", matchId: "M-000000000000" })).toThrow(
      "no longer in the result",
    );
  });

  it("reset forgets everything", () => {
    const d = decide(EMPTY_DECISIONS, first, { kind: "reject", matchId: suggested?.id ?? "" });
    expect(decide(d, first, { kind: "reset" })).toEqual(EMPTY_DECISIONS);
  });
});

describe("accepting suggestions together", () => {
  const { left, right } = generatePair({
    size: 3000,
    random: mulberry32(7),
    startDay: dayFromIso("2026-01-01") as number,
  });
  const first = reconcile(left, right);
  const suggested = first.matches.filter((m) => m.status === "suggested");
  const clear = suggested.filter((m) => !m.ambiguous);
  const ambiguous = suggested.find((m) => m.ambiguous);
  const confirmed = first.matches.find((m) => m.status === "confirmed");

  it("keeps each as its id, and the next run confirms them all under the same ids", () => {
    expect(clear.length).toBeGreaterThan(20);
    const d = decide(EMPTY_DECISIONS, first, { kind: "acceptAll", matchIds: clear.map((m) => m.id) });
    expect(d.accepted).toEqual(clear.map((m) => m.id));
    const next = reconcile(left, right, undefined, d);
    const byId = new Map(next.matches.map((m) => [m.id, m]));
    for (const m of clear) expect(byId.get(m.id)).toMatchObject({ status: "confirmed", decidedBy: "user" });
    expect(next.matches.filter((m) => m.status === "suggested").length).toBe(suggested.length - clear.length);
    expect(next.issues.filter((i) => i.code === "recon_decision_stale")).toEqual([]);
    // Accepting the same ones again adds nothing; unmatching one forgets just that one.
    expect(decide(d, first, { kind: "acceptAll", matchIds: [clear[0]?.id ?? ""] }).accepted).toHaveLength(
      clear.length,
    );
    const undone = decide(d, next, { kind: "unmatch", matchId: clear[0]?.id ?? "" });
    expect(undone.accepted).toEqual(clear.slice(1).map((m) => m.id));
  });

  it("undo takes the acceptances back without rejecting: the same suggestions come back", () => {
    const d = decide(EMPTY_DECISIONS, first, { kind: "acceptAll", matchIds: clear.map((m) => m.id) });
    const back = decide(d, reconcile(left, right, undefined, d), {
      kind: "undoAccept",
      matchIds: clear.map((m) => m.id),
    });
    expect(back).toEqual(EMPTY_DECISIONS);
    const again = reconcile(left, right, undefined, back);
    expect(again.matches.filter((m) => m.status === "suggested").map((m) => m.id)).toEqual(
      suggested.map((m) => m.id),
    );
    expect(() => decide(back, again, { kind: "undoAccept", matchIds: [clear[0]?.id ?? ""] })).toThrow(
      /nothing to undo/,
    );
  });

  it("refuses an ambiguous suggestion, a confirmed match, an id not in the result, and none at all", () => {
    expect(ambiguous).toBeDefined();
    const ids = (extra: string) => ({ kind: "acceptAll" as const, matchIds: [clear[0]?.id ?? "", extra] });
    expect(() => decide(EMPTY_DECISIONS, first, ids(ambiguous?.id ?? ""))).toThrow(
      /is ambiguous: another candidate fits as well/,
    );
    expect(() => decide(EMPTY_DECISIONS, first, ids(confirmed?.id ?? ""))).toThrow(/is already confirmed/);
    expect(() => decide(EMPTY_DECISIONS, first, ids("M-000000000000"))).toThrow(/no longer in the result/);
    expect(() => decide(EMPTY_DECISIONS, first, { kind: "acceptAll", matchIds: [] })).toThrow(DecisionError);
  });
});
