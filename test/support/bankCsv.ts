/** A German bank's CSV export as it is downloaded: its own account, period and balance lines above the headers. */

/** The export of these record lines (semicolons, quoted fields), lines 8 onwards below the headers on line 7. */
export function bankExport(records: readonly string[]): string {
  return [
    '"Kontonummer:";"DE12 5001 0517 0123 4567 89";',
    '"";',
    '"Von:";"01.03.2026";',
    '"Bis:";"31.03.2026";',
    '"Kontostand vom 31.03.2026:";"1.080,00 EUR";',
    '"";',
    '"Buchungstag";"Wertstellung";"Auftraggeber / Begünstigter";"Verwendungszweck";"Betrag (EUR)";',
    ...records,
    "",
  ].join("\r\n");
}
