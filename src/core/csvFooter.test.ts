/** footerOf: a bank's closing lines after its records, and every case that keeps all lines records. */
import { footerOf, isSummaryLabel } from "./csvFooter";

const lines = (text: string): string[][] => text.split("\n").map((l) => l.split(";"));

const HEADERS = "Buchungstag;Wertstellung;Vorgang;Buchungstext;Umsatz in EUR;";
const RECORDS = [
  "05.03.2026;05.03.2026;Überweisung;Acme GmbH INV-1041;4.250,00;",
  "16.03.2026;16.03.2026;Entgelt;Kontoführung;-20,00;",
  "20.03.2026;20.03.2026;Lastschrift;Büro AG;-45,50;",
];
const file = (...tail: string[]) => lines([HEADERS, ...RECORDS, ...tail].join("\n"));

describe("footerOf", () => {
  it("finds comdirect's old balance after an empty line", () => {
    expect(footerOf(file(";", "Alter Kontostand;1.080,00 EUR;", ""), 0)).toEqual({
      lastRecord: 3,
      lines: [5],
    });
  });

  it("finds Deutsche Bank's balance right below the records, a date beside its label", () => {
    expect(footerOf(file("Kontostand;31.03.2026;;;1.234,56;EUR"), 0)).toEqual({ lastRecord: 3, lines: [4] });
  });

  it("finds several closing lines, blank lines between them, below headers further down", () => {
    const text = [
      "Konto;DE12",
      "",
      HEADERS,
      ...RECORDS,
      "",
      "Summe;;;;4.184,50;",
      "",
      "Neuer Kontostand:;5.264,50 EUR",
    ];
    expect(footerOf(lines(text.join("\n")), 2)).toEqual({ lastRecord: 5, lines: [7, 9] });
  });

  it("finds an unlabelled closing line set apart by an empty line, short and in the date column", () => {
    expect(footerOf(file("", "Anzahl Umsätze;3"), 0)).toEqual({ lastRecord: 3, lines: [5] });
    expect(footerOf(file("", "Ende der Liste"), 0)).toEqual({ lastRecord: 3, lines: [5] });
  });

  it("leaves a record without a date above the closing lines a record", () => {
    const text = file("offen;--;Lastschrift;Netflix;-9,99;", ";", "Alter Kontostand;1.080,00 EUR;");
    expect(footerOf(text, 0)).toEqual({ lastRecord: 4, lines: [6] });
  });

  it.each([
    ["a short last record with a date", file("21.03.2026;;;;-5,00;")],
    ["a last record with a text where the dates are", file("TBD;;Lastschrift;Büro AG;-5,00;")],
    ["a short last record with a text where the dates are, not set apart", file("TBD;;;;-5,00;")],
    ["a closing line set apart but as wide as a record", file("", "Vorgemerkt;;Lastschrift;Büro AG;-5,00;")],
    ["a closing line set apart but not in the date column", file("", ";;Hinweis;ohne Gewähr;")],
    ["a figure set apart", file("", "3;")],
    ["a label with a date where the records have theirs", file("31.03.2026;Kontostand;;;1.234,56;")],
    ["a label word inside a longer text", file("Total refund;;;;5,00;")],
    ["more than five lines after the records", file("", ...Array.from({ length: 6 }, () => "Summe;1,00"))],
    ["no records", lines(`${HEADERS}\n\nAlter Kontostand;1.080,00 EUR;`)],
    ["records without dates", lines("Name;Town;Amount\nAnna;Bonn;10\nBen;Ulm;20\nTotal;;30")],
    ["nothing after the records", file()],
    ["blank lines only after the records", file(";", "", ";")],
  ])("keeps every line a record with %s", (_name, text) => {
    expect(footerOf(text, 0)).toBeNull();
  });

  it("needs two records above a line set apart only by its shape, one above a labelled one", () => {
    const one = (tail: string) => lines([HEADERS, RECORDS[0], "", tail].join("\n"));
    expect(footerOf(one("Ende der Liste"), 0)).toBeNull();
    expect(footerOf(one("Alter Kontostand;1.080,00 EUR;"), 0)).toEqual({ lastRecord: 1, lines: [3] });
  });

  it("takes dates in any order, with a booking not yet made among the records", () => {
    const text = [
      "Date,Description,Amount",
      "pending,Coffee,-3.00",
      "03/02/2026,Rent,-1200.00",
      "2026-03-05,Customer A,500.00",
      "5 Mar 2026,Supplies,-45.50",
      "Closing balance,,1254.50",
    ].map((l) => l.split(","));
    expect(footerOf(text, 0)).toEqual({ lastRecord: 4, lines: [5] });
  });
});

