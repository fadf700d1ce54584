import fc from "fast-check";
import { BlockKeys } from "./blockWords";
import { blockingWords, STOP_WORDS } from "./normalize";

function keysOf(keys: BlockKeys, text: string, max = 3): number[] {
  const out = new Int32Array(16);
  return Array.from(out.subarray(0, keys.keysOf(text, max, out, 0)));
}

describe("BlockKeys", () => {
  it("gives equal ids exactly to equal blocking words, across texts", () => {
    const word = fc.constantFrom(
      "harbor",
      "FREIGHT",
      "Gmbh",
      "rent",
      "REF756247",
      "and",
      "BANK",
      "Café",
      "Müller",
      "x1",
    );
    const text = fc.oneof(
      fc.array(word, { maxLength: 8 }).map((ws) => ws.join(" ")),
      fc.array(word, { maxLength: 6 }).map((ws) => ws.join(" | ")),
      fc.stringMatching(/^[ A-Za-z0-9|éÜ-]{0,30}$/),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (texts, max) => {
        const keys = new BlockKeys();
        const ids = texts.map((t) => keysOf(keys, t, max));
        const words = texts.map((t) => blockingWords(t, max));
        expect(ids.map((l) => l.length)).toEqual(words.map((l) => l.length));
        const flatIds = ids.flat();
        const flatWords = words.flat();
        for (let a = 0; a < flatIds.length; a++)
          for (let b = 0; b < flatIds.length; b++)
            expect(flatIds[a] === flatIds[b]).toBe(flatWords[a] === flatWords[b]);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves out stop words and words with digits; one word is its own key", () => {
    const keys = new BlockKeys();
    for (const w of STOP_WORDS) expect(keysOf(keys, `${w} ${w.toLowerCase()}`)).toEqual([]);
    expect(keysOf(keys, "REF756247 Bank")).toEqual([]);
    const harbor = keysOf(keys, "TRANSFER FROM HARBOR FREIGHT GMBH 104321");
    expect(harbor).toHaveLength(1);
    expect(keysOf(keys, "Harbor | Freight")).toEqual(harbor);
    expect(keysOf(keys, "harbor")).toHaveLength(1);
    expect(keysOf(keys, "harbor")).not.toEqual([harbor[0]]);
  });
});
