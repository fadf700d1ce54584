import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const invoices = tableOf({ name: "Receivables", sheet: "Invoices" });
const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);

describe("invoices and bills kind", () => {
  const t = invoices`Invoice No | Customer | Invoice Date | Due Date | Total | Amount Paid | Currency | Status
    INV-1 | ACME | 2026-01-10 | 2026-02-09 | 1,200.00 | 1200 | USD | Paid
    INV-2 | ACME | 2026-01-12 | 2026-01-11 | 500 | 0 | USD | Open
    INV-3 | Bolt | 2026-01-15 | 2026-02-14 | 300 | 300.01 | USD | partially paid
    INV-1 | Bolt | 2026-01-20 | 2026-02-19 | 10 |  | EUR | Sent
    inv-1 | acme | 2026-01-21 | 2026-02-20 | 10 |  | EUR | Lost`;

  it("checks due after issue, paid at most the amount, one number per party and the status", () => {
    const r = validateTable(t);
    expect(r.kind).toBe("invoices");
    expect(found(r)).toEqual([
      ["due_before_issue", 3, "Due Date"],
      ["paid_exceeds_amount", 4, "Amount Paid"],
      ["duplicate_key", 6, undefined],
      ["not_allowed", 6, "Status"],
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "Invoices!Receivables[Due Date] row 3: The due date 2026-01-11 is before the issue date 2026-01-12; correct one of the dates.",
      "Invoices!Receivables[Amount Paid] row 4: Paid 300.01 is more than the amount 300.00; check the payment or record the overpayment as a credit.",
      "Invoices!Receivables row 6: The combination (Invoice No, Customer) = inv-1 / acme repeats row 2; correct or remove one of the rows.",
      "Invoices!Receivables[Status] row 6: Is not one of the allowed values (draft, open, sent, approved, partially paid, paid, overdue, void, cancelled, canceled, disputed); pick one of them.",
    ]);
  });

  it("keys on the number alone when the table has no party column", () => {
    const r = validateTable(
      invoices`Number | Issue date | Amount
      1 | 2026-01-01 | 5
      1 | 2026-01-02 | 6`,
      { kind: "invoices" },
    );
    expect(found(r)).toEqual([["duplicate_key", 3, undefined]]);
  });
});
