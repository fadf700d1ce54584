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

describe("mapReconcileColumns over numbered text columns", () => {
  it("reads VWZ1 to VWZ3 joined as the description, with a note, and nothing missing or tied", () => {
    const t = tableOf({ name: "T" })`
      Buchungstag | VWZ1       | VWZ2    | VWZ3 | Betrag
      2026-03-03  | Miete März | RENT-03 |      | "-1.850,00"
    `;
    const m = mapReconcileColumns(t);
    expect(m.map).toEqual({ date: 0, description: 1, amount: 4 });
    expect(m.joined).toEqual({ description: [1, 2, 3] });
    expect(m.ambiguous).toEqual([]);
    expect(m.missing).toEqual([]);
    expect(m.issues.map((i) => i.code)).toEqual(["recon_columns_joined"]);
  });

  it("settles the tie of Empfänger 1 and Empfänger 2 as one party read joined", () => {
    const t = tableOf({ name: "T" })`
      Buchungstag | Empfänger 1 | Empfänger 2 | Betrag
      2026-03-04  | Bürobedarf  | Köhler KG   | "-1.234,56"
    `;
    const m = mapReconcileColumns(t);
    expect(m.map).toEqual({ date: 0, party: 1, amount: 3 });
    expect(m.joined).toEqual({ party: [1, 2] });
    expect(m.issues.map((i) => [i.code, i.severity])).toEqual([["recon_columns_joined", "info"]]);
  });
});
