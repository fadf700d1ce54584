/**
 * A reference column written in words (N26's "Payment Reference", Starling's "Reference") is read as the
 * description where no column is; a column of codes stays the reference.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide } from "./readSide";

describe("a reference column written in words", () => {
  const n26 = tableOf({ name: "n26", sheet: "n26" })`
    Booking Date | Partner Name           | Payment Reference        | Amount (EUR)
    2026-03-03   | Hausverwaltung Schäfer | Miete März RENT-03       | "-1850"
    2026-03-13   |                        | Kontoführungsentgelt     | "-9.9"
    2026-03-16   | Amazon EU S.a.r.l.     | Kartenzahlung Amazon     | "-45.99"
  `;

  it("is read as the description where no column is, with a note", () => {
    const r = readSide(n26, { side: "right", dateSystem: 1900 });
    expect(r.map).toEqual({ date: 0, party: 1, description: 2, amount: 3 });
    expect(r.set.description).toEqual(["Miete März RENT-03", "Kontoführungsentgelt", "Kartenzahlung Amazon"]);
    expect(r.set.reference).toEqual(["", "", ""]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["recon_reference_text", "info"]]);
    expect(r.issues[0]?.message).toBe(
      `n26!n26[Payment Reference] row 1: Payment Reference holds what each payment was for, in words ` +
        `(such as "Miete März RENT-03"), not references to compare whole: it is read as the description.`,
    );
  });

  it("stays the reference where it holds codes, a description is there, or the mapping names it", () => {
    const codes = tableOf({ name: "T" })`
      Date       | Reference           | Amount
      2026-03-03 | INV-1041            | "10.00"
      2026-03-04 | RF18 5390 0754 7034 | "20.00"
      2026-03-05 | Invoice 1042        | "30.00"
    `;
    expect(readSide(codes, { side: "right", dateSystem: 1900 }).map.reference).toBe(1);
    const described = tableOf({ name: "T" })`
      Date       | Reference          | Description | Amount
      2026-03-03 | Miete März RENT-03 | Miete       | "10.00"
    `;
    expect(readSide(described, { side: "right", dateSystem: 1900 }).map).toMatchObject({
      reference: 1,
      description: 2,
    });
    const named = readSide(n26, {
      side: "right",
      dateSystem: 1900,
      reading: { columns: { reference: "Payment Reference" } },
    });
    expect(named.map.reference).toBe(2);
    expect(named.issues).toEqual([]);
  });
});
