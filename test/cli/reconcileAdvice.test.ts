/**
 * `bo reconcile` over the demo's books, where a month-end user meets what the engine says beside the
 * statement: one side's signs running the other way, a slip inside a suggested match, a closing balance
 * that is not the opening plus the rows, rows that could not be read, and a customer's statement worded
 * as such.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../src/core/cell";
import { bankTable, ledgerTable } from "../../src/services/demo/sampleBooks";
import type { SampleTable } from "../../src/services/demo/sampleFormat";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

function put(wb: MemoryWorkbook, t: SampleTable, rows: readonly (readonly Cell[])[] = t.rows): void {
  wb.putRows(t.sheet, 1, 0, [t.headers, ...rows.map((r) => [...r])]);
  wb.addTable(
    wb.mustSheet(t.sheet),
    { row: 1, col: 0, rows: rows.length + 1, cols: t.headers.length },
    t.table,
  );
}

describe("bo reconcile says what the statement alone would hide", () => {
  const dir = tempDir();
  let books = "";
  let bad = "";
  const flipRules = path.join(dir, "flip.json");

  beforeAll(async () => {
    books = await writeXlsx(dir, "books.xlsx", (wb) => {
      put(wb, ledgerTable());
      put(wb, bankTable());
    });
    bad = await writeXlsx(dir, "bad.xlsx", (wb) => {
      const l = ledgerTable();
      const rows = l.rows.map((r) => [...r]);
      (rows[8] as Cell[])[0] = "31/02/2026"; // Excel row 10: no such day; its amount still reads
      (rows[12] as Cell[])[5] = "9.640,00x"; // Excel row 14: no amount
      put(wb, l, rows);
      const b = bankTable();
      const lines = b.rows.map((r) => [...r]);
      (lines[5] as Cell[])[4] = "abc"; // Excel row 7: no amount; the Balance column still counts it
      put(wb, b, lines);
    });
    fs.writeFileSync(flipRules, JSON.stringify({ left: { debitCredit: "credit-positive" } }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => bo("reconcile", ...args);

  it("one side's signs the other way round: a warning naming both sides and the rules file's sign", async () => {
    const r = await run(`${books}#Ledger`, `${books}#BankStatement`, "--rules", flipRules);
    expect(r.stderr).toContain(
      "Ledger!Ledger: Of the amounts of Ledger that BankStatement has too, 10 appear there only with the opposite sign and 0 with the same sign",
    );
    expect(r.stderr).toContain('(in a rules file, "sign": "flip" under "left" or "right")');
    expect(r.stdout).toMatch(
      /Differences inside matches of amounts opposite in sign \(not explained: check the signs of Ledger and BankStatement\)\s+-27,267\.12 USD {2}10 items/,
    );
    expect(r.stdout).toContain("reference-amount-differs: amounts opposite in sign (-4,250.00 vs 4,250.00)");
    const plain = await run(`${books}#Ledger`, `${books}#BankStatement`);
    expect(plain.stderr).not.toContain("opposite sign and");
  });

  it("a digit swap inside a suggested match is in its reason, and in the adjustment the JSON lists", async () => {
    const r = await run(`${books}#Ledger`, `${books}#BankStatement`, "--json");
    const data = JSON.parse(r.stdout).data;
    const swapped = data.matches.find((m: { reason: string }) => m.reason.includes("INV-1043"));
    expect(swapped.reason).toMatch(/^amount differs by 9\.00 \(transposed digits\? 1,234\.00 vs 1,243\.00\)/);
    expect(data.adjustments.find((a: { matchId: string }) => a.matchId === swapped.id)).toMatchObject({
      kind: "transposed_digits",
      description: `Correction to review of 9.00 on match ${swapped.id}: transposed digits? 1,234.00 vs 1,243.00`,
    });
  });

  it("a closing balance that is not the opening plus the rows is said, and the advice points at it", async () => {
    const r = await run(
      `${books}#Ledger`,
      `${books}#BankStatement`,
      "--left-opening",
      "18,420.35",
      "--left-closing",
      "9,000.00",
    );
    expect(r.stderr).toContain(
      "Ledger!Ledger: The closing balance of Ledger is 9,000.00 USD, but its opening balance 18,420.35 USD plus its rows make 8,962.21 USD (37.79 USD apart)",
    );
    expect(r.stderr).toContain(
      "Ledger!Ledger: -37.79 USD remains unexplained between Ledger and BankStatement, exactly the 37.79 USD by which the closing balance of Ledger exceeds its opening balance plus its rows",
    );
  });

  it("rows that could not be read are the first thing the unexplained difference names", async () => {
    const r = await run(`${bad}#Ledger`, `${bad}#BankStatement`, "--left-opening", "18,420.35");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Bank!BankStatement: -9,640.00 USD remains unexplained between Ledger and BankStatement, and 2 rows of Ledger (rows 10 and 14; 1 of them with a readable amount, 615.75 USD) and 1 row of BankStatement (row 7) could not be read, so they are in no balance and match nothing: correct them and run again before looking further.",
    );
  });

  it("a customer's statement against receivables is worded for receivables", async () => {
    const RECEIVABLES: Cell[][] = [
      ["Date", "Invoice No", "Customer", "Description", "Debit", "Credit"],
      [46056, "INV-2001", "Harbour Foods Ltd", "Invoice", 1200, null],
      [46063, "INV-2004", "Harbour Foods Ltd", "Invoice", 860.5, null],
      [46073, "PMT-77", "Harbour Foods Ltd", "Payment received", null, 1200],
      [46083, "INV-2011", "Harbour Foods Ltd", "Invoice", 415.25, null],
    ];
    const CUSTOMER: Cell[][] = [
      ["Date", "Reference", "Description", "Debit", "Credit", "Balance"],
      [46057, "INV-2001", "purchase", null, 1200, 1200],
      [46064, "INV-2004", "purchase", null, 860.5, 2060.5],
      [46073, null, "Payment", 1200, null, 860.5],
      [46093, null, "Payment", 500, null, 360.5],
    ];
    const file = await writeXlsx(dir, "customer.xlsx", (wb) => {
      wb.putRows("Receivables", 1, 0, RECEIVABLES);
      wb.addTable(wb.mustSheet("Receivables"), { row: 1, col: 0, rows: 5, cols: 6 }, "Receivables");
      wb.putRows("Customer", 1, 0, CUSTOMER);
      wb.addTable(wb.mustSheet("Customer"), { row: 1, col: 0, rows: 5, cols: 6 }, "CustomerStatement");
    });
    const r = await run(
      `${file}#Receivables`,
      `${file}#CustomerStatement`,
      "--preset",
      "customer-receivables",
    );
    expect(r.stdout).toContain(
      "Invoices and debits in Receivables not on CustomerStatement (not yet on the customer's statement)",
    );
    expect(r.stdout).toContain(
      "Payments and credits on CustomerStatement not in Receivables (payments in transit or not yet allocated)",
    );
    expect(r.stdout).not.toMatch(/deposits in transit|outstanding payments and cheques/);
  });
});
