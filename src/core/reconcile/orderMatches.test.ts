import fc from "fast-check";
import { orderByDayThenHash, orderByHash } from "./orderMatches";

/** The order the function promises, by plain comparison: day, then hash, then id text. */
function expected(days: Int32Array, hashes: Float64Array, idOf: (k: number) => string): number[] {
  return Array.from({ length: days.length }, (_, k) => k).sort(
    (a, b) =>
      (days[a] as number) - (days[b] as number) ||
      (hashes[a] as number) - (hashes[b] as number) ||
      (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0),
  );
}

const HASH_MAX = 2 ** 48 - 1;

describe("orderByDayThenHash", () => {
  it("orders by day, then hash, then id, whatever the input order", () => {
    // Hashes drawn from a few values differing only in their low bits, and from the whole range.
    const hash = fc.oneof(
      fc.integer({ min: 0, max: 7 }).map((x) => 2 ** 40 + x),
      fc.integer({ min: 0, max: HASH_MAX }),
      fc.constantFrom(0, HASH_MAX),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 45000, max: 45010 }), hash, tag: fc.nat(3) }), {
          maxLength: 300,
        }),
        (rows) => {
          const days = Int32Array.from(rows, (r) => r.day);
          const hashes = Float64Array.from(rows, (r) => r.hash);
          const idOf = (k: number): string => `M-${rows[k]?.hash}-${rows[k]?.tag}-${k}`;
          const want = expected(days, hashes, idOf);
          expect(Array.from(orderByDayThenHash(days, hashes, idOf))).toEqual(want);
          expect(Array.from(orderByDayThenHash(days, hashes, idOf, orderByHash(hashes)))).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("falls back to comparison for a wide day range and for a day holding more than 65,536 matches", () => {
    const wide = Int32Array.from([100000, 5, 70000, 5]);
    const wideHashes = Float64Array.from([3, 2, 1, 1]);
    const id = (k: number): string => `M-${k}`;
    expect(Array.from(orderByDayThenHash(wide, wideHashes, id))).toEqual([3, 1, 2, 0]);

    const n = 70000;
    const days = new Int32Array(n).fill(45000);
    const hashes = Float64Array.from({ length: n }, (_, k) => ((k * 7919) % n) * 4096 + (k % 3));
    expect(Array.from(orderByDayThenHash(days, hashes, id))).toEqual(expected(days, hashes, id));
  });

  it("is empty for no matches", () => {
    expect(orderByDayThenHash(new Int32Array(0), new Float64Array(0), () => "")).toEqual(new Int32Array(0));
  });
});

describe("orderByHash", () => {
  it("orders by hash, equal hashes by index", () => {
    const hash = fc.oneof(
      fc.integer({ min: 0, max: 3 }).map((x) => 2 ** 47 + x * 2 ** 16),
      fc.integer({ min: 0, max: HASH_MAX }),
    );
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 300 }), (list) => {
        const hashes = Float64Array.from(list);
        const want = list.map((_, k) => k).sort((a, b) => (list[a] as number) - (list[b] as number) || a - b);
        expect(Array.from(orderByHash(hashes))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
