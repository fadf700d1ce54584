/**
 * A customer's account kept in columns named for its documents reads an invoice as raising what is owed
 * and a payment as lowering it, on our receivables and on the statement alike, whatever the side's own
 * convention says of debits and credits.
 */
import type { TableData } from "../../core/table";
import { tableOf } from "../../../test/support/tableLiteral";
import { runSides } from "../../../test/support/runSides";
import { EMPTY_DECISIONS, type SavedPair } from "./savedPair";
import type { PresetId } from "./presets";
import { proposeSetup } from "./propose";

const ledger = tableOf({ name: "Receivables", sheet: "AR" })`
  Date       | Customer  | Invoice Number | Description      | Debit   | Credit
  2026-03-05 | Northwind | INV-1041       | Consulting Feb   | 1200.00 |
  2026-03-06 | Northwind | PMT-5400       | Payment received |         | 1250.00
  2026-03-08 | Northwind | INV-1042       | Widgets          | 850.00  |
  2026-03-18 | Northwind | CN-0007        | Credit note      |         | 150.00
`;

/** A statement we issue: its invoices and payments in columns of their own. */
function statement(invoice: string, payment: string, creditNote: string): TableData {
  return tableOf({ name: "Statement", sheet: "Statement" })`
    Date       | Ref      | Description         | ${invoice}    | ${payment} | Balance
    2026-03-05 | INV-1041 | Invoice             | 1200.00       |            | 2450.00
    2026-03-06 | PMT-5400 | Payment - thank you |               | 1250.00    | 1200.00
    2026-03-08 | INV-1042 | Invoice             | 850.00        |            | 2050.00
    2026-03-18 | CN-0007  | Credit note         | ${creditNote} |            | 1900.00
  `;
}

function proposal(
  right: TableData,
  presetId: PresetId = "customer-receivables",
  saved: SavedPair | null = null,
) {
  return proposeSetup({
    presetId,
    left: { ref: { table: ledger.name }, table: ledger },
    right: { ref: { table: right.name }, table: right },
    dateSystem: 1900,
    saved,
  });
}

describe("a statement in columns of invoices and payments", () => {
  it.each([
    ["Invoice", "Payment"],
    ["Invoice Amount", "Payments"],
    ["Charges", "Receipts"],
  ])(
    "%s and %s: invoices raise what is owed, every row matches our receivables",
    async (invoice, payment) => {
      const right = statement(invoice, payment, "-150.00");
      const p = proposal(right);
      expect(p.setup.right.reading).toMatchObject({
        debitCredit: "debit-positive",
        columns: { amount: null, debit: invoice, credit: payment },
      });
      const outcome = await runSides(
        { table: ledger, reading: p.setup.left.reading },
        { table: right, reading: p.setup.right.reading },
      );
      expect(outcome.result.summary.confirmed.matches).toBe(4);
      expect(outcome.result.summary.unmatched.right.rows).toBe(0);
    },
  );

  it("leaves a convention or amount columns the user chose as they are", () => {
    const right = statement("Invoice", "Payment", "-150.00");
    const chosen: SavedPair = { decisions: EMPTY_DECISIONS, right: { debitCredit: "credit-positive" } };
    expect(proposal(right, "customer-receivables", chosen).setup.right.reading).toEqual({
      debitCredit: "credit-positive",
    });
    const columns: SavedPair = { decisions: EMPTY_DECISIONS, right: { columns: { debit: "Invoice" } } };
    expect(proposal(right, "customer-receivables", columns).setup.right.reading.columns).toEqual({
      debit: "Invoice",
    });
  });

  it("is not read so under the bank preset, where a Payment is money out", () => {
    const right = statement("Invoice", "Payment", "-150.00");
    expect(proposal(right, "bank-ledger").setup.right.reading.columns?.debit).not.toBe("Invoice");
  });
});
