/**
 * `bo reconcile ledger.csv BANKFILE` over exports that state the opening balance as a row among the
 * transactions: Starling's "Opening Balance" line (amount blank, balance given) and Bank of America's
 * "Beginning balance as of 03/01/2026". The row is left out with a note, not read as an unreadable
 * transaction, and the statement opens at the 10,000.00 it states; with the ledger's opening typed, nothing
 * stays unexplained.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

interface Out {
  ok: boolean;
  summary: {
    confirmed: number;
    suggested: number;
    unmatchedLeft: number;
    unmatchedRight: number;
    unexplained: number;
    errors: number;
  };
  issues: { code: string; severity: string; message: string; row?: number }[];
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
  };
}

async function reconcile(file: string, ...flags: string[]): Promise<{ code: number; out: Out }> {
  const r = await bo("reconcile", LEDGER, file, "--json", ...flags);
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

describe("bo reconcile: an opening balance stated as a row of the bank export", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["starling.csv", 2, "Balance (GBP)", "rows 3–12"],
    ["bofa.csv", 8, "Running Bal.", "rows 9–18"],
  ])(
    "%s: ten confirmed, the row a note at row %i, the statement opening at 10,000.00",
    async (file, row, column, rows) => {
      const { code, out } = await reconcile(path.join(DIR, file));
      expect(out.summary).toMatchObject({ confirmed: 10, suggested: 0, unmatchedLeft: 0, unmatchedRight: 0 });
      expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(out.issues.map((i) => i.code)).not.toContain("recon_unexplained_unreadable");
      expect(out.issues.filter((i) => i.code === "recon_balance_row")).toEqual([
        expect.objectContaining({ severity: "info", row }),
      ]);
      expect(out.data.setup.right.balances).toEqual({
        source: "column",
        opening: 10000,
        closing: 20792.57,
        detail: `from the ${column} column, ${rows}`,
      });
      // The ledger gives no opening balance: what stays unexplained is exactly the bank's.
      expect(out.summary.unexplained).toBe(10000);
      expect(out.issues.map((i) => i.code)).toContain("recon_opening_missing");
      expect(code).toBe(0);
    },
  );

  it.each(["starling.csv", "bofa.csv"])(
    "%s with the ledger's opening typed: nothing unexplained",
    async (file) => {
      const { code, out } = await reconcile(path.join(DIR, file), "--left-opening", "10,000.00");
      expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 0, errors: 0 });
      expect(out.issues.map((i) => [i.code, i.severity])).toEqual(
        file === "bofa.csv"
          ? [
              ["csv_header_below", "info"],
              ["recon_balance_row", "info"],
            ]
          : [["recon_balance_row", "info"]],
      );
      expect(code).toBe(0);
    },
  );

  it("an export whose Balance column is filled on its opening row only: the statement opens there", async () => {
    const file = path.join(dir, "stated.csv");
    fs.writeFileSync(
      file,
      [
        "Date,Description,Reference,Amount,Balance",
        "2026-03-01,Opening balance,,,10000.00",
        "2026-03-02,Müller GmbH,INV-1041,4250.00,",
        "2026-03-03,Hausverwaltung Schäfer,RENT-03,-1850.00,",
        "2026-03-05,Bürobedarf Köhler KG,BILL-552,-1234.56,",
        "2026-03-10,Nordwind Handels AG,INV-1043,12345.67,",
        "2026-03-13,Kontoführungsentgelt,FEE-03,-9.90,",
        "2026-03-16,Amazon EU S.a.r.l.,AMZ-7781,-45.99,",
        "2026-03-17,Café Blauflosse,INV-1044,615.75,",
        "2026-03-20,Jürgen Weiß,PAY-0320,-3200.00,",
        "2026-03-26,Telekom Deutschland,TK-REF-9,20.00,",
        "2026-03-31,Stadtwerke München,UT-7781,-98.40,",
        "",
      ].join("\n"),
    );
    const { out } = await reconcile(file, "--left-opening", "10,000.00");
    expect(out.summary).toMatchObject({ confirmed: 10, unexplained: 0, errors: 0 });
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      opening: 10000,
      detail: 'from the "Opening balance" row (row 2)',
    });
  });

  it("a stated closing balance its rows do not reach: the hint names that row", async () => {
    const file = path.join(dir, "closing.csv");
    const rows = fs.readFileSync(path.join(dir, "stated.csv"), "utf8").trimEnd().split("\n");
    fs.writeFileSync(file, [...rows, "2026-03-31,Closing balance,,,20800.00", ""].join("\n"));
    const r = await bo("reconcile", LEDGER, file, "--left-opening", "10,000.00");
    expect(r.stderr).toContain(
      "The closing balance of closing is 20,800.00, but its opening balance 10,000.00 plus its rows make 20,792.57 (7.43 apart)",
    );
    expect(r.stderr).toContain(
      `hint: check the statement's closing balance (from the "Opening balance" row (row 2) and the "Closing balance" row (row 13); --right-closing N gives another), or look for a row of the statement missing, duplicated or mistyped`,
    );
  });
});
