/** headerLineOf: the headers below a bank's own lines, and every case that keeps the first line. */
import { headerLineOf } from "./csvHeader";

const lines = (text: string): string[][] => text.split("\n").map((l) => l.split(";"));

describe("headerLineOf", () => {
  it("finds the headers below a bank's account, period and balance lines", () => {
    const file = lines(
      [
        "Kontonummer:;DE12 5001 0517 0123 4567 89;",
        ";",
        "Von:;01.03.2026;",
        "Bis:;31.03.2026;",
        "Kontostand vom 31.03.2026:;1.080,00 EUR;",
        ";",
        "Buchungstag;Wertstellung;Auftraggeber / Begünstigter;Verwendungszweck;Betrag (EUR);",
        "05.03.2026;05.03.2026;Acme GmbH;INV-1 Payment;100,00;",
      ].join("\n"),
    );
    expect(headerLineOf(file)).toBe(6);
  });

  it("finds them below a title line of one value", () => {
    expect(headerLineOf(lines("Statement March\nDate;Amount;Text\n2026-03-05;100.00;x"))).toBe(1);
  });

  it.each([
    ["headers on the first line", "Date;Amount;Text\n2026-03-05;100.00;x"],
    [
      "a first line filling as many fields as the headers",
      "Account;DE12;EUR\nDate;Amount;Text\n2026-03-05;1;x",
    ],
    ["headers holding a figure", "Title\nDate;2026;Text\n2026-03-05;100.00;x"],
    ["records without figures below", "Title\nName;Town;Role\nAnna;Bonn;Clerk\nBen;Ulm;Head"],
    ["a first column without a header, records filling it", ";Date;Amount\n1;2026-03-05;100.00"],
    ["one column", "Title\nAmount\n100.00"],
    ["no lines at all", ""],
  ])("keeps the first line with %s", (_name, text) => {
    expect(headerLineOf(lines(text))).toBe(0);
  });

  it("finds them with no records below (a period without bookings)", () => {
    expect(headerLineOf(lines("Account:;DE12\nPeriod:;March\n\nDate;Amount;Text\n\n"))).toBe(3);
  });

  it("takes a header without letters in a column (#) and records whose figures carry a few letters", () => {
    expect(
      headerLineOf(
        lines(
          "Account statement;12345678\nPeriod;March\n#;Date;Description;Amount\n1;2026-03-02;Rent;-1200.00",
        ),
      ),
    ).toBe(2);
    expect(
      headerLineOf(lines("Current account\n\nDate;Description;Amount\n02 Mar 2026;RENT LTD;1200.00 DR")),
    ).toBe(2);
  });

  it("keeps the first line when a record stands above a wider line of text", () => {
    const file = [
      "Date;Description;Amount",
      "2026-03-02;Rent;-1200.00",
      "Note: transfer moved to savings; see memo; approved by CFO; ref ABC",
      "2026-03-05;Customer A;500.00",
    ].join("\n");
    expect(headerLineOf(lines(file))).toBe(0);
  });

  it("looks for the headers in the first 40 lines only", () => {
    const title = Array.from({ length: 40 }, (_, k) => `note ${k}`).join("\n");
    expect(headerLineOf(lines(`${title}\nDate;Amount;Text\n2026-03-05;100.00;x`))).toBe(0);
    const shorter = Array.from({ length: 39 }, (_, k) => `note ${k}`).join("\n");
    expect(headerLineOf(lines(`${shorter}\nDate;Amount;Text\n2026-03-05;100.00;x`))).toBe(39);
  });

  it("looks for figures in the ten non-blank lines below the headers", () => {
    const words = Array.from({ length: 10 }, () => "a;b;c").join("\n");
    expect(headerLineOf(lines(`Title\nDate;Amount;Text\n\n${words}\n2026-03-05;1;x`))).toBe(0);
    const fewer = Array.from({ length: 9 }, () => "a;b;c").join("\n");
    expect(headerLineOf(lines(`Title\nDate;Amount;Text\n\n${fewer}\n2026-03-05;1;x`))).toBe(1);
  });
});
