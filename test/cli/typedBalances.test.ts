/**
 * `bo reconcile --left-opening …` and its siblings read a balance as the task pane's fields do: DR/CR in
 * the side's own sign convention, and nothing doubtful taken without a word (more decimals than the
 * currency has, another currency, a separator that reads either way).
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir, writeBooks } from "../support/cliRun";

interface Statement {
  readonly bookBalance: number;
  readonly statementBalance: number;
  readonly unexplained: number;
}

describe("bo reconcile: typed balances", () => {
  const dir = tempDir();
  let book = "";
  const ledger = () => `${book}#Ledger`;
  const bank = () => `${book}#Bank`;
  // A German bank's export: its amounts are written with decimal commas.
  const bankCsv = path.join(dir, "umsaetze.csv");

  beforeAll(async () => {
    book = await writeBooks(dir);
    fs.writeFileSync(
      bankCsv,
      [
        "Date;Description;Reference;Paid Out;Paid In",
        '2026-03-03;CREDIT TRANSFER HARBOUR FOODS INV1041;INV1041;;"4.250,00"',
        '2026-03-05;DIRECT DEBIT GREENLINE BILL-552;BILL-552;"1.875,40";',
        '2026-03-08;CREDIT TRANSFER NORTHWIND INV-1043;INV-1043;;"1.243,00"',
        "",
      ].join("\r\n"),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function statementOf(...args: string[]): Promise<Statement> {
    const r = await bo("reconcile", ...args, "--json");
    expect(r.stderr).toBe("");
    return (JSON.parse(r.stdout) as { data: { statements: Statement[] } }).data.statements[0] as Statement;
  }

  it("reads a ledger's DR balance as a debit, money in where debit is money in", async () => {
    for (const text of ["18,420.35 DR", "18,420.35 Dr.", "18.420,35 S", "18,420.35 debit", "18,420.35"]) {
      const st = await statementOf(ledger(), bank(), "--left-opening", text);
      expect([text, st.bookBalance, st.unexplained]).toEqual([text, 21842.05, 0]);
    }
    const credit = await statementOf(ledger(), bank(), "--left-opening", "18,420.35 CR");
    expect(credit.bookBalance).toBe(-14998.65);
  });

  it("reads a bank's DR balance as an overdraft and its CR balance as money held", async () => {
    const cr = await statementOf(
      ledger(),
      bank(),
      "--left-opening",
      "18420.35",
      "--right-opening",
      "18,420.35 CR",
    );
    expect([cr.statementBalance, cr.unexplained]).toEqual([22022.95, 0]);
    // The Bank's Balance column still gives the closing balance, which an overdraft opening cannot reach.
    const dr = await bo(
      "reconcile",
      ledger(),
      bank(),
      "--left-opening",
      "18420.35",
      "--right-opening",
      "18,420.35 DR",
      "--json",
    );
    const out = JSON.parse(dr.stdout) as {
      issues: { code: string }[];
      data: { setup: { right: { balances: { opening?: number; closing?: number } } } };
    };
    expect(out.data.setup.right.balances).toMatchObject({ opening: -18420.35, closing: 22022.95 });
    expect(out.issues.map((i) => i.code)).toContain("recon_closing_disagrees");
  });

  it("turns a DR/CR balance with the side's sign when the side's amounts are flipped", async () => {
    const rules = path.join(dir, "flip.json");
    fs.writeFileSync(rules, JSON.stringify({ left: { sign: "flip" } }));
    const st = await statementOf(ledger(), bank(), "--rules", rules, "--left-opening", "18,420.35 DR");
    // Every ledger row counts the other way, and so does its debit balance.
    expect(st.bookBalance).toBe(-21842.05);
  });

  it.each([
    [
      "--left-opening",
      "18,420.355",
      'the opening balance of Ledger: "18,420.355" has more decimals than USD has (2)',
    ],
    [
      "--left-closing",
      "18.420",
      'the closing balance of Ledger: "18.420" has more decimals than USD has (2)',
    ],
    [
      "--left-opening",
      "€18,420.35",
      'the opening balance of Ledger: "€18,420.35" is in EUR, but this reconciliation is in USD',
    ],
    [
      "--right-opening",
      "18,420.35 DR CR",
      'the opening balance of Bank: "18,420.35 DR CR" has more than one sign',
    ],
    [
      "--right-closing",
      "-18,420.35 DR",
      'the closing balance of Bank: "-18,420.35 DR" has more than one sign',
    ],
  ])("refuses %s %s, naming the side and the balance", async (flag, text, message) => {
    const r = await bo("reconcile", ledger(), bank(), flag, text);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.toLowerCase()).toContain(`${flag}: ${message}`.toLowerCase());
  });

  it("says how to type eighteen thousand when a dot could separate thousands", async () => {
    const r = await bo("reconcile", ledger(), bank(), "--left-opening", "18.420");
    expect(r.stderr).toContain('if the "." separates thousands, type 18420');
  });

  it("takes the run's own currency, by code or sign", async () => {
    for (const text of ["$18,420.35", "18,420.35 USD", "USD 18,420.35 DR"]) {
      const st = await statementOf(ledger(), bank(), "--left-opening", text);
      expect([text, st.unexplained]).toEqual([text, 0]);
    }
  });

  it("reads a separator that could go either way as the side's own amounts use it", async () => {
    // The bank writes decimal commas: 18.420 there is eighteen thousand four hundred twenty.
    const comma = await statementOf(
      ledger(),
      bankCsv,
      "--left-opening",
      "18420",
      "--right-opening",
      "18.420",
    );
    expect(comma.statementBalance).toBe(22037.6);
    // A comma that cannot separate thousands is a decimal comma on either side.
    const cents = await statementOf(ledger(), bank(), "--left-opening", "18,42");
    expect(cents.bookBalance).toBe(3440.12);
    // On the comma side, 18,420 has three decimals: refused, never read as 18,420.00.
    const r = await bo("reconcile", ledger(), bankCsv, "--right-opening", "18,420");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'The opening balance of umsaetze: "18,420" has more decimals than USD has (2); if the "," separates thousands, type 18420',
    );
  });
});
