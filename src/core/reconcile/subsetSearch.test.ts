import fc from "fast-check";
import { fewestSubset, findSubsets } from "./subsetSearch";

/** Every subset of 1..maxSize positions whose sum lies in [lo, hi], by brute force. */
function bruteForce(sizes: number[], lo: number, hi: number, minSize: number, maxSize: number): string[] {
  const out: string[] = [];
  const walk = (from: number, pick: number[], sum: number): void => {
    if (pick.length >= minSize && sum >= lo && sum <= hi) out.push(pick.join(","));
    if (pick.length === maxSize) return;
    for (let k = from; k < sizes.length; k++) walk(k + 1, [...pick, k], sum + (sizes[k] as number));
  };
  walk(0, [], 0);
  return out.sort();
}

describe("findSubsets", () => {
  it("finds exactly the subsets within the bounds when no cap is reached", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 90 }),
        fc.nat(3),
        fc.nat(3),
        fc.integer({ min: 1, max: 4 }),
        (sizes, target, below, above, maxSize) => {
          const answer = findSubsets({
            sizes,
            target,
            below,
            above,
            minSize: 1,
            maxSize,
            maxSolutions: 1e9,
            maxNodes: 1e9,
          });
          expect(answer.truncated).toBe(false);
          expect(answer.solutions.map((s) => s.join(",")).sort()).toEqual(
            bruteForce(sizes, target - below, target + above, 1, maxSize),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("walks the largest sizes first, equal sizes in position order, and says when it stopped early", () => {
    const q = { target: 5, below: 0, above: 0, minSize: 1, maxSize: 2, maxNodes: 1000 };
    expect(findSubsets({ ...q, sizes: [2, 5, 3, 5], maxSolutions: 8 }).solutions).toEqual([[1], [3], [0, 2]]);
    const first = findSubsets({ ...q, sizes: [2, 5, 3, 5], maxSolutions: 1 });
    expect(first).toEqual({ solutions: [[1]], truncated: true });
  });

  it("fewestSubset is the first of the shortest solutions findSubsets lists, caps included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 14 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 200 }),
        (sizes, target, maxSize, maxSolutions, maxNodes) => {
          const q = { sizes, target, below: 0, above: 0, minSize: 1, maxSize, maxSolutions, maxNodes };
          let want: number[] | null = null;
          for (const sol of findSubsets(q).solutions)
            if (want === null || sol.length < want.length) want = sol;
          expect(fewestSubset(q)).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
