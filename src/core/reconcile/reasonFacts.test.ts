/** The facts a reason quotes are the engine's: the description similarity a reason states is textSimilarity. */
import fc from "fast-check";
import { PairFacts } from "./reasonFacts";
import { recordSet } from "./records";
import { textSimilarity } from "./similarity";

const words = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "Receipt INV-1041 Harbour",
    "CREDIT TRANSFER HARBOUR INV1041",
    "Café Müller",
    "",
    "ÅÄÖ åäö",
  ),
  fc.string({ minLength: 600, maxLength: 900 }),
);

describe("PairFacts.similarity", () => {
  it("is textSimilarity of the two descriptions, whatever was compared before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words, words), { minLength: 1, maxLength: 8 }), (pairs) => {
        const left = recordSet(
          "left",
          "L",
          pairs.map(([d]) => ({ day: 0, minor: 100, description: d })),
        );
        const right = recordSet(
          "right",
          "R",
          pairs.map(([, d]) => ({ day: 0, minor: 100, description: d })),
        );
        const facts = new PairFacts(left, right, null);
        // Every left row against every right row, in order: a long text before a short one must not leak.
        for (let i = 0; i < pairs.length; i++)
          for (let j = 0; j < pairs.length; j++)
            expect(facts.similarity(i, j)).toBe(
              textSimilarity(left.description[i] as string, right.description[j] as string),
            );
      }),
      { numRuns: 200 },
    );
  });
});
