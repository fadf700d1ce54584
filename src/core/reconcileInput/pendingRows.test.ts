/**
 * Bookings a bank lists before it has booked them: comdirect's "offen" in place of the booking date, a
 * Status column's "Vorgemerkt" (DKB) or "PENDING" (Revolut). Such a row is left out with a note, not read
 * as booked and not reported as an error; a date cell that is no date at all does not keep the column's
 * other dates from settling their day order.
 */
import { dayFromIso } from "../dates";
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide, ROW_PENDING, ROW_UNREADABLE, ROW_USED } from "./readSide";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

describe("comdirect's pending line", () => {
  const comdirect = tableOf({ name: "comdirect", sheet: "comdirect", headerRow: 5 })`
    Buchungstag | Wertstellung (Valuta) | Vorgang                 | Buchungstext                   | Umsatz in EUR
    offen       | "--"                  | Lastschrift / Belastung | Stadtwerke München Abschlag    | "-98,40"
    31.03.2026  | 31.03.2026            | Lastschrift / Belastung | Stadtwerke München UT-7781     | "-98,40"
    10.03.2026  | 10.03.2026            | Übertrag / Überweisung  | Nordwind Handels AG INV-1043   | "12.345,67"
    05.03.2026  | 05.03.2026            | Lastschrift / Belastung | Bürobedarf Köhler KG BILL-552  | "-1.234,56"
  `;

  it("is left out as pending, with a note, and the other dates read day first", () => {
    const r = readSide(comdirect, { side: "right", dateSystem: 1900 });
    expect(r.dateOrder).toBe("DMY");
    expect(Array.from(r.state)).toEqual([ROW_PENDING, ROW_USED, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.day)).toEqual(["2026-03-31", "2026-03-10", "2026-03-05"].map(dayFromIso));
    expect(codes(r.issues)).toEqual([["recon_row_pending", "info"]]);
    expect(r.issues[0]).toMatchObject({ row: 6, column: "Buchungstag", address: "A6" });
    expect(r.issues[0]?.message).toBe(
      `comdirect!comdirect[Buchungstag] row 6: The row is pending (offen), not booked yet: it is left out ` +
        `until the bank books it.`,
    );
  });

  it("a date cell with no date in it is its row's own problem, not the column's", () => {
    const t = tableOf({ name: "T" })`
      Datum      | Betrag
      unbekannt  | "-98,40"
      31.03.2026 | "20,00"
      10.03.2026 | "-9,90"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.dateOrder).toBe("DMY");
    expect(Array.from(r.state)).toEqual([ROW_UNREADABLE, ROW_USED, ROW_USED]);
    expect(codes(r.issues)).toEqual([["date_invalid", "error"]]);
  });
});

describe("a Status column", () => {
  it.each([
    ["DKB", "Status", "Vorgemerkt", "Gebucht"],
    ["Revolut", "State", "PENDING", "COMPLETED"],
    ["PayPal", "Status", "Pending", "Completed"],
    ["a German export", "Status", "ausstehend", "gebucht"],
  ])("%s: a row it calls pending is left out with a note", (_bank, header, pending, booked) => {
    const t = tableOf({ name: "T" })`
      Date       | ${header}  | Description | Amount
      2026-03-31 | ${pending} | Stadtwerke  | "-98.40"
      2026-03-26 | ${booked}  | Telekom     | "20.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_PENDING, ROW_USED]);
    expect(r.set.size).toBe(1);
    expect(codes(r.issues)).toEqual([["recon_row_pending", "info"]]);
    expect(r.issues[0]?.message).toContain(`The row is pending (${pending}), not booked yet`);
    expect(r.rowIssues.get(0)?.map((i) => i.code)).toEqual(["recon_row_pending"]);
  });
});

describe("a Status column saying the row will never be booked", () => {
  it.each([
    ["Revolut", "State", "DECLINED"],
    ["Revolut", "State", "REVERTED"],
    ["Revolut", "State", "FAILED"],
    ["a ledger export", "Status", "Voided"],
    ["a German export", "Status", "abgelehnt"],
    ["a French export", "Statut", "Annulé"],
    ["a Spanish export", "Estado", "Rechazada"],
  ])("%s: %s %s leaves the row out as void, with a note", (_bank, header, word) => {
    const t = tableOf({ name: "T" })`
      Date       | ${header}  | Description | Amount
      2026-03-31 | ${word}    | Amazon      | "-45.99"
      2026-03-26 | COMPLETED  | Telekom     | "20.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_PENDING, ROW_USED]);
    expect(codes(r.issues)).toEqual([["recon_row_void", "info"]]);
    expect(r.issues[0]?.message).toBe(
      `Sheet1!T[${header}] row 2: The row is marked ${word}: it is not booked and will not be, so it is left out.`,
    );
  });

  it("a reversal is a booking of its own: a row marked reversed is read", () => {
    const t = tableOf({ name: "T" })`
      Date       | Status   | Description | Amount
      2026-03-31 | Reversed | Amazon      | "-45.99"
      2026-03-31 | Storniert| Amazon      | "45.99"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED]);
    expect(r.issues).toEqual([]);
  });
});
