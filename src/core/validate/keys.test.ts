import fc from "fast-check";
import { CompositeKeys, hashNumber, NumberKeys, TextKeys } from "./keys";
import { firstOccurrences, KeyLookup } from "./rowIndex";

describe("firstOccurrences", () => {
  it("points each repeat at the first row with the same key, ignoring case by default", () => {
    const keys = new TextKeys(["A1", "b2", null, "a1", "B2", "c3", "A1"], false);
    expect(Array.from(firstOccurrences(keys))).toEqual([0, 1, -1, 0, 1, 5, 0]);
  });

  it("keeps case apart when asked", () => {
    const keys = new TextKeys(["A1", "a1", "A1"], true);
    expect(Array.from(firstOccurrences(keys))).toEqual([0, 1, 0]);
  });

  it("folds non-ASCII letters too", () => {
    const keys = new TextKeys(["Ünïcode", "üNÏCODE", "Straße"], false);
    expect(Array.from(firstOccurrences(keys))).toEqual([0, 0, 2]);
  });

  it("treats 0 and -0 as one number and NaN as blank", () => {
    const keys = new NumberKeys(Float64Array.from([0, -0, NaN, 1.5, 1.5]), String);
    expect(Array.from(firstOccurrences(keys))).toEqual([0, 0, -1, 3, 3]);
    expect(hashNumber(0)).toBe(hashNumber(-0));
  });

  it("composite keys skip rows with a blank part ('any') or only fully blank rows ('all')", () => {
    const a = new TextKeys(["1", "1", null, "1", null], true);
    const b = new TextKeys(["x", "y", "x", "x", null], true);
    expect(Array.from(firstOccurrences(new CompositeKeys([a, b], "any")))).toEqual([0, 1, -1, 0, -1]);
    const c = new TextKeys(["1", null, null], true);
    const d = new TextKeys(["x", "x", null], true);
    const all = new CompositeKeys([c, d], "all");
    expect(Array.from(firstOccurrences(all))).toEqual([0, 1, -1]);
    expect(all.show(1)).toBe("(blank) / x");
  });

  it("agrees with a Map-based reference on random keys", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom("a", "A", "b", "B ", "c", "ç", "Ç", "aa"), { nil: null })),
        (values) => {
          const got = Array.from(firstOccurrences(new TextKeys(values, false)));
          const seen = new Map<string, number>();
          const want = values.map((v, i) => {
            if (v === null) return -1;
            const k = v.toLowerCase();
            if (!seen.has(k)) seen.set(k, i);
            return seen.get(k) as number;
          });
          expect(got).toEqual(want);
        },
      ),
    );
  });
});

describe("KeyLookup", () => {
  it("finds another table's rows by key", () => {
    const target = new TextKeys(["1000", "4000", null, "6000"], false);
    const lookup = new KeyLookup(target);
    const probe = new TextKeys(["4000", "9999", "6000"], false);
    expect([0, 1, 2].map((i) => lookup.find(probe, i))).toEqual([1, -1, 3]);
  });
});

describe("firstOccurrences in ascending columns", () => {
  it("gives the same answer whether or not the keys stay ascending", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }), fc.boolean(), (xs, sort) => {
        const values = sort ? [...xs].sort((a, b) => a - b) : xs;
        const texts = values.map((x) => `K${String(x).padStart(3, "0")}`);
        const want = values.map((v) => values.indexOf(v));
        expect(Array.from(firstOccurrences(new TextKeys(texts, false)))).toEqual(want);
        expect(Array.from(firstOccurrences(new NumberKeys(Float64Array.from(values), String)))).toEqual(want);
      }),
    );
  });

  it("switches to hashing when a key drops below an earlier one", () => {
    const keys = new TextKeys(["a", "b", "b", "c", "a", "d", "c"], false);
    expect(Array.from(firstOccurrences(keys))).toEqual([0, 1, 1, 3, 0, 5, 3]);
  });
});
