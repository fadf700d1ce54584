/**
 * CSV files at the edges: an empty file, a header without records, UTF-16 saved without a byte order mark, a
 * bank's own lines above the headers or below the records, no header row at all.
 */
import { decodeText, detectDelimiter, loadCsv, parseCsv } from "./csv";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { utf16WithoutBom } from "../../core/textBytes";
import { bankExport } from "../../../test/support/bankCsv";
import { blockExport, comdirectExport } from "../../../test/support/bankCsvClosing";

describe("loadCsv: empty files", () => {
  it.each([
    ["no bytes at all", ""],
    ["a byte order mark only", "\ufeff"],
    ["blank lines only", "\r\n  \r\n\r\n"],
  ])("refuses %s: the file is empty", (_name, text) => {
    expect(() => loadCsv(text, { name: "bank.csv" })).toThrow("the file is empty");
  });

  it("reads a header without records as a table of no records", async () => {
    const port = createMemoryWorkbook(loadCsv("Date,Amount\r\n", { name: "bank.csv" }));
    const t = await port.readTable({ table: "bank" });
    expect(t.headers).toEqual(["Date", "Amount"]);
    expect(t.rows).toEqual([]);
  });
});

describe("decodeText: UTF-16 without a byte order mark", () => {
  const text = "Date,Description,Amount\n2026-03-03,CRÉDIT Zürich café,4250.00\n";
  const le = new Uint8Array(Buffer.from(text, "utf16le"));
  const be = new Uint8Array(Buffer.from(text, "utf16le").swap16());

  it.each([
    ['little-endian (Windows\' "Unicode")', le, "utf-16le"],
    ["big-endian", be, "utf-16be"],
  ])("reads %s by the NUL bytes in every other place", (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect({ encoding: decoded.encoding, guessed: decoded.guessed }).toEqual({ encoding, guessed: false });
    expect(parseCsv(decoded.text)).toEqual([
      ["Date", "Description", "Amount"],
      ["2026-03-03", "CRÉDIT Zürich café", "4250.00"],
    ]);
  });

  it("wins over a code page the caller names, as a byte order mark does", () => {
    expect(decodeText(le, "windows-1250").encoding).toBe("utf-16le");
  });

  it("leaves UTF-8, Windows-1252 and binary bytes (NULs in both places) to the usual reading", () => {
    expect(utf16WithoutBom(new Uint8Array(Buffer.from(text, "utf8")))).toBeUndefined();
    expect(utf16WithoutBom(new Uint8Array(Buffer.from(text, "latin1")))).toBeUndefined();
    expect(utf16WithoutBom(new Uint8Array(64))).toBeUndefined();
    expect(utf16WithoutBom(new Uint8Array([0x41, 0]))).toBeUndefined();
    expect(decodeText(new Uint8Array(Buffer.from(text, "utf8"))).encoding).toBe("utf-8");
  });

  it("reads a UTF-16 file whose first kilobyte is mostly ASCII", () => {
    const long = `${"Ref,Amount\n"}${"INV-1,1.00\n".repeat(200)}Müller,2.00\n`;
    expect(decodeText(new Uint8Array(Buffer.from(long, "utf16le"))).text).toBe(long);
  });
});

