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
          for (const [a, b] of visits) {
            const p = a % left.length;
            const q = b % right.length;
            const want = textSimilarity(
              left[left.length - 1 - p] as string,
              right[right.length - 1 - q] as string,
            );
            expect(similarityOf(sim.parts(p, q))).toBe(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
