/**
 * Whole amounts written with a point before their thousands and nothing after ("-1.850" for 1,850.00, as
 * a German export that drops ",00" writes them): the point separates thousands where every point in the
 * side's amounts stands before exactly three digits and its currency has fewer than three decimals.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide } from "./readSide";

const dkb = tableOf({ name: "dkb", sheet: "dkb", headerRow: 6 })`
  Buchungsdatum | Status  | Verwendungszweck     | Betrag (€)
  26.03.26      | Gebucht | Erstattung TK-REF-9  | "20"
  20.03.26      | Gebucht | Gehalt März PAY-0320 | "-3.200"
  03.03.26      | Gebucht | Miete März RENT-03   | "-1.850"
  02.03.26      | Gebucht | INV-1041             | "4.250"
`;

describe("a point before three digits in every amount that has one", () => {
  it("separates thousands: DKB's whole euros read as 1,850.00, not 1.85, with a note", () => {
    const r = readSide(dkb, { side: "right", dateSystem: 1900 });
    expect(r.decimalSeparator).toBe(",");
    expect(Array.from(r.set.minor)).toEqual([2000, -320000, -185000, 425000]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["recon_thousands_point", "info"]]);
    expect(r.issues[0]?.message).toBe(
      `dkb!dkb[Betrag (€)] row 6: Every point in the amounts stands before exactly three digits (such as ` +
        `-3.200), never before one or two, so it separates thousands: -3.200 is -3,200.00 EUR. If it is a ` +
        `decimal point, set the decimal separator to ".".`,
    );
  });

  it("is a decimal point where another amount has one or two digits after its point", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount
      2026-03-02 | "-1.850"
      2026-03-03 | "12.5"
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.decimalSeparator).toBe(".");
    expect(Array.from(r.set.minor)).toEqual([-185, 1250]);
  });

  it.each([
    ["the side's currency", { currency: "BHD" }, undefined],
    ["a Currency column", {}, "KWD"],
  ])("is a decimal point where %s has three decimals", (_where, reading, code) => {
    const t = tableOf({ name: "T" })`
      Date       | Amount   | Currency
      2026-03-02 | "-1.850" | ${code ?? ""}
      2026-03-03 | "4.250"  | ${code ?? ""}
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900, reading });
    expect(r.decimalSeparator).toBeUndefined();
    expect(Array.from(r.set.minor)).toEqual([-1850, 4250]);
    expect(r.issues).toEqual([]);
  });

  it("settles nothing where commas before three digits stand beside such points", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount
      2026-03-02 | "-1.850"
      2026-03-03 | "2,500"
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.decimalSeparator).toBeUndefined();
    expect(r.issues.map((i) => i.code)).not.toContain("recon_thousands_point");
  });

  it("keeps a declared separator", () => {
    const r = readSide(dkb, { side: "right", dateSystem: 1900, reading: { decimalSeparator: "." } });
    expect(Array.from(r.set.minor)).toEqual([2000, -320, -185, 425]);
    expect(r.issues).toEqual([]);
  });
});