describe("loadCsv: a bank's own lines above the headers", () => {
  const DKB = bankExport([
    '"05.03.2026";"05.03.2026";"Acme GmbH";"INV-1 Payment";"100,00";',
    '"16.03.2026";"16.03.2026";"Bank";"Fee";"-20,00";',
  ]);

  it("makes the table from the headers down, its rows numbered as the file's lines, and says so", async () => {
    const port = createMemoryWorkbook(loadCsv(DKB, { name: "dkb.csv" }));
    const t = await port.readTable({ table: "dkb" });
    expect(t.headerRow).toBe(7);
    expect(t.headers.slice(0, 5)).toEqual([
      "Buchungstag",
      "Wertstellung",
      "Auftraggeber / Begünstigter",
      "Verwendungszweck",
      "Betrag (EUR)",
    ]);
    expect(t.rows).toEqual([8, 9]);
    expect([t.columns[0], t.columns[4]]).toEqual([
      ["05.03.2026", "16.03.2026"],
      ["100,00", "-20,00"],
    ]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["csv_header_below", "info", 7, "A7"],
    ]);
    expect(t.notes?.sourceIssues?.[0]?.message).toContain("the file's 6 lines above them");
  });

  it("keeps the lines above on the sheet, where the file has them", () => {
    const sheet = loadCsv(DKB, { name: "dkb.csv" }).mustSheet("dkb");
    expect([sheet.value(1, 0), sheet.value(1, 1), sheet.value(5, 1)]).toEqual([
      "Kontonummer:",
      "DE12 5001 0517 0123 4567 89",
      "1.080,00 EUR",
    ]);
  });

  it("finds the delimiter of records that leave out empty trailing fields, their decimals written with commas", () => {
    const text = [
      "Datum;Text;Betrag;Kostenstelle;Notiz",
      "02.03.2026;Miete;-1200,00",
      "05.03.2026;Customer A;500,00;100",
      "10.03.2026;Supplies;-45,50",
      "12.03.2026;Bank fee;-5,00",
    ].join("\n");
    expect(detectDelimiter(text)).toBe(";");
  });

  it("finds the delimiter though the first line has none", () => {
    const text = "Statement March 2026\nDate;Amount;Text\n2026-03-05;100,00;a, b\n2026-03-06;5,00;c\n";
    expect(parseCsv(text)[2]).toEqual(["2026-03-05", "100,00", "a, b"]);
  });
});

describe("loadCsv: a bank's own lines below the records", () => {
  const COMDIRECT = comdirectExport([
    '"05.03.2026";"05.03.2026";"Übertrag / Überweisung";"Acme GmbH INV-1041";"4.250,00";',
    '"16.03.2026";"16.03.2026";"Entgelt";"Kontoführung";"-20,00";',
  ]);

  it("ends the table at the last record, leaves the closing lines on the sheet below it, and says so", async () => {
    const wb = loadCsv(COMDIRECT, { name: "comdirect.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "comdirect" });
    expect(t.headerRow).toBe(5);
    expect(t.rows).toEqual([6, 7]);
    expect(t.columns[4]).toEqual(["4.250,00", "-20,00"]);
    expect(t.notes?.raggedRows ?? []).toEqual([]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["csv_header_below", "info", 5, "A5"],
      ["csv_footer_below", "info", 9, "A9"],
    ]);
    expect(t.notes?.sourceIssues?.[1]?.message).toBe(
      "comdirect!comdirect row 9: Row 9, below the last record, is the file's own line (a balance, a total), not a record: it stays on the sheet below the table and is not read as a record.",
    );
    const sheet = wb.mustSheet("comdirect");
    expect([sheet.value(9, 0), sheet.value(9, 1)]).toEqual(["Alter Kontostand", "1.080,00 EUR"]);
  });

  it("names every closing line's row, and leaves lines wider than the headers there unreported", async () => {
    const text = [
      "Datum;Text;Betrag",
      "01.03.2026;Miete;-800,00",
      "05.03.2026;Acme GmbH;4.250,00",
      "",
      "Summe;;3.450,00;;;",
      "Anfangssaldo;;1.000,00",
      "Endsaldo;;4.450,00",
      "",
      "Neuer Kontostand;4.450,00 EUR",
    ].join("\n");
    const t = await createMemoryWorkbook(loadCsv(text, { name: "bank.csv" })).readTable({ table: "bank" });
    expect(t.rows).toEqual([2, 3]);
    expect(t.notes?.raggedRows ?? []).toEqual([]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.row])).toEqual([["csv_footer_below", 5]]);
    expect(t.notes?.sourceIssues?.[0]?.message).toContain(
      "Rows 5 to 7 and 9, below the last record, are the file's own lines (a balance, a total), not records: they stay",
    );
  });

  it.each([
    [
      "a short last record",
      "Date;Text;Amount\n2026-03-01;Rent;-800.00\n2026-03-02;Coffee;-3.00\n2026-03-03;;\n",
    ],
    [
      "a text in the last record's first column",
      "Date;Text;Amount\n2026-03-01;Rent;-800.00\nn/a;Coffee;-3.00\n",
    ],
    ["a totals line in a table without dates", "Name;Town;Amount\nAnna;Bonn;10\nBen;Ulm;20\n\nTotal;;30\n"],
  ])("keeps every record of a file with %s", async (_name, text) => {
    const t = await createMemoryWorkbook(loadCsv(text, { name: "data.csv" })).readTable({ table: "data" });
    expect(t.rows).toEqual(Array.from({ length: text.trimEnd().split("\n").length - 1 }, (_, k) => k + 2));
    expect(t.notes?.sourceIssues ?? []).toEqual([]);
  });
});

