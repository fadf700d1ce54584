/**
 * `bo reconcile` over statements whose columns only their values explain: a "Type" column of DR and CR
 * marks beside amounts without signs, a headerless export of two lines with a running balance, and a file
 * that holds one balance line and no booking (an account that did not move in the month).
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

interface Out {
  ok: boolean;
  sources: { address: string; rows: number }[];
  summary: { confirmed: number; suggested: number; unmatchedLeft: number; unmatchedRight: number };
  issues: {
    code: string;
    severity: string;
    row?: number;
    column?: string;
    address?: string;
    message: string;
  }[];
  data: {
    headers?: string[];
    records?: { row: number; cells: (string | null)[] }[];
    matches: { status: string; leftRows: number[]; rightRows: number[] }[];
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
  };
}

async function json(...argv: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo(...argv, "--json");
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

const codes = (out: Out) => out.issues.map((i) => [i.code, i.severity]);

describe("bo reconcile over statements whose columns their values explain", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text, "utf8");
    return file;
  };
  const ledger = write(
    "ledger.csv",
    "Date,Amount,Description\n2026-03-01,-25.00,COFFEE SHOP\n2026-03-02,500.00,DEPOSIT\n2026-03-04,-300.00,RENT\n",
  );

  it("reads a Type column of DR and CR as which way each unsigned amount goes: every row confirmed", async () => {
    const bank = write(
      "typed.csv",
      "Date,Description,Amount,Type\n2026-03-01,COFFEE SHOP,25.00,DR\n2026-03-02,DEPOSIT,500.00,CR\n" +
        "2026-03-04,RENT,300.00,DR\n",
    );
    const { code, out } = await json("reconcile", ledger, bank);
    expect(out.summary).toMatchObject({ confirmed: 3, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(codes(out)).toEqual([["recon_indicator_typed", "info"]]);
    expect(out.issues[0]).toMatchObject({ row: 1, column: "Type", address: "D1" });
    expect(out.issues[0]?.message).toContain("Type (D), after Amount, holds only Dr/Cr marks (DR, CR)");
    expect(code).toBe(0);
  });

  it("leaves a Type column of words as text: the amounts read as written", async () => {
    const bank = write(
      "kinds.csv",
      "Date,Description,Amount,Type\n2026-03-01,COFFEE SHOP,-25.00,POS\n2026-03-02,DEPOSIT,500.00,Credit\n" +
        "2026-03-04,RENT,-300.00,DIRECT DEBIT\n",
    );
    const { out } = await json("reconcile", ledger, bank);
    expect(out.summary).toMatchObject({ confirmed: 3, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(codes(out)).toEqual([]);
  });

  it("names the running balance of a headerless export of two lines Balance, and reads its balances", async () => {
    const bank = write(
      "wf-two.csv",
      "03/01/2026,-25.00,*,,COFFEE SHOP,975.00\n03/02/2026,500.00,*,,DEPOSIT,1475.00\n",
    );
    const { out } = await json("reconcile", ledger, bank, "--right-date-order", "MDY");
    expect(out.issues[0]?.message).toContain(
      "(Date, Amount, Column C, Column D, Description, Balance); the file's line 1 is row 2.",
    );
    expect(out.summary).toMatchObject({ confirmed: 2, unmatchedLeft: 1, unmatchedRight: 0 });
    expect(out.data.setup.right.balances).toMatchObject({ source: "column", opening: 1000, closing: 1475 });
  });

  it("reads a file of one balance line and no booking as a statement without bookings that closes at it", async () => {
    const bank = write("kontostand.csv", "Kontostand;31.03.2026;20.792,57 EUR\r\n");
    const { code, out } = await json("reconcile", ledger, bank);
    expect(out.sources[1]).toMatchObject({ address: "A1:C1", rows: 0 });
    // Said once, at the line, instead of asking for columns to be renamed.
    expect(out.issues.map((i) => i.code)).not.toContain("header_missing");
    expect(out.issues.find((i) => i.code === "recon_balance_line_only")).toMatchObject({
      severity: "warning",
      row: 2,
      message:
        "kontostand!kontostand row 2: The file holds no bookings, only a balance line (Kontostand 31.03.2026 " +
        "20.792,57 EUR): 20.792,57 EUR is read as its closing balance, and the table, under headers named by " +
        "what the line holds (Description, Date, Amount), has no records to match. If the account moved, " +
        "export its bookings.",
    });
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing: 20792.57 });
    expect(out.summary).toMatchObject({ confirmed: 0, unmatchedLeft: 3, unmatchedRight: 0 });
    expect(code).toBe(0);
  });

  it("keeps the balance line in row 2 below the headers named for it", async () => {
    const bank = write("closing.csv", "Closing balance,2026-03-31,1234.56\n");
    const { out } = await json("read", bank);
    expect(out.data.headers).toEqual(["Description", "Date", "Amount"]);
    expect(out.data.records).toEqual([]);
    expect(out.issues.map((i) => [i.code, i.row])).toEqual([
      ["recon_balance_line_only", 2],
      ["table_empty", undefined],
    ]);
  });
});
