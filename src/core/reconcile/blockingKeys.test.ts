import fc from "fast-check";
import { KeyLists } from "./blockingKeys";

describe("KeyLists", () => {
  it("lists rows by key as a Map filled entry by entry would, keys in order of first appearance", () => {
    // Keys from a small range (many shared), from the whole int32 range, and -1 (every row).
    const key = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat(1000)), { maxLength: 200 }), (entries) => {
        const want = new Map<number, number[]>();
        for (const [k, row] of entries) {
          const list = want.get(k);
          if (list === undefined) want.set(k, [row]);
          else list.push(row);
        }
        const rowDay = Int32Array.from({ length: 1001 }, (_, row) => 20000 + ((row * 37) % 101));
        const lists = new KeyLists(
          Int32Array.from(entries, (e) => e[0]),
          Int32Array.from(entries, (e) => e[1]),
          entries.length,
          rowDay,
        );
        const got = new Map<number, number[]>();
        for (let g = 0; g < lists.count; g++)
          got.set(
            lists.keys[g] as number,
            Array.from(lists.rows.subarray(lists.start[g], lists.start[g + 1])),
          );
        expect([...got]).toEqual([...want]);
        lists.rows.forEach((row, e) => expect(lists.days[e]).toBe(rowDay[row]));
        for (const k of want.keys()) expect(lists.keys[lists.find(k)]).toBe(k);
        if (!want.has(7)) expect(lists.find(7)).toBe(-1);
      }),
      { numRuns: 500 },
    );
  });
});