describe("loadCsv: a block of the bank's own as wide as the headers", () => {
  it("makes the table from the headers below the block, its rows numbered as the file's lines", async () => {
    const wb = loadCsv(
      blockExport([
        "01.03.2026;Miete;-800,00;EUR",
        "05.03.2026;Acme GmbH;4.250,00;EUR",
        "16.03.2026;Entgelt;-20,00;EUR",
      ]),
      { name: "giro.csv" },
    );
    const t = await createMemoryWorkbook(wb).readTable({ table: "giro" });
    expect([t.headerRow, t.headers]).toEqual([4, ["Datum", "Text", "Betrag", "Währung"]]);
    expect(t.rows).toEqual([5, 6, 7]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.row])).toEqual([["csv_header_below", 4]]);
    expect(wb.mustSheet("giro").value(2, 1)).toBe("DE12500105170123456789");
  });
});

describe("detectDelimiter: lines above the headers with decimal commas", () => {
  const RECORDS = [
    "Buchungstag;Umsatzart;Verwendungszweck;Betrag (€)",
    "31.03.2026;Lastschrift;Strom März UT-7781;-98,40 €",
    "26.03.2026;Gutschrift;Erstattung TK-REF-9;20,00 €",
    "20.03.2026;Lastschrift;Gehalt März PAY-0320;-3.200,00 €",
  ];

  it.each([
    ["one such line", ["Umsätze Girokonto", "Aktueller Kontostand: 20.792,57 €", ""]],
    [
      "two such lines",
      ["Umsätze Girokonto", "Aktueller Kontostand: 20.792,57 €", "Verfügbarer Betrag: 25.792,57 €", ""],
    ],
    [
      "more of them than records",
      [
        "Umsätze",
        "Name: Muster GmbH",
        "Aktueller Kontostand: 20.792,57 €",
        "Verfügbarer Betrag (inkl. Kreditlinie): 25.792,57 €",
        "Dispo: 5.000,00 €",
        "Zinsen: 1,25 %",
        "",
      ],
    ],
  ])("takes the ; that splits the headers and records, with %s", (_name, above) => {
    const text = [...above, ...RECORDS, ""].join("\r\n");
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)[above.length + 1]).toEqual([
      "31.03.2026",
      "Lastschrift",
      "Strom März UT-7781",
      "-98,40 €",
    ]);
  });

  it("takes the ; of records whose every line also holds decimal commas, two in each", () => {
    const text = [
      "Aktueller Kontostand: 20.792,57 €",
      "Verfügbarer Betrag: 25.792,57 €",
      "",
      "Buchungstag;Text;Betrag (€);Saldo (€)",
      "31.03.2026;Strom;-98,40 €;20.792,57 €",
      "26.03.2026;Erstattung;20,00 €;20.890,97 €",
    ].join("\n");
    expect(detectDelimiter(text)).toBe(";");
  });

  it("keeps the , of a file whose lines above the headers hold ;", () => {
    const text =
      "Konto;DE12;EUR\nZeitraum;März\n\nDate,Description,Amount\n2026-03-05,Rent,-5.00\n2026-03-06,Fee,1.00\n";
    expect(detectDelimiter(text)).toBe(",");
  });
});

describe("parseCsv: line breaks inside a quoted field", () => {
  it("keeps them as Excel keeps them in a cell, CR LF read as LF", () => {
    const text = '"Datum";"Text"\r\n"31.03.2026";"Basislastschrift\r\nMiete März"\r\n"30.03.2026";"a\nb"\r\n';
    expect(parseCsv(text).slice(1)).toEqual([
      ["31.03.2026", "Basislastschrift\nMiete März"],
      ["30.03.2026", "a\nb"],
    ]);
  });
});

