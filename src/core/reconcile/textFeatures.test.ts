import fc from "fast-check";
import { Arena } from "./arena";
import { LetterPairs, textSimilarity } from "./similarity";
import { DescriptionFeatures, Similarity, similarityOf } from "./textFeatures";

/** Both sides' features over the given texts, laid out in reverse row order (positions ≠ rows). */
function features(texts: string[], arena: Arena, pairs: LetterPairs): DescriptionFeatures {
  const f = new DescriptionFeatures(texts, texts.length, arena, pairs);
  f.layOut(Int32Array.from(texts, (_, p) => texts.length - 1 - p));
  return f;
}

/** Checks the similarity of visit (a, b) (taken modulo the sides' lengths) against textSimilarity. */
function expectAgrees(sim: Similarity, left: string[], right: string[], a: number, b: number): void {
  const p = a % left.length;
  const q = b % right.length;
  const want = textSimilarity(left[left.length - 1 - p] as string, right[right.length - 1 - q] as string);
  expect(similarityOf(sim.parts(p, q))).toBe(want);
}

describe("Similarity", () => {
  it("agrees with textSimilarity for every pair, in any order of comparison", () => {
    const text = fc.oneof(
      fc.constantFrom(
        "HOOGLE PAYROLL REF756247",
        "Hoogle | Payroll",
        "BANK FEES",
        "",
        "1234",
        "Ünïcode Café",
      ),
      fc.stringMatching(/^[ A-Za-zéÜ0-9|]{0,24}$/),
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 40 }),
        (left, right, visits) => {
          const arena = new Arena(64 * (left.length + right.length) + 1024);
          const pairs = new LetterPairs();
          const L = features(left, arena, pairs);
          const R = features(right, arena, pairs);
          const sim = new Similarity(L, R);
          for (const [a, b] of visits) expectAgrees(sim, left, right, a, b);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with textSimilarity before and after rows are pooled ahead of a rule and the pool is reordered", () => {
    const text = fc.stringMatching(/^[ A-Za-zé0-9]{0,16}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 30 }),
        fc.nat(30),
        (leftRows, rightRows, visits, warmAt) => {
          const left = leftRows.map(([t]) => t);
          const right = rightRows.map(([t]) => t);
          const arena = new Arena(64 * (left.length + right.length) + 1024);
          const pairs = new LetterPairs();
          const L = features(left, arena, pairs);
          const R = features(right, arena, pairs);
          const sim = new Similarity(L, R);
          // Rows flagged false are taken (matchOf ≠ -1) and stay unpooled until a visit needs them.
          const warm = (f: DescriptionFeatures, rows: [string, boolean][]): void =>
            f.warm(
              Int32Array.from(rows, (_, i) => rows.length - 1 - i),
              Int32Array.from(rows, ([, open]) => (open ? -1 : 0)),
            );
          visits.forEach(([a, b], t) => {
            if (t === warmAt) {
              warm(L, leftRows);
              warm(R, rightRows);
            }
            expectAgrees(sim, left, right, a, b);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
