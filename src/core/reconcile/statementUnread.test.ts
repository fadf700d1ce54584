/**
 * A statement that closes while rows of its currency could not be read: those rows are in no balance,
 * so it closes without them, and the statement says so rather than "holds" alone.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { runTables } from "../../../test/support/reconcile";
import { reconcileTables } from "./reconcileTables";
import type { ReconcileResult, Statement } from "./types";

const ledger = tableOf({ name: "Ledger", sheet: "Ledger" });
const bank = tableOf({ name: "Bank", sheet: "Bank" });

const said = (r: ReconcileResult) =>
  r.issues.filter((i) => i.code === "recon_unread_outside").map((i) => i.message);

describe("rows that could not be read, on a statement that closes", () => {
  const left = ledger`Date | Reference | Description | Amount
                      2026-03-02 | INV-1 | Oscar | 500.00
                      2026-03-03 | INV-2 | Papa | 615.75
                      2026-03-04 | INV-3 | Quebec | 200.00
                      2026-03-05 | INV-4 | Romeo | 300.00
                      31/02/2026 | INV-5 | Sierra | 100.00
                      2026-03-07 | INV-6 | Tango | abc
                      2026-03-08 | INV-7 | Uniform | 10.00
                      | INV-8 | Victor | xyz`;
  const right = bank`Date | Reference | Description | Amount
                     2026-03-02 | INV-1 | OSCAR | 500.00
                     2026-03-03 | INV-2 | PAPA | 615.75
                     2026-03-04 | INV-3 | QUEBEC | 200.00
                     2026-03-05 | INV-4 | ROMEO | 300.00
                     2026-03-08 | INV-7 | UNIFORM | 10.00`;

  it("are named in a remark: the statement closes without them", () => {
    const out = reconcileTables(left, right);
    if (!out.ok) throw new Error("not read");
    const st = out.result.statements[0] as Statement;
    expect([st.unexplained, st.identityHolds]).toEqual([0, true]);
    expect(said(out.result)).toEqual([
      "Ledger!Ledger: 3 rows of Ledger (rows 6, 7 and 9; 1 of them with a readable amount, 100.00) could not be read and are in no balance: the statement closes without them.",
    ]);
    expect(st.remarks.map((i) => [i.code, i.severity])).toEqual([["recon_unread_outside", "warning"]]);
  });

  it("one row, given to the engine directly", () => {
    const r = runTables(left, right, { unread: { right: { rows: [7], minor: [1250], currency: [""] } } });
    expect(said(r)).toEqual([
      "Bank!Bank: 1 row of Bank (row 7; its amount reads 12.50) could not be read and is in no balance: the statement closes without it.",
    ]);
  });

  it("only on the statement of their currency", () => {
    const l = ledger`Date | Currency | Reference | Amount
                     2026-03-02 | USD | INV-1 | 500.00
                     2026-03-02 | EUR | EU-1 | 20.00`;
    const b = bank`Date | Currency | Reference | Amount
                   2026-03-02 | USD | INV-1 | 500.00
                   2026-03-02 | EUR | EU-1 | 20.00`;
    const r = runTables(l, b, { unread: { left: { rows: [9], minor: [4000], currency: ["EUR"] } } });
    const remarks = (c: string) =>
      (r.statements.find((s) => s.currency === c) as Statement).remarks.map((i) => i.code);
    expect([remarks("EUR"), remarks("USD")]).toEqual([["recon_unread_outside"], []]);
    expect(said(r)).toEqual([
      "Ledger!Ledger: 1 row of Ledger (row 9; its amount reads 40.00 EUR) could not be read and is in no balance: the statement closes without it.",
    ]);
  });
});
