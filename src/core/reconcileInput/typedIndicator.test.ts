/**
 * A column named for a booking's kind ("Type", "Transaction Type", "Txn Type") that holds only Dr/Cr marks
 * beside an amount written without signs: read as the amount's indicator, with a note, so a debit is not
 * taken for money in. Words that are no marks, an amount with signs of its own, or a mapping that names the
 * indicator leave it a column of text.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide } from "./readSide";

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("a Type column holding only Dr/Cr marks beside an amount without signs", () => {
  const bank = tableOf({ name: "bank", sheet: "bank" })`
    Date       | Description | Amount   | Type
    2026-03-02 | COFFEE SHOP | "25.00"  | DR
    2026-03-03 | SALARY      | "500.00" | CR
    2026-03-04 | RENT        | "300.00" | DR
  `;

  it("is read as the indicator, each debit paid out, with a note naming the column and why", () => {
    const r = readSide(bank, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("indicator");
    expect(r.map.indicator).toBe(3);
    expect(r.how.indicator).toBe("synonym");
    // Debit positive before the side's convention, as a debit/credit pair reads.
    expect(Array.from(r.set.minor)).toEqual([2500, -50000, 30000]);
    expect(codes(r.issues)).toEqual(["recon_indicator_typed"]);
    expect(r.issues[0]).toMatchObject({ severity: "info", row: 1, column: "Type", address: "D1" });
    expect(r.issues[0]?.message).toBe(
      "bank!bank[Type] row 1: Type (D), after Amount, holds only Dr/Cr marks (DR, CR) and Amount writes " +
        "its amounts without signs: Type is read as the mark saying whether each amount of Amount is a " +
        "debit or a credit.",
    );
  });

  it.each([
    ["Transaction Type", "D", "C"],
    ["Txn Type", "Debit", "Credit"],
    ["Type of transaction", "S", "H"],
    ["Buchungsart", "Soll", "Haben"],
  ])("reads a %s column before the amount the same (%s, %s)", (header, debit, credit) => {
    const t = tableOf({ name: "T" })`
      Date       | ${header} | Amount   | Memo
      2026-03-02 | ${debit}  | "100.00" | a
      2026-03-03 | ${credit} | "20.00"  | b
      2026-03-04 |           | "0.00"   | c
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.amountMode).toBe("indicator");
    expect(Array.from(r.set.minor)).toEqual([10000, -2000, 0]);
    expect(codes(r.issues)).toEqual(["recon_indicator_typed"]);
    expect(r.issues[0]?.message).toContain(`${header} (B), before Amount, holds only Dr/Cr marks`);
  });

  it("is no indicator where it holds words that are no marks", () => {
    for (const words of [
      ["POS", "DIRECT DEBIT"],
      ["Card payment", "Credit"],
    ]) {
      const t = tableOf({ name: "T" })`
        Date       | Amount   | Type
        2026-03-02 | "100.00" | ${words[0]}
        2026-03-03 | "20.00"  | ${words[1]}
      `;
      const r = readSide(t, { side: "left", dateSystem: 1900 });
      expect(r.amountMode).toBe("amount");
      expect(r.map.indicator).toBeUndefined();
      expect(Array.from(r.set.minor)).toEqual([10000, 2000]);
      expect(codes(r.issues)).toEqual([]);
    }
  });

  it("is no indicator beside an amount that writes signs of its own: the signs are read, nothing said", () => {
    for (const signed of ['"-100.00"', '"(100.00)"', '"100.00-"', "-100"]) {
      const t = tableOf({ name: "T" })`
        Date       | Amount    | Type
        2026-03-02 | ${signed} | DR
        2026-03-03 | "20.00"   | CR
      `;
      const r = readSide(t, { side: "left", dateSystem: 1900 });
      expect(r.amountMode).toBe("amount");
      expect(r.map.indicator).toBeUndefined();
      expect(Array.from(r.set.minor)).toEqual([-10000, 2000]);
      expect(codes(r.issues)).toEqual([]);
    }
  });

  it("is no indicator where the rules map the indicator away or to another column", () => {
    const away = readSide(bank, {
      side: "right",
      dateSystem: 1900,
      reading: { columns: { indicator: null } },
    });
    expect(away.amountMode).toBe("amount");
    expect(Array.from(away.set.minor)).toEqual([2500, 50000, 30000]);
    expect(codes(away.issues)).toEqual([]);
    const t = tableOf({ name: "T" })`
      Date       | Amount   | Type | Side
      2026-03-02 | "100.00" | DR   | CR
      2026-03-03 | "20.00"  | CR   | DR
    `;
    const other = readSide(t, {
      side: "left",
      dateSystem: 1900,
      reading: { columns: { indicator: "Side" } },
    });
    expect(other.map.indicator).toBe(3);
    expect(Array.from(other.set.minor)).toEqual([-10000, 2000]);
    expect(codes(other.issues)).toEqual([]);
  });

  it("is no indicator under a header that names something else, or away from the amount", () => {
    const status = tableOf({ name: "T" })`
      Date       | Amount   | Status
      2026-03-02 | "100.00" | C
      2026-03-03 | "20.00"  | D
    `;
    expect(readSide(status, { side: "left", dateSystem: 1900 }).amountMode).toBe("amount");
    const away = tableOf({ name: "T" })`
      Date       | Type | Memo | Amount
      2026-03-02 | DR   | a    | "100.00"
      2026-03-03 | CR   | b    | "20.00"
    `;
    expect(readSide(away, { side: "left", dateSystem: 1900 }).amountMode).toBe("amount");
  });
});
