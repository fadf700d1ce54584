/** CSV files at the edges: an empty file, a header without records, UTF-16 saved without a byte order mark. */
import { decodeText, loadCsv, parseCsv } from "./csv";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { utf16WithoutBom } from "../../core/textBytes";

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
