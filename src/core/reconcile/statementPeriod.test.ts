/**
 * The day a statement runs to, which parts the book's open entries into items not yet on it (deposits in
 * transit, outstanding payments) and entries dated after it: the latest of the statement side's lines in
 * any currency, its pending and void lines, its closing balance rows and its rows cleared earlier.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { permuted, runTables } from "../../../test/support/reconcile";
import { dayFromIso } from "../dates";
import { readSide } from "../reconcileInput";
import { statementEndOf } from "../reconcileInput/statementEnd";
import { reconcile } from "./reconcile";
import type { ReconcileResult, Statement, StatementLineKind } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const books = ledger`Date | Reference | Description | Amount
                     2026-03-02 | INV-1 | Oscar | 500.00
                     2026-03-20 | PAY-1 | Salary | -320.00
                     2026-03-30 | UT-7781 | Power | -98.40
                     2026-04-02 | INV-9 | April | 75.00`;

/** Excel rows of the book per statement line kind, for the lines that have any. */
function bookRows(r: ReconcileResult, st: Statement): Partial<Record<StatementLineKind, number[]>> {
  const out: Partial<Record<StatementLineKind, number[]>> = {};
  for (const l of st.lines) if (l.left.length > 0) out[l.kind] = l.left.map((i) => r.left.rows[i] as number);
  return out;
}

const MARCH_31 = dayFromIso("2026-03-31") as number;

const afterLabel = (st: Statement) => st.lines.find((l) => l.kind === "left_after_statement")?.label;

describe("the day a statement runs to", () => {
  const booked = bank`Date | Status | Reference | Description | Amount
                      2026-03-02 | Booked | INV-1 | OSCAR | 500.00
                      2026-03-20 | Booked | PAY-1 | SALARY | -320.00
                      2026-03-31 | Pending | UT-7781 | POWER | -98.40`;

  it("reaches a pending line's day: a book entry before it is an outstanding payment, not one not due yet", () => {
    const right = readSide(booked, { side: "right", dateSystem: 1900 });
    const end = statementEndOf(right, 1900);
    expect(end).toBe(MARCH_31);
    const r = runTables(books, booked, end === undefined ? {} : { statementEnd: end });
    const st = r.statements[0] as Statement;
    expect(bookRows(r, st)).toEqual({ left_only_payments: [4], left_after_statement: [5] });
    expect(afterLabel(st)).toBe(
      "Entries in Ledger dated after Bank's last line (2026-03-31): not due on it yet",
    );
    expect(st.identityHolds).toBe(true);
  });

  it("reaches a closing balance row's day", () => {
    const closing = bank`Date | Reference | Description | Amount | Balance
                         2026-03-01 | | Opening balance | | 1000.00
                         2026-03-02 | INV-1 | OSCAR | 500.00 | 1500.00
                         2026-03-20 | PAY-1 | SALARY | -320.00 | 1180.00
                         2026-03-31 | | Closing balance | | 1180.00`;
    const right = readSide(closing, { side: "right", dateSystem: 1900 });
    expect(statementEndOf(right, 1900)).toBe(MARCH_31);
    const r = runTables(books, closing, { statementEnd: MARCH_31 });
    expect(bookRows(r, r.statements[0] as Statement)).toEqual({
      left_only_payments: [4],
      left_after_statement: [5],
    });
  });

  it("is nothing beyond the booked lines when no other row says a day", () => {
    const plain = bank`Date | Reference | Description | Amount
                       2026-03-02 | INV-1 | OSCAR | 500.00`;
    expect(statementEndOf(readSide(plain, { side: "right", dateSystem: 1900 }), 1900)).toBeUndefined();
  });

  it("reaches the statement side's lines in any currency", () => {
    const left = ledger`Date | Reference | Description | Currency | Amount
                        2026-03-04 | EU-1 | Papa | EUR | 1000.00
                        2026-03-15 | EU-3 | Quebec | EUR | 300.00
                        2026-03-21 | PAY-1 | Salary | USD | -320.00`;
    const right = bank`Date | Reference | Description | Currency | Amount
                       2026-03-04 | EU-1 | PAPA | EUR | 1000.00
                       2026-03-21 | PAY-1 | SALARY | USD | -320.00
                       2026-03-31 | | INTEREST CREDIT | USD | 1.23`;
    const r = runTables(left, right);
    const eur = r.statements.find((s) => s.currency === "EUR") as Statement;
    // The account runs to 31.03 in USD: the EUR receipt of 15.03 is in transit, not after its last line.
    expect(bookRows(r, eur)).toEqual({ left_only_receipts: [3] });
    expect(afterLabel(eur)).toBe(
      "Entries in Ledger dated after Bank's last line (2026-03-31): not due on it yet",
    );
  });

  it("gives the same statement whatever the order of the rows", () => {
    const left = readSide(books, { side: "left", dateSystem: 1900 }).set;
    const right = readSide(booked, { side: "right", dateSystem: 1900 }).set;
    const opts = { statementEnd: MARCH_31 };
    const once = reconcile(left, right, undefined, undefined, opts).statements;
    const again = reconcile(
      permuted(left, [3, 1, 0, 2]),
      permuted(right, [1, 0]),
      undefined,
      undefined,
      opts,
    );
    const view = (sts: readonly Statement[], rows: Int32Array) =>
      sts.map((s) => s.lines.map((l) => [l.kind, l.effect, l.left.map((i) => rows[i]).sort()]));
    expect(view(again.statements, again.left.rows)).toEqual(view(once, left.rows));
    expect(once[0]?.lines.find((l) => l.kind === "left_only_payments")?.effect).toBe(9840);
  });
});
