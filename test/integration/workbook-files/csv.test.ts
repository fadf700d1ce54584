/** CSV in and out: RFC 4180 parsing, delimiter detection, BOM, and injection-safe export (hazard 9). */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { cellError } from "../../../src/core/cell";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import {
  decodeText,
  encodingName,
  detectDelimiter,
  loadCsv,
  parseCsv,
  saveCsv,
  toCsv,
} from "../../../src/workbook/memory/csv";
import { structureFindings, withPeerSuite } from "./peerSuite";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, newlines in quotes and every line ending", () => {
    const text = '\ufeffa,"b, c","say ""hi"""\r\n1,"two\nlines",3\r4,,\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "two\nlines", "3"],
      ["4", "", ""],
    ]);
  });

  it("detects comma, semicolon and tab delimiters", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("Datum;Betrag;Text\n01.02.2026;1.234,50;x\n")).toBe(";");
    expect(detectDelimiter("a\tb\n1,5\t2\n")).toBe("\t");
    expect(parseCsv("Datum;Betrag\n01.02.2026;1.234,50\n")).toEqual([
      ["Datum", "Betrag"],
      ["01.02.2026", "1.234,50"],
    ]);
  });

  it("keeps a blank line as a row with one empty field", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });
});

describe("hazard 9: export escapes formula injection and round-trips", () => {
  const field = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "''", '"', ",", "\n", "|"),
        fc.string({ maxLength: 8 }),
      )
      .map(([a, b]) => a + b),
    fc.constantFrom('=HYPERLINK("http://x","y")', "@SUM(A1)", "+1+1", "-2", "'=x", "a;b", "tab\there"),
  );

  it.each([",", ";", "\t", "|"] as const)("parse(export(x)) = x with delimiter %j", (delimiter) => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          expect(parseCsv(toCsv(rows, { delimiter }), { delimiter })).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never lets a field start with a character a spreadsheet would execute", () => {
    const text = toCsv([["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\t=1", "\r=1", "safe"]]);
    const raw = text.replace(/\r\n$/, "").split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    for (const f of raw.slice(0, 6)) expect(f.replace(/^"/, "")).toMatch(/^'/);
    expect(raw[6]).toBe("safe");
  });

  it("writes typed cells as Excel shows them", () => {
    const csv = saveCsv({
      headers: ["a", "b", "c", "d"],
      columns: [[1.5], [true], [cellError("#N/A")], [null]],
    });
    expect(csv).toBe("a,b,c,d\r\n1.5,TRUE,#N/A,\r\n");
  });
});

