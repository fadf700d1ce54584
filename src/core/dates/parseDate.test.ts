import fc from "fast-check";
import { cellError, type Cell } from "../cell";
import { dayFromIso, dayFromYmd, daysInMonth, isoFromDay, weekdayOfDay } from "./day";
import { parseDate, parseDateDay, type DateOptions } from "./parseDate";
import type { DateOrder } from "./types";

const EXCEL: DateOptions = { system: 1900 };
const ok = (iso: string) => ({ ok: true, day: dayFromIso(iso) });

describe("parseDate: text golden cases", () => {
  it.each<[string, DateOrder | undefined, string]>([
    ["2026-03-31", undefined, "2026-03-31"],
    ["2026-03-31", "DMY", "2026-03-31"],
    ["2026-03-31", "MDY", "2026-03-31"],
    ["2026/3/5", undefined, "2026-03-05"],
    ["2026.03.05", "DMY", "2026-03-05"],
    ["20260331", undefined, "2026-03-31"],
    ["31/03/2026", undefined, "2026-03-31"],
    ["31-03-2026", "DMY", "2026-03-31"],
    ["31.03.2026", undefined, "2026-03-31"],
    ["03/31/2026", undefined, "2026-03-31"],
    ["3/31/26", "MDY", "2026-03-31"],
    ["31/3/26", "DMY", "2026-03-31"],
    ["26/03/31", "YMD", "2026-03-31"],
    ["03/04/2026", "DMY", "2026-04-03"],
    ["03/04/2026", "MDY", "2026-03-04"],
    ["03/03/2026", undefined, "2026-03-03"],
    ["1/1/30", "DMY", "1930-01-01"],
    ["1/1/29", "DMY", "2029-01-01"],
    ["3 Mar 2026", undefined, "2026-03-03"],
    ["3 March 2026", "MDY", "2026-03-03"],
    ["03-Mar-26", undefined, "2026-03-03"],
    ["3rd March, 2026", undefined, "2026-03-03"],
    ["Mar 3, 2026", undefined, "2026-03-03"],
    ["March 3 2026", "DMY", "2026-03-03"],
    ["Mar. 3rd, 2026", undefined, "2026-03-03"],
    ["Sept 9 2026", undefined, "2026-09-09"],
    ["2026-Mar-03", undefined, "2026-03-03"],
    ["Tue, 31 Mar 2026", undefined, "2026-03-31"],
    ["Tuesday March 31, 2026", undefined, "2026-03-31"],
    ["  2026-03-31  ", undefined, "2026-03-31"],
    ["2026-03-31 14:30", undefined, "2026-03-31"],
    ["2026-03-31T14:30:00", undefined, "2026-03-31"],
    ["31/03/2026 2:30 PM", undefined, "2026-03-31"],
    ["1900-01-01", undefined, "1900-01-01"],
    ["1900-02-28", undefined, "1900-02-28"],
    ["9999-12-31", undefined, "9999-12-31"],
  ])("%p (%s) -> %s", (text, order, iso) => {
    expect(parseDate(text, { system: 1900, order })).toEqual(ok(iso));
    expect(parseDateDay(text, 1900, order)).toBe(dayFromIso(iso));
  });

  it.each<[Cell, DateOrder | undefined, string, RegExp]>([
    ["", undefined, "date_blank", /blank/],
    ["   ", "DMY", "date_blank", /blank/],
    [null, undefined, "date_blank", /blank/],
    ["03/04/2026", undefined, "date_ambiguous", /2026-04-03 \(DMY\) or 2026-03-04 \(MDY\)/],
    ["3/4/26", undefined, "date_ambiguous", /2026-04-03 \(DMY\) or 2026-03-04 \(MDY\)/],
    ["31/02/2026", undefined, "date_invalid", /February 2026 has no day 31/],
    ["31/04/2026", "DMY", "date_invalid", /\(read as DMY\): April 2026 has no day 31/],
    ["03/31/2026", "DMY", "date_invalid", /\(read as DMY\) has month 31/],
    ["13/13/2026", undefined, "date_invalid", /month 13/],
    ["2026-02-29", undefined, "date_invalid", /February 2026 has no day 29/],
    ["29/02/1900", "DMY", "date_invalid", /1900 was not a leap year/],
    ["1900-02-29", undefined, "date_invalid", /1900 was not a leap year/],
    ["31 Feb 2026", undefined, "date_invalid", /February 2026 has no day 31/],
    ["Mon 31 Mar 2026", undefined, "date_invalid", /2026-03-31 is a Tuesday, not a Monday/],
    ["1899-12-31", undefined, "date_out_of_range", /before 1900-01-01/],
    ["0000-01-01", undefined, "date_out_of_range", /before 1900-01-01/],
    ["45000", undefined, "date_invalid", /number stored as text/],
    ["14:30", undefined, "date_invalid", /time with no date/],
    ["3 Mar", undefined, "date_invalid", /needs a day, a month and a year/],
    ["March 2026", undefined, "date_invalid", /needs a day, a month and a year/],
    ["03/2026", undefined, "date_invalid", /not laid out as a date/],
    ["1/2/3", undefined, "date_invalid", /not laid out as a date/],
    ["2026-03-31-01", undefined, "date_invalid", /unexpected "-"/],
    ["hello", undefined, "date_invalid", /"hello" is not a date/],
    ["Smarch 3, 2026", undefined, "date_invalid", /is not a date/],
    ["3 Foo 2026", undefined, "date_invalid", /unexpected "F"/],
    ["2026-03-31 25:00", undefined, "date_invalid", /impossible time/],
    ["2026-03-31T14:30:00Z", undefined, "date_invalid", /time zone/],
    ["2026-03-31 14:30 +02:00", undefined, "date_invalid", /time zone/],
    ["2026-03-31 14:30 UTC", undefined, "date_invalid", /time zone/],
    [true, undefined, "date_invalid", /TRUE is a logical value/],
    [cellError("#REF!"), undefined, "date_error_cell", /#REF!/],
  ])("%p (%s) -> %s", (cell, order, code, reason) => {
    const r = parseDate(cell, { system: 1900, order });
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok ? "" : r.reason).toMatch(reason);
    expect(parseDateDay(cell, 1900, order)).toBeNaN();
  });

  it("gives the readings of an ambiguous date separately for the issue message", () => {
    expect(parseDate("03/04/2026", EXCEL)).toEqual({
      ok: false,
      code: "date_ambiguous",
      reason: '"03/04/2026" can be 2026-04-03 (DMY) or 2026-03-04 (MDY)',
      readings: "2026-04-03 (DMY) or 2026-03-04 (MDY)",
    });
  });

  it("reads a year-last text under a declared YMD order only when it is unambiguous", () => {
    expect(parseDate("31/03/2026", { system: 1900, order: "YMD" })).toEqual(ok("2026-03-31"));
    expect(parseDate("03/04/2026", { system: 1900, order: "YMD" })).toMatchObject({ code: "date_ambiguous" });
  });

  it("starts the 1904 system at 1904-01-01", () => {
    expect(parseDate("1904-01-01", { system: 1904 })).toEqual(ok("1904-01-01"));
    expect(parseDate("1903-12-31", { system: 1904 })).toMatchObject({
      code: "date_out_of_range",
      reason: /1904-01-01/,
    });
  });
});

