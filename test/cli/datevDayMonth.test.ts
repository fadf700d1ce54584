/**
 * `bo reconcile` on a DATEV booking list pasted into an .xlsx table as text, its Belegdatum a day and a
 * month with no year ("0203"): each row says what its date is and how to give the year, and the statement
 * that does not close names those rows before anything about balances.
 */
import * as fs from "fs";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

interface Out {
  summary: { confirmed: number; unmatchedRight: number; unexplained: number };
  issues: { code: string; severity: string; message: string; row?: number; address?: string }[];
}

const LEDGER = [
  [
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "WKZ Umsatz",
    "Konto",
    "Belegdatum",
    "Belegfeld 1",
    "Buchungstext",
  ],
  [4250, "S", "EUR", 1200, "0203", "INV-1041", "Zahlung Müller GmbH"],
  [1850, "H", "EUR", 1200, "0303", "RENT-03", "Miete März"],
  [1234.56, "H", "EUR", 1200, "0503", "BILL-552", "Bürobedarf Köhler"],
  [12345.67, "S", "EUR", 1200, "1003", "INV-1043", "Nordwind Handels AG"],
  [98.4, "H", "EUR", 1200, "3103", "UT-7781", "Strom März"],
  [615.75, "S", "EUR", 1200, "3103", "INV-1044", "Café Blauflosse"],
];
const BANK = [
  ["Buchungstag", "Buchungstext", "Verwendungszweck", "Betrag", "Saldo"],
  ["02.03.2026", "GUTSCHR. UEBERWEISUNG", "INV-1041 Müller GmbH", 4250, 24250],
  ["03.03.2026", "DAUERAUFTRAG", "Miete März RENT-03", -1850, 22400],
  ["05.03.2026", "FOLGELASTSCHRIFT", "BILL-552 Köhler KG", -1234.56, 21165.44],
  ["10.03.2026", "GUTSCHR. UEBERWEISUNG", "INV-1043 Nordwind", 12345.67, 33511.11],
  ["31.03.2026", "ENTGELTABSCHLUSS", "Kontoführung", -9.9, 33501.21],
];

describe("bo reconcile: DATEV's Belegdatum as day-and-month text in an .xlsx table", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("says each date is a day and a month with no year, and leads the advice with the rows not read", async () => {
    const book = await writeXlsx(dir, "datev.xlsx", (wb) => {
      wb.putRows("Buchungen", 3, 0, LEDGER);
      wb.addTable(wb.mustSheet("Buchungen"), { row: 3, col: 0, rows: LEDGER.length, cols: 7 }, "Ledger");
      wb.putRows("Kontoauszug", 3, 0, BANK);
      wb.addTable(wb.mustSheet("Kontoauszug"), { row: 3, col: 0, rows: BANK.length, cols: 5 }, "Bank");
    });
    const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--json");
    const out = JSON.parse(r.stdout) as Out;
    const dates = out.issues.filter((i) => i.code === "recon_date_day_month");
    expect(dates.map((i) => [i.address, i.severity])).toEqual(
      ["E4", "E5", "E6", "E7", "E8", "E9"].map((a) => [a, "error"]),
    );
    expect(dates[0]?.message).toBe(
      `Buchungen!Ledger[Belegdatum] row 4: "0203" is a day and a month with no year (2 March), as DATEV's ` +
        `Belegdatum writes it; the table does not say the year, so the row is not read. Bring the DATEV file ` +
        `itself in with Import a ledger file… (or read it with bo), which takes the year from the batch's ` +
        `first line, or give the column full dates with their year.`,
    );
    expect(out.issues.filter((i) => i.message.includes("number stored as text"))).toEqual([]);
    // What stays unexplained names the six rows first, not the opening balance.
    expect(out.issues.filter((i) => i.severity !== "error").map((i) => [i.code, i.message])).toEqual([
      [
        "recon_unexplained_unreadable",
        "Kontoauszug!Bank: 20,000.00 remains unexplained between Ledger and Bank, and 6 rows of Ledger " +
          "(rows 4, 5, 6, 7, 8 and 9; their amounts read 14,028.46 EUR in all) could not be read, so they are " +
          "in no balance and match nothing: correct them and run again before looking further.",
      ],
    ]);
  });
});
