/**
 * A keying slip inside a match (digits swapped, sign flipped, decimal point shifted) is named where the
 * reviewer looks, in the match's reason and in its adjustment, which is then a correction, never a fee.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import type { ReconcileResult } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const only = (r: ReconcileResult) => {
  expect(r.matches.length).toBe(1);
  const m = r.matches[0];
  if (m === undefined) throw new Error("no match");
  return { m, adjustment: r.adjustments.find((a) => a.matchId === m.id) };
};

describe("slips inside a match", () => {
  it("two digits swapped: the reason says so, and the adjustment is a correction to review", () => {
    const { m, adjustment } = only(
      runTables(
        ledger`Date | Reference | Description | Amount
               2026-03-06 | INV-1043 | Northwind Traders | 1234.00`,
        bank`Date | Reference | Description | Amount
             2026-03-08 | INV-1043 | CREDIT NORTHWIND | 1243.00`,
      ),
    );
    expect(m.status).toBe("suggested");
    expect(m.reason).toMatch(
      /^amount differs by 9\.00 \(transposed digits\? 1,234\.00 vs 1,243\.00\), date \+2 days/,
    );
    expect(m.reason).not.toMatch(/\n/);
    expect(adjustment).toMatchObject({
      kind: "transposed_digits",
      amount: 900,
      description: `Correction to review of 9.00 on match ${m.id}: transposed digits? 1,234.00 vs 1,243.00`,
    });
  });

  it("a swap that leaves the statement short is still a slip, not a bank fee", () => {
    const { m, adjustment } = only(
      runTables(
        ledger`Date | Reference | Description | Amount
               2026-03-02 | INV-51 | Kilo Supplies | 1243.65`,
        bank`Date | Reference | Description | Amount
             2026-03-03 | INV-51 | KILO SUPPLIES | 1243.56`,
      ),
    );
    expect(m.reason.split(", ")[0]).toBe("amount differs by -0.09 (transposed digits? 1,243.65 vs 1,243.56)");
    expect(adjustment?.kind).toBe("transposed_digits");
  });

  it("the decimal point shifted", () => {
    const { m, adjustment } = only(
      runTables(
        ledger`Date | Reference | Description | Amount
               2026-03-02 | BILL-77 | Toner | -125.00`,
        bank`Date | Reference | Description | Amount
             2026-03-03 | BILL-77 | CARD TONER | -1250.00`,
      ),
    );
    expect(m.reason.split(", ")[0]).toBe(
      "amount differs by -1,125.00 (decimal point shifted? -125.00 vs -1,250.00)",
    );
    expect(adjustment).toMatchObject({
      kind: "decimal_shift",
      description: `Correction to review of -1,125.00 on match ${m.id}: decimal point shifted? -125.00 vs -1,250.00`,
    });
  });

  it("a difference that is no slip keeps its wording and its kind", () => {
    const { m, adjustment } = only(
      runTables(
        ledger`Date | Reference | Description | Amount
               2026-03-10 | BILL-560 | Apex Logistics | -1484.36`,
        bank`Date | Reference | Description | Amount
             2026-03-13 | BILL-560 | APEX LOGISTICS | -1486.20`,
      ),
    );
    expect(m.reason.split(", ")[0]).toBe("amount differs by -1.84");
    expect(adjustment?.kind).toBe("bank_fee");
  });

  it("a pair matched by hand names its slip too", () => {
    const r = runTables(
      ledger`Date | Description | Amount
             2026-03-02 | Refund to client | 50.00`,
      bank`Date | Description | Amount
           2026-03-02 | DD 1123 | -50.00`,
      { decisions: { groups: [{ left: ["Ledger!2"], right: ["Bank!2"] }] } },
    );
    const { m, adjustment } = only(r);
    expect(m.reason).toBe("matched by hand, amounts opposite in sign (50.00 vs -50.00)");
    expect(adjustment?.kind).toBe("sign_flip");
  });

  it("a statement row settling a book row with the opposite sign, in a group, says so", () => {
    const r = runTables(
      ledger`Date | Reference | Description | Amount
             2026-03-02 | INV-9 | Lima | 300.00
             2026-03-02 | INV-9 | Lima | 200.00`,
      bank`Date | Reference | Description | Amount
           2026-03-03 | INV-9 | LIMA | -500.00`,
      { decisions: { groups: [{ left: ["Ledger!2", "Ledger!3"], right: ["Bank!2"] }] } },
    );
    const { m, adjustment } = only(r);
    expect(m.reason).toBe("matched by hand, amounts opposite in sign (500.00 vs -500.00)");
    expect(adjustment?.kind).toBe("sign_flip");
  });
});
