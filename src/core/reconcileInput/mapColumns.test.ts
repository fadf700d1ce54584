/** A side's columns as reconciliation maps them: a field several columns could be is that, not also missing. */
import { tableOf } from "../../../test/support/tableLiteral";
import { mapReconcileColumns, readSide } from "./readSide";

describe("mapReconcileColumns", () => {
  it("says a column several could be is ambiguous, not also missing", () => {
    const twoDates = tableOf({ name: "T" })`
      Datum      | Buchungsdatum | Text  | Betrag
      05.03.2026 | 05.03.2026    | INV-1 | 10,00
    `;
    const r = readSide(twoDates, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(["header_ambiguous"]);
    expect(r.issues[0]?.message).toContain("Several columns could be Date");
    expect(mapReconcileColumns(twoDates).missing).toEqual([]);
    // The same for the amount, and for a debit several columns could be where no amount column is.
    const twoAmounts = tableOf({ name: "T" })`
      Date       | Betrag | Amount
      2026-03-05 | 10.00  | 10.00
    `;
    expect(mapReconcileColumns(twoAmounts).missing).toEqual([]);
    expect(readSide(twoAmounts, { side: "right", dateSystem: 1900 }).issues.map((i) => i.code)).toEqual([
      "header_ambiguous",
    ]);
    const twoDebits = tableOf({ name: "T" })`
      Date       | Soll  | Debit
      2026-03-05 | 10.00 | 10.00
    `;
    expect(mapReconcileColumns(twoDebits).missing).toEqual([]);
    // A field nothing could be is still missing beside one several could be.
    const noAmount = tableOf({ name: "T" })`
      Datum      | Buchungsdatum | Text
      05.03.2026 | 05.03.2026    | INV-1
    `;
    expect(mapReconcileColumns(noAmount).missing.map((i) => i.message)).toEqual([
      expect.stringContaining("No column for Amount"),
    ]);
  });
});
