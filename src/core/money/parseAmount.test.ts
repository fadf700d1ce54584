import fc from "fast-check";
import { cellError, type Cell } from "../cell";
import { formatMinor } from "./format";
import { parseAmount, parseAmountMinor, type AmountOptions } from "./parseAmount";

const USD: AmountOptions = { decimals: 2 };
/** Golden texts below that write non-zero digits beyond two decimals. */
const DROPS_DIGITS = new Set(["1.005", "1.015", "1.0051"]);

describe("parseAmount: golden cases (decimals 2, no declared separator)", () => {
  const rows: [Cell, number, string?][] = [
    [1234.5, 123450],
    [0.1 + 0.2, 30],
    [-0.1 - 0.2, -30],
    ["1234.5", 123450],
    ["1,234.50", 123450],
    ["1,234,567.89", 123456789],
    ["1.234,50", 123450],
    ["1.234.567,89", 123456789],
    ["1.234.567", 123456700],
    ["1 234,50", 123450],
    ["1\u00a0234,50", 123450],
    ["1\u202f234.50", 123450],
    ["1'234.50", 123450],
    ["1’234.50", 123450],
    ["1,234", 123400],
    ["(50.00)", -5000],
    ["( 50.00 )", -5000],
    ["-50", -5000],
    ["\u221250", -5000],
    ["+50", 5000],
    ["50.00-", -5000],
    ["50.00 CR", 5000],
    ["50.00 DR", -5000],
    ["50.00dr", -5000],
    ["1.250,00 H", 125000], // German statements: Haben (credit, money in)
    ["1.250,00 S", -125000], // Soll (debit, money out)
    ["50.00s", -5000],
    ["EUR 1.250,00 H", 125000, "EUR"],
    ["1.250,00 S EUR", -125000, "EUR"],
    ["€95", 9500, "EUR"],
    ["95 €", 9500, "EUR"],
    ["-$5.25", -525, "USD"],
    ["$-5.25", -525, "USD"],
    ["($5.25)", -525, "USD"],
    ["£1,000", 100000, "GBP"],
    ["¥1,000", 100000, "JPY"],
    ["USD 1,234.50", 123450, "USD"],
    ["1.234,50 EUR", 123450, "EUR"],
    ["EUR1.234,50", 123450, "EUR"],
    ["chf 12.50", 1250, "CHF"],
    ["  42  ", 4200],
    [".5", 50],
    ["5.", 500],
    ["007", 700],
    ["1.005", 100], // exact decimal tie, half-even
    ["1.015", 102],
    ["1.0051", 101],
    ["0", 0],
    ["-0.00", 0],
  ];
  // padded to three columns so jest never passes its done callback as the currency
  it.each(rows.map(([cell, minor, currency]) => [cell, minor, currency ?? ""] as const))(
    "%p -> %p",
    (cell, minor, currency) => {
      const expected = currency === "" ? { ok: true, minor } : { ok: true, minor, currency };
      // A text that writes digits beyond the scale says that rounding dropped them.
      const rounded = typeof cell === "string" && DROPS_DIGITS.has(cell) ? { rounded: true } : {};
      expect(parseAmount(cell, USD)).toEqual({ ...expected, ...rounded });
      expect(parseAmountMinor(cell, 2)).toBe(minor);
    },
  );

  it.each<[Cell, string, RegExp]>([
    [null, "amount_blank", /blank/],
    ["", "amount_blank", /blank/],
    ["  \u00a0 ", "amount_blank", /blank/],
    [true, "amount_invalid", /TRUE is a logical value/],
    [cellError("#N/A"), "amount_error_cell", /#N\/A/],
    ["#N/A", "amount_invalid", /looks like an error value/],
    ["1,5", "amount_invalid", /decimal separator to ","/],
    ["12,34", "amount_invalid", /comma cannot separate thousands/],
    ["0,123", "amount_invalid", /comma cannot separate thousands/],
    ["0x10", "amount_invalid", /hexadecimal/],
    ["1e3", "amount_invalid", /scientific notation/],
    ["1.5E+03", "amount_invalid", /scientific notation/],
    ["5%", "amount_invalid", /percentage/],
    ["1,23.45", "amount_invalid", /groups? in threes/],
    ["12,3456.00", "amount_invalid", /groups? in threes/],
    ["1,234 567", "amount_invalid", /mixes different thousands separators/],
    ["1.234.56", "amount_invalid", /groups? in threes/],
    ["1,234.567,89", "amount_invalid", /more than one decimal mark/],
    ["1.234 567", "amount_invalid", /after the decimal mark/],
    ["-(50)", "amount_invalid", /more than one sign/],
    ["-50-", "amount_invalid", /more than one sign/],
    ["50 CR-", "amount_invalid", /more than one sign/],
    ["50 S-", "amount_invalid", /more than one sign/],
    ["50 H CR", "amount_invalid", /more than one sign/],
    ["50 SH", "amount_invalid", /unexpected "S"/],
    ["50 X", "amount_invalid", /unexpected|not an ISO 4217/],
    ["(50", "amount_invalid", /parentheses/],
    ["50)", "amount_invalid", /parentheses/],
    ["$5 USD", "amount_invalid", /more than one currency/],
    ["XYZ 5", "amount_invalid", /"XYZ" .* not an ISO 4217 currency code/],
    ["abc", "amount_invalid", /unexpected "a"/],
    ["$", "amount_invalid", /no digits/],
    ["-", "amount_invalid", /no digits/],
    ["Infinity", "amount_invalid", /unexpected/],
    ["1 2", "amount_invalid", /threes/],
    [NaN, "amount_invalid", /not a finite number/],
    [1e300, "amount_overflow", /too large/],
    ["99999999999999999999", "amount_overflow", /too large/],
  ])("%p -> %s", (cell, code, reason) => {
    const r = parseAmount(cell, USD);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason).toMatch(reason);
    }
    expect(parseAmountMinor(cell, 2)).toBeNaN();
  });
});

