/**
 * A description split over numbered columns (Rabobank's Omschrijving-1 to -3, UBS's Description1 to 3) is
 * read joined, in table order: not refused as a field several columns could be, nor read from its first
 * part alone. A column the mapping names is read as named.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { numberedSeries } from "./joinedColumns";
import { mapReconcileColumns, readSide } from "./readSide";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

describe("numberedSeries", () => {
  it("finds the columns of a header's series, numbered or its base alone first", () => {
    expect(numberedSeries(["Datum", "Omschrijving-1", "Omschrijving-2", "Omschrijving-3"], 2)).toEqual([
      1, 2, 3,
    ]);
    expect(numberedSeries(["Description1", "Amount", "Description2", "Description3"], 0)).toEqual([0, 2, 3]);
    expect(numberedSeries(["Details", "Details 2", "Amount"], 0)).toEqual([0, 1]);
  });

  it("finds none for a header alone, repeated numbers, or two headers without numbers", () => {
    expect(numberedSeries(["Description", "Amount"], 0)).toBeNull();
    expect(numberedSeries(["Text 1", "Text 1", "Amount"], 0)).toBeNull();
    expect(numberedSeries(["Details", "details", "Amount"], 0)).toBeNull();
    expect(numberedSeries(["2026", "2027"], 0)).toBeNull();
  });
});

describe("a description split over numbered columns", () => {
  const rabobank = tableOf({ name: "rabo", sheet: "rabo" })`
    Datum      | Bedrag      | Naam tegenpartij | Omschrijving-1           | Omschrijving-2 | Omschrijving-3
    2026-03-02 | "+4.250,00" | Müller GmbH      | Zahlung Rechnung         | INV-1041       |
    2026-03-03 | "-1.850,00" | Schäfer          | Miete März               | RENT-03        | Objekt 4
  `;

  it("is read joined in table order, with a note naming the columns, and no tie", () => {
    const r = readSide(rabobank, { side: "right", dateSystem: 1900 });
    expect(r.set.description).toEqual(["Zahlung Rechnung INV-1041", "Miete März RENT-03 Objekt 4"]);
    expect(codes(r.issues)).toEqual([["recon_columns_joined", "info"]]);
    expect(r.issues[0]?.message).toBe(
      "rabo!rabo[Omschrijving-1] row 1: The Description is split over Omschrijving-1, Omschrijving-2 and " +
        "Omschrijving-3: they are read joined, in that order, as one text.",
    );
    expect(mapReconcileColumns(rabobank).joined).toEqual({ description: [3, 4, 5] });
  });

  it("UBS: a series found by its first part's header reads the other parts too", () => {
    const ubs = tableOf({ name: "ubs", sheet: "ubs" })`
      Booking date | Debit    | Credit  | Description1       | Description2     | Description3
      2026-03-31   | "-98.40" |         | Stadtwerke München | e-banking order  | Reference no. UT-7781
      2026-03-26   |          | "20.00" | Telekom            | Incoming payment |
    `;
    const r = readSide(ubs, { side: "right", dateSystem: 1900 });
    expect(r.set.description).toEqual([
      "Stadtwerke München e-banking order Reference no. UT-7781",
      "Telekom Incoming payment",
    ]);
  });

  it("a column the mapping names is read alone", () => {
    const reading = { columns: { description: "Omschrijving-2" } };
    const r = readSide(rabobank, { side: "right", dateSystem: 1900, reading });
    expect(r.set.description).toEqual(["INV-1041", "RENT-03"]);
    expect(r.issues).toEqual([]);
  });

  it("a tie with a column outside the series stays a tie", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount | Text 1 | Text 2 | Description
      2026-03-02 | 10.00  | a      | b      | c
    `;
    expect(mapReconcileColumns(t).joined).toEqual({});
  });
});
