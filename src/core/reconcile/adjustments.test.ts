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

  it("names a keying slip between the sides as a correction, whatever its size or sign", () => {
    // Left rows 0-2: 1,234.00, 12.00, 50.00; right rows 0-2: 1,243.00, 120.00, -50.00 (one currency).
    const amounts = {
      left: Float64Array.from([123400, 1200, 5000]),
      right: Float64Array.from([124300, 12000, -5000]),
    };
    const one = { left: Int32Array.from([0, 0, 0]), right: Int32Array.from([0, 0, 0]) };
    expect(adjustmentKind(match([0], [0], 900), one, amounts)).toBe("transposed_digits");
    expect(adjustmentKind(match([1], [1], 10800), one, amounts)).toBe("decimal_shift");
    expect(adjustmentKind(match([2], [2], -10000), one, amounts)).toBe("sign_flip");
    // Not one slip apart: the usual kinds; 1,114.00 short of 1,234.00 is no fee but a difference to review.
    expect(adjustmentKind(match([0], [1], -111400), one, amounts)).toBe("difference");
    const lines = proposeAdjustments([match([0], [0], 900, "M-00000000000c")], one, amounts);
    expect(lines[0]?.description).toBe(
      "Correction to review of 9.00 on match M-00000000000c: transposed digits? 1,234.00 vs 1,243.00",
    );
  });

  it("proposes a fee only of a fee's size: a quarter of a receipt short is a difference to review", () => {
    // Left: a 2,000.00 receipt; right: it less 15.00, and it less 500.00.
    const amounts = { left: Float64Array.from([200000]), right: Float64Array.from([198500, 150000]) };
    const one = { left: Int32Array.from([0]), right: Int32Array.from([0, 0]) };
    expect(adjustmentKind(match([0], [0], -1500), one, amounts)).toBe("bank_fee");
    expect(adjustmentKind(match([0], [1], -50000), one, amounts)).toBe("difference");
    const lines = proposeAdjustments([match([0], [1], -50000, "M-00000000000d")], one, amounts);
    expect(lines[0]?.description).toBe("Difference to review of -500.00 on match M-00000000000d");
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
