/**
 * `bo read` and `bo reconcile` over a bank export of a single booking with no header row: its one line is
 * a record (a date and an amount), read below headers named by what it holds, and it reconciles against a
 * ledger of one row. A file of headers alone is still read as headers with no records.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface Out {
  ok: boolean;
  sources: { address: string; rows: number }[];
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: { code: string; severity: string; row?: number; message: string }[];
  data: {
    headers?: string[];
    records?: { row: number; cells: (string | null)[] }[];
    matches: { status: string; reason: string; leftRows: number[]; rightRows: number[] }[];
  };
}

async function json(...argv: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo(...argv, "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo over a one-line export without a header row", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text, "utf8");
    return file;
  };
  const ledger = write(
    "ledger.csv",
    'Date,Reference,Description,Debit,Credit\n2026-03-30,UT-7781,"Strom März UT-7781 Stadtwerke München",,98.40\n',
  );
  const wellsFargo = write(
    "wellsfargo-one.csv",
    '"03/31/2026","-98.40","*","","STADTWERKE MUENCHEN UT-7781"\r\n',
  );

  it("reads its line as a record in row 2, below headers named by what it holds", async () => {
    const { out } = await json("read", wellsFargo);
    expect(out.data.headers).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
    expect(out.data.records).toEqual([
      { row: 2, cells: ["03/31/2026", "-98.40", "*", null, "STADTWERKE MUENCHEN UT-7781"] },
    ]);
    expect(out.issues.map((i) => [i.code, i.severity, i.row])).toEqual([["csv_no_header", "info", 1]]);
  });

  it("reconciles it against a ledger of one row: one confirmed, nothing open", async () => {
    const { code, out } = await json("reconcile", ledger, wellsFargo);
    expect(out.sources[1]).toMatchObject({ address: "A1:E2", rows: 1 });
    expect(out.summary).toMatchObject({ confirmed: 1, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(out.data.matches).toEqual([
      expect.objectContaining({ status: "confirmed", leftRows: [2], rightRows: [2] }),
    ]);
    expect(out.data.matches[0]?.reason).toContain("reference UT-7781");
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual([["csv_no_header", "info"]]);
    expect(out.ok).toBe(true);
    expect(code).toBe(0);
  });

  it("reads a German booking on one line the same way, its date and decimal comma", async () => {
    const file = write(
      "giro-one.csv",
      '"31.03.2026";"Stadtwerke München";"Strom März UT-7781";"-98,40";"EUR"\r\n',
    );
    const { code, out } = await json("reconcile", ledger, file);
    expect(out.summary).toMatchObject({ confirmed: 1, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(code).toBe(0);
  });

  it("keeps a file of headers alone as headers with no records", async () => {
    const file = write("headers.csv", "Date,Amount,Description\n");
    const { out } = await json("read", file);
    expect(out.data.headers).toEqual(["Date", "Amount", "Description"]);
    expect(out.data.records).toEqual([]);
    expect(out.issues.map((i) => i.code)).toEqual(["table_empty"]);
  });
});