describe("decodeText", () => {
  const text = "Müller;Gebühr;€ 9,90;Crème brûlée\r\n";
  const utf16be = (t: string) => Buffer.from(t, "utf16le").swap16();

  it.each([
    ["UTF-8", Buffer.from(text, "utf8"), "utf-8", false],
    [
      "UTF-8 with a byte order mark",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      "utf-8",
      false,
    ],
    ["UTF-16LE with a byte order mark", Buffer.from(`\ufeff${text}`, "utf16le"), "utf-16le", false],
    ["UTF-16BE with a byte order mark", utf16be(`\ufeff${text}`), "utf-16be", false],
    // Not UTF-8: read as Windows-1252 (where 0x80 is the euro sign), and said to be a guess.
    [
      "Windows-1252",
      Buffer.from([...Buffer.from(text, "latin1")].map((b) => (b === 0xac ? 0x80 : b))),
      "windows-1252",
      true,
    ],
  ])("%s", (_name, bytes, encoding, guessed) => {
    const decoded = decodeText(new Uint8Array(bytes));
    expect({ encoding: decoded.encoding, guessed: decoded.guessed }).toEqual({ encoding, guessed });
    expect(parseCsv(decoded.text)).toEqual([["Müller", "Gebühr", "€ 9,90", "Crème brûlée"]]);
  });

  // "Dvořák;Łódź;Šťastný;€ 9,90" in Windows-1250 (Central European), byte by byte from the code page chart.
  const cp1250 = new Uint8Array([
    ...[0x44, 0x76, 0x6f, 0xf8, 0xe1, 0x6b, 0x3b], // Dvořák;
    ...[0xa3, 0xf3, 0x64, 0x9f, 0x3b], // Łódź;
    ...[0x8a, 0x9d, 0x61, 0x73, 0x74, 0x6e, 0xfd, 0x3b], // Šťastný;
    ...[0x80, 0x20, 0x39, 0x2c, 0x39, 0x30, 0x0d, 0x0a], // € 9,90
  ]);
  const central = [["Dvořák", "Łódź", "Šťastný", "€ 9,90"]];

  it("reads bytes that are not UTF-8 in the code page the caller names, guessing nothing", () => {
    for (const label of ["windows-1250", "CP1250", " x-cp1250 "]) {
      const decoded = decodeText(cp1250, label);
      expect({ encoding: decoded.encoding, guessed: decoded.guessed }).toEqual({
        encoding: "windows-1250",
        guessed: false,
      });
      expect(parseCsv(decoded.text)).toEqual(central);
    }
    // Unnamed, the same bytes are Windows-1252's, and said to be a guess: the letters come out wrong.
    const guessed = decodeText(cp1250);
    expect(guessed).toMatchObject({ encoding: "windows-1252", guessed: true });
    expect(parseCsv(guessed.text)).not.toEqual(central);
  });

  it("reads a named Windows-1252 (or its Latin-1 label) with the euro sign kept, and UTF-8 as UTF-8 whatever is named", () => {
    const western = Buffer.from([...Buffer.from(text, "latin1")].map((b) => (b === 0xac ? 0x80 : b)));
    for (const label of ["windows-1252", "latin1", "ISO-8859-1"]) {
      const decoded = decodeText(new Uint8Array(western), label);
      expect({ encoding: decoded.encoding, guessed: decoded.guessed }).toEqual({
        encoding: "windows-1252",
        guessed: false,
      });
      expect(parseCsv(decoded.text)).toEqual([["Müller", "Gebühr", "€ 9,90", "Crème brûlée"]]);
    }
    const utf8 = decodeText(new Uint8Array(Buffer.from(text, "utf8")), "windows-1250");
    expect(utf8).toMatchObject({ encoding: "utf-8", guessed: false });
    expect(parseCsv(utf8.text)).toEqual([["Müller", "Gebühr", "€ 9,90", "Crème brûlée"]]);
  });

  it("refuses an encoding name it does not know", () => {
    expect(encodingName("ebcdic-klingon")).toBeUndefined();
    expect(encodingName("latin2")).toBe("iso-8859-2");
    expect(() => decodeText(cp1250, "ebcdic-klingon")).toThrow(/unknown encoding "ebcdic-klingon"/);
  });

  it("reads plain ASCII as UTF-8, guessing nothing", () => {
    expect(decodeText(new Uint8Array(Buffer.from("Date,Amount\n")))).toEqual({
      text: "Date,Amount\n",
      encoding: "utf-8",
      guessed: false,
    });
  });
});

describe("loadCsv", () => {
  it("loads a sheet and a table named after the file, cells as text and blanks empty", async () => {
    const wb = loadCsv('Date,Amount,Ref\n2026-01-02,"1,234.50",00123\n2026-01-03,,=SUM(1)\n', {
      name: "bank-march.csv",
    });
    const port = createMemoryWorkbook(wb);
    expect(await port.listTables()).toEqual([
      {
        name: "bank_march",
        sheet: "bank-march",
        address: "A1:C3",
        rowCount: 2,
        columnCount: 3,
        headers: ["Date", "Amount", "Ref"],
        isExcelTable: false,
      },
    ]);
    const t = await port.readTable({ table: "bank_march" });
    expect(t.columns).toEqual([
      ["2026-01-02", "2026-01-03"],
      ["1,234.50", null],
      ["00123", "=SUM(1)"],
    ]);
    expect(t.rows).toEqual([2, 3]);
  });

  it("detects the | of a French FEC ledger export", () => {
    const fec = "JournalCode|EcritureDate|CompteNum|Debit|Credit\r\nBQ|20260303|512000|4250,00|0,00\r\n";
    expect(detectDelimiter(fec)).toBe("|");
    expect(parseCsv(fec)[1]).toEqual(["BQ", "20260303", "512000", "4250,00", "0,00"]);
  });
});

