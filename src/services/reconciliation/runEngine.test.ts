/**
 * What the service passes the engine beyond the rows, seen where the user meets it on the demo books:
 * the pair's wording, the rows that could not be read, and balances checked against the rows; and what
 * the engine then says (signs running the other way, slips inside matches) in the Reconciliation sheet.
 */
import { runSides } from "../../../test/support/runSides";
import { tableOf } from "../../../test/support/tableLiteral";
import { cellError, type Cell } from "../../core/cell";
import type { Statement } from "../../core/reconcile";
import type { OutValue } from "../../workbook/port";
import { createMemoryWorkbook } from "../../workbook/memory";
import { MemoryWorkbook } from "../../workbook/memory/model";
import { createDemoWorkbook } from "../demo/demoWorkbook";
import { createReconciliationService } from "./service";
import type { ReconcileSetup } from "./setup";
import { statementSheet } from "./statementSheet";
import { wordingOf } from "./runEngine";

/** The demo's bank reconciliation with the ledger's opening balance typed, as the pane proposes it. */
async function demo(change: (wb: MemoryWorkbook) => void = () => undefined) {
  const port = createDemoWorkbook();
  change(port.workbook);
  const svc = createReconciliationService(port);
  const p = await svc.proposeSetup({ table: "Ledger" }, { table: "BankStatement" }, "bank-ledger");
  const setup: ReconcileSetup = {
    ...p.setup,
    left: { ...p.setup.left, balances: { source: "typed", opening: 1842035 } },
  };
  return { svc, setup };
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const texts = (rows: readonly (readonly OutValue[])[] | undefined) =>
  (rows ?? []).map((r) =>
    r.map((v) => (v === null || typeof v !== "object" ? v : v.kind === "number" ? v.value : v.text)),
  );

describe("the engine's run over the demo books", () => {
  it("with the ledger's money in the wrong way round: says so, and lists those pairs as not explained", async () => {
    const { svc, setup } = await demo();
    const flipped = await svc.run({
      ...setup,
      left: { ...setup.left, reading: { ...setup.left.reading, debitCredit: "credit-positive" } },
    });
    const warning = flipped.issues.find((i) => i.code === "recon_signs_opposite");
    expect(warning?.message).toBe(
      'Ledger!Ledger: Of the amounts of Ledger that BankStatement has too, 10 appear there only with the opposite sign and 0 with the same sign: the signs of one side seem to run the other way (money in read as money out), so its pairs are not explained. Check which of debit and credit is money in for Ledger and for BankStatement, or flip the sign of one side (in a rules file, "sign": "flip" under "left" or "right"), and run again.',
    );
    const st = flipped.result.statements[0] as Statement;
    expect(codes(st.remarks)).toEqual(["recon_signs_opposite"]);
    const opposite = st.lines.find((l) => l.kind === "opposite_sign_differences");
    expect(opposite?.count).toBe(10);
    expect(st.lines.find((l) => l.kind === "suggested_differences")?.count).toBe(3);
    expect(st.identityHolds).toBe(true);
    const rent = flipped.result.matches.find((m) => m.reason.includes("RENT-03"));
    expect(rent?.reason).toMatch(/^amounts opposite in sign \(3,200\.00 vs -3,200\.00\), same date/);
    // The sheet lists them apart, under words that say they are not explained.
    const sheet = texts(statementSheet(flipped).lines);
    expect(sheet).toContainEqual([
      "Differences inside matches of amounts opposite in sign (not explained: check the signs of Ledger and BankStatement)",
      opposite === undefined ? null : opposite.effect / 100,
      "10 items",
    ]);
    // As the pane proposes them, the signs agree: nothing is said.
    expect(codes((await svc.run(setup)).issues)).not.toContain("recon_signs_opposite");
  });

  it("names the digit swap inside the suggested match, in its reason and its adjustment", async () => {
    const { svc, setup } = await demo();
    const outcome = await svc.run(setup);
    const swapped = outcome.result.matches.find((m) => m.reason.includes("INV-1043"));
    expect(swapped?.reason).toMatch(
      /^amount differs by 9\.00 \(transposed digits\? 1,234\.00 vs 1,243\.00\), date \+2 days, reference INV-1043/,
    );
    const sheet = statementSheet(outcome);
    const adjustments = sheet.tables.find((t) => t.name === "ReconAdjustments");
    expect(texts(adjustments?.rows).find((r) => r[0] === swapped?.id)).toEqual([
      swapped?.id,
      "suggested",
      "transposed digits",
      9,
      `Correction to review of 9.00 on match ${swapped?.id}: transposed digits? 1,234.00 vs 1,243.00`,
    ]);
  });

  it("says a typed closing balance is not the opening plus the rows, and points the unexplained difference at it", async () => {
    const { svc, setup } = await demo();
    const outcome = await svc.run({
      ...setup,
      left: { ...setup.left, balances: { source: "typed", opening: 1842035, closing: 900000 } },
    });
    const said = outcome.issues
      .filter((i) => i.code === "recon_closing_disagrees" || i.code.startsWith("recon_unexplained"))
      .map((i) => i.message);
    expect(said).toEqual([
      "Ledger!Ledger: The closing balance of Ledger is 9,000.00 USD, but its opening balance 18,420.35 USD plus its rows make 8,962.21 USD (37.79 USD apart); check the closing balance, or look for a missing, duplicated or mistyped row in Ledger (the statement takes the closing balance as given).",
      "Ledger!Ledger: -37.79 USD remains unexplained between Ledger and BankStatement, exactly the 37.79 USD by which the closing balance of Ledger exceeds its opening balance plus its rows: check that closing balance and run again.",
    ]);
  });

  it("names the rows that could not be read first when the statement does not close", async () => {
    const { svc, setup } = await demo((wb) => {
      wb.putRows("Ledger", 4, 4, [[null, "1,8754.0"]]);
      wb.putRows("Ledger", 10, 0, [["31/02/2026"]]);
      wb.putRows("Ledger", 14, 5, [[cellError("#N/A")]]);
      wb.putRows("Ledger", 22, 0, [[null]]);
      wb.putRows("Bank", 7, 4, [["abc"]]);
    });
    const outcome = await svc.run(setup);
    const st = outcome.result.statements[0] as Statement;
    expect(st.unexplained).toBe(-964000);
    expect(codes(st.remarks)).toEqual(["recon_closing_disagrees", "recon_unexplained_unreadable"]);
    expect(st.remarks[1]?.message).toBe(
      "Bank!BankStatement: -9,640.00 USD remains unexplained between Ledger and BankStatement, and 4 rows of Ledger (rows 4, 10, 14 and 22; 2 of them with readable amounts, -1,690.50 USD in all) and 1 row of BankStatement (row 7) could not be read, so they are in no balance and match nothing: correct them and run again before looking further.",
    );
  });
});

/** Receivables of two customers and the statement one of them sent, in its own books (mirrored). */
const RECEIVABLES: Cell[][] = [
  ["Date", "Invoice No", "Customer", "Description", "Debit", "Credit"],
  [46056, "INV-2001", "Harbour Foods Ltd", "Invoice", 1200, null],
  [46063, "INV-2004", "Harbour Foods Ltd", "Invoice", 860.5, null],
  [46070, "INV-2007", "Harbour Foods Ltd", "Invoice", 2300, null],
  [46073, "PMT-77", "Harbour Foods Ltd", "Payment received", null, 1200],
  [46083, "INV-2011", "Harbour Foods Ltd", "Invoice", 415.25, null],
  [46086, "PMT-81", "Harbour Foods Ltd", "Payment received", null, 860.5],
  [46058, "INV-2002", "Corner Deli", "Invoice", 348.2, null],
];
const CUSTOMER: Cell[][] = [
  ["Date", "Reference", "Description", "Debit", "Credit", "Balance"],
  [46057, "INV-2001", "Harbour Foods purchase", null, 1200, 1200],
  [46064, "INV-2004", "purchase", null, 860.5, 2060.5],
  [46071, "INV-2007", "purchase", null, 2030, 4090.5],
  [46073, null, "Payment", 1200, null, 2890.5],
  [46087, null, "Payment", 860.5, null, 2030],
  [46093, null, "Payment", 500, null, 1530],
];

describe("a customer's statement against receivables", () => {
  it("words the statement as a receivables clerk would, not as a bank reconciliation", async () => {
    const wb = new MemoryWorkbook();
    wb.putRows("Receivables", 1, 0, RECEIVABLES);
    wb.addTable(
      wb.mustSheet("Receivables"),
      { row: 1, col: 0, rows: RECEIVABLES.length, cols: 6 },
      "Receivables",
    );
    wb.putRows("CustStmt", 1, 0, CUSTOMER);
    wb.addTable(
      wb.mustSheet("CustStmt"),
      { row: 1, col: 0, rows: CUSTOMER.length, cols: 6 },
      "CustomerStatement",
    );
    const svc = createReconciliationService(createMemoryWorkbook(wb));
    const p = await svc.proposeSetup(
      { table: "Receivables" },
      { table: "CustomerStatement" },
      "customer-receivables",
    );
    const outcome = await svc.run(p.setup);
    const labels = (outcome.result.statements[0] as Statement).lines
      .filter((l) => l.count > 0 && (l.kind.startsWith("left_only") || l.kind.startsWith("right_only")))
      .map((l) => l.label);
    expect(labels).toEqual([
      "Invoices and debits in Receivables not on CustomerStatement (not yet on the customer's statement)",
      "Payments and credits on CustomerStatement not in Receivables (payments in transit or not yet allocated)",
    ]);
    expect(labels.join(" ")).not.toMatch(/deposits in transit|cheques|unrecorded/);
  });

  it("keeps the bank's words for the bank statement preset only", () => {
    expect(wordingOf("bank-ledger")).toBe("bank");
    expect(wordingOf("customer-receivables")).toBe("customer");
  });
});

describe("rows cleared earlier against another table", () => {
  const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
    2026-03-02 | INV-1 | Oscar | 500.00
    2026-03-03 | CHQ-17 | Papa Ltd | -120.00
    2026-03-05 | INV-3 | Romeo | 300.00`;
  const bank = tableOf({ name: "Bank", sheet: "Bank" })`Date | Reference | Description | Amount | Balance
    2026-03-01 | OLD-9 | EARLIER LINE | 40.00 | 1040.00
    2026-03-02 | INV-1 | OSCAR | 500.00 | 1540.00
    2026-03-03 | OLD-7 | EARLIER LINE | -25.00 | 1515.00
    2026-03-06 | INV-3 | ROMEO | 300.00 | 1815.00`;

  /** Ledger row 3 and Bank rows 2 and 4 cleared earlier; the bank's balances from its Balance column. */
  const run = (leftBalances: ReconcileSetup["left"]["balances"]) =>
    runSides(
      { table: ledger, balances: leftBalances, cleared: [0, 1, 0] },
      { table: bank, balances: { source: "column" }, cleared: [1, 0, 1, 0] },
      "USD",
    );

  it("count between a closing balance and its opening: typed, all of them; from the Balance column, those between its rows", async () => {
    // 1,000.00 + 500.00 + 300.00 + the cheque cleared earlier (-120.00) = 1,680.00.
    const agreed = await run({ source: "typed", opening: 100000, closing: 168000 });
    expect(codes(agreed.issues)).not.toContain("recon_closing_disagrees");
    // Bank: the column opens at 1,040.00 before INV-1 and closes at 1,815.00 after INV-3; the -25.00
    // cleared between them counts, the 40.00 cleared before them does not.
    expect(agreed.balances.right).toMatchObject({ opening: 104000, closing: 181500 });
    const off = await run({ source: "typed", opening: 100000, closing: 170000 });
    expect(off.issues.filter((i) => i.code === "recon_closing_disagrees").map((i) => i.message)).toEqual([
      "Ledger!Ledger: The closing balance of Ledger is 1,700.00 USD, but its opening balance 1,000.00 USD plus its rows make 1,680.00 USD (20.00 USD apart); check the closing balance, or look for a missing, duplicated or mistyped row in Ledger (the statement takes the closing balance as given).",
    ]);
  });
});
