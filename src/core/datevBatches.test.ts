/** DATEV booking batches of one delivery joined into one book, or kept apart with the reason. */
import { batchDateIssues, joinDatevBatches, type DatevBatchFile } from "./datevBatches";
import { ledgerFileIssues, ledgerFileTable } from "./ledgerFiles";

/** A first line: consultant 29098, client 55003, fiscal year 2026, account length 4, the period given. */
const first = (from: string, to: string, over: Record<number, string> = {}): string[] => {
  const f = ["EXTF", "700", "21", "Buchungsstapel", "13", "20260402101500123", "", "RE", "", ""];
  f.push("29098", "55003", "20260101", "4", from, to, "Bank");
  for (const [k, v] of Object.entries(over)) f[Number(k)] = v;
  return f;
};
const COLUMNS = [
  "Umsatz (ohne Soll/Haben-Kz)",
  "Soll/Haben-Kennzeichen",
  "Konto",
  "Belegdatum",
  "Buchungstext",
];
const batch = (name: string, head: string[], records: string[][]): DatevBatchFile => ({
  name,
  lines: [head, [...COLUMNS], ...records],
});

const MARCH = () =>
  batch("EXTF_03.csv", first("20260301", "20260331"), [
    ["4250,00", "S", "1200", "0303", "Harbour Foods"],
    ["", "", "", "", ""],
    ["15,00", "H", "1200", "3103", "Kontoführung"],
  ]);
const APRIL = () =>
  batch("EXTF_04.csv", first("20260401", "20260430"), [
    ["1243,00", "S", "1200", "0204", "Northwind"],
    // 31 April is no day: left as written and reported at its cell.
    ["99,00", "S", "1200", "3104", "Nobody"],
  ]);

describe("joinDatevBatches", () => {
  it("joins batches of the same books in period order, each date given its own batch's year", () => {
    // April is named first, so the order is the periods', not the names'.
    const april = { ...APRIL(), name: "A_April.csv" };
    const out = joinDatevBatches([april, MARCH()]);
    if (!out.ok) throw new Error(out.problem);
    const { lines, headerIndex, names, dates } = out.joined;
    expect(names).toEqual(["EXTF_03.csv", "A_April.csv"]);
    expect(headerIndex).toBe(2);
    expect(lines.slice(0, 2).map((l) => [l[14], l[15]])).toEqual([
      ["20260301", "20260331"],
      ["20260401", "20260430"],
    ]);
    expect(lines[2]).toEqual(COLUMNS);
    // The blank line is left out; each batch's dates read in its own period.
    expect(lines.slice(3).map((l) => l[3])).toEqual(["2026-03-03", "2026-03-31", "2026-04-02", "3104"]);
    expect(dates.map((d) => d.unread)).toEqual([[], [{ index: 6, written: "3104" }]]);
  });

  it("lays the joined lines out as one table, the date outside its batch's period reported at its cell", () => {
    const out = joinDatevBatches([MARCH(), APRIL()]);
    if (!out.ok) throw new Error(out.problem);
    const t = ledgerFileTable(out.joined.lines, out.joined);
    expect(t?.format).toBe("DATEV booking batch");
    expect(t?.lines).toHaveLength(2);
    expect(t?.rows.map((r) => r[3])).toEqual(["2026-03-03", "2026-03-31", "2026-04-02", "3104"]);
    const issues = ledgerFileIssues(t!, { sheet: "Ledger", table: "Ledger", headerRow: 3, firstColumn: 0 });
    expect(issues.map((i) => [i.code, i.address, i.message])).toEqual([
      [
        "datev_date_outside_period",
        "D7",
        'Ledger!Ledger[Belegdatum] row 7: "3104" is no day and month within the batch\'s period 2026-04-01 to 2026-04-30; it was left as written. Correct the date, or export the batch with the period it belongs to.',
      ],
    ]);
  });

  it("says once that batches name no period", () => {
    const none = (name: string, amount: string) =>
      batch(name, first("", "", { 12: "" }), [[amount, "S", "1200", "0101", "x"]]);
    const out = joinDatevBatches([none("a.csv", "1,00"), none("b.csv", "2,00")]);
    if (!out.ok) throw new Error(out.problem);
    const issues = batchDateIssues(out.joined.dates, { sheet: "S", table: "T" }, () => ({
      row: 1,
      address: "A1",
    }));
    expect(issues.map((i) => i.code)).toEqual(["datev_period_missing"]);
  });

  it("joins two journals' batches of the same month", () => {
    const cash = batch("EXTF_Kasse_03.csv", first("20260301", "20260331"), [
      ["20,00", "H", "1000", "1003", "Porto"],
    ]);
    const out = joinDatevBatches([MARCH(), cash]);
    expect(out.ok && out.joined.names).toEqual(["EXTF_03.csv", "EXTF_Kasse_03.csv"]);
  });

  it("keeps apart batches of other books, with other columns, or holding the same bookings, naming them", () => {
    const other = (k: number, v: string) => ({
      ...APRIL(),
      lines: [first("20260401", "20260430", { [k]: v }), ...APRIL().lines.slice(1)],
    });
    const problem = (files: DatevBatchFile[]) => {
      const out = joinDatevBatches(files);
      return out.ok ? null : out.problem;
    };
    expect(problem([MARCH(), other(11, "55004")])).toBe(
      '"EXTF_03.csv" and "EXTF_04.csv" are batches of different books: their client number (Mandantennummer) is 55003 and 55004',
    );
    expect(problem([MARCH(), other(10, "")])).toBe(
      '"EXTF_03.csv" and "EXTF_04.csv" are batches of different books: their consultant number (Beraternummer) is 29098 and blank',
    );
    expect(problem([MARCH(), other(12, "20250101")])).toContain(
      "their fiscal year (WJ-Beginn) is 20260101 and 20250101",
    );
    expect(problem([MARCH(), other(13, "5")])).toContain("their account length (Sachkontenlänge) is 4 and 5");
    const wider = APRIL();
    wider.lines[0]![4] = "12";
    wider.lines[1] = [...COLUMNS, "Belegfeld 1"];
    expect(problem([MARCH(), wider])).toBe(
      '"EXTF_03.csv" and "EXTF_04.csv" lay out their columns differently (format versions 13 and 12); export them again with the same program version',
    );
    // The same columns in other letter case or with empty fields after them are the same columns.
    const spaced = APRIL();
    spaced.lines[1] = [...COLUMNS.map((c) => c.toUpperCase()), "", ""];
    expect(problem([MARCH(), spaced])).toBeNull();
    const twice = { ...MARCH(), name: "EXTF_03 (1).csv" };
    expect(problem([MARCH(), twice])).toBe('"EXTF_03.csv" and "EXTF_03 (1).csv" hold the same bookings');
    const master = { name: "EXTF_Debitoren.csv", lines: [first("", "", { 2: "16" }), ["Konto"], ["10041"]] };
    expect(problem([MARCH(), master])).toBe('"EXTF_Debitoren.csv" is no DATEV booking batch');
    expect(problem([])).toBe("there is no booking batch to join");
  });
});
