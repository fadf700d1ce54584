/** Manual decisions honoured first, stable match ids across runs, and the step-wise run. */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables, viewMatches } from "../../../test/support/reconcile";
import { matchIdOf } from "./matchId";
import { recordSet } from "./records";
import { reconcile, startReconcile } from "./reconcile";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const left = ledger`Date | Description | Amount
                    2026-03-02 | Streaming | -9.99
                    2026-03-02 | Streaming | -9.99
                    2026-03-10 | Sierra | 45.00`;
const right = bank`Date | Description | Amount
                   2026-03-03 | STREAMING | -9.99
                   2026-03-03 | STREAMING | -9.99
                   2026-03-11 | SIERRA | 45.00`;

describe("manual decisions", () => {
  it("a manual group is confirmed first, as the user made it", () => {
    const r = runTables(left, right, { decisions: { groups: [{ left: ["Ledger!2"], right: ["Bank!3"] }] } });
    const views = viewMatches(r);
    expect(views).toContainEqual({
      rows: "Ledger 2 <-> Bank 3",
      status: "confirmed",
      rule: "manual",
      difference: 0,
      ambiguous: false,
    });
    const manual = r.matches.find((m) => m.rule === "manual");
    expect(manual?.decidedBy).toBe("user");
    expect(manual?.reason).toBe("matched by hand, amount equal");
    // With one pair decided, the other twins are unique: confirmed by the rules.
    expect(views).toContainEqual(
      expect.objectContaining({ rows: "Ledger 3 <-> Bank 2", status: "confirmed" }),
    );
  });

  it("a rejected pair is never proposed again", () => {
    const r = runTables(left, right, { decisions: { rejected: [{ left: "Ledger!4", right: "Bank!4" }] } });
    expect(viewMatches(r).map((v) => v.rows)).not.toContain("Ledger 4 <-> Bank 4");
    expect(r.unmatched.left.map((i) => r.left.rows[i])).toContain(4);
  });

  it("an accepted suggestion id confirms the same rows when they are suggested again", () => {
    const first = runTables(left, right);
    const suggestion = first.matches.find((m) => m.status === "suggested");
    expect(suggestion).toBeDefined();
    const again = runTables(left, right, { decisions: { accepted: [suggestion?.id ?? ""] } });
    const same = again.matches.find((m) => m.id === suggestion?.id);
    expect(same).toMatchObject({ status: "confirmed", decidedBy: "user" });
  });

  it("accepted ids the rules no longer suggest are reported in one warning, unless the run has the match", () => {
    const first = runTables(left, right);
    const suggestion = first.matches.find((m) => m.status === "suggested");
    const confirmed = first.matches.find((m) => m.status === "confirmed");
    const gone = ["M-0123456789ab", "M-0123456789ac", "M-0123456789ad", "M-0123456789ae"];
    const again = runTables(left, right, {
      decisions: { accepted: [suggestion?.id ?? "", confirmed?.id ?? "", ...gone] },
    });
    expect(again.matches.find((m) => m.id === suggestion?.id)?.status).toBe("confirmed");
    expect(again.issues.filter((i) => i.code === "recon_decision_stale").map((i) => i.message)).toEqual([
      'Bank!Bank: The saved decision "4 accepted suggestions" no longer applies: the rules no longer suggest ' +
        "their rows together (M-0123456789ab, M-0123456789ac, M-0123456789ad and 1 more). Review these rows " +
        "and decide again.",
    ]);
    const one = runTables(left, right, { decisions: { accepted: [gone[0] as string] } });
    expect(one.issues.filter((i) => i.code === "recon_decision_stale").map((i) => i.message)).toEqual([
      'Bank!Bank: The saved decision "M-0123456789ab" no longer applies: the rules no longer suggest these ' +
        "rows together. Review these rows and decide again.",
    ]);
  });

  it("an accepted match with its rows is honoured before any rule", () => {
    const id = matchIdOf(["Ledger!3"], ["Bank!3"]);
    const r = runTables(left, right, {
      decisions: { accepted: [{ id, left: ["Ledger!3"], right: ["Bank!3"] }] },
    });
    expect(r.matches.find((m) => m.id === id)).toMatchObject({
      status: "confirmed",
      rule: "accepted",
      decidedBy: "user",
    });
  });

  it("decisions about rows that are gone are reported, not forced", () => {
    const r = runTables(left, right, {
      decisions: {
        groups: [{ left: ["Ledger!99"], right: ["Bank!2"] }],
        rejected: [{ left: "Ledger!2", right: "Bank!77" }],
        accepted: [{ id: "M-000000000000", left: ["Ledger!2"], right: ["Bank!2"] }],
      },
    });
    expect(r.issues.filter((i) => i.code === "recon_decision_stale").map((i) => i.message)).toEqual([
      'Bank!Bank: The saved decision "manual group 1" no longer applies: rows Ledger!99 are gone. Review these rows and decide again.',
      'Bank!Bank: The saved decision "M-000000000000" no longer applies: its rows no longer give this match id. Review these rows and decide again.',
      'Bank!Bank: The saved decision "rejected Ledger!2 / Bank!77" no longer applies: a row is gone. Review these rows and decide again.',
    ]);
  });
});

describe("match ids", () => {
  it("depend only on the rows' keys: the same rows give the same id in any run and any order", () => {
    const a = runTables(left, right);
    const b = runTables(left, right, { decisions: { rejected: [{ left: "Ledger!2", right: "Bank!2" }] } });
    const sierra = (r: typeof a) => r.matches.find((m) => r.left.rows[m.left[0] as number] === 4)?.id;
    expect(sierra(a)).toBe(sierra(b));
    expect(sierra(a)).toBe(matchIdOf(["Ledger!4"], ["Bank!4"]));
    expect(matchIdOf(["L!2", "L!3"], ["B!9"])).toBe(matchIdOf(["L!3", "L!2"], ["B!9"]));
    expect(matchIdOf(["L!2"], ["B!9"])).not.toBe(matchIdOf(["B!9"], ["L!2"]));
  });
});

describe("step-wise run", () => {
  const L = recordSet(
    "left",
    "L",
    Array.from({ length: 3000 }, (_, k) => ({ day: 20000 + (k % 60), minor: 1000 + k, reference: `R${k}` })),
  );
  const R = recordSet(
    "right",
    "R",
    Array.from({ length: 3000 }, (_, k) => ({ day: 20001 + (k % 60), minor: 1000 + k, reference: `R${k}` })),
  );

  it("advances in bounded slices with rising progress, and ends with the same result as one call", () => {
    const seen: number[] = [];
    const run = startReconcile(L, R, { onProgress: (p) => seen.push(p.done / p.total) });
    expect(() => run.result()).toThrow(/has not finished/);
    let steps = 0;
    while (!run.step(1000)) steps++;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(run.done).toBe(true);
    expect(seen.every((v, k) => k === 0 || v >= (seen[k - 1] as number))).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
    const once = reconcile(L, R);
    expect(run.result().matches.map((m) => m.id)).toEqual(once.matches.map((m) => m.id));
    expect(once.summary.confirmed.matches).toBe(3000);
  });
});
