/** A DATEV booking batch opened in Excel: its day-and-month dates given their year from its first line. */
import type { Cell } from "./cell";
import { dayFromIso, dayToSerial } from "./dates";
import { batchLineRow, withBatchYears } from "./datevOpened";
import type { TableData } from "./table";

const serial = (iso: string): number => dayToSerial(dayFromIso(iso) as number, 1900);

/** The first line as Excel opens it: numbers where DATEV wrote digits (its timestamp in 17 digits lost). */
const LINE: Cell[] = [
  ...["EXTF", 700, 21, "Buchungsstapel", 13, 2.02604021015e16, null, "RE", null, null],
  ...[29098, 55003, 20260101, 4, 20260301, 20260331, "März 2026"],
];
const HEADERS = [
  "Umsatz (ohne Soll/Haben-Kz)",
  "Soll/Haben-Kennzeichen",
  "Konto",
  "Belegdatum",
  "Buchungstext",
];

function opened(dates: Cell[], over: Partial<TableData> = {}): TableData {
  const n = dates.length;
  return {
    name: "Tabelle1",
    sheet: "EXTF_Buchungsstapel",
    headers: HEADERS,
    columns: [Array(n).fill(100), Array(n).fill("S"), Array(n).fill(1200), dates, Array(n).fill("x")],
    rows: dates.map((_, k) => 3 + k),
    headerRow: 2,
    firstColumn: 0,
    ...over,
  };
}

describe("batchLineRow", () => {
  it("asks for the row above a table with a booking batch's columns, not at the top of its sheet", () => {
    expect(batchLineRow(opened([]))).toBe(1);
    expect(batchLineRow(opened([], { headerRow: 1 }))).toBeNull();
    expect(
      batchLineRow(opened([], { headers: ["Datum", "Betrag", "Konto", "Belegdatum", "Text"] })),
    ).toBeNull();
    expect(
      batchLineRow(opened([], { headers: HEADERS.map((h) => (h === "Belegdatum" ? "Datum" : h)) })),
    ).toBeNull();
  });
});

describe("withBatchYears", () => {
  it("gives each day and month the year of the batch's period, leaving what is no day of it", () => {
    // 303 and 3103 as Excel made them of "0303" and "3103"; a text cell as written; 31 April is no day.
    const t = withBatchYears(opened([303, 3103, "0503", 3104, null, serial("2026-03-09")]), LINE, 1900);
    expect(t.columns[3]).toEqual([
      serial("2026-03-03"),
      serial("2026-03-31"),
      serial("2026-03-05"),
      3104,
      null,
      serial("2026-03-09"),
    ]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.severity, i.row, i.column, i.message])).toEqual([
      [
        "datev_dates_from_first_line",
        "info",
        undefined,
        "Belegdatum",
        "EXTF_Buchungsstapel!Tabelle1[Belegdatum]: 3 Belegdatum dates (day and month only, as Excel opened the DATEV file) were given the year of the batch's period 2026-03-01 to 2026-03-31, which its first line names in row 1, above the table; Import a ledger file… brings such a file in with real dates.",
      ],
    ]);
  });

  it("takes the 1904 date system's serials in a workbook that uses it", () => {
    const t = withBatchYears(opened([303]), LINE, 1904);
    expect(t.columns[3]).toEqual([dayToSerial(dayFromIso("2026-03-03") as number, 1904)]);
  });

  it("leaves the table as it is when the line above is no booking batch's, names no period, or gave nothing", () => {
    const table = opened([303]);
    const masterData = LINE.map((c, k) => (k === 2 ? 16 : c));
    expect(withBatchYears(table, masterData, 1900)).toBe(table);
    expect(withBatchYears(table, ["Kontoauszug", "März"], 1900)).toBe(table);
    const noPeriod = LINE.map((c, k) => (k >= 12 && k <= 15 ? null : c));
    expect(withBatchYears(table, noPeriod, 1900)).toBe(table);
    const notDays = opened([serial("2026-03-03"), "n/a"]);
    expect(withBatchYears(notDays, LINE, 1900)).toBe(notDays);
  });
});
