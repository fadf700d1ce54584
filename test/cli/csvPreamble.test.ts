/**
 * `bo reconcile` over a bank's CSV export that starts with the bank's own lines (account, period,
 * balance) above its column headers, as German banks write them: the table starts at the headers, its
 * rows keep the file's line numbers, and the user is told where the headers were found.
 */
import * as fs from "fs";
import * as path from "path";
import { bankExport } from "../support/bankCsv";
import { bo, tempDir } from "../support/cliRun";

const BANK = bankExport([
  '"05.03.2026";"05.03.2026";"Acme GmbH";"INV-1041 Zahlung";"4.250,00";',
  '"16.03.2026";"16.03.2026";"Bank";"Kontoführung";"-20,00";',
]);

const BOOK = [
  "Date,Description,Reference,Amount",
  "2026-03-05,Receipt Acme INV-1041,INV-1041,4250.00",
  "2026-03-16,Bank charges,FEE-03,-20.00",
  "",
].join("\n");

describe("bo reconcile: a bank CSV with lines above its headers", () => {
  const dir = tempDir();
  const bank = path.join(dir, "giro.csv");
  const book = path.join(dir, "book.csv");
  beforeAll(() => {
    fs.writeFileSync(bank, BANK, "latin1");
    fs.writeFileSync(book, BOOK);
  });

  it("matches the rows below the headers, each by its line in the file", async () => {
    const r = await bo("reconcile", book, bank, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      sources: { address: string; rows: number }[];
      issues: { code: string; row: number }[];
      data: { matches: { status: string; leftRows: number[]; rightRows: number[] }[] };
    };
    expect(out.sources[1]).toMatchObject({ address: "A7:E9", rows: 2 });
    expect(out.data.matches.map((m) => [m.status, m.leftRows, m.rightRows])).toEqual([
      ["confirmed", [2], [8]],
      ["confirmed", [3], [9]],
    ]);
    expect(out.issues.filter((i) => i.code === "csv_header_below").map((i) => i.row)).toEqual([7]);
  });

  it("says in text where the headers were found", async () => {
    const r = await bo("reconcile", book, bank);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 confirmed, 0 suggested");
    expect(r.stderr).toContain(
      "info    giro!giro row 7: The column headers were found in row 7: the file's 6 lines above them",
    );
  });
});
