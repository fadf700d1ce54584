/** A side's columns as reconciliation maps them: a field several columns could be is that, not also missing. */
import { tableOf } from "../../../test/support/tableLiteral";
import { runSides } from "../../../test/support/runSides";
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

describe("a Dr/Cr indicator column by its header", () => {
  it.each([["D/C"], ["DC"], ["C/D"], ["Dr/Cr"], ["CR/DR"], ["Debit/Credit"]])(
    '"%s" says whether each unsigned amount is a debit or a credit',
    (header) => {
      const t = tableOf({ name: "T" })`
        Date       | Narrative    | Ref    | Amount     | ${header}
        2026-03-02 | SUPPLIER XYZ | 000123 | "1,200.00" | DR
        2026-03-05 | CUSTOMER ABC | 000456 | "500.00"   | CR
      `;
      expect(mapReconcileColumns(t).map.indicator).toBe(4);
      const r = readSide(t, { side: "right", dateSystem: 1900 });
      expect(r.amountMode).toBe("indicator");
      // Read as Volksbank's S and H are: a debit counts one way, a credit the other.
      expect(Array.from(r.set.minor)).toEqual([120000, -50000]);
      expect(r.issues).toEqual([]);
    },
  );

  it("leaves Chase's Type column (ACH_DEBIT, ACH_CREDIT) beside its signed amounts alone", () => {
    const chase = tableOf({ name: "T" })`
      Details | Posting Date | Description | Amount  | Type       | Balance
      DEBIT   | 03/31/2026   | STADTWERKE  | "-98.40" | ACH_DEBIT  | "20792.57"
      CREDIT  | 03/26/2026   | TELEKOM     | "20.00"  | ACH_CREDIT | "20890.97"
    `;
    const r = readSide(chase, { side: "right", dateSystem: 1900 });
    expect(r.map.indicator).toBeUndefined();
    expect(r.amountMode).toBe("amount");
    expect(Array.from(r.set.minor)).toEqual([-9840, 2000]);
  });
});

describe("a cheque number column", () => {
  it("reads Chase's 'Check or Slip #' as the reference, as 'Check #' is", () => {
    for (const header of ["Check or Slip #", "Check #"]) {
      const chase = tableOf({ name: "Chase" })`
        Details | Posting Date | Description   | Amount  | Type       | Balance  | ${header}
        CHECK   | 03/10/2026   | CHECK # 2001  | -500.00 | CHECK_PAID | 20292.57 | 2001
      `;
      expect(mapReconcileColumns(chase).map.reference).toBe(6);
    }
  });

  it("matches a QuickBooks register's cheque by its Num, not the other cheque of that amount nearer in date", async () => {
    const register = tableOf({ name: "Register" })`
      Date       | Type  | Num  | Name           | Memo           | Amount  | Balance
      03/13/2026 | Check | 2001 | Sparrow Supply | March supplies | -500.00 | 14500.00
      03/19/2026 | Check | 2005 | Fast Courier   | Courier March  | -500.00 | 14000.00
    `;
    const chase = tableOf({ name: "Chase" })`
      Posting Date | Description  | Amount  | Balance  | Check or Slip #
      03/20/2026   | CHECK # 2001 | -500.00 | 14500.00 | 2001
    `;
    const outcome = await runSides({ table: register }, { table: chase });
    const [match] = outcome.result.matches;
    expect(outcome.result.matches).toHaveLength(1);
    expect(match?.left.map((i) => outcome.result.left.rows[i])).toEqual([2]);
  });
});