describe("parseAmount: options", () => {
  it("reads a declared decimal comma, with dots, spaces or apostrophes as thousands", () => {
    const opts: AmountOptions = { decimals: 2, decimalSeparator: "," };
    expect(parseAmount("1,5", opts)).toEqual({ ok: true, minor: 150 });
    expect(parseAmount("1.234,5", opts)).toEqual({ ok: true, minor: 123450 });
    expect(parseAmount("1.234", opts)).toEqual({ ok: true, minor: 123400 });
    expect(parseAmount("1 234", opts)).toEqual({ ok: true, minor: 123400 });
    expect(parseAmountMinor("1,5", 2, ",")).toBe(150);
    const bad = parseAmount("1.5", opts);
    expect(bad.ok ? "" : bad.reason).toMatch(/the decimal separator is ","/);
  });

  it("with a declared decimal point reads a comma as thousands only", () => {
    const opts: AmountOptions = { decimals: 2, decimalSeparator: "." };
    expect(parseAmount("1,234", opts)).toEqual({ ok: true, minor: 123400 });
    expect(parseAmount("1.5", opts)).toEqual({ ok: true, minor: 150 });
    expect(parseAmount("1,5", opts).ok).toBe(false);
    expect(parseAmount("1.234.567", opts).ok).toBe(false);
    expect(parseAmountMinor("1,5", 2, ".")).toBeNaN();
  });

  it("rounds half-up on request, for text and numbers alike", () => {
    const up: AmountOptions = { decimals: 2, rounding: "half-up" };
    expect(parseAmount("1.005", up)).toEqual({ ok: true, minor: 101, rounded: true });
    expect(parseAmount("-1.005", up)).toEqual({ ok: true, minor: -101, rounded: true });
    expect(parseAmount(1.005, up)).toEqual({ ok: true, minor: 101 });
    expect(parseAmount("2.5", { decimals: 0 })).toEqual({ ok: true, minor: 2, rounded: true });
    expect(parseAmount("2.5", { decimals: 0, rounding: "half-up" })).toEqual({
      ok: true,
      minor: 3,
      rounded: true,
    });
    // Trailing zeros drop nothing.
    expect(parseAmount("2.500", USD)).toEqual({ ok: true, minor: 250 });
  });

  it("reports extra decimals instead of rounding when strict, but not float noise or trailing zeros", () => {
    const strict: AmountOptions = { decimals: 2, strictPrecision: true };
    expect(parseAmount("1.005", strict)).toMatchObject({ ok: false, code: "amount_precision" });
    expect(parseAmount(1.005, strict)).toMatchObject({ ok: false, code: "amount_precision" });
    expect(parseAmount(0.1 + 0.2, strict)).toEqual({ ok: true, minor: 30 });
    expect(parseAmount("1.500", strict)).toEqual({ ok: true, minor: 150 });
    expect(parseAmount("1.5", { decimals: 0, strictPrecision: true })).toMatchObject({
      code: "amount_precision",
    });
  });

  it("scales by the declared decimals: JPY 0, BHD 3, quantities 4", () => {
    expect(parseAmount("¥1,235", { decimals: 0 })).toEqual({ ok: true, minor: 1235, currency: "JPY" });
    expect(parseAmount("1.234 BHD", { decimals: 3 })).toEqual({ ok: true, minor: 1234, currency: "BHD" });
    expect(parseAmount(12.5, { decimals: 4 })).toEqual({ ok: true, minor: 125000 });
    expect(parseAmount("12.5", { decimals: 4 })).toEqual({ ok: true, minor: 125000 });
  });

  it("throws on a scale outside 0..15 (a bug, not data)", () => {
    expect(() => parseAmount("1", { decimals: 16 })).toThrow(RangeError);
    expect(() => parseAmountMinor("1", -1)).toThrow(RangeError);
  });
});

