/**
 * A small month of books for the reconciliation service tests: a ledger holding both sides of each
 * journal entry (cash account 1000) and the bank statement with a running balance. The bank shows one
 * amount with two digits swapped and a fee the ledger lacks; the ledger has a cheque the bank has not
 * cleared yet.
 */
import type { Cell } from "../../../src/core/cell";
import type { Seed } from "../../contract/backends";
import type { ReconciliationService, ReconcileSetup } from "../../../src/services/reconciliation";

/** The ledger rows (header first): four entries, two lines each, dates as serials. */
export const LEDGER_ROWS: Cell[][] = [
  ["Date", "Entry", "Account", "Description", "Debit", "Credit", "Currency", "Party", "Reference"],
  [46083, "JE-1", "1000", "Receipt INV-1041", 4250, null, "USD", "Harbour Foods", "INV-1041"],
  [46083, "JE-1", "1100", "Receipt INV-1041", null, 4250, "USD", "Harbour Foods", "INV-1041"],
  [46084, "JE-2", "1000", "Payment BILL-552", null, 1875.4, "USD", "Greenline", "BILL-552"],
  [46084, "JE-2", "2000", "Payment BILL-552", 1875.4, null, "USD", "Greenline", "BILL-552"],
  [46087, "JE-3", "1000", "Receipt INV-1043", 1234, null, "USD", "Northwind", "INV-1043"],
  [46087, "JE-3", "1100", "Receipt INV-1043", null, 1234, "USD", "Northwind", "INV-1043"],
  [46090, "JE-4", "1000", "Office supplies", null, 186.9, "USD", "Sparrow", "CHQ-000318"],
  [46090, "JE-4", "6400", "Office supplies", 186.9, null, "USD", "Sparrow", "CHQ-000318"],
];

/** The bank statement rows (header first): a lag, a transposed amount (1,243 for 1,234) and a fee. */
export const BANK_ROWS: Cell[][] = [
  ["Date", "Description", "Reference", "Paid Out", "Paid In", "Balance"],
  [46084, "CREDIT TRANSFER HARBOUR FOODS INV1041", "INV1041", null, 4250, 22670.35],
  [46086, "DIRECT DEBIT GREENLINE BILL-552", "BILL-552", 1875.4, null, 20794.95],
  [46089, "CREDIT TRANSFER NORTHWIND INV-1043", "INV-1043", null, 1243, 22037.95],
  [46092, "ACCOUNT FEE", null, 15, null, 22022.95],
];

export const BOOKS: Seed = {
  sheets: [
    {
      name: "Ledger",
      rows: LEDGER_ROWS,
      formats: { A2: "yyyy-mm-dd", A3: "yyyy-mm-dd", E2: "#,##0.00" },
      notes: { D5: "checked by Dana" },
    },
    {
      name: "Bank",
      rows: BANK_ROWS,
      fills: { B5: "#FFFF00" },
    },
  ],
  tables: [
    { name: "Ledger", sheet: "Ledger", address: "A1:I9" },
    { name: "Bank", sheet: "Bank", address: "A1:F5" },
  ],
};

/** April's statement: the cheque the ledger wrote on 18 March clears, and a receipt the book lacks. */
export const APRIL_ROWS: Cell[][] = [
  BANK_ROWS[0] as Cell[],
  [46115, "CHEQUE 318", "CHQ-000318", 186.9, null, 21836.05],
  [46116, "CREDIT TRANSFER WESTBROOK", "INV-1050", null, 100, 21936.05],
];

/** The books with the next month's statement as a table of its own, as Import a statement file makes it. */
export const NEXT_MONTH: Seed = {
  sheets: [...BOOKS.sheets, { name: "April", rows: APRIL_ROWS }],
  tables: [...(BOOKS.tables ?? []), { name: "April", sheet: "April", address: "A1:F3" }],
};

/** Excel rows of the books, by what they are. */
export const ROWS = {
  ledgerReceipt: 2,
  ledgerOther: 3,
  ledgerCheque: 8,
  ledgerSwapped: 6,
  bankFee: 5,
  bankSwapped: 4,
} as const;

/** The bank-vs-ledger proposal with the ledger's opening balance typed, as a user would. */
export async function bankSetup(svc: ReconciliationService): Promise<ReconcileSetup> {
  const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
  return { ...p.setup, left: { ...p.setup.left, balances: { source: "typed", opening: 1842035 } } };
}