describe("footerOf: dated closing lines, their label in a text column", () => {
  /** Volksbank's classic export: the label stands in a column the records leave empty, its date first. */
  const VR = [
    "Buchungstag;Valuta;Auftraggeber;Empfänger;IBAN;Verwendungszweck;Kundenreferenz;Währung;Umsatz; ",
    "02.03.2026;02.03.2026;Muster GmbH;Müller GmbH;DE02;Zahlung INV-1041;;EUR;4.250,00;H",
    "03.03.2026;03.03.2026;Muster GmbH;Schäfer;DE02;Miete RENT-03;;EUR;1.850,00;S",
    "05.03.2026;05.03.2026;Muster GmbH;Köhler KG;DE02;Rechnung BILL-552;;EUR;1.234,56;S",
  ];
  const vr = (...tail: string[]) => lines([...VR, ...tail].join("\n"));

  it("finds the opening and closing balances after an empty line, each with its date first", () => {
    const text = vr(
      "",
      "01.03.2026;;;;;;Anfangssaldo;EUR;10.000,00;H",
      "31.03.2026;;;;;;Endsaldo;EUR;11.165,44;H",
    );
    expect(footerOf(text, 0)).toEqual({ lastRecord: 3, lines: [5, 6] });
  });

  it("finds them right below the records when they leave out values every record has", () => {
    expect(footerOf(vr("31.03.2026;;;;;;Endsaldo;EUR;11.165,44;H"), 0)).toEqual({
      lastRecord: 3,
      lines: [4],
    });
    expect(footerOf(vr("31.03.2026;;;;;Saldo;;EUR;11.165,44;H"), 0)).toEqual({ lastRecord: 3, lines: [4] });
  });

  it("finds one set apart by an empty line though it fills every column", () => {
    const text = vr("", "31.03.2026;31.03.2026;Muster GmbH;Muster GmbH;DE02;Saldo;x;EUR;11.165,44;H");
    expect(footerOf(text, 0)).toEqual({ lastRecord: 3, lines: [5] });
  });

  it.each([
    [
      "a last record whose text is Saldo, as full as the others",
      vr("31.03.2026;31.03.2026;Muster GmbH;Bank;DE02;Saldo;;EUR;5,00;S"),
    ],
    [
      "a last record whose text is Summe, leaving out only what other records leave out",
      vr("31.03.2026;31.03.2026;Muster GmbH;Bank;DE02;Summe;;EUR;5,00;S"),
    ],
    [
      "a labelled dated line with records after it",
      vr(
        "31.03.2026;;;;;;Endsaldo;EUR;11.165,44;H",
        "06.03.2026;06.03.2026;Muster GmbH;X;DE02;Y;;EUR;1,00;S",
      ),
    ],
    ["a dated line whose label stands where the records keep a date", vr("31.03.2026;Saldo;;;;;;EUR;1,00;H")],
    ["a dated line without a label", vr("31.03.2026;;;;;;;EUR;11.165,44;H")],
    [
      "records each followed by an empty line, the last one's text Saldo",
      lines(
        [
          VR[0],
          VR[1],
          "",
          VR[2],
          "",
          VR[3],
          "",
          "31.03.2026;31.03.2026;Muster GmbH;Bank;DE02;Saldo;;EUR;5,00;S",
        ].join("\n"),
      ),
    ],
    [
      "one record above a dated labelled line not set apart",
      lines([VR[0], VR[1], "31.03.2026;;;;;;Endsaldo;EUR;4.250,00;H"].join("\n")),
    ],
  ])("keeps every line a record with %s", (_name, text) => {
    expect(footerOf(text, 0)).toBeNull();
  });
});

describe("isSummaryLabel", () => {
  it.each([
    "Kontostand",
    "Alter Kontostand",
    '"Neuer Kontostand:"',
    "Kontostand vom 31.03.2026:",
    "Saldo",
    "Summe Soll",
    "Endsaldo",
    "Total",
    "Closing balance",
    "Balance as of 03/31/2026",
    "Solde final",
    "SUMME",
    "Total for 1000 Checking",
    "Total for Checking",
    "Summe für Konto 1200",
  ])("takes %s for a balance or a total", (v) => expect(isSummaryLabel(v)).toBe(true));

  it.each([
    "Total refund",
    "Total Fitness membership for March",
    "Balance transfer to savings",
    "Acme GmbH",
    "offen",
    "",
    "31.03.2026",
    "Saldo Saldo Saldo Saldo Saldo",
  ])("takes %j for no balance or total", (v) => expect(isSummaryLabel(v)).toBe(false));
});

describe("footerOf on a large file", () => {
  it("reads the last records only, and finds the closing line below a hundred thousand", () => {
    const many = Array.from(
      { length: 100_000 },
      (_, k) => `${String((k % 28) + 1).padStart(2, "0")}.03.2026;x;1,00`,
    );
    const text = [
      ["Datum", "Text", "Betrag"],
      ...many.map((l) => l.split(";")),
      [""],
      ["Endsaldo", "", "100.000,00"],
    ];
    expect(footerOf(text, 0)).toEqual({ lastRecord: 100_000, lines: [100_002] });
  });
});