/** Writes |minor| (2 decimals) the way a sheet, a bank export or a person might. */
interface Style {
  readonly group: "" | "," | "." | " " | "\u00a0" | "'";
  readonly mark: "." | ",";
  readonly sign: "-" | "()" | "trailing" | "DR" | "S" | "\u2212";
  readonly currency: "" | "$ before" | "€ after" | "USD before" | "EUR after";
}

function write(magnitude: number, negative: boolean, style: Style): string {
  const [whole, fraction] = formatMinor(magnitude, 2).split(".") as [string, string];
  const grouped = style.group === "" ? whole : whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  let text = `${grouped}${style.mark}${fraction}`;
  if (negative) {
    if (style.sign === "()") text = `(${text})`;
    else if (style.sign === "trailing") text = `${text}-`;
    else if (style.sign === "DR" || style.sign === "S") text = `${text} ${style.sign}`;
    else text = `${style.sign}${text}`;
  }
  switch (style.currency) {
    case "$ before":
      return `$${text}`;
    case "€ after":
      return `${text} €`;
    case "USD before":
      return `USD ${text}`;
    case "EUR after":
      return `${text} EUR`;
    default:
      return text;
  }
}

const style: fc.Arbitrary<Style> = fc
  .record({
    group: fc.constantFrom<Style["group"]>("", ",", ".", " ", "\u00a0", "'"),
    mark: fc.constantFrom<Style["mark"]>(".", ","),
    sign: fc.constantFrom<Style["sign"]>("-", "()", "trailing", "DR", "S", "\u2212"),
    currency: fc.constantFrom<Style["currency"]>("", "$ before", "€ after", "USD before", "EUR after"),
  })
  .filter((s) => s.group !== s.mark);

describe("parseAmount: properties", () => {
  it("reads back the exact cents of any amount written in any house style, given its decimal mark", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), fc.boolean(), style, (magnitude, negative, s) => {
        const text = write(magnitude, negative, s);
        const r = parseAmount(text, { decimals: 2, decimalSeparator: s.mark });
        const minor = negative ? -magnitude : magnitude;
        expect(r).toMatchObject({ ok: true, minor: minor + 0 });
        const currency = {
          "": undefined,
          "$ before": "USD",
          "€ after": "EUR",
          "USD before": "USD",
          "EUR after": "EUR",
        }[s.currency];
        expect(r.ok && r.currency).toBe(currency ?? undefined);
        expect(parseAmountMinor(text, 2, s.mark)).toBe(minor + 0);
      }),
    );
  });

  it("needs no declared mark when the text shows it (a grouped number with both marks)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100000, max: 10 ** 15 }), style, (magnitude, s) => {
        fc.pre(s.group === "," || s.group === ".");
        expect(parseAmountMinor(write(magnitude, false, s), 2)).toBe(magnitude);
      }),
    );
  });

  it("reads a double and its plain text alike", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 13), max: 10 ** 13 }),
        fc.integer({ min: 0, max: 4 }),
        (minor, d) => {
          const text = formatMinor(minor, d);
          expect(parseAmountMinor(text, d)).toBe(minor);
          expect(parseAmountMinor(Number(text), d)).toBe(minor);
        },
      ),
    );
  });

  const dirtyChar = fc.constantFrom(..."0123456789.,  '()-+$€£¥eExX%#CRDUSBH\u00a0\u2212".split(""));
  const dirtyCell: fc.Arbitrary<Cell> = fc.oneof(
    fc.string({ unit: dirtyChar, maxLength: 14 }),
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.constantFrom<Cell>(null, true, false, cellError("#VALUE!"), "", " "),
  );

  it("never throws on dirty cells, and the fast path agrees with parseAmount", () => {
    fc.assert(
      fc.property(dirtyCell, fc.constantFrom<"." | "," | undefined>(undefined, ".", ","), (cell, mark) => {
        const r = parseAmount(cell, { decimals: 2, decimalSeparator: mark });
        const fast = parseAmountMinor(cell, 2, mark);
        if (r.ok) {
          expect(fast).toBe(r.minor);
          expect(Number.isSafeInteger(r.minor)).toBe(true);
          expect(Object.is(r.minor, -0)).toBe(false);
        } else {
          expect(fast).toBeNaN();
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("never reads a blank as 0", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(" ", "\t", "\u00a0", "\u202f", "\n") }), (blank) => {
        expect(parseAmount(blank, USD)).toMatchObject({ ok: false, code: "amount_blank" });
        expect(parseAmountMinor(blank, 2)).toBeNaN();
      }),
    );
  });
});
