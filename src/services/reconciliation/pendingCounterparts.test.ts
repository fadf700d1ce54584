/**
 * A book row left open because the bank lists its payment as pending: found among the statement's pending
 * rows by currency and amount within the run's date window, a reference in common preferred, one pending
 * row to one book row whatever the order of the rows; a row the bank marks declined is no counterpart.
 */
import { runSides } from "../../../test/support/runSides";
import { tableOf } from "../../../test/support/tableLiteral";
import { DEFAULT_RULES, defineRule } from "../../core/reconcile";
import type { TableData } from "../../core/table";
import { dateWindowOf, pendingCounterparts } from "./pendingCounterparts";
import type { ReconcileOutcome } from "./runEngine";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
  2026-03-02 | INV-1  | Oscar      | 500.00
  2026-03-30 | DD-31  | Stadtwerke | -98.40
  2026-03-28 | DD-32  | Stadtwerke | -98.40
  2026-03-30 | CARD-9 | Kiosk      | -12.90
  2026-01-15 | OLD-1  | Archiv     | -45.00`;

/** DKB's month: two direct debits listed, not booked yet; a card payment declined; a line months away. */
const bank = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Description | Amount
  2026-03-02 | Gebucht    | INV-1 | OSCAR            | 500.00
  2026-03-31 | Vorgemerkt |       | STADTWERKE DD-32 | -98.40
  2026-03-31 | Vorgemerkt | DD-31 | STADTWERKE       | -98.40
  2026-03-31 | Abgelehnt  |       | KIOSK            | -12.90
  2026-03-31 | Vorgemerkt |       | ARCHIV           | -45.00`;

/** Each book row with a pending counterpart as [book reference, the pending row's reference and description]. */
function pairsOf(outcome: ReconcileOutcome): string[][] {
  const { pendingAt } = pendingCounterparts(outcome);
  const right = outcome.right.table;
  const text = (row: number) => {
    const i = right.rows.indexOf(row);
    return [3, 4].map((c) => String(right.columns[c - 1]?.[i] ?? "")).join(" ");
  };
  return [...pendingAt].map(([k, row]) => [outcome.result.left.reference[k] as string, text(row).trim()]);
}

/** The table with its records in the opposite order, each keeping its cells. */
function reversed(t: TableData): TableData {
  return { ...t, columns: t.columns.map((cells) => [...cells].reverse()) };
}

describe("pending counterparts of open book rows", () => {
  it("pairs each open book row with the pending row of its amount, the one naming its reference first", async () => {
    const outcome = await runSides({ table: ledger }, { table: bank });
    const { pendingAt, bookedAt } = pendingCounterparts(outcome);
    // DD-31 is a day from both pending rows: the one naming it is its counterpart, the other DD-32's.
    expect([...pendingAt].map(([k, row]) => [outcome.result.left.rows[k], row]).sort()).toEqual([
      [3, 4],
      [4, 3],
    ]);
    // By table record of the statement (0 is its row 2): the book's Excel row.
    expect([...bookedAt].sort()).toEqual([
      [1, 4],
      [2, 3],
    ]);
  });

  it("passes over a row the bank marks declined and one further from the book row than any rule looks", async () => {
    const outcome = await runSides({ table: ledger }, { table: bank });
    const open = outcome.result.unmatched.left.map((k) => outcome.result.left.reference[k]);
    expect(open).toEqual(expect.arrayContaining(["CARD-9", "OLD-1"]));
    expect(pairsOf(outcome).map((p) => p[0])).not.toContain("CARD-9");
    expect(pairsOf(outcome).map((p) => p[0])).not.toContain("OLD-1");
  });

  it("pairs the same rows whatever the order of either table", async () => {
    const as = (o: ReconcileOutcome) => pairsOf(o).sort();
    const first = as(await runSides({ table: ledger }, { table: bank }));
    expect(first).toEqual([
      ["DD-31", "DD-31 STADTWERKE"],
      ["DD-32", "STADTWERKE DD-32"],
    ]);
    expect(as(await runSides({ table: reversed(ledger) }, { table: reversed(bank) }))).toEqual(first);
    expect(as(await runSides({ table: reversed(ledger) }, { table: bank }))).toEqual(first);
  });

  it("dates comdirect's pending line with no date (\"offen\") at the statement's end: the nearer book row has it", async () => {
    const book = tableOf({ name: "Ledger", sheet: "Ledger" })`Date | Reference | Description | Amount
      2026-03-30 | INV-1  | Oscar           | 500.00
      2026-03-20 | ABS-03 | Abschlag Maerz  | -98.40
      2026-03-31 | ABS-04 | Abschlag April  | -98.40`;
    const comdirect = tableOf({ name: "Bank", sheet: "Bank" })`Buchungstag | Buchungstext | Umsatz
      offen      | Stadtwerke Abschlag | -98.40
      30.03.2026 | OSCAR INV-1         | 500.00`;
    const outcome = await runSides({ table: book }, { table: comdirect });
    expect(outcome.result.unmatched.left.map((k) => outcome.result.left.rows[k])).toEqual([3, 4]);
    const { pendingAt, bookedAt } = pendingCounterparts(outcome);
    expect([...pendingAt].map(([k, row]) => [outcome.result.left.rows[k], row])).toEqual([[4, 2]]);
    expect([...bookedAt]).toEqual([[0, 4]]);
  });

  it("pairs nothing in another currency or of another amount", async () => {
    const usd = tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Reference | Currency | Amount
      2026-03-02 | Gebucht    | INV-1 | EUR | 500.00
      2026-03-31 | Vorgemerkt | DD-31 | USD | -98.40
      2026-03-31 | Vorgemerkt | DD-32 | EUR | -98.41`;
    const outcome = await runSides({ table: ledger }, { table: usd });
    expect(pendingCounterparts(outcome).pendingAt.size).toBe(0);
  });
});

describe("the run's date window", () => {
  it("is the widest of the rules that compare amounts", () => {
    expect(dateWindowOf(DEFAULT_RULES)).toEqual({ before: 7, after: 14 });
    expect(dateWindowOf([defineRule({ id: "a", date: { before: 1, after: 2 } })])).toEqual({
      before: 1,
      after: 2,
    });
    expect(dateWindowOf([defineRule({ id: "a", date: "any" })])).toBeNull();
  });
});