describe("parseDate: serial numbers", () => {
  it.each<[number, 1900 | 1904, string]>([
    [1, 1900, "1900-01-01"],
    [59, 1900, "1900-02-28"],
    [59.99, 1900, "1900-02-28"],
    [61, 1900, "1900-03-01"],
    [46112, 1900, "2026-03-31"],
    [46112.75, 1900, "2026-03-31"],
    [2958465.5, 1900, "9999-12-31"],
    [0, 1904, "1904-01-01"],
    [0.5, 1904, "1904-01-01"],
    [44650, 1904, "2026-03-31"],
    // Too large for a serial: a yyyymmdd column Excel made numbers of.
    [20260331, 1900, "2026-03-31"],
    [20240229, 1904, "2024-02-29"],
    [19000101, 1900, "1900-01-01"],
  ])("%p (%i) -> %s", (serial, system, iso) => {
    expect(parseDate(serial, { system })).toEqual(ok(iso));
    expect(parseDateDay(serial, system)).toBe(dayFromIso(iso));
  });

  it.each<[number, 1900 | 1904, string, RegExp]>([
    [0, 1900, "date_out_of_range", /day zero \(shown as 1900-01-00\)/],
    [0.5, 1900, "date_invalid", /time of day with no date/],
    [60, 1900, "date_invalid", /1900-02-29, a day that never existed/],
    [60.25, 1900, "date_invalid", /1900-02-29/],
    [-1, 1900, "date_out_of_range", /before 1899-12-31|before/],
    [-1, 1904, "date_out_of_range", /before 1904-01-01/],
    [2958466, 1900, "date_out_of_range", /after 9999-12-31/],
    [2957004, 1904, "date_out_of_range", /after 9999-12-31/],
    [20260231, 1900, "date_invalid", /read as yyyymmdd, is no date of the 1900 date system/],
    [20261301, 1900, "date_invalid", /read as yyyymmdd/],
    [19000101, 1904, "date_invalid", /no date of the 1904 date system/],
    [20260331.5, 1900, "date_out_of_range", /after 9999-12-31/],
    [NaN, 1900, "date_invalid", /not a date serial/],
    [Infinity, 1904, "date_invalid", /not a date serial/],
  ])("%p (%i) -> %s", (serial, system, code, reason) => {
    const r = parseDate(serial, { system });
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok ? "" : r.reason).toMatch(reason);
    expect(parseDateDay(serial, system)).toBeNaN();
  });
});

