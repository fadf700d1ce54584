import fc from "fast-check";
import { formatMinor } from "./format";
import { hasAtMostDecimals, roundScaled, scaleOf } from "./round";

/** The double `ulps` steps away from x in magnitude (x != 0). */
function nudge(x: number, ulps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(ulps));
  return view.getFloat64(0);
}

describe("roundScaled: golden cases", () => {
  it.each([
    // [x, decimals, half-even, half-up]
    [0.1 + 0.2, 2, 30, 30],
    [1.005, 2, 100, 101],
    [1.015, 2, 102, 102],
    [1.025, 2, 102, 103],
    [-1.005, 2, -100, -101],
    [12.345, 2, 1234, 1235],
    [2.5, 0, 2, 3],
    [3.5, 0, 4, 4],
    [-2.5, 0, -2, -3],
    [1234.5, 2, 123450, 123450],
    [1e-7, 2, 0, 0],
    [0.125, 2, 12, 13],
    [0.35 * 0.7, 2, 24, 25], // 0.24499999999999997: Excel shows 0.245, a tie
    [0.55 * 1.1, 2, 60, 61], // 0.6050000000000001: Excel shows 0.605, a tie
    [123456789.125, 2, 12345678912, 12345678913],
    [0, 2, 0, 0],
    [-0, 2, 0, 0],
    [1.0005, 3, 1000, 1001],
    [99.995, 2, 10000, 10000],
  ])("%p at %p decimals -> %p half-even, %p half-up", (x, decimals, even, up) => {
    expect(roundScaled(x, decimals)).toBe(even);
    expect(roundScaled(x, decimals, "half-even")).toBe(even);
    expect(roundScaled(x, decimals, "half-up")).toBe(up);
  });

  it("never returns -0", () => {
    expect(Object.is(roundScaled(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundScaled(-0, 2), 0)).toBe(true);
  });

  it("returns NaN for non-finite values and results beyond safe integers", () => {
    expect(roundScaled(NaN, 2)).toBeNaN();
    expect(roundScaled(Infinity, 2)).toBeNaN();
    expect(roundScaled(1e20, 2)).toBeNaN();
    expect(roundScaled(900719925474099.1, 2)).toBeNaN();
    expect(roundScaled(90071992547409.95, 3)).toBeNaN();
    // 16 digits: the 15-digit cut (90071992547409.9) still fits
    expect(roundScaled(90071992547409.91, 2)).toBe(9007199254740990);
  });

  it("rejects a scale outside 0..15 as a bug", () => {
    expect(() => roundScaled(1, 16)).toThrow(RangeError);
    expect(() => roundScaled(1, -1)).toThrow(RangeError);
    expect(() => roundScaled(1, 1.5)).toThrow(RangeError);
    expect(scaleOf(3)).toBe(1000);
  });
});

/**
 * The definition, written independently with BigInt: shortest round-trip decimal, cut to 15
 * significant digits (ties away from zero), then rounded to `d` decimals by the rule.
 */
function reference(x: number, d: number, rule: "half-even" | "half-up"): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(x))) as RegExpExecArray;
  let digits = BigInt(`${m[1]}${m[2] ?? ""}`);
  let exp = Number(m[3] ?? 0) - (m[2] ?? "").length;
  const drop = (n: bigint, k: number, away: boolean, even: boolean): bigint => {
    if (k <= 0) return n * 10n ** BigInt(-k);
    const unit = 10n ** BigInt(k);
    const q = n / unit;
    const twice = (n % unit) * 2n;
    const up = twice > unit || (twice === unit && (away || (even && q % 2n === 1n)));
    return up ? q + 1n : q;
  };
  const excess = digits.toString().length - 15;
  if (excess > 0) {
    digits = drop(digits, excess, true, false);
    exp += excess;
  }
  const scaled = drop(digits, -(exp + d), rule === "half-up", rule === "half-even");
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return NaN;
  return (x < 0 ? -Number(scaled) : Number(scaled)) + 0;
}

describe("roundScaled: properties", () => {
  it("equals the definition for any double of a realistic size", () => {
    const double = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((c) => (c / 1000) * 1.1),
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((c) => c / 100 + 0.1 - 0.1),
    );
    fc.assert(
      fc.property(
        double,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("half-even", "half-up"),
        (x, d, rule) => {
          expect(roundScaled(x, d, rule)).toBe(reference(x, d, rule));
        },
      ),
      { numRuns: 5000 },
    );
  });

  const scale = fc.integer({ min: 0, max: 4 });
  // up to 13 significant digits, so a few ulps of noise stay far below Excel's 15th digit
  const minor = fc.integer({ min: -(10 ** 13) + 1, max: 10 ** 13 - 1 });

  it("recovers the exact minor units of any amount carrying a few ulps of float noise", () => {
    fc.assert(
      fc.property(minor, scale, fc.integer({ min: -8, max: 8 }), (m, d, ulps) => {
        fc.pre(m !== 0);
        const x = nudge(m / 10 ** d, ulps);
        expect(roundScaled(x, d, "half-even")).toBe(m);
        expect(roundScaled(x, d, "half-up")).toBe(m);
      }),
    );
  });

  it("counts one ulp of noise as no extra decimals", () => {
    fc.assert(
      fc.property(minor, scale, fc.constantFrom(-1, 0, 1), (m, d, ulps) => {
        fc.pre(m !== 0);
        expect(hasAtMostDecimals(nudge(m / 10 ** d, ulps), d)).toBe(true);
      }),
    );
  });

  it("counts noise that reaches Excel's 15th digit as a real decimal", () => {
    // 68719476736.11 four ulps down prints as 68719476736.10994: Excel shows 68719476736.1099
    const x = nudge(68719476736.11, -4);
    expect(hasAtMostDecimals(x, 2)).toBe(false);
    expect(hasAtMostDecimals(x, 4)).toBe(true);
    expect(roundScaled(x, 2)).toBe(6871947673611);
  });

  it("rounds exact ties half to even, or away from zero for half-up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), scale, fc.boolean(), (m, d, negative) => {
        const text = formatMinor((negative ? -1 : 1) * (m * 10 + 5), d + 1); // e.g. 1.005
        const x = Number(text);
        const even = m % 2 === 0 ? m : m + 1;
        const sign = negative ? -1 : 1;
        expect(roundScaled(x, d, "half-even")).toBe(sign * even + 0);
        expect(roundScaled(x, d, "half-up")).toBe(sign * (m + 1));
        expect(hasAtMostDecimals(x, d)).toBe(false);
      }),
    );
  });

  it("rounds to the nearest unit whatever the rule when there is no tie", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        scale,
        fc.integer({ min: 1, max: 9 }),
        (m, d, digit) => {
          fc.pre(digit !== 5);
          const sign = m < 0 ? -1 : 1;
          const x = Number(formatMinor(m * 10 + sign * digit, d + 1));
          const expected = digit < 5 ? m : m + sign;
          expect(roundScaled(x, d, "half-even")).toBe(expected);
          expect(roundScaled(x, d, "half-up")).toBe(expected);
        },
      ),
    );
  });
});
