/**
 * `bo reconcile` over bank files whose own balance lines the run cannot take, and over amount cells that
 * name another currency than their header: never silently. A figure with more decimals than its currency
 * has is not rounded but said at its line; a line in another currency than the side's rows (named by them
 * or the run's) is said and not taken; a "$12.00" under "Amount (EUR)" is read in dollars and said.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../src/core/cell";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

interface Out {
  summary: { confirmed: number; unexplained: number };
  issues: {
    code: string;
    severity: string;
    message: string;
    row?: number;
    column?: string;
    address?: string;
  }[];
  data: {
    setup: { right: { balances: { source: string; opening?: number; closing?: number; detail: string } } };
    statements: { currency: string }[];
  };
}

async function reconcile(left: string, right: string, ...flags: string[]): Promise<Out> {
  const r = await bo("reconcile", left, right, "--json", ...flags);
  return JSON.parse(r.stdout) as Out;
}

const of = (out: Out, code: string) => out.issues.filter((i) => i.code === code);

describe("bo reconcile: balance lines and amount cells whose figures the run does not take as written", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function file(name: string, lines: string[]): string {
    const at = path.join(dir, name);
    fs.writeFileSync(at, [...lines, ""].join("\r\n"));
    return at;
  }
  const ledger = (header = "Amount") =>
    file(`ledger-${header.replace(/\W/g, "")}.csv`, [
      `Date,Reference,${header}`,
      "2026-03-02,INV-1,100.00",
      "2026-03-03,INV-2,-20.00",
    ]);
  const BOOKINGS = ["Date;Reference;Amount", "2026-03-02;INV-1;100,00", "2026-03-03;INV-2;-20,00"];

  it("a closing line with more decimals than euros have: not taken, said at its line", async () => {
    const bank = file("decimals.csv", [
      "Opening balance;1.000,00 EUR",
      "Closing balance;1.080,005 EUR",
      "",
      ...BOOKINGS,
    ]);
    const out = await reconcile(ledger("Amount (EUR)"), bank, "--left-opening", "1000");
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", opening: 1000 });
    expect(out.data.setup.right.balances.closing).toBeUndefined();
    expect(of(out, "recon_file_balance_decimals")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 2,
        address: "B2",
        message:
          `decimals!decimals row 2: The file's "Closing balance" line states the closing balance as ` +
          `"1.080,005 EUR", with more decimal places than EUR has (2): the statement does not take it, as a ` +
          `balance is never rounded. Correct the line, or type the closing balance.`,
      }),
    ]);
    expect(out.summary.unexplained).toBe(0);
  });

  it("a figure a sheet's cell holds with a tenth of a cent: said at the sheet's line", async () => {
    const bookings: Cell[][] = [
      ["2026-03-02", "INV-1", 100],
      ["2026-03-03", "INV-2", -20],
    ];
    const book = await writeXlsx(dir, "sheet.xlsx", (wb) => {
      wb.addSheet("Umsaetze");
      wb.putRows("Umsaetze", 1, 0, [["Neuer Kontostand", 1080.005], []]);
      wb.putRows("Umsaetze", 3, 0, [["Buchungstag", "Verwendungszweck", "Betrag (EUR)"], ...bookings]);
      wb.addTable(wb.mustSheet("Umsaetze"), { row: 3, col: 0, rows: 3, cols: 3 }, "Bank");
    });
    const out = await reconcile(ledger(), `${book}#Bank`);
    expect(out.data.setup.right.balances.source).toBe("none");
    expect(of(out, "recon_file_balance_decimals")).toEqual([
      expect.objectContaining({ row: 1, address: "B1" }),
    ]);
    expect(of(out, "recon_file_balance_decimals")[0]?.message).toContain(
      `Umsaetze!Bank row 1: The sheet's "Neuer Kontostand" line states the closing balance as "1080.005", ` +
        `with more decimal places than EUR has (2)`,
    );
  });

  it("a closing line in pounds on a side read in euros (the run's): not taken, said", async () => {
    const bank = file("pounds.csv", [
      "Closing balance,1080.00 GBP",
      "",
      "Date,Reference,Amount",
      "2026-03-02,INV-1,100.00",
      "2026-03-03,INV-2,-20.00",
    ]);
    const out = await reconcile(ledger("Amount (EUR)"), bank);
    expect(out.data.statements.map((s) => s.currency)).toEqual(["EUR"]);
    expect(out.data.setup.right.balances.source).toBe("none");
    expect(of(out, "recon_file_balance_currency")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 1,
        address: "B1",
        message:
          `pounds!pounds row 1: The file's "Closing balance" line states the closing balance as "1080.00 GBP", ` +
          `but the side's rows are read in EUR: the statement does not take it as their balance. If the account ` +
          `is in GBP, name that currency for the side's rows (a Currency column, or the amount's header); else ` +
          `type the closing balance.`,
      }),
    ]);
  });

  it("the same line where neither side names a currency: taken, as nothing says the account is in another", async () => {
    const bank = file("pounds-only.csv", [
      "Closing balance,1080.00 GBP",
      "",
      "Date,Reference,Amount",
      "2026-03-02,INV-1,100.00",
      "2026-03-03,INV-2,-20.00",
    ]);
    const out = await reconcile(ledger(), bank);
    expect(out.data.setup.right.balances).toMatchObject({ source: "stated", closing: 1080 });
    expect(of(out, "recon_file_balance_currency")).toEqual([]);
  });

  it('"$100.00" under "Amount (EUR)": the row is read in dollars, and said naming its cell', async () => {
    const bank = file("signs.csv", [
      "Date,Reference,Amount (EUR)",
      "2026-03-02,INV-1,$100.00",
      "2026-03-03,INV-2,-20.00",
    ]);
    const out = await reconcile(ledger("Amount (EUR)"), bank);
    expect(out.data.statements.map((s) => s.currency).sort()).toEqual(["EUR", "USD"]);
    expect(out.summary.confirmed).toBe(1);
    expect(of(out, "recon_amount_currency_header")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 2,
        column: "Amount (EUR)",
        address: "C2",
        message:
          `signs!signs[Amount (EUR)] row 2: "$100.00" names USD, but the header Amount (EUR) names EUR: the row ` +
          `is read in USD, as its own amount says. If the amount is in EUR, correct the cell; a Currency column ` +
          `names each row's currency.`,
      }),
    ]);
  });
});