const two = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const date = fc
  .record({
    y: fc.integer({ min: 1900, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));

describe("parseDate: properties", () => {
  it("reads back any date written in any layout under its declared order", () => {
    const layout = fc.constantFrom("iso", "DMY", "MDY", "YMD2", "DMY2", "name-first", "day-first", "weekday");
    const sep = fc.constantFrom("/", "-", ".");
    fc.assert(
      fc.property(date, layout, sep, ({ y, m, d }, how, s) => {
        const day = dayFromYmd(y, m, d);
        const yy = two(y % 100);
        const twoDigitOk = (y % 100 < 30 ? 2000 : 1900) + (y % 100) === y;
        let text: string;
        let order: DateOrder | undefined;
        switch (how) {
          case "iso":
            text = `${y}-${two(m)}-${two(d)}`;
            break;
          case "DMY":
            [text, order] = [`${d}${s}${m}${s}${y}`, "DMY"];
            break;
          case "MDY":
            [text, order] = [`${two(m)}${s}${two(d)}${s}${y}`, "MDY"];
            break;
          case "YMD2":
            fc.pre(twoDigitOk);
            [text, order] = [`${yy}${s}${two(m)}${s}${two(d)}`, "YMD"];
            break;
          case "DMY2":
            fc.pre(twoDigitOk);
            [text, order] = [`${two(d)}${s}${two(m)}${s}${yy}`, "DMY"];
            break;
          case "name-first":
            text = `${MONTHS[m - 1]} ${d}, ${y}`;
            break;
          case "day-first":
            text = `${two(d)}-${MONTHS[m - 1]}-${y}`;
            break;
          default:
            text = `${["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekdayOfDay(day)]}, ${d} ${MONTHS[m - 1]} ${y}`;
        }
        expect(parseDate(text, { system: 1900, order })).toEqual({ ok: true, day });
        expect(parseDateDay(text, 1900, order)).toBe(day);
      }),
    );
  });

  it("flags a year-last date without an order as ambiguous exactly when both readings are real and differ", () => {
    fc.assert(
      fc.property(date, fc.constantFrom("/", "-", "."), ({ y, m, d }, s) => {
        const text = `${two(d)}${s}${two(m)}${s}${y}`;
        const r = parseDate(text, EXCEL);
        if (d <= 12 && d !== m) {
          const readings = `${isoFromDay(dayFromYmd(y, m, d))} (DMY) or ${isoFromDay(dayFromYmd(y, d, m))} (MDY)`;
          expect(r).toMatchObject({ ok: false, code: "date_ambiguous", readings });
        } else {
          expect(r).toEqual({ ok: true, day: dayFromYmd(y, m, d) });
        }
      }),
    );
  });

  const dateChar = fc.constantFrom(..."0123456789/-.: ,TtMarJnFebDcSpAPZ+".split(""));
  const dirty: fc.Arbitrary<Cell> = fc.oneof(
    fc.string({ unit: dateChar, maxLength: 20 }),
    fc.string({ maxLength: 10 }),
    fc.double(),
    fc.integer({ min: -10, max: 3000000 }),
    fc.constantFrom<Cell>(null, false, cellError("#N/A")),
  );

  it("never throws on dirty cells, and the fast path agrees with parseDate", () => {
    fc.assert(
      fc.property(
        dirty,
        fc.constantFrom(1900, 1904),
        fc.constantFrom<DateOrder | undefined>(undefined, "DMY", "MDY", "YMD"),
        (cell, system, order) => {
          const r = parseDate(cell, { system: system as 1900 | 1904, order });
          const fast = parseDateDay(cell, system as 1900 | 1904, order);
          if (r.ok) expect(fast).toBe(r.day);
          else expect(fast).toBeNaN();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