describe("loadCsv: a delimiter at the end of every line", () => {
  const read = async (text: string) =>
    createMemoryWorkbook(loadCsv(text, { name: "bank.csv" })).readTable({ table: "bank" });

  it("reads Chase's records, each ending with a comma after the last header's value, as no extra values", async () => {
    const t = await read(
      [
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #",
        "DEBIT,03/31/2026,STADTWERKE UT-7781,-98.40,ACH_DEBIT,20792.57,,",
        "CREDIT,03/26/2026,TELEKOM TK-REF-9,20.00,ACH_CREDIT,20890.97,,",
        "",
      ].join("\r\n"),
    );
    expect(t.headers).toHaveLength(7);
    expect(t.rows).toEqual([2, 3]);
    expect(t.notes?.raggedRows ?? []).toEqual([]);
  });

  it("leaves the empty field after the last header out of the table, headers and records alike", async () => {
    const t = await read("Buchungstag;Text;Betrag;\n05.03.2026;Acme;100,00;\n16.03.2026;Fee;-20,00;\n");
    expect(t.headers).toEqual(["Buchungstag", "Text", "Betrag"]);
    expect(t.columns).toHaveLength(3);
    expect(t.notes?.raggedRows ?? []).toEqual([]);
  });

  it("keeps a column without a header that a record fills, and reports a value beyond the headers", async () => {
    const t = await read("Datum;Text;Betrag;\n05.03.2026;Acme;100,00;H\n16.03.2026;Fee;-20,00;\n");
    expect(t.headers).toEqual(["Datum", "Text", "Betrag", ""]);
    const u = await read("Datum;Text;Betrag\n05.03.2026;Acme;100,00;;x;\n16.03.2026;Fee;-20,00;\n");
    expect(u.headers).toEqual(["Datum", "Text", "Betrag"]);
    expect(u.notes?.raggedRows).toEqual([{ row: 2, cells: 5 }]);
  });
});

describe("loadCsv: Volksbank's dated balance lines after the records", () => {
  it("ends the table at the last record and says so", async () => {
    const text = [
      '"Buchungstag";"Valuta";"Empfänger";"Vorgang/Verwendungszweck";"Kundenreferenz";"Währung";"Umsatz";" "',
      '"31.03.2026";"31.03.2026";"Stadtwerke";"Basislastschrift\r\nStrom UT-7781";"";"EUR";"98,40";"S"',
      '"26.03.2026";"26.03.2026";"Telekom";"Gutschrift\r\nErstattung TK-REF-9";"";"EUR";"20,00";"H"',
      "",
      '"01.03.2026";;;;"Anfangssaldo";"EUR";"10.000,00";"H"',
      '"31.03.2026";;;;"Endsaldo";"EUR";"9.921,60";"H"',
      "",
    ].join("\r\n");
    const t = await createMemoryWorkbook(loadCsv(text, { name: "vr.csv" })).readTable({ table: "vr" });
    expect(t.rows).toEqual([2, 3]);
    expect(t.columns[3]).toEqual(["Basislastschrift\nStrom UT-7781", "Gutschrift\nErstattung TK-REF-9"]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.row])).toEqual([["csv_footer_below", 5]]);
    expect(t.notes?.sourceIssues?.[0]?.message).toContain("Rows 5 and 6, below the last record");
  });
});

