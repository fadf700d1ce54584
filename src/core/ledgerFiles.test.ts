/** Ledger exports read as a table to write: which export, dates, amounts, accounts as written, empty columns. */
import { ledgerFileFormat, ledgerFileTable } from "./ledgerFiles";

const split = (lines: readonly string[]): string[][] => lines.map((l) => l.split(";"));

const FIRST =
  "EXTF;700;21;Buchungsstapel;13;20260402101500123;;RE;;;29098;55003;20260101;4;20260301;20260331";

describe("ledgerFileTable", () => {
  it("reads a DATEV batch: Belegdatum with the period's year, full dates day first, amounts, accounts as written", () => {
    const t = ledgerFileTable(
      split([
        FIRST,
        "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;Kurs;Konto;Gegenkonto (ohne BU-Schlüssel);Belegdatum;Leistungsdatum;Buchungstext",
        "4250,00;S;;0400;10041;0303;28022026;Maschine",
        "15,5;H;;1200;4970;3103;3102202;Gebühr",
        ";;;;;;;",
      ]),
    );
    expect(t?.format).toBe("DATEV booking batch");
    expect(t?.lines).toEqual([FIRST.split(";")]);
    // Kurs is empty in every line, and the blank line is no row.
    expect(t?.headers).toEqual([
      ...["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "Konto", "Gegenkonto (ohne BU-Schlüssel)"],
      ...["Belegdatum", "Leistungsdatum", "Buchungstext"],
    ]);
    expect(t?.kinds).toEqual(["amount", "text", "text", "text", "date", "date", "text"]);
    expect(t?.rows).toEqual([
      [4250, "S", "0400", "10041", "2026-03-03", "2026-02-28", "Maschine"],
      // A full date that is no date (seven digits) stays as written.
      [15.5, "H", "1200", "4970", "2026-03-31", "3102202", "Gebühr"],
    ]);
    expect(Array.from(t?.rowOfLine ?? [])).toEqual([-1, -1, 0, 1, -1]);
    expect(Array.from(t?.columnOfField ?? [])).toEqual([0, 1, -1, 2, 3, 4, 5, 6]);
  });

  it("reads an FEC file's dates year first and its debit and credit as numbers", () => {
    const t = ledgerFileTable(
      [
        "JournalCode|EcritureDate|CompteNum|Debit|Credit|ValidDate",
        "BQ|20260303|512000|4250,00|0,00|2026033",
      ].map((l) => l.split("|")),
    );
    expect(t?.format).toBe("FEC");
    expect(t?.rows).toEqual([["BQ", "2026-03-03", "512000", 4250, 0, "2026033"]]);
  });

  it("knows neither a plain CSV nor a file that only looks like one of them", () => {
    expect(ledgerFileFormat([["Date", "Amount"]])).toBeNull();
    expect(ledgerFileFormat([["JournalCode", "EcritureDate", "Debit"]])).toBeNull();
    expect(
      ledgerFileTable([
        ["Date", "Amount"],
        ["2026-03-01", "5"],
      ]),
    ).toBeNull();
    expect(ledgerFileFormat([["DTVF", "700", "16"]])).toBe("DATEV export");
  });
});
