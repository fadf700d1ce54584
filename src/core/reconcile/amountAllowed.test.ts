/** The rule's amount test outside a run: exact, any, and tolerances with inclusive bounds at the currency's scale. */
import { dayFromIso } from "../dates";
import { mulberry32 } from "../random";
import { DEFAULT_RULES } from "./defaultRules";
import { generatePair } from "./generate/generatePair";
import { reconcile } from "./reconcile";
import { defineRule } from "./rules";
import { amountAllowed, compileRule } from "./evaluate";

const rule = (amount: Parameters<typeof defineRule>[0]["amount"]) =>
  compileRule(defineRule({ id: "r", amount }), 0);

describe("amountAllowed", () => {
  it("exact takes equal amounts only; any takes every amount", () => {
    expect(amountAllowed(rule("exact"), "USD", 1000, 1000)).toBe(true);
    expect(amountAllowed(rule("exact"), "USD", 1000, 1001)).toBe(false);
    expect(amountAllowed(rule("any"), "USD", 1000, -5)).toBe(true);
  });

  it("an absolute tolerance is in currency units, bounds inclusive, each side on its own", () => {
    const r = rule({ below: { abs: 0.5 } });
    expect(amountAllowed(r, "USD", 1000, 950)).toBe(true);
    expect(amountAllowed(r, "USD", 1000, 949)).toBe(false);
    expect(amountAllowed(r, "USD", 1000, 1001)).toBe(false);
    // Yen have no minor digits: an absolute 1 is one unit of the amounts.
    expect(amountAllowed(rule({ below: { abs: 1 } }), "JPY", 1000, 999)).toBe(true);
    expect(amountAllowed(rule({ below: { abs: 1 } }), "JPY", 1000, 998)).toBe(false);
  });

  it("a percent tolerance is of the left amount, exactly at the bound", () => {
    const r = rule({ above: { pct: 5 } });
    expect(amountAllowed(r, "USD", 10000, 10500)).toBe(true);
    expect(amountAllowed(r, "USD", 10000, 10501)).toBe(false);
    expect(amountAllowed(r, "USD", -10000, -10500)).toBe(false);
    expect(amountAllowed(rule({ below: { pct: 5 } }), "USD", -10000, -10500)).toBe(true);
  });
});

describe("amountAllowed against a run", () => {
  it("allows the amounts of every one-to-one match a tolerance rule made", () => {
    const { left, right } = generatePair({
      size: 3000,
      random: mulberry32(5),
      startDay: dayFromIso("2026-01-01") as number,
    });
    const result = reconcile(left, right);
    const tolerant = DEFAULT_RULES.filter((r) => typeof r.amount === "object").map((r) => r.id);
    const made = result.matches.filter((m) => tolerant.includes(m.rule) && m.cardinality === "1:1");
    expect(made.length).toBeGreaterThan(10);
    expect(made.some((m) => m.difference !== 0)).toBe(true);
    for (const m of made) {
      const cr = compileRule(
        DEFAULT_RULES.find((r) => r.id === m.rule)!,
        0,
      );
      const l = left.minor[m.left[0] as number] as number;
      const r = right.minor[m.right[0] as number] as number;
      expect(amountAllowed(cr, m.currency, l, r)).toBe(true);
    }
  });
});
