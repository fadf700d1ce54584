/**
 * Balance lines whose figure stands in the amount column of a dated row: a bank export's "Opening balance"
 * and "Closing balance" with no Balance column, a ledger's "Opening balance" journal line. Where its words
 * say opening and nothing is booked before it (or closing and nothing after it), it states a balance and is
 * no booking; a table of several statements is cut at its closing and opening lines; the days decide, never
 * the order of the rows; a journal line of those words among the bookings stays a booking.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import type { TableData } from "../table";
import { readSide, ROW_BALANCE, ROW_USED } from "./readSide";
import { statedBalances } from "./statedBalances";

const read = (t: TableData, side: "left" | "right" = "right") => readSide(t, { side, dateSystem: 1900 });

describe("a bank export's opening and closing lines with the figure as their amount", () => {
  const t = tableOf({ name: "bl" })`
    Date       | Description           | Amount
    01/03/2026 | Opening balance       | 10000.00
    02/03/2026 | MUELLER GMBH INV-1041 | 4250.00
    13/03/2026 | SERVICE FEE FEE-03    | -9.90
    31/03/2026 | Closing balance       | 14240.10
  `;

  it("are left out of matching, their figures the side's opening and closing balance", () => {
    const r = read(t);
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_BALANCE]);
    expect(Array.from(r.set.rows)).toEqual([3, 4]);
    expect(Array.from(r.set.minor)).toEqual([425000, -990]);
    expect(Array.from(r.recordOf)).toEqual([-1, 0, 1, -1]);
    expect(statedBalances(r)).toEqual({
      opening: {
        minor: 1000000,
        row: 2,
        label: "Opening balance",
        at: { sheet: "Sheet1", table: "bl", row: 2, column: "Amount", address: "C2" },
      },
      closing: {
        minor: 1424010,
        row: 5,
        label: "Closing balance",
        at: { sheet: "Sheet1", table: "bl", row: 5, column: "Amount", address: "C5" },
      },
    });
    expect(r.issues.map((i) => i.message)).toEqual([
      "Sheet1!bl[Amount] row 2: The row states the opening balance (10,000.00), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
      "Sheet1!bl[Amount] row 5: The row states the closing balance (14,240.10), not a booking: it is left out of matching and read as the closing balance, unless one is typed.",
    ]);
    expect(r.rowIssues.get(0)?.map((i) => i.code)).toEqual(["recon_balance_row"]);
  });

  it.each([
    ["Balance brought forward", "Balance carried forward"],
    ["Beginning balance", "Ending balance"],
    ["Anfangssaldo", "Endsaldo"],
    ["Saldo iniziale", "Saldo finale"],
    ["Solde initial", "Solde final"],
    ["Beginsaldo", "Eindsaldo"],
  ])("%s and %s", (opening, closing) => {
    const r = read(tableOf({ name: "bl" })`
      Date       | Description | Amount
      2026-03-01 | ${opening}  | 1000.00
      2026-03-02 | INV-1041    | 50.00
      2026-03-31 | ${closing}  | 1050.00
    `);
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_BALANCE]);
    expect(statedBalances(r)).toMatchObject({ opening: { minor: 100000 }, closing: { minor: 105000 } });
  });

  it("a closing line that a later booking follows, its figure the opening one plus the bookings between", () => {
    const rows = (closing: string) => tableOf({ name: "bl" })`
      Date       | Description     | Amount
      2026-03-01 | Opening balance | 1000.00
      2026-03-02 | INV-1041        | 50.00
      2026-03-31 | Closing balance | ${closing}
      2026-04-01 | INV-1042        | 10.00
    `;
    const sums = read(rows("1050.00"));
    expect(Array.from(sums.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_BALANCE, ROW_USED]);
    expect(statedBalances(sums).closing).toMatchObject({ minor: 105000, row: 4 });
    // One whose figure is not the sum is, with a booking after it, a booking itself.
    const other = read(rows("2000.00"));
    expect(Array.from(other.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED]);
    expect(statedBalances(other).closing).toBeUndefined();
  });
});

describe("a ledger's Opening balance journal line", () => {
  const ledger = (debit: string, credit: string) => tableOf({ name: "led" })`
    Date       | Reference | Description     | Debit    | Credit
    2026-03-01 | OB-2026   | Opening balance | ${debit} | ${credit}
    2026-03-02 | INV-1041  | Zahlung INV-1041 | 4250.00 |
    2026-03-02 | RENT-03   | Miete RENT-03   |          | 1850.00
  `;

  it("before every booking: the ledger's opening balance, a debit money in", () => {
    const r = read(ledger("10000.00", ""), "left");
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.minor)).toEqual([425000, -185000]);
    expect(statedBalances(r).opening).toMatchObject({
      minor: 1000000,
      label: "Opening balance",
      at: { row: 2, column: "Debit", address: "D2" },
    });
    expect(r.issues.map((i) => i.message)).toEqual([
      "Sheet1!led[Debit] row 2: The row states the opening balance (10,000.00), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
    ]);
  });

  it("an overdrawn opening in the Credit column opens below zero", () => {
    const r = read(ledger("", "500.00"), "left");
    expect(r.state[0]).toBe(ROW_BALANCE);
    expect(statedBalances(r).opening).toMatchObject({ minor: -50000, at: { column: "Credit" } });
  });

  it("among the bookings it stays a booking, while the one before them is the opening balance", () => {
    const r = read(
      tableOf({ name: "led" })`
        Date       | Reference | Description     | Debit    | Credit
        2026-03-01 | OB-2026   | Opening balance | 10000.00 |
        2026-03-02 | INV-1041  | Zahlung INV-1041 | 4250.00 |
        2026-03-15 | OB-2      | Opening balance | 500.00   |
        2026-03-16 | CB-2      | Closing balance |          | 20.00
        2026-03-20 | RENT-03   | Miete RENT-03   |          | 1850.00
      `,
      "left",
    );
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.minor)).toEqual([425000, 50000, -2000, -185000]);
    expect(r.balanceRows.map((b) => b.row)).toEqual([2]);
    expect(statedBalances(r)).toEqual({ opening: expect.objectContaining({ minor: 1000000 }) });
  });
});

describe("a table of two statements, each with its opening and closing line", () => {
  const lines = [
    "2026-02-01 | Opening Balance | 5000.00",
    "2026-02-10 | FEB RECEIPT X-1 | 6000.00",
    "2026-02-20 | FEB PAYMENT X-2 | -1000.00",
    "2026-02-28 | Closing Balance | 10000.00",
    "2026-03-01 | Opening Balance | 10000.00",
    "2026-03-02 | MAR RECEIPT X-3 | 4250.00",
    "2026-03-31 | Closing Balance | 14250.00",
  ];
  const inOrder = (order: readonly number[]) =>
    read(tableOf({ name: "multi" })`
      Date | Description | Amount
      ${order.map((k) => lines[k]).join("\n")}
    `);

  it("cuts at its lines: the first opening and the last closing are the side's, the ones between said plainly", () => {
    const r = inOrder([0, 1, 2, 3, 4, 5, 6]);
    const [B, U] = [ROW_BALANCE, ROW_USED];
    expect(Array.from(r.state)).toEqual([B, U, U, B, B, U, B]);
    expect(statedBalances(r)).toMatchObject({
      opening: { minor: 500000, row: 2 },
      closing: { minor: 1425000, row: 8 },
    });
    expect(r.issues.map((i) => i.message.replace(/^.*?: /, ""))).toEqual([
      "The row states the opening balance (5,000.00), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
      "The row states the closing balance (10,000.00), not a booking: it is left out of matching.",
      "The row states the opening balance (10,000.00), not a booking: it is left out of matching.",
      "The row states the closing balance (14,250.00), not a booking: it is left out of matching and read as the closing balance, unless one is typed.",
    ]);
  });

  it.each([[[6, 5, 4, 3, 2, 1, 0]], [[3, 0, 6, 1, 4, 2, 5]], [[5, 2, 4, 0, 1, 6, 3]]])(
    "rows in the order %j: the same rows are balance lines, with the same balances",
    (order) => {
      const want = inOrder([0, 1, 2, 3, 4, 5, 6]);
      const r = inOrder(order);
      expect(order.map((k, j) => r.state[j] === want.state[k])).toEqual(order.map(() => true));
      const balances = (s: typeof r) => {
        const b = statedBalances(s);
        return [b.opening?.minor, b.opening?.label, b.closing?.minor, b.closing?.label];
      };
      expect(balances(r)).toEqual([500000, "Opening Balance", 1425000, "Closing Balance"]);
      expect(balances(r)).toEqual(balances(want));
      expect(Array.from(r.set.minor).sort()).toEqual(Array.from(want.set.minor).sort());
    },
  );
});
