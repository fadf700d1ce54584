/**
 * A field reconciliation can do without (party, description, reference, currency…) that several columns
 * could be is a warning that reads none of them, not an error that stops the run; the date and the amount
 * still must be settled. Where the headers or the values show which column it is, that one is read.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { mapReconcileColumns, readSide } from "./readSide";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

describe("an optional field several columns could be", () => {
  it("is a warning naming the field, its columns and how to choose, and none of them is read", () => {
    const wise = tableOf({ name: "wise", sheet: "wise" })`
      TransferWise ID   | Date       | Amount   | Currency | Payer Name  | Payee Name          | Payee Account Number
      TRANSFER-98765409 | 31-03-2026 | "-98.40" | EUR      | Muster GmbH | Stadtwerke München  |
      TRANSFER-98765408 | 26-03-2026 | "20.00"  | EUR      | Telekom     | Muster GmbH         |
    `;
    const r = readSide(wise, { side: "right", dateSystem: 1900 });
    expect(codes(r.issues)).toEqual([["recon_column_ambiguous", "warning"]]);
    expect(r.issues[0]?.message).toBe(
      `wise!wise row 1: Several columns could be Party ("Payer Name", "Payee Name"), so none of them is read; ` +
        `to read one, choose it as the Party in the column mapping (in a rules file, "columns": {"party": "Payer Name"}).`,
    );
    expect(r.map.party).toBeUndefined();
    expect(r.set.party).toEqual(["", ""]);
    expect(r.set.size).toBe(2);
  });

  it("is one warning per field, for three columns that could each be the description", () => {
    // Rabobank's Omschrijving-1 to -3 are one text split over a series: read joined (joinedColumns.test.ts).
    const m = mapReconcileColumns({
      headers: ["Datum", "Bedrag", "Naam tegenpartij", "Omschrijving", "Description", "Memo"],
      sheet: "rabobank",
      name: "rabobank",
      headerRow: 1,
    });
    expect(codes(m.issues)).toEqual([["recon_column_ambiguous", "warning"]]);
    expect(m.issues[0]?.message).toContain(`Description ("Omschrijving", "Description", "Memo")`);
    expect(m.map).toEqual({ date: 0, amount: 1, party: 2 });
    expect(m.missing).toEqual([]);
  });

  it("keeps a date or an amount several columns could be an error", () => {
    const m = mapReconcileColumns({
      headers: ["Datum", "Buchungsdatum", "Betrag", "Amount"],
      sheet: "T",
      name: "T",
      headerRow: 1,
    });
    expect(codes(m.issues)).toEqual([
      ["header_ambiguous", "error"],
      ["header_ambiguous", "error"],
    ]);
  });

  it("says a header written twice over an optional field's columns as a warning", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount | Memo | Memo
      2026-03-02 | 10.00  | a    | b
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(codes(r.issues)).toEqual([
      ["header_duplicate", "warning"],
      ["recon_column_ambiguous", "warning"],
    ]);
    expect(r.set.size).toBe(1);
  });
});

describe("an optional field the headers or the values settle", () => {
  it("Deutsche Bank, Postbank: the party is Begünstigter / Auftraggeber, not Abweichender Empfänger", () => {
    const m = mapReconcileColumns({
      headers: [
        "Buchungstag",
        "Wert",
        "Umsatzart",
        "Begünstigter / Auftraggeber",
        "Verwendungszweck",
        "Betrag",
        "Abweichender Empfänger",
      ],
      sheet: "db",
      name: "db",
      headerRow: 1,
    });
    expect(m.map.party).toBe(3);
    expect(m.issues).toEqual([]);
  });

  it("Chase: the Description, not the Details column that only says DEBIT or CREDIT", () => {
    const chase = tableOf({ name: "chase" })`
      Details | Posting Date | Description                 | Amount    | Type       | Balance
      DEBIT   | 03/31/2026   | "STADTWERKE MÜNCHEN UT-7781" | "-98.40"  | ACH_DEBIT  | "20792.57"
      CREDIT  | 03/26/2026   | "TELEKOM DEUTSCHLAND"       | "20.00"   | ACH_CREDIT | "20890.97"
    `;
    const r = readSide(chase, { side: "right", dateSystem: 1900 });
    expect(r.map.description).toBe(2);
    expect(r.set.description).toEqual(["STADTWERKE MÜNCHEN UT-7781", "TELEKOM DEUTSCHLAND"]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
