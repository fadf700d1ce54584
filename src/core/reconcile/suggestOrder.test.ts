/**
 * Suggested 1:1 pairs do not depend on row order: among equal scores, a row with fewer candidates gets
 * its own first. Rows alike beyond what one scan collects (CANDIDATE_CAP) are all paired, not left open.
 */
import { CANDIDATE_CAP, candidateSource, collectCandidates, collectSpread } from "./candidates";
import { createContext } from "./context";
import { DEFAULT_RULES } from "./defaultRules";
import { compileRule } from "./evaluate";
import { reconcile } from "./reconcile";
import { recordSet } from "./records";

/** Rows keyed by their place, as a table's are (Book!2, Book!3, …): sorting a side changes its keys. */
const set = (side: "left" | "right", rows: readonly (readonly [number, number])[]) =>
  recordSet(
    side,
    side === "left" ? "Book" : "Bank",
    rows.map(([day, minor]) => ({ day, minor })),
  );

describe("suggestOneToOne: row order", () => {
  const bank = set("right", [
    [46027, 10050],
    [46024, 10050],
    [46026, 10000],
  ]);
  const book: [number, number][] = [
    [46028, 10050],
    [46028, 10000],
    [46025, 10050],
  ];

  it.each([
    ["as listed", [0, 1, 2]],
    ["sorted otherwise", [1, 2, 0]],
    ["reversed", [2, 1, 0]],
  ])("pairs every row whatever the book's order (%s)", (_name, order) => {
    const rows = order.map((k) => book[k] as [number, number]);
    const left = set("left", rows);
    const r = reconcile(left, bank);
    expect([r.unmatched.left.length, r.unmatched.right.length]).toEqual([0, 0]);
    const pairs = r.matches
      .map((m) => `${rows[m.left[0] as number]?.join("/")}~${bank.day[m.right[0] as number]}`)
      .sort();
    expect(pairs).toEqual(["46025/10050~46024", "46028/10000~46026", "46028/10050~46027"]);
  });
});

describe("suggestOneToOne: more rows alike than a scan collects", () => {
  it("pairs all of CANDIDATE_CAP + 1 rows alike on each side", () => {
    const n = CANDIDATE_CAP + 1;
    const rows = Array.from({ length: n }, () => [46083, 10000] as const);
    const r = reconcile(set("left", rows), set("right", rows));
    expect([r.unmatched.left.length, r.unmatched.right.length]).toEqual([0, 0]);
    expect(r.matches).toHaveLength(n);
    expect(r.matches.every((m) => m.status === "suggested" && m.ambiguous)).toBe(true);
  });

  it("gives each of them its own share of the other side's rows to offer pairs from", () => {
    const n = 3 * CANDIDATE_CAP;
    const rows = Array.from({ length: n }, () => [46083, 10000] as const);
    const ctx = createContext(set("left", rows), set("right", rows), "");
    const rule = DEFAULT_RULES.findIndex((r) => r.id === "amount-date");
    const cr = compileRule(DEFAULT_RULES[rule]!, rule);
    const src = candidateSource(ctx, cr);
    const out = new Int32Array(CANDIDATE_CAP);
    // A plain scan gives every row the same first CANDIDATE_CAP rows.
    expect(collectCandidates(ctx, cr, src, "left", 0, out)).toBe(CANDIDATE_CAP);
    const plain = [...out];
    expect(collectCandidates(ctx, cr, src, "left", 1, out)).toBe(CANDIDATE_CAP);
    expect([...out]).toEqual(plain);
    // Spread, the rows' shares start where their keys' hashes say and together cover the other side.
    const seen = new Set<number>();
    const firsts = new Set<number>();
    for (let p = 0; p < n; p++) {
      expect(collectSpread(ctx, cr, src, "left", p, out, ctx.left.keyHash[p]!)).toBe(CANDIDATE_CAP);
      firsts.add(out[0]!);
      for (const q of out) seen.add(q);
    }
    expect(seen.size).toBe(n);
    expect(firsts.size).toBeGreaterThan(n / 2);
    // Rows taken are passed over, and the share wraps round the end of the window.
    ctx.right.gTaken.fill(1, 0, n - 10);
    expect(collectSpread(ctx, cr, src, "left", 0, out, n - 5)).toBe(10);
    expect([...out.subarray(0, 10)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, k) => n - 10 + k),
    );
  });
});
