import fc from "fast-check";
import { clashSuffixes } from "./matchId";

describe("clashSuffixes", () => {
  it("is null when no two hashes are equal", () => {
    expect(clashSuffixes(Float64Array.from([5, 3, 9, 2 ** 40]), () => "")).toBeNull();
    expect(clashSuffixes(new Float64Array(0), () => "")).toBeNull();
  });

  it("numbers every group after the first of a clash by signature order", () => {
    const hashes = Float64Array.from([7, 2 ** 40, 7, 1, 2 ** 40, 7]);
    const signature = ["b", "y", "a", "q", "x", "c"];
    const out = clashSuffixes(hashes, (k) => signature[k] as string);
    expect(out).toEqual(
      new Map([
        [0, "-2"],
        [5, "-3"],
        [1, "-2"],
      ]),
    );
  });

  it("does not depend on the order of the groups", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 60 }),
        fc.nat(5),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (signatures, spread, coins) => {
          // Hashes from the signature, squeezed into few values so that many clash.
          const hashOf = (sig: string): number => (sig.length * 31 + (sig.charCodeAt(0) || 0)) % (spread + 2);
          const shuffled = [...signatures].sort(() => ((coins.next().value as number) < 0.5 ? -1 : 1));
          const label = (sigs: string[]): Map<string, string> => {
            const out = clashSuffixes(Float64Array.from(sigs, hashOf), (k) => sigs[k] as string);
            return new Map(sigs.map((s, k) => [s, out?.get(k) ?? ""]));
          };
          expect(label(shuffled)).toEqual(label(signatures));
        },
      ),
      { numRuns: 200 },
    );
  });
});
