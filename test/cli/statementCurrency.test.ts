/**
 * `bo reconcile` on tables whose rows name their currencies, and on a bank export listing a line it has
 * not booked yet: one statement per currency the rows are in, typed balances that name no currency in
 * no statement (with a warning) rather than in one of their own, and the statement running to the bank's
 * pending line.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const DIR = path.join(__dirname, "..", "fixtures", "bankExports");

interface Line {
  readonly kind: string;
  readonly leftRows: readonly number[];
}
interface Statement {
  readonly currency: string;
  readonly statementBalance: number;
  readonly lines: readonly Line[];
}
interface Out {
  readonly data: { readonly statements: readonly Statement[] };
  readonly issues: readonly { readonly code: string; readonly message: string }[];
}

const withRows = (st: Statement) =>
  Object.fromEntries(st.lines.filter((l) => l.leftRows.length > 0).map((l) => [l.kind, l.leftRows]));

describe("bo reconcile: rows in several currencies", () => {
  const dir = tempDir();
  const ledger = path.join(dir, "ledger.csv");
  const bank = path.join(dir, "bank.csv");

  beforeAll(() => {
    fs.writeFileSync(
      ledger,
      [
        "Date,Reference,Description,Amount,Currency",
        "2026-03-02,INV-1041,Receipt Mueller,4250.00,USD",
        "2026-03-21,PAY-0320,Salary,-3200.00,USD",
        "2026-03-04,EU-1,EUR receipt,1000.00,EUR",
        "2026-03-15,EU-3,EUR receipt not on bank,300.00,EUR",
        "",
      ].join("\n"),
    );
    fs.writeFileSync(
      bank,
      [
        "Date,Reference,Description,Amount,Currency",
        "2026-03-02,INV-1041,MUELLER,4250.00,USD",
        "2026-03-21,PAY-0320,SALARY,-3200.00,USD",
        "2026-03-31,,INTEREST CREDIT,1.23,USD",
        "2026-03-04,EU-1,EUR IN,1000.00,EUR",
        "",
      ].join("\n"),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("has a statement per currency and none for a typed balance no currency is known for", async () => {
    const r = await bo(
      "reconcile",
      ledger,
      bank,
      "--right-opening",
      "0",
      "--right-closing",
      "5000",
      "--json",
    );
    const out = JSON.parse(r.stdout) as Out;
    expect(out.data.statements.map((s) => [s.currency, s.statementBalance])).toEqual([
      ["EUR", 1000],
      ["USD", 1051.23],
    ]);
    expect(out.issues.filter((i) => i.code.startsWith("recon_")).map((i) => i.code)).toEqual([
      "recon_balance_currency_unknown",
    ]);
    // The bank runs to 31.03 in USD: the EUR receipt of 15.03 is in transit, not dated after its last line.
    const eur = out.data.statements[0] as Statement;
    expect(withRows(eur)).toEqual({ left_only_receipts: [5] });
  });

  it("prints no statement of no currency", async () => {
    const r = await bo("reconcile", ledger, bank, "--right-opening", "0", "--right-closing", "5000");
    expect(r.stdout).not.toMatch(/^Statement:$/m);
    expect(r.stdout).toMatch(/^Statement \(EUR\):$/m);
    expect(r.stdout).toMatch(/^Statement \(USD\):$/m);
    expect(r.stderr).toContain(
      "warning bank!bank: The balances of bank name no currency, and its rows are in EUR and USD: no statement takes them, so each statement starts bank from zero. Type them with the currency they are in (1,000.00 USD), or reconcile one currency at a time.",
    );
  });
});

describe("bo reconcile: balances typed with their currency on rows in several", () => {
  const dir = tempDir();
  const ledger = path.join(dir, "ledger.csv");
  const bank = path.join(dir, "bank.csv");
  beforeAll(() => {
    const rows = ["Date,Reference,Description,Amount,Currency", "2026-03-02,INV-1041,Receipt,4250.00,USD"];
    fs.writeFileSync(ledger, [...rows, "2026-03-04,EU-1,EUR receipt,1000.00,EUR", ""].join("\n"));
    fs.writeFileSync(bank, [...rows, "2026-03-04,EU-1,EUR IN,1000.00,EUR", ""].join("\n"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("puts each side's balances in the statement of the currency they name", async () => {
    const r = await bo(
      "reconcile",
      ledger,
      bank,
      "--left-opening",
      "500.00 USD",
      "--right-opening",
      "$500.00",
      "--right-closing",
      "4,750.00 USD",
      "--json",
    );
    const out = JSON.parse(r.stdout) as {
      data: { statements: { currency: string; bookBalance: number; statementBalance: number }[] };
      issues: { code: string }[];
    };
    expect(out.data.statements.map((s) => [s.currency, s.bookBalance, s.statementBalance])).toEqual([
      ["EUR", 1000, 1000],
      ["USD", 4750, 4750],
    ]);
    expect(out.issues.map((i) => i.code)).not.toContain("recon_balance_currency_unknown");
    expect(r.code).toBe(0);
  });

  it("refuses a balance naming a currency none of the side's rows is in, making no statement of it", async () => {
    const r = await bo("reconcile", ledger, bank, "--right-opening", "1,000 JPY", "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "--right-opening: The opening balance of bank is in JPY, but its rows are in EUR and USD.",
    );
  });

  it("refuses an opening and a closing typed in two currencies, naming both", async () => {
    const r = await bo(
      "reconcile",
      ledger,
      bank,
      "--right-opening",
      "500 USD",
      "--right-closing",
      "1000 EUR",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--right-closing: The opening balance of bank is in USD and its closing balance in EUR: type both in one currency.",
    );
  });
});

describe("bo reconcile: a bank export with a pending line", () => {
  it("runs the statement to the pending line's day: the book's payment of 30.03 is outstanding", async () => {
    const r = await bo(
      "reconcile",
      path.join(DIR, "ledger.csv"),
      path.join(DIR, "dkb-new-pending.csv"),
      "--json",
    );
    const out = JSON.parse(r.stdout) as Out;
    const st = out.data.statements[0] as Statement;
    expect(withRows(st)).toEqual({ left_only_payments: [11] });
  });
});

describe("bo reconcile: balances typed on rows in dollars, euros and yen", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const bank = path.join(dir, "bank.csv");
  beforeAll(() => {
    const rows = [
      "Date,Description,Currency,Amount",
      "2026-03-02,Rent,USD,-1200.00",
      "2026-03-05,Sale,EUR,500.50",
      "2026-03-07,Yen sale,JPY,12000",
    ];
    fs.writeFileSync(book, [...rows, ""].join("\n"));
    fs.writeFileSync(bank, [...rows, "2026-03-09,Fee,USD,-12.00", ""].join("\n"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  interface Setup {
    readonly data: {
      readonly setup: { readonly right: { readonly balances: Record<string, unknown> } };
      readonly statements: readonly Statement[];
    };
  }

  it.each([
    ["¥1,000,000", 1000000],
    ["1,000 JPY", 1000],
  ])("shows %s in yen, in the JSON and on the Reconciliation sheet", async (typed, yen) => {
    const out = path.join(dir, `yen-${yen}.xlsx`);
    const r = await bo("reconcile", book, bank, "--right-opening", typed, "--json", "--out", out);
    expect(r.code).toBe(0);
    const data = (JSON.parse(r.stdout) as Setup).data;
    expect(data.setup.right.balances).toEqual({
      source: "typed",
      opening: yen,
      currency: "JPY",
      detail: "as typed",
    });
    expect(data.statements.map((s) => [s.currency, s.statementBalance])).toEqual([
      ["EUR", 500.5],
      ["JPY", yen + 12000],
      ["USD", -1212],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Reconciliation");
    expect(sheet?.getCell("A5").value).toBe("bank opening balance");
    expect(sheet?.getCell("B5").value).toBe(yen);
    expect(sheet?.getCell("B5").numFmt).toBe("#,##0");
    expect(sheet?.getCell("C5").value).toBe(`opening ${yen.toLocaleString("en-US")} JPY (as typed)`);
  });

  it("refuses a balance in a currency none of the bank's rows is in, naming theirs", async () => {
    const r = await bo("reconcile", book, bank, "--right-opening", "1,000.00 GBP", "--json");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "--right-opening: The opening balance of bank is in GBP, but its rows are in EUR, JPY and USD.",
    );
  });

  it("says a balance typed with no currency is taken by no statement, keeping what was typed", async () => {
    const r = await bo("reconcile", book, bank, "--right-opening", "1000", "--json");
    const out = JSON.parse(r.stdout) as Setup & Out;
    expect(out.data.setup.right.balances).toEqual({
      source: "typed",
      opening: 1000,
      detail: "as typed, but in no statement: its currency is not named",
    });
    expect(out.issues.map((i) => i.code)).toContain("recon_balance_currency_unknown");
    expect(out.data.statements.every((s) => s.statementBalance !== 1000)).toBe(true);
  });
});

describe("bo reconcile: a bare typed balance of a side whose rows are in one currency, on a run in several", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads it in that currency, at its decimals", async () => {
    const book = path.join(dir, "book.csv");
    const bank = path.join(dir, "bank.csv");
    const head = "Date,Description,Currency,Amount";
    const yen = "2026-03-07,Yen sale,JPY,12000";
    fs.writeFileSync(
      book,
      [head, "2026-03-02,Rent,USD,-1200.00", "2026-03-05,Sale,EUR,500.50", yen, ""].join("\n"),
    );
    fs.writeFileSync(bank, [head, yen, ""].join("\n"));
    const r = await bo("reconcile", book, bank, "--right-opening", "1000", "--json");
    const out = JSON.parse(r.stdout) as {
      data: {
        setup: { right: { balances: { opening?: number; currency?: string } } };
        statements: { currency: string; statementBalance: number }[];
      };
    };
    expect(out.data.setup.right.balances).toMatchObject({ opening: 1000, currency: "JPY" });
    expect(out.data.statements.map((s) => [s.currency, s.statementBalance])).toEqual([
      ["EUR", 0],
      ["JPY", 13000],
      ["USD", 0],
    ]);
  });
});
