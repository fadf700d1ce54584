/**
 * The run's currency comes from the sides as the setup reads them, not as the proposal read them: a
 * statement whose dates only read once the user gives their order (02.03.2026) names its currency then.
 */
import type { Cell } from "../../../src/core/cell";
import { createReconciliationService, type ReconcileSetup } from "../../../src/services/reconciliation";
import { BACKENDS, type Seed } from "../../contract/backends";

const BOOK_ROWS: Cell[][] = [
  ["Date", "Amount", "Reference", "Description"],
  ["2026-03-02", -1200, "R1", "Rent"],
  ["2026-03-05", 500, "C1", "Customer A"],
  ["2026-03-10", -45.5, "S1", "Supplies"],
];

const BANK_ROWS: Cell[][] = [
  ["Date", "Description", "Amount", "Currency"],
  ["02.03.2026", "Rent", -1200, "EUR"],
  ["05.03.2026", "Customer A", 500, "EUR"],
  ["10.03.2026", "Supplies", -45.5, "EUR"],
];

const SEED: Seed = {
  sheets: [
    { name: "Book", rows: BOOK_ROWS },
    { name: "Bank", rows: BANK_ROWS },
  ],
  tables: [
    { name: "Book", sheet: "Book", address: "A1:D4" },
    { name: "Bank", sheet: "Bank", address: "A1:D4" },
  ],
};

describe.each(BACKENDS)(
  "reconciliation currency on $name when the date order is given after the proposal",
  ({ make }) => {
    async function proposed() {
      const svc = createReconciliationService(make(SEED).port);
      const p = await svc.proposeSetup({ table: "Book" }, { table: "Bank" }, "bank-ledger");
      return { svc, setup: p.setup };
    }
    const withOrder = (s: ReconcileSetup): ReconcileSetup => ({
      ...s,
      right: { ...s.right, reading: { ...s.right.reading, dateOrder: "DMY" } },
    });

    it("runs in the currency the statement names once its dates read, and matches every row", async () => {
      const { svc, setup } = await proposed();
      // Before the date order every statement row is unreadable: the proposal names no currency.
      expect(setup.currency).toBe("");
      const o = await svc.run(withOrder(setup));
      expect(o.setup.currency).toBe("EUR");
      expect(o.result.summary.confirmed.matches).toBe(3);
      expect([o.result.summary.unmatched.left.rows, o.result.summary.unmatched.right.rows]).toEqual([0, 0]);
      expect(o.result.statements.map((st) => st.currency)).toEqual(["EUR"]);
      expect([...o.left.set.currency]).toEqual(["EUR", "EUR", "EUR"]);
    });

    it("keeps the run's currency through a review decision", async () => {
      const { svc, setup } = await proposed();
      const o = await svc.run(withOrder(setup));
      const match = o.result.matches[0];
      if (!match) throw new Error("no match");
      const after = await svc.decide(o, { kind: "unmatch", matchId: match.id });
      expect(after.setup.currency).toBe("EUR");
      expect(after.result.statements.map((st) => st.currency)).toEqual(["EUR"]);
    });

    it("names no currency where the sides as read name several", async () => {
      const { svc, setup } = await proposed();
      const o = await svc.run({
        ...withOrder(setup),
        left: { ...setup.left, reading: { ...setup.left.reading, currency: "USD" } },
      });
      expect(o.setup.currency).toBe("");
    });
  },
);
