/**
 * `bo reconcile` over files whose balance lines carry their figure as an amount: a bank export with no
 * Balance column whose first row is "Opening balance,10000.00" and last "Closing balance,20792.57", and a
 * ledger with an "Opening balance" journal line before its bookings. The lines are the sides' stated
 * balances, not receipts nobody booked, and with both sides' balances known nothing stays unexplained.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");
const LEDGER = path.join(DIR, "ledger.csv");

interface Side {
  balances: { source: string; opening?: number; closing?: number; detail: string };
}
interface Out {
  summary: {
    confirmed: number;
    unmatchedLeft: number;
    unmatchedRight: number;
    unexplained: number;
    errors: number;
    warnings: number;
  };
  issues: { code: string; severity: string; message: string; row?: number }[];
  data: { setup: { left: Side; right: Side } };
}

async function reconcile(left: string, right: string, ...flags: string[]): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json", ...flags);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Out;
}

const notes = (out: Out) =>
  out.issues
    .filter((i) => i.code === "recon_balance_row")
    .map((i) => [i.row, i.message.replace(/^.*?: /, "")]);

describe("bo reconcile: balance lines with their figure in the amount column", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a bank export with no Balance column: its opening and closing lines are its balances", async () => {
    const file = path.join(dir, "bl.csv");
    fs.writeFileSync(
      file,
      [
        "Date,Description,Amount",
        "01/03/2026,Opening balance,10000.00",
        "02/03/2026,MUELLER GMBH INV-1041,4250.00",
        "03/03/2026,HAUSVERWALTUNG SCHAEFER RENT-03,-1850.00",
        "05/03/2026,BUEROBEDARF KOEHLER KG BILL-552,-1234.56",
        "10/03/2026,NORDWIND HANDELS AG INV-1043,12345.67",
        "13/03/2026,MONTHLY SERVICE FEE FEE-03,-9.90",
        "16/03/2026,AMAZON EU S.A.R.L. AMZ-7781,-45.99",
        "17/03/2026,CAFE BLAUFLOSSE INV-1044,615.75",
        "20/03/2026,JUERGEN WEISS PAY-0320,-3200.00",
        "26/03/2026,TELEKOM DEUTSCHLAND TK-REF-9,20.00",
        "31/03/2026,STADTWERKE MUENCHEN UT-7781,-98.40",
        "31/03/2026,Closing balance,20792.57",
        "",
      ].join("\n"),
    );
    const out = await reconcile(LEDGER, file, "--left-opening", "10,000.00");
    expect(out.summary).toMatchObject({ confirmed: 10, unmatchedLeft: 0, unmatchedRight: 0, unexplained: 0 });
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(out.data.setup.right.balances).toEqual({
      source: "stated",
      opening: 10000,
      closing: 20792.57,
      detail: 'from the "Opening balance" row (row 2) and the "Closing balance" row (row 13)',
    });
    expect(notes(out)).toEqual([
      [
        2,
        "The row states the opening balance (10,000.00), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
      ],
      [
        13,
        "The row states the closing balance (20,792.57), not a booking: it is left out of matching and read as the closing balance, unless one is typed.",
      ],
    ]);
  });

  it("a ledger's Opening balance journal line: the ledger's opening balance, and nothing unexplained", async () => {
    const file = path.join(dir, "led_ob.csv");
    const [head, ...rows] = fs.readFileSync(LEDGER, "utf8").trimEnd().split("\n");
    fs.writeFileSync(file, [head, '2026-03-01,OB-2026,"Opening balance",10000.00,', ...rows, ""].join("\n"));
    const out = await reconcile(file, path.join(DIR, "starling.csv"));
    expect(out.summary).toMatchObject({ confirmed: 10, unmatchedLeft: 0, unmatchedRight: 0, unexplained: 0 });
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(out.data.setup.left.balances).toEqual({
      source: "stated",
      opening: 10000,
      detail: 'from the "Opening balance" row (row 2)',
    });
    expect(out.issues.map((i) => i.code)).not.toContain("recon_opening_missing");
    expect(notes(out)).toEqual([
      [
        2,
        "The row states the opening balance (10,000.00 GBP), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
      ],
      [
        2,
        "The row states the opening balance (10,000.00 GBP), not a booking: it is left out of matching, and its figure is checked against the opening balance the statement takes.",
      ],
    ]);
  });
});
