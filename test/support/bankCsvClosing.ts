/**
 * Banks' CSV exports as they are downloaded, with lines of their own after the records (comdirect, Deutsche
 * Bank) or a block of their own as wide as the headers above them.
 */

/**
 * comdirect's export of these record lines: its title and new balance above the headers on line 5, records
 * from line 6, then an empty line and the old balance.
 */
export function comdirectExport(records: readonly string[]): string {
  return [
    ";",
    '"Umsätze Girokonto";"Zeitraum: 30 Tage";',
    '"Neuer Kontostand";"5.310,00 EUR";',
    ";",
    '"Buchungstag";"Wertstellung (Valuta)";"Vorgang";"Buchungstext";"Umsatz in EUR";',
    ...records,
    ";",
    '"Alter Kontostand";"1.080,00 EUR";',
    "",
  ].join("\r\n");
}

/** Deutsche Bank's export of these record lines: headers on line 3, records from line 4, the balance below. */
export function deutscheBankExport(records: readonly string[]): string {
  return [
    "Umsätze Girokonto;Zeitraum: 01.03.2026 - 31.03.2026;;;;;",
    "Kunde;Muster GmbH;;;;;",
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;Betrag;Währung",
    ...records,
    "Kontostand;31.03.2026;;;1.234,56;EUR",
    "",
  ].join("\r\n");
}

/** An export whose account block (holder, IBAN, BIC, currency) is as wide as its headers (line 4). */
export function blockExport(records: readonly string[]): string {
  return [
    "Kontoinhaber;IBAN;BIC;Währung",
    "Muster GmbH;DE12500105170123456789;INGDDEFFXXX;EUR",
    "",
    "Datum;Text;Betrag;Währung",
    ...records,
    "",
  ].join("\r\n");
}

/** A small ledger the banks' exports in these tests are reconciled against. */
export const BOOK = [
  "Date,Description,Reference,Amount",
  "2026-03-05,Receipt Acme INV-1041,INV-1041,4250.00",
  "2026-03-16,Bank charges,FEE-03,-20.00",
  "2026-03-20,Office supplies,PO-77,-45.50",
  "",
].join("\n");
