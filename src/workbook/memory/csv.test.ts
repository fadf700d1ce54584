/** CSV files at the edges: an empty file, a header without records, UTF-16 saved without a byte order mark. */
import { decodeText, detectDelimiter, loadCsv, parseCsv } from "./csv";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { utf16WithoutBom } from "../../core/textBytes";
import { bankExport } from "../../../test/support/bankCsv";

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
