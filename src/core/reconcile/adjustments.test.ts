import { adjustmentKind, proposeAdjustments } from "./adjustments";
import type { Match } from "./types";

function match(left: number[], right: number[], difference: number, id = "M-000000000001"): Match {
  return {
    id,
    status: "confirmed",
    rule: "tolerance",
    cardinality: left.length > 1 ? "many:1" : right.length > 1 ? "1:many" : "1:1",
    left,
    right,
    difference,
    currency: "USD",
    score: 0.9,
    reason: "",
    ambiguous: false,
    alternatives: 0,
    decidedBy: "rule",
  };
}

// Rows 0-1 of each side are in currency 0 (USD), row 2 in currency 1 (EUR).
const currencies = { left: Int32Array.from([0, 0, 1]), right: Int32Array.from([0, 0, 1]) };

describe("adjustment lines for differences inside matches", () => {
  it("names the kind from the size of the difference, the currencies and its sign", () => {
    expect(adjustmentKind(match([0], [0], -2), currencies)).toBe("rounding");
    expect(adjustmentKind(match([0, 1], [0], 3), currencies)).toBe("rounding");
    expect(adjustmentKind(match([0], [2], -500), currencies)).toBe("fx");
    expect(adjustmentKind(match([2], [0, 1], 700), currencies)).toBe("fx");
    expect(adjustmentKind(match([0], [1], -350), currencies)).toBe("bank_fee");
    expect(adjustmentKind(match([0], [1], 350), currencies)).toBe("difference");
  });

  it("proposes one line per match whose sides differ, worded with the amount and the match", () => {
    const lines = proposeAdjustments(
      [match([0], [0], 0), match([0], [1], -350, "M-00000000000a"), match([1], [2], 900, "M-00000000000b")],
      currencies,
    );
    expect(lines.map((l) => [l.matchId, l.kind, l.amount])).toEqual([
      ["M-00000000000a", "bank_fee", -350],
      ["M-00000000000b", "fx", 900],
    ]);
    expect(lines[0]?.description).toBe("Bank fee or charge of -3.50 on match M-00000000000a");
  });
});
