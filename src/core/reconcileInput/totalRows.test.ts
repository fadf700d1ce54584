/**
 * Total lines inside a table: a statement's dated "Total" below its bookings, a ledger's "Grand total",
 * Xero's undated "Total Business Bank Account" with its debits and credits summed, QuickBooks' "Total for
 * 1000 Checking" closing each account's rows. Where the figure adds up (the sum of the bookings, or the
 * opening balance plus them) the row is no booking: left out of matching with a note, a closing balance it
 * states offered as one. A booking whose words merely start with the word, or a "Total" that adds up to
 * nothing, stays a booking; the days decide, never the order of the rows.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import type { TableData } from "../table";
import { readSide, ROW_BALANCE, ROW_USED } from "./readSide";
import { statedBalances } from "./statedBalances";
import { totalWords } from "./totalWords";

const read = (t: TableData, side: "left" | "right" = "right") => readSide(t, { side, dateSystem: 1900 });
const codes = (issues: readonly { code: string; severity: string; row?: number }[]) =>
  issues.map((i) => [i.code, i.severity, i.row]);

describe("a dated total below the bookings", () => {
  const statement = (label: string, figure: string) => tableOf({ name: "Bank", sheet: "Data" })`
    Date       | Description        | Amount
    2026-03-01 | Opening balance    | 10000.00
    2026-03-03 | HARBOUR INV-1041   | 5000.00
    2026-03-05 | GREENLINE BILL-552 | -1200.00
    2026-03-10 | NORDWIND INV-1042  | 2345.67
    2026-03-31 | ${label}           | ${figure}
  `;

  it("equal to the opening balance plus the bookings states the closing balance, as a Closing balance row does", () => {
    const r = read(statement("Total", "16145.67"));
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED, ROW_BALANCE]);
    expect(Array.from(r.set.rows)).toEqual([3, 4, 5]);
    expect(statedBalances(r).closing).toEqual({
      minor: 1614567,
      row: 6,
      label: "Total",
      at: { sheet: "Data", table: "Bank", row: 6, column: "Amount", address: "C6" },
    });
    expect(codes(r.issues)).toEqual([
      ["recon_balance_row", "info", 2],
      ["recon_total_row", "info", 6],
    ]);
    expect(r.issues[1]?.message).toBe(
      'Data!Bank[Amount] row 6: The row is a total line ("Total"): 16,145.67 is the opening balance (10,000.00) ' +
        "plus the bookings up to its date, the closing balance; it is no booking, so it is left out of matching " +
        "and read as the closing balance, unless one is typed.",
    );
    expect(r.rowIssues.get(4)?.map((i) => i.code)).toEqual(["recon_total_row"]);
  });

  it("equal to the sum of the bookings states no balance and is left out", () => {
    const r = read(statement("Total", "6145.67"));
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED, ROW_BALANCE]);
    expect(statedBalances(r).closing).toBeUndefined();
    expect(r.balanceRows[1]).toMatchObject({ row: 6, kind: null, minor: null, label: "Total" });
    expect(r.issues[1]?.message).toBe(
      'Data!Bank[Amount] row 6: The row is a total line ("Total"): 6,145.67 is the sum of the bookings up to ' +
        "its date; it is no booking, so it is left out of matching.",
    );
  });

  it.each(["Totals", "Grand total", "TOTAL:", "Summe", "Gesamt", "Total général", "Totaal", "Totale"])(
    "%s",
    (label) => {
      const r = read(statement(label, "16145.67"));
      expect(r.state[4]).toBe(ROW_BALANCE);
      expect(r.balanceRows[1]).toMatchObject({ kind: "closing", minor: 1614567, label });
    },
  );

  it.each(["Total Energies SA direct debit", "Total Gas & Power", "Totalreparatur Werkstatt"])(
    "a booking whose words merely start with it stays a booking, though its amount is the sum: %s",
    (label) => {
      const r = read(statement(label, "6145.67"));
      expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED, ROW_USED]);
      expect(Array.from(r.set.rows)).toEqual([3, 4, 5, 6]);
      expect(codes(r.issues)).toEqual([["recon_balance_row", "info", 2]]);
    },
  );

  it("whose figure adds up to nothing stays a booking", () => {
    const r = read(statement("Total", "6145.76"));
    expect(r.state[4]).toBe(ROW_USED);
    expect(Array.from(r.set.minor)).toEqual([500000, -120000, 234567, 614576]);
    expect(statedBalances(r).closing).toBeUndefined();
  });

  it("reads the same listed newest first, the total on top", () => {
    const r = read(tableOf({ name: "Bank", sheet: "Data" })`
      Date       | Description        | Amount
      2026-03-31 | Total              | 16145.67
      2026-03-10 | NORDWIND INV-1042  | 2345.67
      2026-03-05 | GREENLINE BILL-552 | -1200.00
      2026-03-03 | HARBOUR INV-1041   | 5000.00
      2026-03-01 | Opening balance    | 10000.00
    `);
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED, ROW_USED, ROW_BALANCE]);
    expect(statedBalances(r)).toMatchObject({
      opening: { minor: 1000000 },
      closing: { minor: 1614567, row: 2 },
    });
  });

  it("a month's total and the next month's: each the sum since the one before it, or up to its date", () => {
    const r = read(tableOf({ name: "Bank" })`
      Date       | Description | Amount
      2026-03-03 | INV-1041    | 50.00
      2026-03-31 | Total March | 50.00
      2026-04-02 | INV-1042    | 20.00
      2026-04-30 | Total April | 20.00
      2026-04-30 | Total       | 70.00
    `);
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_BALANCE, ROW_USED, ROW_BALANCE, ROW_BALANCE]);
    expect(r.issues.map((i) => i.message.replace(/.*: The row is a total line /, ""))).toEqual([
      '("Total March"): 50.00 is the sum of the bookings up to its date; it is no booking, so it is left out of matching.',
      '("Total April"): 20.00 is the sum of the bookings since the total line before it; it is no booking, so it is left out of matching.',
      '("Total"): 70.00 is the sum of the bookings up to its date; it is no booking, so it is left out of matching.',
    ]);
  });
});

describe("a ledger's total lines with no date", () => {
  const xero = (debit: string) => tableOf({ name: "Ledger", sheet: "March" })`
    Date       | Description                 | Reference | Debit    | Credit  | Running Balance
               | Opening Balance             |           |          |         | 10000.00
    2026-03-02 | Harbour Ltd                 | INV-1041  | 5000.00  |         | 15000.00
    2026-03-04 | Greenline Supplies          | BILL-552  |          | 1200.00 | 13800.00
    2026-03-09 | Nordwind AG                 | INV-1042  | 2345.67  |         | 16145.67
               | Total Business Bank Account |           | ${debit} | 1200.00 |
               | Closing Balance             |           |          |         | 16145.67
  `;

  it("Xero's account total, its debits and credits each way's sum, is left out with a note, no error", () => {
    const r = read(xero("7345.67"), "left");
    expect(Array.from(r.state)).toEqual([
      ROW_BALANCE,
      ROW_USED,
      ROW_USED,
      ROW_USED,
      ROW_BALANCE,
      ROW_BALANCE,
    ]);
    expect(codes(r.issues)).toEqual([
      ["recon_balance_row", "info", 2],
      ["recon_total_row", "info", 6],
      ["recon_balance_row", "info", 7],
    ]);
    expect(r.issues[1]?.message).toBe(
      'March!Ledger[Debit] row 6: The row is a total line ("Total Business Bank Account"): 7,345.67 and 1,200.00 ' +
        "are the sums of the bookings each way; it is no booking, so it is left out of matching.",
    );
  });

  it("one whose figures add up to nothing is an error that says why, not a Debit-and-Credit error", () => {
    const r = read(xero("7345.76"), "left");
    expect(r.state[4]).toBe(ROW_BALANCE);
    expect(codes(r.issues.filter((i) => i.severity === "error"))).toEqual([
      ["recon_total_row_mismatch", "error", 6],
    ]);
    expect(r.issues.find((i) => i.severity === "error")?.message).toBe(
      'March!Ledger[Debit] row 6: The row has no date and its words ("Total Business Bank Account") make it a ' +
        "total line, but 7,345.76 and 1,200.00 are not the sums of the bookings each way (7,345.67 and 1,200.00): " +
        "it is left out of matching. If it is a booking, enter its date and keep one of its amounts; if it is a " +
        "total, check the rows it adds up.",
    );
  });

  it("QuickBooks' Total for each account sums that account's rows above it", () => {
    const r = read(
      tableOf({ name: "GL" })`
        Date       | Memo     | Account                 | Amount
        2026-03-02 | INV-1041 | 1000 Checking           | 5000.00
        2026-03-04 | BILL-552 | 1000 Checking           | -1200.00
                   |          | Total for 1000 Checking | 3800.00
        2026-03-15 | Sweep    | 1010 Savings            | -5000.00
                   |          | Total for 1010 Savings  | -5000.00
      `,
      "left",
    );
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_BALANCE, ROW_USED, ROW_BALANCE]);
    expect(codes(r.issues)).toEqual([
      ["recon_total_row", "info", 4],
      ["recon_total_row", "info", 6],
    ]);
  });

  it("an undated row that starts with the word and adds up to nothing is an error naming the sums", () => {
    const r = read(
      tableOf({ name: "Bank" })`
        Date       | Description       | Amount
        2026-03-02 | INV-1041          | 50.00
                   | Total Energies SA | 120.00
      `,
    );
    expect(r.state[1]).toBe(ROW_BALANCE);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "recon_total_row_mismatch",
        'Sheet1!Bank[Amount] row 3: The row has no date and its words ("Total Energies SA") make it a total line, ' +
          "but 120.00 is not the sum of the bookings (50.00): it is left out of matching. If it is a booking, " +
          "enter its date; if it is a total, check the rows it adds up.",
      ],
    ]);
  });
});

describe("totalWords", () => {
  it.each([
    ["Total", false, true],
    ["Totals", false, true],
    ["Grand Total", false, true],
    ["Total:", false, true],
    ["Total EUR", false, true],
    ["Total for March 2026", false, true],
    ["Total for 1000 Checking", false, true],
    ["Summe für Konto 1200", false, true],
    ["Gesamtsumme", false, true],
    ["Total général", false, true],
    ["Totaal", false, true],
    ["Total Energies SA direct debit", false, false],
    ["Total Gas & Power", false, false],
    ["Totalreparatur", false, false],
    ["Total balance", false, false],
    ["Consumables", false, false],
    ["Total Business Bank Account", false, false],
    ["Total Business Bank Account", true, true],
    ["Totalreparatur", true, false],
    [12, true, false],
  ])("%s (loose: %s) -> %s", (cell, loose, named) => expect(totalWords(cell, loose)).toBe(named));
});
