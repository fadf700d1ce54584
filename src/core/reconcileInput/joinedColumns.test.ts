/**
 * A description split over numbered columns (Rabobank's Omschrijving-1 to -3, UBS's Description1 to 3,
 * Sparkasse's VWZ1 to VWZ14) and a party's name split over "Name 1" and "Name 2" are read joined, in the
 * order of their numbers: not refused as a field several columns could be, nor read from the first part
 * alone. A column the mapping names is read as named.
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

  it("orders the series by its numbers, wherever the columns stand", () => {
    expect(numberedSeries(["VWZ2", "Betrag", "VWZ1", "VWZ10", "VWZ3"], 0)).toEqual([2, 0, 4, 3]);
    expect(numberedSeries(["Details 2", "Details", "Amount"], 0)).toEqual([1, 0]);
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

  it("is read joined in the order of its numbers, with a note naming the columns, and no tie", () => {
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

describe("a German purpose split over VWZ1 to VWZ14", () => {
  const vwz = Array.from({ length: 14 }, (_, k) => `VWZ${k + 1}`);
  const sparkasse = tableOf({ name: "spk", sheet: "spk" })`
    Buchungstag | Auftraggeber/Empfänger | ${vwz.join(" | ")} | Betrag
    2026-03-02  | Müller GmbH            | Zahlung Rechnung | INV-1041 |          ${"| ".repeat(11)} | "4.250,00"
    2026-03-03  | Hausverwaltung Schäfer | Miete März       |          | RENT-03  ${"| ".repeat(11)} | "-1.850,00"
  `;

  it("is read joined as the description, blanks skipped, with a note naming the columns", () => {
    const r = readSide(sparkasse, { side: "right", dateSystem: 1900 });
    expect(r.set.description).toEqual(["Zahlung Rechnung INV-1041", "Miete März RENT-03"]);
    expect(r.set.party).toEqual(["Müller GmbH", "Hausverwaltung Schäfer"]);
    expect(codes(r.issues)).toEqual([["recon_columns_joined", "info"]]);
    expect(r.issues[0]?.message).toBe(
      "spk!spk[VWZ1] row 1: The Description is split over VWZ1, VWZ2, VWZ3, VWZ4, VWZ5, VWZ6, VWZ7, VWZ8, " +
        "VWZ9, VWZ10, VWZ11, VWZ12, VWZ13 and VWZ14: they are read joined, in that order, as one text.",
    );
    expect(mapReconcileColumns(sparkasse).joined).toEqual({ description: vwz.map((_, k) => k + 2) });
  });

  it("reads the lines in the order of their numbers where the export lists them otherwise", () => {
    const t = tableOf({ name: "T" })`
      Buchungstag | VWZ2     | Betrag  | VWZ1     | VWZ3
      2026-03-05  | BILL-552 | "-9,90" | Rechnung | Köhler
    `;
    expect(readSide(t, { side: "right", dateSystem: 1900 }).set.description).toEqual([
      "Rechnung BILL-552 Köhler",
    ]);
  });

  it.each([
    ["Verwendungszweck 1", "Verwendungszweck 2", "Verwendungszweck 3"],
    ["Verwendungszweckzeile 1", "Verwendungszweckzeile 2", "Verwendungszweckzeile 3"],
    ["VWZ 1", "VWZ 2", "VWZ 3"],
  ])("%s, %s, %s: read joined too", (a, b, c) => {
    const t = tableOf({ name: "T" })`
      Buchungstag | ${a}             | ${b}     | ${c} | Betrag
      2026-03-02  | Zahlung Rechnung | INV-1041 |      | "4.250,00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.description).toEqual(["Zahlung Rechnung INV-1041"]);
    expect(codes(r.issues)).toEqual([["recon_columns_joined", "info"]]);
  });

  it("leaves them unread beside a Verwendungszweck, which names the description whole", () => {
    const t = tableOf({ name: "T" })`
      Buchungstag | Verwendungszweck          | VWZ1             | VWZ2     | Betrag
      2026-03-02  | Zahlung Rechnung INV-1041 | Zahlung Rechnung | INV-1041 | "4.250,00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.description).toEqual(["Zahlung Rechnung INV-1041"]);
    expect(r.issues).toEqual([]);
    expect(mapReconcileColumns(t).joined).toEqual({});
  });
});

describe("a party's name split over numbered columns", () => {
  it.each([
    ["Name 1", "Name 2"],
    ["Name1", "Name2"],
    ["Empfänger 1", "Empfänger 2"],
    ["Beguenstigter/Zahlungspflichtiger 1", "Beguenstigter/Zahlungspflichtiger 2"],
  ])("%s, %s: read joined as the party, with a note", (a, b) => {
    const t = tableOf({ name: "T", sheet: "T" })`
      Buchungstag | ${a}          | ${b}          | Verwendungszweck | Betrag
      2026-03-04  | Bürobedarf    | Köhler KG     | Rechnung         | "-1.234,56"
      2026-03-13  | Sparkasse     |               | Entgelt          | "-9,90"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.party).toEqual(["Bürobedarf Köhler KG", "Sparkasse"]);
    expect(r.set.description).toEqual(["Rechnung", "Entgelt"]);
    expect(r.issues.map((i) => i.message)).toEqual([
      `T!T[${a}] row 1: The Party is split over ${a} and ${b}: they are read joined, in that order, as one text.`,
    ]);
  });

  it("reads a party named whole alone, and a lone Name as no party", () => {
    const named = tableOf({ name: "T" })`
      Buchungstag | Auftraggeber | Name 1     | Name 2    | Betrag
      2026-03-04  | Köhler KG    | Bürobedarf | Köhler KG | "-1.234,56"
    `;
    const r = readSide(named, { side: "right", dateSystem: 1900 });
    expect(r.set.party).toEqual(["Köhler KG"]);
    expect(r.issues).toEqual([]);
    const lone = tableOf({ name: "T" })`
      Buchungstag | Name       | Betrag
      2026-03-04  | Bürobedarf | "-1.234,56"
    `;
    expect(mapReconcileColumns(lone).map).toEqual({ date: 0, amount: 2 });
  });

  it("joins a description and a party in one table, each with its note", () => {
    const t = tableOf({ name: "T" })`
      Buchungstag | Name 1     | Name 2    | VWZ1     | VWZ2     | Betrag
      2026-03-04  | Bürobedarf | Köhler KG | Rechnung | BILL-552 | "-1.234,56"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect([r.set.party, r.set.description]).toEqual([["Bürobedarf Köhler KG"], ["Rechnung BILL-552"]]);
    expect(mapReconcileColumns(t).joined).toEqual({ description: [3, 4], party: [1, 2] });
    expect(r.issues.map((i) => i.column)).toEqual(["VWZ1", "Name 1"]);
  });
});
