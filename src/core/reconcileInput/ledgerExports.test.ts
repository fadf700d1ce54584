/**
 * Ledger exports that book each entry on one line, from an account to a contra account (DATEV's
 * Buchungsstapel), and France's legal ledger export (FEC): their columns are found without a mapping, and
 * an account selection takes the lines booked to the account on either side, each from that account.
 */
import { dayFromIso } from "../dates";
import { tableOf } from "../../../test/support/tableLiteral";
import { mapReconcileColumns, readSide, ROW_EXCLUDED, ROW_USED } from "./readSide";
import { selectedSign, selectionColumns, valueCounts } from "./selection";

/** A DATEV booking batch as loaded (dates already given their year by the loader), a few of its columns. */
const batch = tableOf({ name: "EXTF_Buchungsstapel", sheet: "EXTF_Buchungsstapel", headerRow: 2 })`
  Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | WKZ Umsatz | Basis-Umsatz | Konto | Gegenkonto (ohne BU-Schlüssel) | BU-Schlüssel | Belegdatum | Belegfeld 1 | Buchungstext  | KOST-Datum
  4250,00                     | S                      | EUR        |              | 1200  | 10041                          |              | 2026-03-03 | INV1041     | Harbour Foods |
  1875,40                     | S                      | EUR        |              | 70552 | 1200                           |              | 2026-03-05 | BILL-552    | Greenline     |
  1243,00                     | H                      | EUR        |              | 10043 | 1200                           |              | 2026-03-08 | INV-1043    | Northwind     |
  500,00                      | S                      | EUR        |              | 10050 | 8400                           | 3            | 2026-03-15 | RE-1050     | Rechnung      |
  15,00                       | S                      | EUR        |              | 4970  | 1200                           |              | 2026-03-31 |             | Kontoführung  |
`;

const header = (t: { headers: readonly string[] }, c: number | undefined) =>
  c === undefined ? undefined : t.headers[c];

describe("ledger exports' columns", () => {
  it("maps a DATEV booking batch: unsigned amount with its S/H mark, account and contra account", () => {
    const m = mapReconcileColumns(batch);
    const named = Object.fromEntries(Object.entries(m.map).map(([f, c]) => [f, header(batch, c)]));
    expect(named).toEqual({
      date: "Belegdatum",
      amount: "Umsatz (ohne Soll/Haben-Kz)",
      indicator: "Soll/Haben-Kennzeichen",
      currency: "WKZ Umsatz",
      reference: "Belegfeld 1",
      description: "Buchungstext",
      account: "Konto",
      contraAccount: "Gegenkonto (ohne BU-Schlüssel)",
    });
    expect(m.issues).toEqual([]);
    expect(m.missing).toEqual([]);
  });

  it("keeps a bank export's Verwendungszweck as the description beside its Buchungstext", () => {
    const t = tableOf({ name: "Umsaetze" })`
      Buchungstag | Buchungstext | Verwendungszweck     | Betrag
      03.03.2026  | GUTSCHRIFT   | INV1041 Harbour Foods | 4.250,00
    `;
    const m = mapReconcileColumns(t);
    expect(header(t, m.map.description)).toBe("Verwendungszweck");
    expect(m.issues).toEqual([]);
  });

  it("maps France's FEC ledger export (debit and credit, entry date, account number)", () => {
    const fec = tableOf({ name: "FEC" })`
      JournalCode | JournalLib | EcritureNum | EcritureDate | CompteNum | CompteLib | CompAuxNum | CompAuxLib | PieceRef | PieceDate | EcritureLib     | Debit   | Credit | EcritureLet | DateLet | ValidDate | Montantdevise | Idevise
      BQ          | Banque     | 41          | 20260303     | 512000    | Banque    |            |            | VIR-1041 | 20260303  | Virement Durand | 4250,00 | 0,00   |             |         | 20260305  |               | EUR
    `;
    const m = mapReconcileColumns(fec);
    const named = Object.fromEntries(Object.entries(m.map).map(([f, c]) => [f, header(fec, c)]));
    expect(named).toEqual({
      date: "EcritureDate",
      debit: "Debit",
      credit: "Credit",
      reference: "PieceRef",
      description: "EcritureLib",
      party: "CompAuxLib",
      currency: "Idevise",
      account: "CompteNum",
    });
    expect(m.issues).toEqual([]);
  });
});

