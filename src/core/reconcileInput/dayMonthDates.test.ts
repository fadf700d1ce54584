/**
 * A date column of day-and-month texts with no year ("0203", DATEV's Belegdatum as the file carries it)
 * is said as that, with what to do, at each cell; no year is guessed for it.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide } from "./readSide";

const said = (issues: readonly { code: string; address?: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.address, i.severity]);

describe("a Belegdatum of day and month with no year", () => {
  const datev = tableOf({ name: "Ledger", sheet: "Buchungen", headerRow: 3 })`
    Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | Belegdatum | Belegfeld 1 | Buchungstext
    4250                        | S                      | "0203"     | INV-1041    | Zahlung Müller GmbH
    1850                        | H                      | "1503"     | RENT-03     | Miete März
    98.4                        | H                      | "2902"     | UT-7781     | Strom
    615.75                      | S                      | "303"      | INV-1044    | Café Blauflosse
  `;

  it("is said per row as a day and a month, with the year to give, and the row is not read", () => {
    const r = readSide(datev, { side: "left", dateSystem: 1900 });
    expect(r.set.size).toBe(0);
    expect(said(r.issues)).toEqual([
      ["recon_date_day_month", "C4", "error"],
      ["recon_date_day_month", "C5", "error"],
      ["recon_date_day_month", "C6", "error"],
      ["recon_date_day_month", "C7", "error"],
    ]);
    expect(r.issues[0]?.message).toBe(
      `Buchungen!Ledger[Belegdatum] row 4: "0203" is a day and a month with no year (2 March), as DATEV's ` +
        `Belegdatum writes it; the table does not say the year, so the row is not read. Bring the DATEV file ` +
        `itself in with Import a ledger file… (or read it with bo), which takes the year from the batch's ` +
        `first line, or give the column full dates with their year.`,
    );
    expect(r.issues.map((i) => i.message.match(/\(([^)]*)\), as DATEV/)?.[1])).toEqual([
      "2 March",
      "15 March",
      "29 February",
      "3 March",
    ]);
    expect(r.issues.some((i) => i.message.includes("number stored as text"))).toBe(false);
  });

  it("is not said of digits that are no day of a month, nor of a number stored as text", () => {
    const t = tableOf({ name: "T" })`
      Date    | Amount
      "3102"  | 10.00
      "1513"  | 10.00
      "0003"  | 10.00
      "45000" | 10.00
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.issues.map((i) => i.code)).toEqual([
      "date_invalid",
      "date_invalid",
      "date_invalid",
      "date_invalid",
    ]);
    expect(r.issues[3]?.message).toContain("is a number stored as text");
  });
});
