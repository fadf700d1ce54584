/**
 * A cash register kept in the books reads its deposits as money in, as the bank does: columns named for
 * money out and money in say which way each amount goes, whatever the ledger's own convention.
 */
import type { TableData } from "../../core/table";
import { tableOf } from "../../../test/support/tableLiteral";
import { EMPTY_DECISIONS, type SavedPair } from "./savedPair";
import type { PresetId } from "./presets";
import { proposeSetup } from "./propose";
import { runSides } from "../../../test/support/runSides";

const bank = tableOf({ name: "Bank", sheet: "Bank" })`
  Date       | Description          | Amount   | Balance
  2026-03-03 | HARBOUR LTD INV-1041 | 5000.00  | 15000.00
  2026-03-06 | GREENLINE BILL-552   | -1200.00 | 13800.00
  2026-03-10 | NORDWIND INV-1042    | 2345.67  | 16145.67
`;

function register(out: string, into: string): TableData {
  return tableOf({ name: "Register", sheet: "Register" })`
    Date       | Reference | Payee       | ${out}  | ${into}  | Balance
    2026-03-02 | INV-1041  | Harbour Ltd |         | 5000.00  | 15000.00
    2026-03-04 | BILL-552  | Greenline   | 1200.00 |          | 13800.00
    2026-03-09 | INV-1042  | Nordwind AG |         | 2345.67  | 16145.67
  `;
}

function proposal(left: TableData, presetId: PresetId = "bank-ledger", saved: SavedPair | null = null) {
  return proposeSetup({
    presetId,
    left: { ref: { table: left.name }, table: left },
    right: { ref: { table: bank.name }, table: bank },
    dateSystem: 1900,
    saved,
  });
}

describe("columns named for money out and money in on the book side", () => {
  it.each([
    ["Withdrawal", "Deposit"],
    ["Paid Out", "Paid In"],
    ["Money out", "Money in"],
    ["Payment", "Deposit"],
    ["Payments", "Receipts"],
    ["Spent", "Received"],
  ])("%s and %s read what comes in as money in, so every row matches the bank's", async (out, into) => {
    const ledger = register(out, into);
    const p = proposal(ledger);
    expect(p.setup.left.reading.debitCredit).toBe("credit-positive");
    expect(p.left.columns).toMatchObject({ debit: out, credit: into });
    const outcome = await runSides(
      { table: ledger, reading: p.setup.left.reading },
      { table: bank, reading: p.setup.right.reading },
    );
    expect(outcome.result.summary.confirmed.matches).toBe(3);
    expect(outcome.result.summary.unmatched.left.rows).toBe(0);
  });

  it("leave a ledger's own Debit and Credit as the preset reads them: debits are money in", () => {
    const ledger = tableOf({ name: "Ledger" })`
      Date       | Reference | Debit   | Credit
      2026-03-02 | INV-1041  | 5000.00 |
      2026-03-04 | BILL-552  |         | 1200.00
    `;
    expect(proposal(ledger).setup.left.reading.debitCredit).toBe("debit-positive");
  });

  it("leave a pair named two ways (Debit beside Deposit) as the preset reads it", () => {
    const ledger = register("Debit", "Deposit");
    expect(proposal(ledger).setup.left.reading).toEqual({ debitCredit: "debit-positive" });
  });

  it("leave a signed Amount column as it is", () => {
    const ledger = tableOf({ name: "Ledger" })`
      Date       | Reference | Amount   | Payment
      2026-03-02 | INV-1041  | 5000.00  | Transfer
      2026-03-04 | BILL-552  | -1200.00 | Cheque
    `;
    expect(proposal(ledger).setup.left.reading).toEqual({ debitCredit: "debit-positive" });
  });

  it("keep the convention the user chose for the side", () => {
    const saved: SavedPair = { decisions: EMPTY_DECISIONS, left: { debitCredit: "debit-positive" } };
    expect(
      proposal(register("Withdrawal", "Deposit"), "bank-ledger", saved).setup.left.reading.debitCredit,
    ).toBe("debit-positive");
  });

  it("are not read so on a receivables ledger, where a Payment is the customer's", () => {
    const p = proposal(register("Payment", "Receipts"), "customer-receivables");
    expect(p.setup.left.reading).toEqual({ debitCredit: "debit-positive" });
  });
});
