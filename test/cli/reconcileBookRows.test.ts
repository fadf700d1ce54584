/**
 * `bo reconcile` with the customer preset: which customer's rows of a receivables ledger take part, said
 * near the top of the text and in --json's setup, proposed from the statement's invoice numbers and
 * amounts (never from a reference every receipt carries), from a column a rules file names, or given.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

/** Northwind's rows and ten receipts of Big Retail, every receipt referenced "BACS" as Sage writes them. */
const LEDGER = (party: string) => [
  `Date,${party},Type,Invoice Number,Description,Debit,Credit`,
  "2026-03-05,Northwind Traders Ltd,Invoice,INV-1041,Consulting,1200.00,",
  "2026-03-06,Northwind Traders Ltd,Payment,BACS,Payment received,,1250.00",
  "2026-03-08,Northwind Traders Ltd,Invoice,INV-1042,Widgets,850.00,",
  "2026-03-20,Northwind Traders Ltd,Payment,BACS,Payment received,,1200.00",
  ...Array.from(
    { length: 10 },
    (_, k) => `2026-03-${k + 10},Big Retail plc,Payment,BACS,Payment received,,${k + 101}.00`,
  ),
];

const STATEMENT = [
  "Date,Reference,Details,Debit,Credit",
  "2026-03-05,Inv 1041,Invoice,,1200.00",
  "2026-03-06,BACS,Payment,1250.00,",
  "2026-03-08,INV1042,Invoice,,850.00",
  "2026-03-20,BACS,Payment,1200.00,",
];

interface Out {
  issues: { code: string; severity: string }[];
  data: { setup: { left: { selection: unknown; selectionProposed: boolean } } };
}

describe("bo reconcile --preset customer-receivables: the book rows taken", () => {
  const dir = tempDir();
  const file = (name: string, lines: readonly string[]) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, `${lines.join("\n")}\n`);
    return f;
  };
  const sage = file("ar_sage.csv", LEDGER("Customer"));
  const xero = file("ar_xero.csv", LEDGER("Contact"));
  const debtor = file("ar_debtor.csv", LEDGER("Debtor"));
  const statement = file("nw_statement.csv", STATEMENT);
  const rules = file("debtor.json", [JSON.stringify({ left: { columns: { party: "Debtor" } } })]);
  const run = (...args: string[]) => bo("reconcile", ...args, "--preset", "customer-receivables");
  const json = async (...args: string[]) => JSON.parse((await run(...args, "--json")).stdout) as Out;
  const northwind = { field: "party", values: ["Northwind Traders Ltd"] };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are the statement's customer's, not those of the customer with most receipts referenced BACS, and say so", async () => {
    const j = await json(sage, statement);
    expect(j.data.setup.left.selection).toEqual(northwind);
    expect(j.data.setup.left.selectionProposed).toBe(true);
    const text = await run(sage, statement);
    expect(text.stdout.split("\n")[1]).toBe(
      "Book rows: Party = Northwind Traders Ltd (proposed; --select party=… to choose)",
    );
  });

  it("are the ones --select gives, said as given", async () => {
    const j = await json(sage, statement, "--select", "party=Big Retail plc");
    expect(j.data.setup.left).toMatchObject({
      selection: { field: "party", values: ["Big Retail plc"] },
      selectionProposed: false,
    });
    const text = await run(sage, statement, "--select", "party=Big Retail plc");
    expect(text.stdout.split("\n")[1]).toBe("Book rows: Party = Big Retail plc (given with --select)");
  });

  it("are proposed from Xero's Contact column", async () => {
    expect((await json(xero, statement)).data.setup.left.selection).toEqual(northwind);
  });

  it("are every party's where no column names the party: a warning says so once, and how to choose", async () => {
    const j = await json(debtor, statement);
    expect(j.data.setup.left.selection).toBeNull();
    expect(j.issues.filter((i) => i.code === "recon_no_party_column")).toEqual([
      expect.objectContaining({ severity: "warning", table: "ar_debtor", row: 1 }),
    ]);
    const text = await run(debtor, statement);
    expect(text.stderr.match(/No column names the customer/g)).toHaveLength(1);
    expect(text.stderr).toContain('"left": {"columns": {"party": "…"}}');
    expect(text.stderr).toContain("--select party=…");
    // Every row taken on purpose: nothing to warn of.
    const all = await json(debtor, statement, "--select", "all");
    expect(all.issues.map((i) => i.code)).not.toContain("recon_no_party_column");
  });

  it("are proposed from the Party column a rules file names", async () => {
    const j = await json(debtor, statement, "--rules", rules);
    expect(j.data.setup.left.selection).toEqual(northwind);
    expect(j.data.setup.left.selectionProposed).toBe(true);
    expect(j.issues.map((i) => i.code)).not.toContain("recon_no_party_column");
  });
});

describe("bo reconcile --preset bank-ledger: the book rows taken", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("name the cash account proposed", async () => {
    const ledger = path.join(dir, "gl.csv");
    const bank = path.join(dir, "bank.csv");
    fs.writeFileSync(
      ledger,
      [
        "Date,Account,Description,Debit,Credit",
        "2026-02-02,1100,Invoice INV1041,4250.00,",
        "2026-02-02,4000,Invoice INV1041,,4250.00",
        "2026-03-03,1000,Receipt INV1041,4250.00,",
        "2026-03-03,1100,Receipt INV1041,,4250.00",
      ].join("\n"),
    );
    fs.writeFileSync(
      bank,
      ["Date,Description,Amount", "2026-03-04,CREDIT HARBOUR INV1041,4250.00"].join("\n"),
    );
    const text = await bo("reconcile", ledger, bank);
    expect(text.stdout.split("\n")[1]).toBe(
      "Book rows: Account = 1000 (proposed; --select account=… to choose)",
    );
  });
});
