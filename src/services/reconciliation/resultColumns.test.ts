/**
 * The result columns beside a bank's table: a row the bank lists as not booked yet ("Vorgemerkt") says
 * "pending" with the bank's word in its note, apart from a row that could not be read; the ledger's row for
 * it stays open, its note naming the pending row and the pending row's naming it.
 */
import { runSides } from "../../../test/support/runSides";
import { tableOf } from "../../../test/support/tableLiteral";
import type { TableData } from "../../core/table";
import { RESULT_HEADERS, resultColumnsPlan } from "./resultColumns";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
  2026-03-02 | INV-1 | Oscar      | 500.00
  2026-03-03 | INV-3 | Romeo      | 300.00
  2026-03-30 | DD-31 | Stadtwerke | -98.40`;

const bank = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
  2026-03-02 | Gebucht    | INV-1 | OSCAR      | 500.00
  2026-03-31 | Vorgemerkt | DD-31 | STADTWERKE | -98.40
  2026-03-04 | Gebucht    | INV-3 | ROMEO      | "3OO.00"`;

const run = (bankTable: TableData = bank) => runSides({ table: ledger }, { table: bankTable });

/** Each table row as [row, match id, status, rule, note]. */
function rowsOf(plan: ReturnType<typeof resultColumnsPlan>) {
  expect(plan.columns.map((c) => c.header)).toEqual([...RESULT_HEADERS]);
  return plan.rows.map((row, i) => [row, ...plan.columns.map((c) => c.values[i])]);
}

describe("the result columns of a bank's table", () => {
  it("say pending, not unreadable, for a row the bank has not booked yet, and why in the note", async () => {
    const rows = rowsOf(resultColumnsPlan(await run(), "right"));
    expect(rows[1]).toEqual([
      3,
      "",
      "pending",
      "",
      "The row is pending (Vorgemerkt), not booked yet: it is left out until the bank books it. " +
        "The book has it at Ledger row 4.",
    ]);
    // A row that could not be read still says so.
    expect(rows[2]?.[2]).toBe("unreadable");
    expect(rows[0]?.[2]).toBe("confirmed");
  });

  it("say void for a row the bank marks declined, and why in the note", async () => {
    const declined = tableOf({ name: "Bank", sheet: "Bank" })`Date | State | Reference | Description | Amount
      2026-03-02 | COMPLETED | INV-1 | OSCAR  | 500.00
      2026-03-05 | DECLINED  | AMZ-1 | AMAZON | -45.99`;
    const rows = rowsOf(resultColumnsPlan(await run(declined), "right"));
    expect(rows[1]).toEqual([
      3,
      "",
      "void",
      "",
      "The row is marked DECLINED: it is not booked and will not be, so it is left out.",
    ]);
  });

  it("say balance for a line stating the opening balance among the bookings", async () => {
    const starling = tableOf({
      name: "Bank",
      sheet: "Bank",
    })`Date | Counter Party | Reference | Amount | Balance
      2026-03-01 | Opening Balance |       |        | 1000.00
      2026-03-02 | OSCAR           | INV-1 | 500.00 | 1500.00`;
    const rows = rowsOf(resultColumnsPlan(await run(starling), "right"));
    expect(rows[0]?.slice(0, 4)).toEqual([2, "", "balance", ""]);
    expect(String(rows[0]?.[4])).toMatch(
      /^The row states the opening balance \(1,000\.00 EUR\), not a booking/,
    );
    expect(rows[1]?.[2]).toBe("confirmed");
  });

  it("leave the ledger's entry for the pending booking open, its note naming the bank's pending row", async () => {
    const rows = rowsOf(resultColumnsPlan(await run(), "left"));
    expect(rows.map((r) => r[2])).toEqual(["confirmed", "unmatched", "unmatched"]);
    expect(rows[2]).toEqual([4, "", "unmatched", "", "Pending at Bank: row 3, not booked yet"]);
    // The row whose counterpart could not be read is not found, as before.
    expect(rows[1]?.[4]).toBe("Not found on Bank");
  });

  it("say nothing of a pending row for a ledger entry of another amount, or a declined one", async () => {
    const other = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
      2026-03-02 | Gebucht    | INV-1 | OSCAR      | 500.00
      2026-03-31 | Vorgemerkt | DD-31 | STADTWERKE | -98.04
      2026-03-31 | Abgelehnt  | DD-31 | STADTWERKE | -98.40`;
    const left = rowsOf(resultColumnsPlan(await run(other), "left"));
    expect(left[2]?.slice(2)).toEqual(["unmatched", "", "Not found on Bank"]);
    const right = rowsOf(resultColumnsPlan(await run(other), "right"));
    expect(right.map((r) => String(r[4]))).not.toContainEqual(expect.stringContaining("The book has it"));
  });
});
