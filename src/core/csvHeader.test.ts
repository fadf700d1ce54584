/**
 * headerLineOf: the headers below a bank's own lines, and every case that keeps the first line; startsWithRecord:
 * a file without a header row.
 */
import { headerLineOf, startsWithRecord } from "./csvHeader";

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

  describe("below a block of the bank's own as wide as the headers", () => {
    const RECORDS = [
      "01.03.2026;Miete;-800,00;EUR",
      "05.03.2026;Acme GmbH;4.250,00;EUR",
      "16.03.2026;Entgelt;-20,00;EUR",
    ];
    const BLOCK = ["Kontoinhaber;IBAN;BIC;Währung", "Max Muster;DE12500105170123456789;INGDDEFFXXX;EUR"];
    const file = (block: readonly string[], records: readonly string[] = RECORDS, gap = [""]) =>
      lines([...block, ...gap, "Datum;Text;Betrag;Währung", ...records].join("\n"));

    it("finds the headers after the blank line below the block", () => {
      expect(headerLineOf(file(BLOCK))).toBe(3);
      expect(headerLineOf(file(["Umsatzliste", "", ...BLOCK, "Zeitraum:;März 2026"]))).toBe(6);
      expect(
        headerLineOf(file([BLOCK[0] as string, BLOCK[1] as string, "Erika Muster;DE02;COBADEFFXXX;EUR"])),
      ).toBe(4);
    });

    it.each([
      ["no blank line between the block and the headers", file(BLOCK, RECORDS, [])],
      ["two records below the headers", file(BLOCK, RECORDS.slice(0, 2))],
      [
        "a blank line among the first three records",
        file(BLOCK, [RECORDS[0] as string, "", ...RECORDS.slice(1)]),
      ],
      ["records without a date in one column", file(BLOCK, [...RECORDS, "offen;Netflix;-9,99;EUR"])],
      [
        "a line of the block with a date where the records have theirs",
        file(["Stichtag;Saldo;BIC;Währung", "31.03.2026;1.234,56;INGDDEFFXXX;EUR"]),
      ],
      ["a block wider than the headers", file(["Inhaber;IBAN;BIC;Währung;Konto", "Max;DE12;INGD;EUR;0123"])],
      ["four wide lines above the headers", file([...BLOCK, ...BLOCK])],
      ["headers holding a figure", lines([...BLOCK, "", "Datum;Text;2026;Währung", ...RECORDS].join("\n"))],
      [
        "a file's first records above a blank line and more below",
        lines(["Datum;Text;Betrag;Währung", ...RECORDS, "", ...RECORDS].join("\n")),
      ],
    ])("keeps the first line with %s", (_name, text) => {
      expect(headerLineOf(text)).toBe(0);
    });
  });
});

describe("startsWithRecord", () => {
  const commas = (text: string): string[][] => text.split("\n").map((l) => l.split(","));

  it.each([
    [
      "HSBC's date, description and amount",
      commas(
        "31/03/2026,STADTWERKE UT-7781,-98.40\n26/03/2026,TELEKOM TK-REF-9,20.00\n20/03/2026,GEHALT,-3200.00",
      ),
    ],
    [
      "Wells Fargo's date, amount, mark, blank and description",
      commas("03/31/2026,-98.40,*,,STADTWERKE\n03/26/2026,20.00,*,,TELEKOM\n03/20/2026,-3200.00,*,,GEHALT"),
    ],
    [
      "ABN AMRO's account, currency, compact dates and amounts",
      lines(
        "123456789;EUR;20260302;10000,00;14250,00;20260302;4250,00;/TRTP/SEPA/NAME/Müller\n" +
          "123456789;EUR;20260303;14250,00;12400,00;20260303;-1850,00;/TRTP/SEPA/NAME/Schäfer",
      ),
    ],
    ["two lines only", commas("31/03/2026,Rent,-98.40\n26/03/2026,Fee,20.00")],
  ])("takes the first line for a record with %s", (_name, text) => {
    expect(startsWithRecord(text)).toBe(true);
  });

  it.each([
    ["headers", commas("Date,Description,Amount\n31/03/2026,Rent,-98.40\n26/03/2026,Fee,20.00")],
    [
      "dates as headers over figures",
      lines("Konto;31.12.2025;31.12.2026\n1000;500,00;600,00\n1200;1,00;2,00"),
    ],
    ["a date but no figure", commas("31/03/2026,Rent\n26/03/2026,Fee")],
    ["a figure but no date", commas("1000,Rent,-98.40\n1200,Fee,20.00")],
    [
      "a date where the lines below have text",
      commas("31/03/2026,Rent,-98.40\npending,Fee,20.00\nn/a,Tax,1.00"),
    ],
    ["a figure where the line below has words", commas("31/03/2026,Rent,-98.40\n26/03/2026,Fee,twenty")],
    ["no line below", commas("31/03/2026,Rent,-98.40")],
    ["one column", commas("31/03/2026\n26/03/2026")],
    ["a title above", commas("Statement\n31/03/2026,Rent,-98.40\n26/03/2026,Fee,20.00")],
    [
      "words where the lines below have figures",
      commas("31/03/2026,Rent,-98.40,one\n26/03/2026,Fee,20.00,2\n1/3/2026,X,1.00,3"),
    ],
  ])("keeps the first line the headers with %s", (_name, text) => {
    expect(startsWithRecord(text)).toBe(false);
  });
});
