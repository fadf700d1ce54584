/**
 * What `bo` prints for a terminal: a crafted file cannot move the cursor or colour the screen, every
 * warning is said once, and places and counts are written as Excel and English write them.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const BOOK = ["Date,Description,Reference,Amount", "2026-03-02,Receipt INV-1041,INV-1041,4250.00", ""];

/** A bank line whose description holds a line break, a tab and ANSI colour codes; a date that clears the screen. */
const CRAFTED = [
  "Date,Description,Reference,Amount",
  '2026-03-03,"multi\nline\ttab \u001b[31mRED\u001b[0m",Q-1,77.00',
  "\u001b[2J,Fee,F-1,-1.00",
  "",
].join("\r\n");

/** A DATEV booking batch for March 2026 with one date ("3202") that is no day of the period. */
const DATEV = [
  "EXTF;700;21;Buchungsstapel;13;20260402101500123;;RE;;;29098;55003;20260101;4;20260301;20260331",
  "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);Belegdatum;Belegfeld 1;Buchungstext",
  "4250,00;S;EUR;1200;10041;0303;INV-1041;Harbour",
  "15,00;S;EUR;4970;1200;3202;FEE;Gebühr",
  "",
].join("\r\n");

/** Control characters other than the line breaks between lines and the tabs between columns. */
const controls = (text: string) =>
  [...text].filter((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && ch !== "\n" && ch !== "\t") || (c >= 0x7f && c <= 0x9f);
  });

describe("bo's text output", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const crafted = path.join(dir, "crafted.csv");
  const datev = path.join(dir, "EXTF_Buchungsstapel_202603.csv");

  beforeAll(() => {
    fs.writeFileSync(book, BOOK.join("\n"));
    fs.writeFileSync(crafted, CRAFTED);
    fs.writeFileSync(datev, Buffer.from(DATEV, "latin1"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("a file's control characters", () => {
    it("are shown as escapes in the open rows and the issues, and kept exact in JSON", async () => {
      const r = await bo("reconcile", book, crafted);
      expect(r.code).toBe(1);
      for (const text of [r.stdout, r.stderr]) {
        expect(controls(text)).toEqual([]);
        expect(text).not.toContain("\t");
      }
      expect(r.stdout).toContain("  Q-1  multi\\nline\\ttab \\u001b[31mRED\\u001b[0m\n");
      expect(r.stderr).toContain('Not a date: "\\u001b[2J"');
      const j = JSON.parse((await bo("reconcile", book, crafted, "--json")).stdout);
      expect(j.data.unmatched.right[0].description).toBe("multi\nline\ttab \u001b[31mRED\u001b[0m");
      expect(j.issues.some((i: { message: string }) => i.message.includes('"\u001b[2J"'))).toBe(true);
    });

    it("are shown as escapes in the cells bo read prints, its columns still split by tabs", async () => {
      const r = await bo("read", crafted);
      expect(r.stdout.split("\n")[1]).toBe(
        '2\t"2026-03-03"\t"multi\\nline\\ttab \\u001b[31mRED\\u001b[0m"\t"Q-1"\t"77.00"',
      );
      expect(r.stdout.split("\n")[2]).toBe('3\t"\\u001b[2J"\t"Fee"\t"F-1"\t"-1.00"');
      const csv = await bo("read", crafted, "--csv");
      expect(csv.stdout).toContain('"multi\nline\ttab \u001b[31mRED\u001b[0m"');
    });

    it("are shown as escapes in what bo says went wrong", async () => {
      const r = await bo("read", `${path.join(dir, "no\u001b[2Jfile.xlsx")}#T`);
      expect(r.code).toBe(2);
      expect(controls(r.stderr)).toEqual([]);
      expect(r.stderr).toContain("no\\u001b[2Jfile.xlsx");
    });
  });

  it("says a DATEV batch's warning once, in text as in JSON", async () => {
    const once = (text: string) => text.split("is no day and month within the batch's period").length - 1;
    for (const argv of [
      ["read", datev],
      ["validate", datev],
      ["reconcile", datev, book],
    ]) {
      const text = await bo(...argv);
      expect(once(text.stdout + text.stderr)).toBe(1);
      const json = await bo(...argv, "--json");
      expect(once(json.stdout)).toBe(1);
    }
  });

  describe("places and counts", () => {
    let stmt = "";
    beforeAll(async () => {
      stmt = await writeXlsx(dir, "stmt.xlsx", (wb) => {
        wb.putRows("Bank Stmt", 3, 1, [
          ["Date", "Amount"],
          [46084, 4250],
        ]);
        wb.addTable(wb.mustSheet("Bank Stmt"), { row: 3, col: 1, rows: 2, cols: 2 }, "Bank");
      });
    });

    it("quotes a sheet name with a space as Excel does, and counts one row as one row", async () => {
      const r = await bo("tables", stmt);
      expect(r.stdout).toBe("Bank\t'Bank Stmt'!B3:C4\t1 row\tDate | Amount\n");
      const v = await bo("validate", stmt);
      expect(v.stdout.split("\n")[0]).toMatch(/^Bank \('Bank Stmt'!B3:C4, 1 record\): /);
    });
  });
});
