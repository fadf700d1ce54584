/**
 * Which columns hold a side's amounts, and how their signs read: a Debit column written with minus signs
 * (PostFinance, UBS, Deutsche Bank's Soll), an Amount column left blank beside Soll and Haben (Deutsche
 * Bank), and an S/H mark in a column with no header (Volksbank's classic export).
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { readSide, ROW_UNREADABLE, ROW_USED } from "./readSide";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

describe("a debit or credit column whose amounts all carry a minus sign", () => {
  const postfinance = tableOf({ name: "pf", sheet: "pf", headerRow: 8 })`
    Date       | Type of transaction | Credit in CHF | Debit in CHF
    31.03.2026 | Debit               |               | "-98.4"
    26.03.2026 | Credit              | "20"          |
    20.03.2026 | Debit               |               | "-3200"
    17.03.2026 | Credit              | "615.75"      |
  `;

  it("is read by its amounts' size, as the column's name says, with a note naming it", () => {
    const r = readSide(postfinance, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("debit-credit");
    // Debit minus credit: the debits are paid out whatever sign the file wrote them with.
    expect(Array.from(r.set.minor)).toEqual([9840, -2000, 320000, -61575]);
    expect(codes(r.issues)).toEqual([["recon_column_signed", "info"]]);
    expect(r.issues[0]).toMatchObject({ row: 8, column: "Debit in CHF", address: "D8" });
    expect(r.issues[0]?.message).toBe(
      `pf!pf[Debit in CHF] row 8: Every amount in Debit in CHF is written with a minus sign (such as -98.4), ` +
        `so its amounts are read by their size: each is a debit, as the column's name says.`,
    );
  });

  it("reads the same whatever the order of the rows", () => {
    const reversed = tableOf({ name: "pf", sheet: "pf", headerRow: 8 })`
      Date       | Type of transaction | Credit in CHF | Debit in CHF
      17.03.2026 | Credit              | "615.75"      |
      20.03.2026 | Debit               |               | "-3200"
      26.03.2026 | Credit              | "20"          |
      31.03.2026 | Debit               |               | "-98.4"
    `;
    const r = readSide(reversed, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.set.minor)).toEqual([-61575, 320000, -2000, 9840]);
  });

  it("keeps the signs of a column that has amounts of both signs: a negative debit is a reversal", () => {
    const t = tableOf({ name: "T" })`
      Date       | Debit    | Credit
      2026-03-02 | "100.00" |
      2026-03-03 | "-20.00" |
      2026-03-04 |          | "-5.00"
      2026-03-05 |          | "0.00"
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    // The credit column's one non-zero amount is negative: it is a column written with signs.
    expect(Array.from(r.set.minor)).toEqual([10000, -2000, -500, 0]);
    expect(codes(r.issues)).toEqual([["recon_column_signed", "info"]]);
    expect(r.issues[0]?.column).toBe("Credit");
  });
});

describe("a blank amount where the table has only one of debit and credit", () => {
  it("is said naming that column as the file heads it, not a Debit it does not have", () => {
    const t = tableOf({ name: "pf", sheet: "pf" })`
      Buchungsdatum | Avisierungstext | Gutschrift in CHF
      26.03.2026    | Telekom         | "20.00"
      31.03.2026    | Stadtwerke      |
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.issues.map((i) => [i.code, i.address])).toEqual([["amount_blank", "C3"]]);
    expect(r.issues[0]?.message).toBe(
      "pf!pf[Gutschrift in CHF] row 3: The Gutschrift in CHF is blank; enter an amount (0 if there is none).",
    );
  });
});

describe("an amount column and debit/credit columns in one table", () => {
  it("Deutsche Bank: reads Soll and Haben where Betrag is blank on every row, and says so", () => {
    const db = tableOf({ name: "db", sheet: "db", headerRow: 4 })`
      Buchungstag | Wert       | Verwendungszweck   | Betrag | Soll        | Haben       | Währung
      31.03.2026  | 31.03.2026 | Strom März UT-7781 |        | "-98,40"    |             | EUR
      26.03.2026  | 26.03.2026 | Erstattung         |        |             | "20,00"     | EUR
      20.03.2026  | 20.03.2026 | Gehalt März        |        | "-3.200,00" |             | EUR
    `;
    const r = readSide(db, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("debit-credit");
    expect(r.map.amount).toBeUndefined();
    expect(Array.from(r.set.minor)).toEqual([9840, -2000, 320000]);
    expect(codes(r.issues)).toEqual([
      ["recon_column_blank", "info"],
      ["recon_column_signed", "info"],
    ]);
    expect(r.issues[0]?.message).toBe(
      `db!db[Betrag] row 4: Betrag is blank on every row, while Soll and Haben hold the amounts: they are read instead.`,
    );
  });

  it("reads the amount column where the debit and credit columns are blank on every row", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount   | Debit | Credit
      2026-03-02 | "100.00" |       |
      2026-03-03 | "-20.00" |       |
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.amountMode).toBe("amount");
    expect(r.map).toEqual({ date: 0, amount: 1 });
    expect(codes(r.issues)).toEqual([["recon_column_blank", "info"]]);
    expect(r.issues[0]?.message).toContain(
      "Debit and Credit are blank on every row, while Amount holds the amounts",
    );
  });

  it("Postbank: keeps the signed Betrag where Soll and Haben repeat it, without a note", () => {
    const t = tableOf({ name: "pb" })`
      Buchungstag | Betrag  | Soll    | Haben
      31.3.2026   | "-98,4" | "-98,4" |
      26.3.2026   | "20"    |         | "20"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("amount");
    expect(Array.from(r.set.minor)).toEqual([-9840, 2000]);
    expect(r.issues).toEqual([]);
  });

  it("reads the amount and warns, naming the row, where the debit/credit columns give another amount", () => {
    const t = tableOf({ name: "T", sheet: "S" })`
      Date       | Amount    | Debit    | Credit
      2026-03-02 | "-100.00" | "100.00" |
      2026-03-03 | "20.00"   |          | "2.00"
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.amountMode).toBe("amount");
    expect(r.map).toEqual({ date: 0, amount: 1 });
    expect(Array.from(r.set.minor)).toEqual([-10000, 2000]);
    expect(codes(r.issues)).toEqual([["recon_amount_ways_differ", "warning"]]);
    expect(r.issues[0]?.message).toBe(
      "S!T[Debit] row 1: Amount and Debit and Credit both hold amounts, and row 3 gives a different amount in each: " +
        "Amount is read. Check which is right, and if it is Debit and Credit, map that in the column mapping.",
    );
  });

  it("reads Debit and Credit, with a note, beside an Amount that never goes below zero", () => {
    const t = tableOf({ name: "T", sheet: "S" })`
      Date       | Amount   | Debit    | Credit
      2026-03-02 | "100.00" | "100.00" |
      2026-03-03 | "20.00"  |          | "20.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("debit-credit");
    expect(r.map).toEqual({ date: 0, debit: 2, credit: 3 });
    // Debit minus credit, as every debit/credit pair reads.
    expect(Array.from(r.set.minor)).toEqual([10000, -2000]);
    expect(codes(r.issues)).toEqual([["recon_amount_unsigned", "info"]]);
    expect(r.issues[0]?.message).toBe(
      "S!T[Amount] row 1: Amount holds no amount below zero while Debit and Credit say which way each row goes: " +
        "Debit and Credit are read, and Amount is not.",
    );
  });

  it("reads the debit and credit columns the mapping names, leaving the amount column found by its header", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount    | Debit    | Credit
      2026-03-02 | "-100.00" | "100.00" |
      2026-03-03 | "20.00"   |          | "20.00"
    `;
    const reading = { columns: { debit: "Debit", credit: "Credit" } };
    const r = readSide(t, { side: "left", dateSystem: 1900, reading });
    expect(r.amountMode).toBe("debit-credit");
    expect(r.map).toEqual({ date: 0, debit: 2, credit: 3 });
    expect(Array.from(r.set.minor)).toEqual([10000, -2000]);
    expect(r.issues).toEqual([]);
  });

  it("refuses a mapping that names both an amount column and debit/credit columns", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount    | Debit    | Credit
      2026-03-02 | "-100.00" | "100.00" |
    `;
    const reading = { columns: { amount: "Amount", debit: "Debit" } };
    const r = readSide(t, { side: "left", dateSystem: 1900, reading });
    expect(codes(r.issues)).toEqual([["recon_amount_two_ways", "error"]]);
    // No row is read by a guess at which way was meant: the side is unread, as without an Amount column.
    expect(r.amountMode).toBeNull();
    expect(r.set.size).toBe(0);
    expect(r.issues[0]?.message).toContain(
      "The mapping reads amounts both from Amount and from Debit and Credit; map one way only (the other to none).",
    );
  });

  it("refuses a mapping that sends two fields to one column, and does not also call the second missing", () => {
    const t = tableOf({ name: "T" })`
      Date       | Betrag
      2026-03-02 | "-100.00"
    `;
    const reading = { columns: { date: "Date", amount: "Date" } };
    const r = readSide(t, { side: "left", dateSystem: 1900, reading });
    expect(codes(r.issues)).toEqual([["header_mapped_twice", "error"]]);
    expect(r.amountMode).toBeNull();
    expect(r.issues[0]?.message).toContain(`The mapping sends both Date and Amount to "Date"`);
  });

  it("keeps a column the mapping names, blank or not", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount | Debit    | Credit
      2026-03-02 |        | "100.00" |
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900, reading: { columns: { amount: "Amount" } } });
    expect(r.amountMode).toBe("amount");
    expect(codes(r.issues)).toEqual([["amount_blank", "error"]]);
  });
});

describe("a row whose Amount is blank beside Debit and Credit columns that hold its figure", () => {
  it("Postbank: reads that row from Soll or Haben, signed as Betrag writes its amounts", () => {
    const pb = tableOf({ name: "pb", sheet: "pb", headerRow: 8 })`
      Buchungstag | Betrag  | Soll    | Haben
      31.3.2026   | "-98,4" | "-98,4" |
      26.3.2026   |         |         | "20"
      13.3.2026   |         | "-9,9"  |
      10.3.2026   | "615,75" |        | "615,75"
    `;
    const r = readSide(pb, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("amount");
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_USED, ROW_USED]);
    // Betrag writes money out below zero: Haben's 20 is money in, Soll's -9,9 money out.
    expect(Array.from(r.set.minor)).toEqual([-9840, 2000, -990, 61575]);
    expect(r.issues).toEqual([]);
  });

  it("signs it as the Amount's own signs run beside Debit and Credit, whatever the side's debit/credit reading", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount    | Debit    | Credit
      2026-03-02 | "100.00"  | "100.00" |
      2026-03-03 | "-20.00"  |          | "20.00"
      2026-03-04 |           |          | "5.00"
      2026-03-05 |           | "7.50"   |
    `;
    for (const debitCredit of ["debit-positive", "credit-positive"] as const) {
      const r = readSide(t, { side: "left", dateSystem: 1900, reading: { debitCredit } });
      expect(Array.from(r.set.minor)).toEqual([10000, -2000, -500, 750]);
    }
    const bank = tableOf({ name: "B" })`
      Date       | Amount    | Paid out | Paid in
      2026-03-02 | "100.00"  |          | "100.00"
      2026-03-03 | "-20.00"  | "20.00"  |
      2026-03-04 |           |          | "5.00"
    `;
    expect(Array.from(readSide(bank, { side: "right", dateSystem: 1900 }).set.minor)).toEqual([
      10000, -2000, 500,
    ]);
  });

  it("signs it by the side's debit/credit reading where no row gives both an Amount and a Debit or Credit", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount    | Debit  | Credit
      2026-03-02 | "-20.00"  |        |
      2026-03-03 |           | "5.00" |
    `;
    expect(Array.from(readSide(t, { side: "left", dateSystem: 1900 }).set.minor)).toEqual([-2000, 500]);
    const reading = { debitCredit: "credit-positive" } as const;
    expect(Array.from(readSide(t, { side: "right", dateSystem: 1900, reading }).set.minor)).toEqual([
      -2000, -500,
    ]);
  });

  it("keeps the Amount where it is filled and Debit and Credit are blank, and a row blank in all three unreadable", () => {
    const t = tableOf({ name: "T", sheet: "S" })`
      Date       | Amount   | Debit    | Credit | Memo
      2026-03-02 | "100.00" | "100.00" |        | a
      2026-03-03 | "-20.00" |          |        | b
      2026-03-04 |          |          |        | c
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_UNREADABLE]);
    expect(Array.from(r.set.minor)).toEqual([10000, -2000]);
    expect(r.issues.map((i) => [i.code, i.address])).toEqual([["amount_blank", "B4"]]);
  });

  it("points at the Debit cell where the figure there cannot be read", () => {
    const t = tableOf({ name: "T", sheet: "S" })`
      Date       | Amount   | Debit    | Credit
      2026-03-02 | "100.00" | "100.00" |
      2026-03-03 | "-20.00" |          | "20.00"
      2026-03-04 |          | "abc"    |
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_UNREADABLE]);
    expect(r.issues.map((i) => [i.code, i.column, i.address])).toEqual([["amount_invalid", "Debit", "C4"]]);
  });

  it("leaves a row of Debit and Credit both blank as it was where the pair is read beside an unsigned Amount", () => {
    const t = tableOf({ name: "T", sheet: "S" })`
      Date       | Amount   | Debit    | Credit
      2026-03-02 | "100.00" | "100.00" |
      2026-03-03 | "20.00"  |          | "20.00"
      2026-03-04 | "5.00"   |          |
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("debit-credit");
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_UNREADABLE]);
    expect(r.issues.map((i) => i.code)).toEqual(["recon_amount_unsigned", "debit_or_credit_missing"]);
  });
});

describe("a column with no header beside the amount, holding only Dr/Cr marks", () => {
  const volksbank = tableOf({ name: "vb", sheet: "vb", headerRow: 11 })`
    Buchungstag | Valuta     | Vorgang/Verwendungszweck | Währung | Umsatz      |
    31.03.2026  | 31.03.2026 | Strom März UT-7781       | EUR     | "98,40"     | S
    26.03.2026  | 26.03.2026 | Erstattung TK-REF-9      | EUR     | "20,00"     | H
    20.03.2026  | 20.03.2026 | Gehalt März PAY-0320     | EUR     | "3.200,00"  | S
  `;

  it("is read as the amount's indicator (Volksbank's S and H), with a note", () => {
    const r = readSide(volksbank, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("indicator");
    expect(r.map.indicator).toBe(5);
    expect(Array.from(r.set.minor)).toEqual([9840, -2000, 320000]);
    // The column is not one to name or delete, as a blank header's warning would say: the note says what it is.
    expect(codes(r.issues)).toEqual([["recon_indicator_found", "info"]]);
    expect(r.issues[0]?.message).toBe(
      `vb!vb row 11: The column after Umsatz (F) has no header and holds only Dr/Cr marks (S, H): ` +
        `it is read as the mark saying whether each amount of Umsatz is a debit or a credit.`,
    );
  });

  it.each([
    ["Soll and Haben", "Soll", "Haben"],
    ["D and C", "D", "C"],
    ["DR and CR", "DR", "CR"],
    ["- and +", '"-"', '"+"'],
  ])("reads %s the same", (_name, debit, credit) => {
    const t = tableOf({ name: "T" })`
      Date       | Amount   |
      2026-03-02 | "100.00" | ${debit}
      2026-03-03 | "20.00"  | ${credit}
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(Array.from(r.set.minor)).toEqual([10000, -2000]);
  });

  it("is not an indicator where it holds anything else, stands away from the amount or is mapped away", () => {
    const other = tableOf({ name: "T" })`
      Date       | Amount   |
      2026-03-02 | "100.00" | S
      2026-03-03 | "20.00"  | note
    `;
    expect(readSide(other, { side: "left", dateSystem: 1900 }).amountMode).toBe("amount");
    const away = tableOf({ name: "T" })`
      Date       |   | Memo | Amount
      2026-03-02 | S | a    | "100.00"
    `;
    expect(readSide(away, { side: "left", dateSystem: 1900 }).amountMode).toBe("amount");
    const r = readSide(volksbank, {
      side: "right",
      dateSystem: 1900,
      reading: { columns: { indicator: null } },
    });
    expect(r.amountMode).toBe("amount");
  });
});
