import fc from "fast-check";
import { DenseIds } from "./denseIds";

describe("DenseIds", () => {
  it("numbers keys 0, 1, 2, … in the order first seen, the same key always alike", () => {
    const lane = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lane, lane), { maxLength: 300 }),
        fc.tuple(lane, lane),
        (keys, absent) => {
          const ids = new DenseIds();
          const seen = new Map<string, number>();
          const name = ([a, b]: [number, number]) => `${a >>> 0}:${b >>> 0}`;
          for (const key of keys) {
            const want = seen.get(name(key)) ?? seen.size;
            seen.set(name(key), want);
            expect(ids.idOf(key[0], key[1])).toBe(want);
          }
          expect(ids.count).toBe(seen.size);
          for (const key of keys) expect(ids.find(key[0], key[1])).toBe(seen.get(name(key)));
          if (!seen.has(name(absent))) expect(ids.find(absent[0], absent[1])).toBe(-1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
