/**
 * Golden cases where the two sides name one company differently: a legal form written on one side only,
 * and a statement naming one party on every line (the customer, or us, exported from the customer's
 * payables).
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { openRows, runTables, viewMatches } from "../../../test/support/reconcile";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

describe("parties named differently", () => {
  it("a legal form written on one side only does not make two parties differ", () => {
    const r = runTables(
      ledger`Date | Party | Reference | Description | Amount
             2026-03-02 | Harbour Foods | INV-1041 | Receipt INV-1041 | 4,250.00
             2026-03-04 | Greenline Packaging Ltd | BILL-552 | Payment BILL-552 | -1,875.40`,
      bank`Date | Party | Reference | Description | Amount
           2026-03-03 | HARBOUR FOODS LTD | INV-1041 | CREDIT TRANSFER | 4,250.00
           2026-03-05 | GREENLINE PACKAGING LIMITED |  | DIRECT DEBIT | -1,875.40`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "reference"],
      ["Ledger 3 <-> Bank 3", "confirmed", "amount-date"],
    ]);
    expect(r.matches[1]?.reason).toBe("amount equal, date +1 day, party Greenline Packaging Ltd");
  });

  it("two legal forms of one name are two companies", () => {
    const r = runTables(
      ledger`Date | Party | Description | Amount
             2026-03-02 | Wonka Urban Consulting GmbH | Invoice 3001 | 610.00
             2026-03-02 | Wonka Supplies SA | Invoice 3003 | 275.00`,
      bank`Date | Party | Description | Amount
           2026-03-03 | Wonka Urban Consulting Ltd | Transfer | 610.00
           2026-03-03 | Wonka Supplies | Transfer | 275.00`,
    );
    expect(viewMatches(r).map((m) => m.rows)).toEqual(["Ledger 3 <-> Bank 3"]);
  });

  it("a statement naming one party on every line, which the book never names, rules no pair out", () => {
    const books = ledger`Date | Party | Reference | Description | Amount
                         2026-03-05 | Northwind Traders Ltd | INV-1041 | Consulting | 1,200.00
                         2026-03-08 | Northwind Traders Ltd | INV-1042 | Widgets | 850.00
                         2026-03-10 | Contoso GmbH | INV-1048 | Hardware | 430.50`;
    const r = runTables(
      books,
      bank`Date | Party | Reference | Description | Amount
           2026-03-07 | Our Co Ltd | 1041 | Invoice | 1,200.00
           2026-03-09 | Our Co Ltd | Inv 1042 | Invoice | 850.00`,
    );
    expect(viewMatches(r).map((m) => [m.rows, m.status, m.rule])).toEqual([
      ["Ledger 2 <-> Bank 2", "confirmed", "reference"],
      ["Ledger 3 <-> Bank 3", "confirmed", "reference"],
    ]);
    // One the book names beside others still picks the book's rows: Contoso's 430.50 is not Northwind's.
    const named = runTables(
      books,
      bank`Date | Party | Description | Amount
           2026-03-10 | NORTHWIND TRADERS | Payment | 430.50`,
    );
    expect(named.matches).toEqual([]);
    expect(openRows(named)).toEqual({ left: [2, 3, 4], right: [2] });
  });
});
