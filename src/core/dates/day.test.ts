import fc from "fast-check";
import {
  addMonthsToDay,
  dayFromIso,
  dayFromYmd,
  daysInMonth,
  isoFromDay,
  isValidYmd,
  weekdayOfDay,
  ymdFromDay,
} from "./day";

/** Independent oracle: the UTC calendar of the JS engine (years 100..9999 to avoid Date's 0..99 quirk). */
function utcDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}

const ymd = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
const dayRange = fc.integer({ min: dayFromYmd(1, 1, 1), max: dayFromYmd(9999, 12, 31) });

describe("day numbers", () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2026, 3, 31, 20543],
    [2000, 2, 29, 11016],
    [1900, 3, 1, -25508],
    [1899, 12, 31, -25568],
    [1904, 1, 1, -24107],
    [9999, 12, 31, 2932896],
  ])("%i-%i-%i is day %i", (y, m, d, day) => {
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdFromDay(day)).toEqual({ y, m, d });
  });

  it("agrees with the UTC calendar", () => {
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        fc.pre(y >= 100);
        expect(dayFromYmd(y, m, d)).toBe(utcDay(y, m, d));
      }),
    );
  });

  it("round-trips y-m-d <-> day", () => {
    fc.assert(fc.property(ymd, (v) => expect(ymdFromDay(dayFromYmd(v.y, v.m, v.d))).toEqual(v)));
    fc.assert(
      fc.property(dayRange, (day) => {
        const { y, m, d } = ymdFromDay(day);
        expect(dayFromYmd(y, m, d)).toBe(day);
      }),
    );
  });

  it("runs past month ends and wraps months without validation", () => {
    expect(dayFromYmd(2026, 2, 29)).toBe(dayFromYmd(2026, 3, 1));
    expect(dayFromYmd(2026, 13, 1)).toBe(dayFromYmd(2027, 1, 1));
    expect(dayFromYmd(2026, 0, 31)).toBe(dayFromYmd(2025, 12, 31));
  });

  it("validates real dates", () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2026, 2, 29)).toBe(false);
    expect(isValidYmd(1900, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
    expect(isValidYmd(2026, 4, 31)).toBe(false);
    expect(isValidYmd(2026, 13, 1)).toBe(false);
    expect(isValidYmd(0, 1, 1)).toBe(false);
    expect(isValidYmd(2026, 1.5, 1)).toBe(false);
  });
});

describe("ISO strings", () => {
  it("formats and parses strictly", () => {
    expect(isoFromDay(20543)).toBe("2026-03-31");
    expect(isoFromDay(dayFromYmd(812, 1, 2))).toBe("0812-01-02");
    expect(dayFromIso("2026-03-31")).toBe(20543);
    for (const bad of [
      "2026-02-30",
      "2026-3-31",
      "20260331",
      "2026/03/31",
      " 2026-03-31",
      "2026-03-31T00:00",
      "abcd-ef-gh",
      "",
    ]) {
      expect(dayFromIso(bad)).toBeNull();
    }
  });

  it("round-trips", () => {
    fc.assert(fc.property(dayRange, (day) => expect(dayFromIso(isoFromDay(day))).toBe(day)));
  });
});

describe("weekdays and months", () => {
  it("numbers weekdays Monday = 0 … Sunday = 6", () => {
    expect(weekdayOfDay(dayFromYmd(2026, 3, 30))).toBe(0);
    expect(weekdayOfDay(dayFromYmd(2026, 3, 31))).toBe(1);
    expect(weekdayOfDay(0)).toBe(3); // 1970-01-01, a Thursday
    expect(weekdayOfDay(-1)).toBe(2);
    fc.assert(
      fc.property(dayRange, (day) => {
        expect(weekdayOfDay(day)).toBe((new Date(day * 86400000).getUTCDay() + 6) % 7);
      }),
    );
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-03-15", 12, "2027-03-15"],
    ["2026-01-31", -13, "2024-12-31"],
    ["2026-05-31", 0, "2026-05-31"],
  ])("%s + %i months -> %s", (from, months, to) => {
    expect(isoFromDay(addMonthsToDay(dayFromIso(from) as number, months))).toBe(to);
  });

  it("adds months clamping to the month end", () => {
    fc.assert(
      fc.property(ymd, fc.integer({ min: -240, max: 240 }), (v, n) => {
        fc.pre(v.y > 30 && v.y < 9970);
        const r = ymdFromDay(addMonthsToDay(dayFromYmd(v.y, v.m, v.d), n));
        expect(r.y * 12 + r.m).toBe(v.y * 12 + v.m + n);
        expect(r.d).toBe(Math.min(v.d, daysInMonth(r.y, r.m)));
      }),
    );
    expect(() => addMonthsToDay(0, 1.5)).toThrow(RangeError);
  });
});