describe("an account selection over account and contra account", () => {
  const map = mapReconcileColumns(batch).map;
  const bankAccount = { field: "account" as const, values: ["1200"] };

  it("selects a line from its account column as it is, from its contra account turned round", () => {
    expect([0, 1, 2, 3, 4].map((i) => selectedSign(batch, map, bankAccount, i))).toEqual([1, -1, -1, 0, -1]);
    // Only an account has a contra account: a party selection looks at its own column alone.
    expect(selectedSign(batch, map, { field: "reference", values: ["1200"] }, 1)).toBe(0);
  });

  it("reads the bank account's lines of the batch with money into the bank positive", () => {
    const r = readSide(batch, { side: "left", dateSystem: 1900, selection: bankAccount });
    expect(r.amountMode).toBe("indicator");
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_USED, ROW_EXCLUDED, ROW_USED]);
    // 1200 debited (S) with the customer's payment; the creditor debited against 1200 (money out); the
    // customer credited (H) against 1200 (money in); the fee debited against 1200 (money out).
    expect(Array.from(r.set.minor)).toEqual([425000, -187540, 124300, -1500]);
    expect(Array.from(r.set.rows)).toEqual([3, 4, 5, 7]);
    expect(r.set.day[2]).toBe(dayFromIso("2026-03-08"));
    expect(r.set.currency).toEqual(["EUR", "EUR", "EUR", "EUR"]);
    expect(r.set.description).toEqual(["Harbour Foods", "Greenline", "Northwind", "Kontoführung"]);
    expect(r.issues).toEqual([]);
  });

  it("offers each account once per line, counted over both columns, the bank account first", () => {
    const cols = selectionColumns(map, "account");
    expect(cols.map((c) => batch.headers[c])).toEqual(["Konto", "Gegenkonto (ohne BU-Schlüssel)"]);
    expect(valueCounts(batch, cols).slice(0, 2)).toEqual([
      { value: "1200", count: 4 },
      { value: "10041", count: 1 },
    ]);
    expect(selectionColumns(map, "party")).toEqual([]);
    expect(selectionColumns(map, "reference")).toEqual([map.reference]);
  });
});

describe("a DATEV batch opened in Excel", () => {
  it("refuses its day-and-month numbers as dates at their cells rather than read them as days in 1900", () => {
    const opened = tableOf({ name: "EXTF", headerRow: 2 })`
      Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | Konto | Gegenkonto (ohne BU-Schlüssel) | Belegdatum | Buchungstext
      4250                        | S                      | 1200  | 10041                          | 2026-03-03 | typed by hand
      1875.4                      | S                      | 70552 | 1200                           | 503        | Greenline
    `;
    const table = { ...opened, columns: opened.columns.map((c, k) => (k === 4 ? [46084, 503] : c)) };
    const r = readSide(table, {
      side: "left",
      dateSystem: 1900,
      selection: { field: "account", values: ["1200"] },
    });
    expect(Array.from(r.set.minor)).toEqual([425000]);
    expect(r.issues.map((i) => [i.code, i.row, i.address, i.severity])).toEqual([
      ["recon_date_number", 4, "E4", "error"],
    ]);
    expect(r.issues[0]?.message).toContain("The number 503 reads as 1901-05-17");
  });

  it("says a DATEV export was opened in Excel as it is, when its own first line reads as the headers", () => {
    const t = tableOf({ name: "EXTF_Buchungsstapel" })`
      EXTF                        | 700                    | 21    | Buchungsstapel
      Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | Konto | Belegdatum
      4250,00                     | S                      | 1200  | 303
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.amountMode).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(["recon_datev_opened"]);
    expect(r.issues[0]).toMatchObject({
      code: "recon_datev_opened",
      row: t.headerRow,
      table: "EXTF_Buchungsstapel",
    });
    expect(r.issues[0]?.message).toMatch(
      /^Sheet1!EXTF_Buchungsstapel row 1: A DATEV export opened in Excel as it is/,
    );
    // A table that merely starts with such a word is read as usual.
    const fine = tableOf({ name: "T" })`
      Extf | Date       | Amount
      x    | 2026-03-03 | 5
    `;
    expect(readSide(fine, { side: "left", dateSystem: 1900 }).issues.map((i) => i.code)).toEqual([]);
  });
});
