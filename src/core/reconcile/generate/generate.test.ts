/** The benchmark's generator and grader: seeded, a complete answer key, and the quality bar held. */
import { reconcile } from "../reconcile";
import { generatePair } from "./generatePair";
import { gradeResult } from "./grade";
import { DEFAULT_RULES } from "../defaultRules";
import { defineRule } from "../rules";
import { mulberry32 } from "../../random";

const START = 20454;

describe("generatePair", () => {
  it("is a pure function of its seed", () => {
    const a = generatePair({ size: 500, random: mulberry32(7), startDay: START });
    const b = generatePair({ size: 500, random: mulberry32(7), startDay: START });
    const c = generatePair({ size: 500, random: mulberry32(8), startDay: START });
    expect(Array.from(b.left.minor)).toEqual(Array.from(a.left.minor));
    expect(b.right.description).toEqual(a.right.description);
    expect(b.truth).toEqual(a.truth);
    expect(Array.from(c.left.minor)).not.toEqual(Array.from(a.left.minor));
  });

  it("gives every row exactly one place in the answer key", () => {
    const { left, right, truth } = generatePair({ size: 3000, random: mulberry32(11), startDay: START });
    const l = new Int32Array(left.size);
    const r = new Int32Array(right.size);
    for (const g of truth.groups) {
      g.left.forEach((i) => (l[i] = (l[i] as number) + 1));
      g.right.forEach((j) => (r[j] = (r[j] as number) + 1));
    }
    truth.leftOnly.forEach((i) => (l[i] = (l[i] as number) + 1));
    truth.rightOnly.forEach((j) => (r[j] = (r[j] as number) + 1));
    expect(Array.from(l).every((c) => c === 1)).toBe(true);
    expect(Array.from(r).every((c) => c === 1)).toBe(true);
    expect(left.size).toBeGreaterThan(2850);
    expect(left.size).toBeLessThan(3150);
    const kinds = new Set(truth.groups.map((g) => g.kind));
    for (const k of [
      "one_to_one",
      "fee",
      "many_to_one",
      "one_to_many",
      "ambiguous",
      "duplicated_pair",
    ] as const)
      expect(kinds.has(k)).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(9);
  });

  it("holds the quality bar on 20,000 x 20,000 (precision, recall per class, nothing ambiguous confirmed)", () => {
    const { left, right, truth } = generatePair({ size: 20000, random: mulberry32(2026), startDay: START });
    const g = gradeResult(reconcile(left, right), truth);
    expect(g.confirmed.precision).toBeGreaterThanOrEqual(0.999);
    expect(Object.values(g.confirmed.wrongByRule).reduce((a, b) => a + b, 0)).toBe(
      g.confirmed.total - g.confirmed.correct,
    );
    expect(g.classes.one_to_one.confirmed / g.classes.one_to_one.total).toBeGreaterThanOrEqual(0.995);
    expect(g.classes.many_to_one.confirmed / g.classes.many_to_one.total).toBeGreaterThanOrEqual(0.95);
    expect(g.classes.one_to_many.confirmed / g.classes.one_to_many.total).toBeGreaterThanOrEqual(0.95);
    expect(g.ambiguousConfirmed).toBe(0);
    expect(g.duplicates.flagged).toBe(g.duplicates.total);
  });

  it("names the rules whose confirmations were wrong", () => {
    const { left, right, truth } = generatePair({ size: 5000, random: mulberry32(7), startDay: START });
    // Equal amounts a month apart, nothing else compared: confirms many wrong pairs.
    const loose = defineRule({
      id: "loose",
      amount: "exact",
      date: { before: 30, after: 30 },
      party: "ignore",
      tieMargin: 0,
    });
    const g = gradeResult(reconcile(left, right, [...DEFAULT_RULES.slice(0, 2), loose]), truth);
    const wrong = g.confirmed.total - g.confirmed.correct;
    expect(wrong).toBeGreaterThan(0);
    expect(g.confirmed.wrongByRule).toEqual({ loose: wrong });
  });
});