describe("loadCsv: a file without a header row", () => {
  /** Wells Fargo's export: date, amount, an asterisk, a blank check number, the description. */
  const WELLS_FARGO = [
    '"03/31/2026","-98.40","*","","STADTWERKE MUENCHEN UT-7781"',
    '"03/26/2026","20.00","*","","TELEKOM DEUTSCHLAND TK-REF-9"',
    '"03/20/2026","-3200.00","*","","JUERGEN WEISS PAY-0320"',
    "",
  ].join("\r\n");

  it("gives the table headers named by what its columns hold, every line a record one row down", async () => {
    const wb = loadCsv(WELLS_FARGO, { name: "wellsfargo.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "wellsfargo" });
    expect(t.headers).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
    expect(t.rows).toEqual([2, 3, 4]);
    expect(t.columns[0]).toEqual(["03/31/2026", "03/26/2026", "03/20/2026"]);
    expect(t.columns[1]).toEqual(["-98.40", "20.00", "-3200.00"]);
    expect(t.columns[3]).toEqual([null, null, null]);
    expect(t.columns[4]?.[0]).toBe("STADTWERKE MUENCHEN UT-7781");
    // The sheet shows them: --out writes it, and Excel opens it with the headers in row 1.
    const sheet = wb.mustSheet("wellsfargo");
    expect([0, 1, 2, 3, 4].map((c) => sheet.value(1, c))).toEqual(t.headers);
    expect(sheet.value(2, 4)).toBe("STADTWERKE MUENCHEN UT-7781");
  });

  it("says so in a note at A1", async () => {
    const t = await createMemoryWorkbook(loadCsv(WELLS_FARGO, { name: "wellsfargo.csv" })).readTable({
      table: "wellsfargo",
    });
    const issues = t.notes?.sourceIssues ?? [];
    expect(issues.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["csv_no_header", "info", 1, "A1"],
    ]);
    expect(issues[0]?.message).toBe(
      "wellsfargo!wellsfargo row 1: The file has no header row: row 1 holds headers named by what the columns hold (Date, Amount, Column C, Column D, Description); the file's line 1 is row 2.",
    );
  });

  it("reads HSBC's export, its amounts with thousands commas", async () => {
    const text = [
      '31/03/2026,"STADTWERKE UT-7781","-98.40"',
      '26/03/2026,"TELEKOM TK-REF-9","20.00"',
      '20/03/2026,"GEHALT PAY-0320","-3,200.00"',
      "",
    ].join("\r\n");
    const t = await createMemoryWorkbook(loadCsv(text, { name: "hsbc.csv" })).readTable({ table: "hsbc" });
    expect(t.headers).toEqual(["Date", "Description", "Amount"]);
    expect(t.rows).toEqual([2, 3, 4]);
    expect(t.columns[2]).toEqual(["-98.40", "20.00", "-3,200.00"]);
  });

  it("points a line longer than the others and the closing lines at their rows, one below their line", async () => {
    const text = [
      '"03/31/2026","-98.40","*","","STADTWERKE MUENCHEN UT-7781"',
      '"03/26/2026","20.00","*","","TELEKOM DEUTSCHLAND TK-REF-9","x"',
      '"03/20/2026","-3200.00","*","","JUERGEN WEISS PAY-0320"',
      '"03/17/2026","615.75","*","","CAFE BLAUFLOSSE INV-1044"',
      "",
      '"Closing balance","10792.57"',
      "",
    ].join("\r\n");
    const wb = loadCsv(text, { name: "wf.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "wf" });
    expect(t.rows).toEqual([2, 3, 4, 5]);
    expect(t.notes?.raggedRows).toEqual([{ row: 3, cells: 6 }]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.row, i.address])).toEqual([
      ["csv_no_header", 1, "A1"],
      ["csv_footer_below", 7, "A7"],
    ]);
    // File line 6 is row 7, as the note says.
    expect(wb.mustSheet("wf").value(7, 0)).toBe("Closing balance");
    expect(wb.mustSheet("wf").value(3, 5)).toBe("x");
  });

  it("leaves the comma ending every line out of the columns", async () => {
    const t = await createMemoryWorkbook(
      loadCsv(
        "03/31/2026,-98.40,RENT-03 SCHAEFER,\n03/26/2026,20.00,FEE TK-9,\n03/20/2026,-45.50,PO-77 BUERO,\n",
        {
          name: "bank.csv",
        },
      ),
    ).readTable({ table: "bank" });
    expect(t.headers).toEqual(["Date", "Amount", "Description"]);
    expect(t.rows).toEqual([2, 3, 4]);
  });

  it("leaves a file with headers as it was, unwarned", async () => {
    const wb = loadCsv("Datum,Text,Betrag\n31/03/2026,Rent,-98.40\n26/03/2026,Fee,20.00\n", {
      name: "bank.csv",
    });
    const t = await createMemoryWorkbook(wb).readTable({ table: "bank" });
    expect(t.headers).toEqual(["Datum", "Text", "Betrag"]);
    expect(t.rows).toEqual([2, 3]);
    expect(wb.mustSheet("bank").value(1, 0)).toBe("Datum");
    expect(t.notes?.sourceIssues ?? []).toEqual([]);
  });

  it("keeps a first line of another shape than the records below it as the headers", async () => {
    // A date and a figure over dates and figures, but two fields over records of four: no record of them.
    const text = "31/03/2026,-98.40\n26/03/2026,20.00,Fee,FEE-03\n20/03/2026,-45.50,Buero,PO-77\n";
    const t = await createMemoryWorkbook(loadCsv(text, { name: "bank.csv" })).readTable({ table: "bank" });
    expect(t.headers).toEqual(["31/03/2026", "-98.40"]);
    expect(t.notes?.sourceIssues ?? []).toEqual([]);
  });
});
