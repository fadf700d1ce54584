/**
 * `bo reconcile` over banks' CSV exports that close with lines of their own after the records (comdirect's
 * old balance after an empty line, Deutsche Bank's balance right below the bookings), or open with a block
 * of their own as wide as the headers: the table holds the records only, its rows keep the file's line
 * numbers, and the user is told which lines were left out and where the headers were found.
 */
import * as fs from "fs";
import * as path from "path";
import { BOOK, blockExport, comdirectExport, deutscheBankExport } from "../support/bankCsvClosing";
import { bo, tempDir } from "../support/cliRun";

const COMDIRECT = comdirectExport([
  '"05.03.2026";"05.03.2026";"Übertrag / Überweisung";"Auftraggeber: Acme GmbH Buchungstext: INV-1041";"4.250,00";',
  '"16.03.2026";"16.03.2026";"Entgelt";"Kontoführung";"-20,00";',
  '"20.03.2026";"20.03.2026";"Lastschrift / Belastung";"Büro AG PO-77";"-45,50";',
]);

const DEUTSCHE_BANK = deutscheBankExport([
  "05.03.2026;05.03.2026;Gutschrift;Acme GmbH;INV-1041;4.250,00;EUR",
  "16.03.2026;16.03.2026;Entgelt;Deutsche Bank;Kontoführung FEE-03;-20,00;EUR",
  "20.03.2026;20.03.2026;Lastschrift;Büro AG;PO-77;-45,50;EUR",
]);

const BLOCK = blockExport([
  "05.03.2026;Acme GmbH INV-1041;4.250,00;EUR",
  "16.03.2026;Kontoführung FEE-03;-20,00;EUR",
  "20.03.2026;Büro AG PO-77;-45,50;EUR",
]);

/** The banks write their files in Windows-1252 and their dates day first. */
const ARGS = ["--encoding", "windows-1252", "--right-date-order", "DMY"];

interface Out {
  sources: { address: string; rows: number }[];
  issues: { code: string; severity: string; row: number; message: string }[];
  data: {
    matches: { status: string; leftRows: number[]; rightRows: number[] }[];
    setup: { right: { balances: { source: string; opening?: number; closing?: number } } };
  };
}

describe("bo reconcile: a bank CSV with closing lines of its own, or a wide block above its headers", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const comdirect = path.join(dir, "comdirect.csv");
  const deutsche = path.join(dir, "db.csv");
  const block = path.join(dir, "block.csv");
  beforeAll(() => {
    fs.writeFileSync(book, BOOK);
    fs.writeFileSync(comdirect, COMDIRECT, "latin1");
    fs.writeFileSync(deutsche, DEUTSCHE_BANK, "latin1");
    fs.writeFileSync(block, BLOCK, "latin1");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function reconcile(bank: string): Promise<Out> {
    const r = await bo("reconcile", book, bank, ...ARGS, "--json");
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Out;
  }

  const matched = (out: Out) => out.data.matches.map((m) => [m.status, m.leftRows, m.rightRows]);
  // The balances the banks' own lines state are read too (see fileBalances.test.ts); the made-up figures of
  // these exports do not add up to their three records, and what is said about that is not what these
  // tests are about.
  const BALANCE_CODES = [
    "recon_closing_disagrees",
    "recon_unexplained_closing",
    "recon_unexplained_difference",
  ];
  const problems = (out: Out) =>
    out.issues
      .filter((i) => i.severity !== "info" && !BALANCE_CODES.includes(i.code))
      .map((i) => [i.code, i.row]);

  it("leaves comdirect's old balance after the records out of the table and says so", async () => {
    const out = await reconcile(comdirect);
    expect(out.sources[1]).toMatchObject({ address: "A5:E8", rows: 3 });
    expect(matched(out)).toEqual([
      ["confirmed", [2], [6]],
      ["confirmed", [3], [7]],
      ["confirmed", [4], [8]],
    ]);
    expect(problems(out)).toEqual([]);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", opening: 1080, closing: 5310 });
    const footer = out.issues.filter((i) => i.code === "csv_footer_below");
    expect(footer.map((i) => [i.severity, i.row])).toEqual([["info", 10]]);
    expect(footer[0]?.message).toBe(
      "comdirect!comdirect row 10: Row 10, below the last record, is the file's own line (a balance, a total), not a record: it stays on the sheet below the table and is not read as a record.",
    );
  });

  it("reads comdirect's dates day first without being told, the old balance no longer among them", async () => {
    const r = await bo("reconcile", book, comdirect, "--encoding", "windows-1252", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(matched(out)).toHaveLength(3);
    expect(problems(out)).toEqual([]);
  });

  it("leaves Deutsche Bank's balance right below the bookings out of the table", async () => {
    const out = await reconcile(deutsche);
    expect(out.sources[1]).toMatchObject({ address: "A3:G6", rows: 3 });
    expect(matched(out)).toEqual([
      ["confirmed", [2], [4]],
      ["confirmed", [3], [5]],
      ["confirmed", [4], [6]],
    ]);
    expect(problems(out)).toEqual([]);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing: 1234.56 });
    expect(out.issues.filter((i) => i.severity === "info").map((i) => [i.code, i.row])).toEqual([
      ["csv_header_below", 3],
      ["csv_footer_below", 7],
    ]);
  });

  it("finds the headers below a block of the bank's own as wide as they are", async () => {
    const out = await reconcile(block);
    expect(out.sources[1]).toMatchObject({ address: "A4:D7", rows: 3 });
    expect(matched(out)).toEqual([
      ["confirmed", [2], [5]],
      ["confirmed", [3], [6]],
      ["confirmed", [4], [7]],
    ]);
    expect(problems(out)).toEqual([]);
    expect(out.issues.filter((i) => i.code === "csv_header_below").map((i) => i.row)).toEqual([4]);
  });

  it("says in text which lines were left out, and where the headers were found", async () => {
    const r = await bo("reconcile", book, deutsche, ...ARGS);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 confirmed, 0 suggested");
    expect(r.stderr).toContain(
      "info    db!db row 7: Row 7, below the last record, is the file's own line (a balance, a total), not a record",
    );
    const b = await bo("reconcile", book, block, ...ARGS);
    expect(b.stderr).toContain(
      "info    block!block row 4: The column headers were found in row 4: the file's 3 lines above them",
    );
  });
});