describe("loadCsv over DATEV exports", () => {
  /** A booking batch's first line: EXTF mark, category 21, fiscal year start, and period "from"/"to". */
  const first = (from: string, to: string, fiscalYearStart = "20250701") =>
    `"EXTF";700;21;"Buchungsstapel";13;20260402101500123;;"RE";"";"";29098;55003;${fiscalYearStart};4;${from};${to};"Maerz 2026";"";1;0;0;"EUR"`;
  const columns =
    '"Umsatz (ohne Soll/Haben-Kz)";"Soll/Haben-Kennzeichen";"Konto";"Gegenkonto (ohne BU-Schlüssel)";"Belegdatum";"Buchungstext"';
  const lines = ["4250,00;S;1200;10041;0303;Harbour Foods", "1875,40;S;70552;1200;503;Greenline"];

  it("puts the table under the file's own header line and gives the booking dates their year", async () => {
    const text = [first("20260301", "20260331"), columns, ...lines, ""].join("\r\n");
    const port = createMemoryWorkbook(loadCsv(text, { name: "EXTF_Buchungsstapel.csv" }));
    const [info] = await port.listTables();
    expect(info).toMatchObject({ name: "EXTF_Buchungsstapel", address: "A2:F4", rowCount: 2 });
    const t = await port.readTable({ table: "EXTF_Buchungsstapel" });
    expect(t.headerRow).toBe(2);
    expect(t.rows).toEqual([3, 4]);
    expect(t.columns[4]).toEqual(["2026-03-03", "2026-03-05"]);
    expect(t.notes?.sourceIssues).toBeUndefined();
  });

  it("leaves a date outside the period as written and reports it at its cell", async () => {
    const text = [
      first("20260301", "20260331"),
      columns,
      ...lines,
      "15,00;S;4970;1200;3102;Kontoführung",
    ].join("\n");
    const port = createMemoryWorkbook(loadCsv(text, { name: "batch.csv" }));
    const t = await port.readTable({ table: "batch" });
    expect(t.columns[4]).toEqual(["2026-03-03", "2026-03-05", "3102"]);
    const issues = t.notes?.sourceIssues ?? [];
    expect(issues.map((i) => [i.code, i.row, i.column, i.address])).toEqual([
      ["datev_date_outside_period", 5, "Belegdatum", "E5"],
    ]);
    expect(issues[0]?.message).toContain(
      '"3102" is no day and month within the batch\'s period 2026-03-01 to 2026-03-31',
    );
  });

  it("takes the fiscal year when the batch names no period, and reports a batch that names neither", async () => {
    const fiscal = [first("", ""), columns, "10,00;S;1200;8400;1507;a", "10,00;S;1200;8400;1501;b"].join(
      "\n",
    );
    const t = await createMemoryWorkbook(loadCsv(fiscal, { name: "fy.csv" })).readTable({ table: "fy" });
    expect(t.columns[4]).toEqual(["2025-07-15", "2026-01-15"]);
    const none = [first("", "", ""), columns, ...lines].join("\n");
    const u = await createMemoryWorkbook(loadCsv(none, { name: "none.csv" })).readTable({ table: "none" });
    expect(u.columns[4]).toEqual(["0303", "503"]);
    expect(u.notes?.sourceIssues?.map((i) => [i.code, i.column, i.severity])).toEqual([
      ["datev_period_missing", "Belegdatum", "warning"],
    ]);
  });

  it("reads other DATEV exports (accounts) under their header line, changing nothing", async () => {
    const text = [
      '"EXTF";700;20;"Kontenbeschriftungen";3;20260402101500123',
      '"Konto";"Kontenbeschriftung"',
      "1200;Bank",
    ].join("\n");
    const t = await createMemoryWorkbook(loadCsv(text, { name: "konten.csv" })).readTable({
      table: "konten",
    });
    expect(t.headers).toEqual(["Konto", "Kontenbeschriftung"]);
    expect(t.columns).toEqual([["1200"], ["Bank"]]);
  });
});

withPeerSuite("validation-frictionless", (dir) => {
  const cases: {
    id: string;
    data_files: string[];
    expectations: { flatten_keys?: string[]; expected?: unknown[] }[];
    source: string;
  }[] = JSON.parse(fs.readFileSync(path.join(dir, "cases.json"), "utf8")).cases;
  const plain = new Set([
    "test_validate_invalid",
    "test_resource_validate_blank_headers",
    "test_resource_validate_duplicate_headers",
    "test_resource_validate_defective_rows",
    "test_resource_validate_blank_rows",
    "test_resource_validate_blank_rows_multiple",
    "test_validate_duplicate_row_valid",
    "test_validate_ascii_value_845",
  ]);
  const chosen = cases.filter(
    (c) => plain.has(c.id.split("::")[1] ?? "") && c.data_files[0]?.endsWith(".csv"),
  );

  describe("frictionless structure oracles on CSV files", () => {
    it("covers the chosen cases", () => expect(chosen.length).toBe(plain.size));
    it.each(chosen.map((c) => [c.id.split("::")[1], c] as const))(
      "%s: rows, fields and blanks as frictionless sees them",
      (_, c) => {
        const file = path.join(dir, c.data_files[0] as string);
        const rows = parseCsv(fs.readFileSync(file, "utf8"));
        const expected =
          c.expectations.find((e) => e.flatten_keys?.join() === "rowNumber,fieldNumber,type")?.expected ?? [];
        expect(structureFindings(rows.map((r) => r.map((v) => (v === "" ? null : v))))).toEqual(expected);
      },
    );
  });
});
