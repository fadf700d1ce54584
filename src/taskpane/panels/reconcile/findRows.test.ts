import { findByRows, rowWords } from "./findRows";

const prefixes = { left: "L", right: "B" };

describe("rowWords", () => {
  it("reads the row labels the lists show, and leaves every other word to the search", () => {
    expect(rowWords("L16 b9 Row 28 row7 28 harbour 1,250.00 -42", prefixes)).toEqual({
      rows: [
        { text: "L16", row: 16, side: "left" },
        { text: "b9", row: 9, side: "right" },
        { text: "Row 28", row: 28, side: null },
        { text: "row7", row: 7, side: null },
        { text: "28", row: 28, side: null },
      ],
      rest: "harbour 1,250.00 -42",
    });
    // Letters that are no list's prefix are words: "INV1047" is a reference.
    expect(rowWords("INV1047 row", prefixes)).toEqual({ rows: [], rest: "INV1047 row" });
  });
});

describe("findByRows", () => {
  interface Item {
    readonly key: string;
    readonly side: "left" | "right";
    readonly row: number;
    readonly text: string;
  }
  const items: Item[] = [
    { key: "a", side: "left", row: 16, text: "rent" },
    { key: "b", side: "right", row: 16, text: "fee" },
    { key: "c", side: "left", row: 3, text: "invoice 16" },
  ];
  const how = {
    prefixes,
    search: (list: readonly Item[], q: string) =>
      list.filter((i) => q.split(" ").every((w) => i.text.includes(w.toLowerCase()))),
    key: (i: Item) => i.key,
    hasRow: (i: Item, row: number, side: "left" | "right" | null) =>
      i.row === row && (side === null || side === i.side),
  };
  const keys = (q: string) => findByRows(items, q, how)?.map((i) => i.key) ?? null;

  it("finds a row by its label on its side, by its number on either, or by what the search finds", () => {
    expect(keys("")).toBeNull();
    expect(keys("L16")).toEqual(["a"]);
    expect(keys("B16")).toEqual(["b"]);
    expect(keys("16")).toEqual(["a", "b", "c"]);
    expect(keys("row 16")).toEqual(["a", "b"]);
    expect(keys("16 rent")).toEqual(["a"]);
    expect(keys("L3 invoice")).toEqual(["c"]);
  });
});
