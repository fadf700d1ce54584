import fc from "fast-check";
import { dayFromIso, dayFromYmd, isoFromDay } from "./day";
import { dayToSerial, MAX_SERIAL_1900, MAX_SERIAL_1904, serialToDay, serialToIsoDateTime } from "./serial";

const iso = (serial: number, system: 1900 | 1904) => {
  const day = serialToDay(serial, system);
  return day === null ? null : isoFromDay(day);
};

describe("Excel serials: golden pairs", () => {
  it.each([
    [1, 1900, "1900-01-01"],
    [59, 1900, "1900-02-28"],
    [61, 1900, "1900-03-01"],
    [25569, 1900, "1970-01-01"],
    [45382, 1900, "2024-03-31"],
    [46112, 1900, "2026-03-31"],
    [2958465, 1900, "9999-12-31"],
    [0, 1904, "1904-01-01"],
    [59, 1904, "1904-02-29"],
    [44650, 1904, "2026-03-31"],
    [2957003, 1904, "9999-12-31"],
  ] as const)("%i (%i) <-> %s", (serial, system, date) => {
    expect(iso(serial, system)).toBe(date);
    expect(dayToSerial(dayFromIso(date) as number, system)).toBe(serial);
  });

  it("reads serial 0 (1900) as 1899-12-31 for the time-of-day convention, but never writes it", () => {
    expect(iso(0, 1900)).toBe("1899-12-31");
    expect(iso(0.75, 1900)).toBe("1899-12-31");
    expect(dayToSerial(dayFromYmd(1899, 12, 31), 1900)).toBeNaN();
  });

  it("has no day for the phantom 1900-02-29 (serial 60)", () => {
    expect(serialToDay(60, 1900)).toBeNull();
    expect(serialToDay(60.5, 1900)).toBeNull();
    expect(serialToIsoDateTime(60, 1900)).toBe("1900-02-29T00:00:00");
    expect(dayToSerial(dayFromYmd(1900, 2, 28), 1900) + 1).toBe(60);
    expect(dayToSerial(dayFromYmd(1900, 3, 1), 1900)).toBe(61);
  });

  it("returns null or NaN outside Excel's range", () => {
    for (const s of [-1, -0.5, MAX_SERIAL_1900 + 1, NaN, Infinity, -Infinity])
      expect(serialToDay(s, 1900)).toBeNull();
    for (const s of [-1, MAX_SERIAL_1904 + 1, NaN]) expect(serialToDay(s, 1904)).toBeNull();
    expect(dayToSerial(dayFromYmd(1903, 12, 31), 1904)).toBeNaN();
    expect(dayToSerial(dayFromYmd(10000, 1, 1), 1900)).toBeNaN();
    expect(dayToSerial(0.5, 1900)).toBeNaN();
    expect(serialToIsoDateTime(-0.1, 1900)).toBeNull();
    expect(serialToIsoDateTime(MAX_SERIAL_1900 + 1, 1900)).toBeNull();
  });
});

describe("Excel serials: date-times", () => {
  it.each([
    [0.5, 1900, "1899-12-31T12:00:00"],
    [60.5, 1900, "1900-02-29T12:00:00"],
    [45000.75, 1900, "2023-03-15T18:00:00"],
    [45000.75, 1904, "2027-03-16T18:00:00"],
    [61.24078782403, 1900, "1900-03-01T05:46:44.068"],
    [0.9999999884259259, 1900, "1899-12-31T23:59:59.999"],
    [45000.9999999999, 1900, "2023-03-16T00:00:00"], // rounds to midnight and carries
  ] as const)("%p (%i) -> %s", (serial, system, text) =>
    expect(serialToIsoDateTime(serial, system)).toBe(text),
  );

  it("keeps every millisecond of a time of day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_SERIAL_1900 }),
        fc.integer({ min: 0, max: 86399999 }),
        (whole, ms) => {
          fc.pre(whole !== 60);
          const text = serialToIsoDateTime(whole + ms / 86400000, 1900) as string;
          const [date, time] = text.split("T") as [string, string];
          expect(date).toBe(iso(whole, 1900));
          const [h, m, s] = time.split(":").map(Number) as [number, number, number];
          expect(Math.round(((h * 60 + m) * 60 + s) * 1000)).toBe(ms);
        },
      ),
    );
  });
});

describe("Excel serials: round trips", () => {
  it("serial -> day -> serial in the 1900 system (every serial but 0 and 60)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL_1900 }), (serial) => {
        fc.pre(serial !== 60);
        expect(dayToSerial(serialToDay(serial, 1900) as number, 1900)).toBe(serial);
      }),
    );
  });

  it("serial -> day -> serial in the 1904 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SERIAL_1904 }), (serial) => {
        expect(dayToSerial(serialToDay(serial, 1904) as number, 1904)).toBe(serial);
      }),
    );
  });

  it("day -> serial -> day in both systems, and 1900 serials are 1904 serials + 1462", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1900, 1, 1), max: dayFromYmd(9999, 12, 31) }), (day) => {
        const s1900 = dayToSerial(day, 1900);
        expect(serialToDay(s1900, 1900)).toBe(day);
        if (day >= dayFromYmd(1904, 1, 1)) {
          const s1904 = dayToSerial(day, 1904);
          expect(serialToDay(s1904, 1904)).toBe(day);
          expect(s1900 - s1904).toBe(1462);
        }
      }),
    );
  });

  it("takes the integer part of a serial with a time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: MAX_SERIAL_1900 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (s, f) => {
          expect(serialToDay(s + f, 1900)).toBe(serialToDay(s, 1900));
        },
      ),
    );
  });
});
