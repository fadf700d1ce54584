import fc from "fast-check";
import { cellError } from "../cell";
import { dayFromIso, dayFromYmd } from "./day";
import { parseDateTime } from "./parseDateTime";
import { dayToSerial } from "./serial";

const at = (iso: string, minute: number, hasTime = true) => ({
  ok: true,
  day: dayFromIso(iso),
  minute,
  hasTime,
});

describe("parseDateTime: golden cases", () => {
  it.each<[string | number, "DMY" | "MDY" | undefined, ReturnType<typeof at>]>([
    ["2026-03-31 14:30", undefined, at("2026-03-31", 870)],
    ["2026-03-31T14:30", undefined, at("2026-03-31", 870)],
    ["2026-03-31T14:30:59.999", undefined, at("2026-03-31", 870)],
    ["31/03/2026 2:30 PM", undefined, at("2026-03-31", 870)],
    ["03/31/2026 2:30 p.m.", "MDY", at("2026-03-31", 870)],
    ["31/03/2026, 09:05", "DMY", at("2026-03-31", 545)],
    ["31/03/2026 12:00 AM", undefined, at("2026-03-31", 0)],
    ["31/03/2026 12:15 PM", undefined, at("2026-03-31", 735)],
    ["Tue 31 Mar 2026 23:59", undefined, at("2026-03-31", 1439)],
    ["2026-03-31", undefined, at("2026-03-31", 0, false)],
    ["2026-03-31 00:00", undefined, at("2026-03-31", 0)],
    [46112.604166666664, undefined, at("2026-03-31", 870)],
    [46112.6041666, undefined, at("2026-03-31", 869)], // 14:29:59.994: the minute shown is 29
    [46112, undefined, at("2026-03-31", 0, false)],
    [46112.9999999999, undefined, at("2026-04-01", 0, false)], // rounds to midnight
  ])("%p -> %j", (cell, order, expected) => {
    expect(parseDateTime(cell, { system: 1900, order })).toEqual(expected);
  });

  it("reads 1904 serials with their time", () => {
    expect(parseDateTime(0.5, { system: 1904 })).toEqual(at("1904-01-01", 720));
    expect(parseDateTime(45000.75, { system: 1904 })).toEqual(at("2027-03-16", 1080));
  });

  it.each<[string | number | boolean | null, string, RegExp]>([
    ["2026-03-31 24:00", "date_invalid", /impossible time/],
    ["2026-03-31 13:00 PM", "date_invalid", /impossible time/],
    ["2026-03-31 0:30 AM", "date_invalid", /impossible time/],
    ["2026-03-31 14:60", "date_invalid", /impossible time/],
    ["2026-03-31 14:30:61", "date_invalid", /impossible time/],
    ["2026-03-31 1430", "date_invalid", /impossible time/],
    ["2026-03-31 14:30 XM", "date_invalid", /impossible time/],
    ["2026-03-31T14:30:00+01:00", "date_invalid", /time zone/],
    ["2026-03-31 14:30Z", "date_invalid", /time zone/],
    ["14:30", "date_invalid", /time with no date/],
    ["03/04/2026 10:00", "date_ambiguous", /2026-04-03 \(DMY\)/],
    [0.5, "date_invalid", /time of day with no date/],
    [0, "date_out_of_range", /day zero/],
    [60.5, "date_invalid", /1900-02-29/],
    [59.9999999999, "date_invalid", /1900-02-29/], // 23:59:59.99999 rounds into the phantom day, as Excel shows it
    [null, "date_blank", /blank/],
    [true, "date_invalid", /logical value/],
  ])("%p -> %s", (cell, code, reason) => {
    const r = parseDateTime(cell, { system: 1900 });
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok ? "" : r.reason).toMatch(reason);
  });

  it("reports error cells", () => {
    expect(parseDateTime(cellError("#N/A"), { system: 1900 })).toMatchObject({
      ok: false,
      code: "date_error_cell",
    });
  });
});

describe("parseDateTime: properties", () => {
  const day = fc.integer({ min: dayFromYmd(1900, 3, 1), max: dayFromYmd(9999, 12, 30) });
  const minute = fc.integer({ min: 0, max: 1439 });

  it("recovers day and minute from a serial with a time fraction, in both systems", () => {
    fc.assert(
      fc.property(day, minute, fc.constantFrom(1900, 1904), (d, m, system) => {
        fc.pre(system === 1900 || d >= dayFromYmd(1904, 1, 1));
        const serial = dayToSerial(d, system as 1900 | 1904) + m / 1440;
        expect(parseDateTime(serial, { system: system as 1900 | 1904 })).toEqual({
          ok: true,
          day: d,
          minute: m,
          hasTime: m !== 0,
        });
      }),
    );
  });

  it("reads 24-hour and 12-hour clock texts alike", () => {
    fc.assert(
      fc.property(minute, (m) => {
        const h = Math.floor(m / 60);
        const mm = String(m % 60).padStart(2, "0");
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const expected = { ok: true, day: dayFromIso("2026-03-31"), minute: m, hasTime: true };
        expect(parseDateTime(`2026-03-31 ${h}:${mm}`, { system: 1900 })).toEqual(expected);
        expect(parseDateTime(`2026-03-31T${String(h).padStart(2, "0")}:${mm}:00`, { system: 1900 })).toEqual(
          expected,
        );
        expect(parseDateTime(`31/03/2026 ${h12}:${mm} ${h < 12 ? "AM" : "PM"}`, { system: 1900 })).toEqual(
          expected,
        );
      }),
    );
  });
});
