/** DATEV exports: the file's own header line, and a booking batch's day-and-month dates given their year. */
import { dayFromIso } from "./dates";
import { datevDateColumn, datevDay, datevLayout } from "./datevBatch";

function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** A DATEV header line with the fields a reader looks at: category, fiscal year start, period. */
function header(
  category: string,
  fiscalYearStart: string,
  from: string,
  to: string,
  mark = "EXTF",
): string[] {
  const line = [
    mark,
    "700",
    category,
    "Buchungsstapel",
    "13",
    "20260402101500123",
    "",
    "RE",
    "",
    "",
    "29098",
  ];
  return [...line, "55003", fiscalYearStart, "4", from, to, "März 2026", "", "1", "0", "0", "EUR"];
}

describe("datevLayout", () => {
  it("takes the period of a booking batch from its header line, the column headers from the next line", () => {
    expect(datevLayout([header("21", "20260101", "20260301", "20260331"), ["Umsatz"]])).toEqual({
      headerIndex: 1,
      period: { from: day("2026-03-01"), to: day("2026-03-31") },
      bookingBatch: true,
    });
    expect(datevLayout([header("21", "20260101", "20260301", "20260331", "DTVF")])?.bookingBatch).toBe(true);
  });

  it("falls back to the twelve months from the fiscal year's start when the period is missing or reversed", () => {
    expect(datevLayout([header("21", "20250701", "", "")])?.period).toEqual({
      from: day("2025-07-01"),
      to: day("2026-06-30"),
    });
    expect(datevLayout([header("21", "20260101", "20260331", "20260301")])?.period).toEqual({
      from: day("2026-01-01"),
      to: day("2026-12-31"),
    });
    expect(datevLayout([header("21", "", "2026-03-01", "")])?.period).toBeNull();
  });

  it("knows other DATEV exports (accounts, addresses) by their mark, with no dates to mend", () => {
    expect(datevLayout([header("16", "20260101", "", "")])).toEqual({
      headerIndex: 1,
      period: null,
      bookingBatch: false,
    });
  });

  it("takes nothing else for a DATEV export", () => {
    expect(datevLayout([["Datum", "Betrag"]])).toBeNull();
    expect(datevLayout([["EXTFX", "700", "21"]])).toBeNull();
    expect(datevLayout([])).toBeNull();
  });
});

describe("datevDay", () => {
  const march = { from: day("2026-03-01"), to: day("2026-03-31") };
  const fiscal = { from: day("2025-07-01"), to: day("2026-06-30") };

  it("reads day and month, with or without the leading zero, inside the period", () => {
    expect(datevDay("0303", march)).toBe("2026-03-03");
    expect(datevDay("303", march)).toBe("2026-03-03");
    expect(datevDay(" 3103 ", march)).toBe("2026-03-31");
  });

  it("gives each date the year that puts it inside a fiscal year across two calendar years", () => {
    expect(datevDay("1507", fiscal)).toBe("2025-07-15");
    expect(datevDay("3112", fiscal)).toBe("2025-12-31");
    expect(datevDay("0101", fiscal)).toBe("2026-01-01");
    expect(datevDay("3006", fiscal)).toBe("2026-06-30");
  });

  it("finds no day outside the period, no 29 February in a common year and nothing that is not DDMM", () => {
    expect(datevDay("0104", march)).toBeNull();
    expect(datevDay("2902", fiscal)).toBeNull();
    expect(datevDay("2902", { from: day("2024-01-01"), to: day("2024-12-31") })).toBe("2024-02-29");
    expect(datevDay("3202", fiscal)).toBeNull();
    expect(datevDay("12345", fiscal)).toBeNull();
    expect(datevDay("03.03.", march)).toBeNull();
    expect(datevDay("", march)).toBeNull();
  });
});

describe("datevDateColumn", () => {
  it("finds Belegdatum whatever its case", () => {
    expect(datevDateColumn(["Umsatz (ohne Soll/Haben-Kz)", "BELEGDATUM"])).toBe(1);
    expect(datevDateColumn(["Datum"])).toBe(-1);
  });
});
