/**
 * `bo read` and `bo reconcile` over banks' CSV exports whose shape the reader sees through: Volksbank's dated
 * balance lines after the records, a delimiter ending every line (Chase's comma, a German bank's ";"),
 * balance lines with decimal commas above ";" headers, line breaks inside a quoted field, and an export
 * without a header row, read below headers named by what its columns hold.
 */
import * as fs from "fs";
import * as path from "path";
import { BOOK } from "../support/bankCsvClosing";
import { bo, tempDir } from "../support/cliRun";

/** Volksbank's classic export: records with line breaks in their text, then dated balance lines. */
const VOLKSBANK = [
  '"Umsatzanzeige"',
  '"Konto:";"12345678";;"Datum:";"31.03.2026"',
  "",
  '"Buchungstag";"Valuta";"Empfänger";"IBAN";"Vorgang/Verwendungszweck";"Kundenreferenz";"Währung";"Umsatz";" "',
  '"05.03.2026";"05.03.2026";"Acme GmbH";"DE02";"Gutschrift\r\nINV-1041";"";"EUR";"4.250,00";"H"',
  '"16.03.2026";"16.03.2026";"Volksbank";"DE02";"Entgelt\r\nFEE-03";"";"EUR";"20,00";"S"',
  '"20.03.2026";"20.03.2026";"Büro AG";"DE02";"Basislastschrift\r\nPO-77";"";"EUR";"45,50";"S"',
  "",
  '"01.03.2026";;;;;"Anfangssaldo";"EUR";"1.000,00";"H"',
  '"31.03.2026";;;;;"Endsaldo";"EUR";"5.184,50";"H"',
  "",
].join("\r\n");

const CHASE = [
  "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #",
  "CREDIT,03/05/2026,ACME INV-1041,4250.00,ACH_CREDIT,5250.00,,",
  "DEBIT,03/16/2026,SERVICE FEE FEE-03,-20.00,FEE_TRANSACTION,5230.00,,",
  "DEBIT,03/20/2026,BUERO AG PO-77,-45.50,ACH_DEBIT,5184.50,,",
  "",
].join("\r\n");

const GIRO = [
  "Buchungstag;Verwendungszweck;Betrag;",
  "05.03.2026;Acme GmbH INV-1041;4.250,00;",
  "16.03.2026;Kontoführung FEE-03;-20,00;",
  "20.03.2026;Büro AG PO-77;-45,50;",
  "",
].join("\r\n");

/** Two balance lines with decimal commas (and no ";") above the headers. */
const PREAMBLE = [
  "Umsätze Girokonto",
  "Aktueller Kontostand: 5.184,50",
  "Verfügbarer Betrag: 10.184,50",
  "",
  "Buchungstag;Umsatzart;Verwendungszweck;Betrag (EUR)",
  "20.03.2026;Lastschrift;Büro AG PO-77;-45,50",
  "16.03.2026;Entgelt;Kontoführung FEE-03;-20,00",
  "05.03.2026;Gutschrift;Acme GmbH INV-1041;4.250,00",
  "",
].join("\r\n");

/** HSBC's export starts with its first booking: no header row. */
const HSBC = [
  '20/03/2026,"BUERO AG PO-77","-45.50"',
  '16/03/2026,"SERVICE CHARGE FEE-03","-20.00"',
  '05/03/2026,"ACME GMBH INV-1041","4,250.00"',
  "",
].join("\r\n");

interface Out {
  ok: boolean;
  sources: { address: string; rows: number }[];
  issues: { code: string; severity: string; row: number; message: string }[];
  summary: { confirmed?: number; unmatchedLeft?: number; unmatchedRight?: number };
  data: {
    headers?: string[];
    records?: { row: number; cells: (string | null)[] }[];
  };
}

describe("bo read and bo reconcile: the shape of banks' CSV exports", () => {
  const dir = tempDir();
  const file = (name: string) => path.join(dir, name);
  beforeAll(() => {
    fs.writeFileSync(file("book.csv"), BOOK);
    fs.writeFileSync(file("vr.csv"), VOLKSBANK, "latin1");
    fs.writeFileSync(file("chase.csv"), CHASE);
    fs.writeFileSync(file("giro.csv"), GIRO, "latin1");
    fs.writeFileSync(file("umsaetze.csv"), PREAMBLE, "latin1");
    fs.writeFileSync(file("hsbc.csv"), HSBC);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function json(...argv: string[]): Promise<Out> {
    const r = await bo(...argv, "--json");
    return JSON.parse(r.stdout) as Out;
  }
  const codes = (out: Out) => out.issues.map((i) => [i.code, i.severity, i.row]);

  it("leaves Volksbank's dated opening and closing balances out of the records, and keeps each text's line break", async () => {
    const out = await json("read", file("vr.csv"), "--encoding", "windows-1252");
    expect(out.data.records?.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(out.data.records?.[0]?.cells[4]).toBe("Gutschrift\nINV-1041");
    expect(codes(out)).toEqual([
      ["header_blank", "warning", 4],
      ["csv_header_below", "info", 4],
      ["csv_footer_below", "info", 9],
    ]);
    expect(out.issues[2]?.message).toContain(
      "Rows 9 and 10, below the last record, are the file's own lines",
    );
  });

  it("reads Chase's comma ending every line as no extra value", async () => {
    const out = await json("read", file("chase.csv"));
    expect(out.ok).toBe(true);
    expect(out.data.headers).toHaveLength(7);
    expect(out.issues).toEqual([]);
  });

  it("reads a German bank's ; ending every line as no column", async () => {
    const out = await json("reconcile", file("book.csv"), file("giro.csv"), "--right-date-order", "DMY");
    expect(out.sources[1]).toMatchObject({ address: "A1:C4", rows: 3 });
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.severity !== "info" && i.code !== "text_encoding_guessed")).toEqual([]);
  });

  it("takes ; for the delimiter below two balance lines with decimal commas", async () => {
    const out = await json("reconcile", file("book.csv"), file("umsaetze.csv"), "--right-date-order", "DMY");
    expect(out.sources[1]).toMatchObject({ address: "A5:D8", rows: 3 });
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.code === "extra_cell")).toEqual([]);
  });

  it("reads an export without a header row below headers named by what its columns hold, and says so", async () => {
    const out = await json("read", file("hsbc.csv"));
    expect(codes(out)).toEqual([["csv_no_header", "info", 1]]);
    expect(out.data.headers).toEqual(["Date", "Description", "Amount"]);
    expect(out.data.records?.map((r) => r.row)).toEqual([2, 3, 4]);
    const r = await bo("read", file("hsbc.csv"));
    expect(r.stderr).toContain(
      "info    hsbc!hsbc row 1: The file has no header row: row 1 holds headers named by what the columns hold (Date, Description, Amount); the file's line 1 is row 2.",
    );
  });

  it("reconciles an export without a header row, its first line a record", async () => {
    const out = await json("reconcile", file("book.csv"), file("hsbc.csv"));
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
