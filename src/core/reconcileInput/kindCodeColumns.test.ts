/**
 * A column of a few booking-kind codes is no description: Chase's Details (DEBIT, CREDIT, CHECK, DSLIP)
 * beside its Description does not tie with it, whatever the order of the rows or the columns; a column that
 * may be the description is never dropped for one that only looks like text.
 */
import type { Cell } from "../cell";
import { tableFromRows } from "../table";
import { tableOf } from "../../../test/support/tableLiteral";
import { kindCodes, wordedText } from "./markColumns";
import { mapReconcileColumns, readSide } from "./readSide";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

const CHASE_ROWS: readonly (readonly Cell[])[] = [
  ["CHECK", "03/31/2026", "CHECK 2001", "-500.00", "CHECK_PAID", "2001"],
  ["DEBIT", "03/31/2026", "STADTWERKE MÜNCHEN UT-7781", "-98.40", "ACH_DEBIT", ""],
  ["CREDIT", "03/26/2026", "TELEKOM DEUTSCHLAND TK-REF-9", "20.00", "ACH_CREDIT", ""],
  ["DSLIP", "03/20/2026", "DEPOSIT ID NUMBER 4471", "615.75", "DEPOSIT", ""],
  ["DEBIT", "03/16/2026", "AMAZON EU S.A.R.L. AMZ-7781", "-45.99", "ACH_DEBIT", ""],
  ["CREDIT", "03/10/2026", "NORDWIND HANDELS AG INV-1043", "12345.67", "ACH_CREDIT", ""],
];
const CHASE_HEADERS = ["Details", "Posting Date", "Description", "Amount", "Type", "Check or Slip #"];

function chase(rows: readonly (readonly Cell[])[], order: readonly number[] = [0, 1, 2, 3, 4, 5]) {
  return tableFromRows({
    name: "chase",
    sheet: "chase",
    headers: order.map((c) => CHASE_HEADERS[c] as string),
    records: rows.map((r) => order.map((c) => r[c] ?? null)),
  });
}

describe("Chase's Details column with CHECK and DSLIP beside DEBIT and CREDIT", () => {
  it("is no description: the Description is read, and no tie is said", () => {
    const r = readSide(chase(CHASE_ROWS), { side: "right", dateSystem: 1900 });
    expect(r.map.description).toBe(2);
    expect(r.set.description[0]).toBe("CHECK 2001");
    expect(r.set.description[3]).toBe("DEPOSIT ID NUMBER 4471");
    expect(codes(r.issues).filter(([c]) => c === "recon_column_ambiguous")).toEqual([]);
  });

  it("whatever the order of the rows or of the two columns", () => {
    const reversed = [...CHASE_ROWS].reverse();
    expect(mapReconcileColumns(chase(reversed), {}, chase(reversed).columns).map.description).toBe(2);
    // The Description first, the Details after it.
    const swapped = chase(CHASE_ROWS, [2, 1, 0, 3, 4, 5]);
    const m = mapReconcileColumns(swapped, {}, swapped.columns);
    expect(m.map.description).toBe(0);
    expect(m.ambiguous).toEqual([]);
  });

  it("is read where the mapping names it", () => {
    const t = chase(CHASE_ROWS);
    const m = mapReconcileColumns(t, { description: "Details" }, t.columns);
    expect(m.map.description).toBe(0);
  });
});

describe("a tie the codes do not settle", () => {
  it("two columns of single upper-case words: neither is dropped, the tie is said", () => {
    const t = tableOf({ name: "T" })`
      Date       | Details | Description | Amount
      2026-03-02 | DEBIT   | RENT        | "-1850.00"
      2026-03-03 | CHECK   | RENT        | "-1850.00"
      2026-03-04 | DEBIT   | SALARY      | "-3200.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.map.description).toBeUndefined();
    expect(codes(r.issues)).toEqual([["recon_column_ambiguous", "warning"]]);
  });

  it("codes beside a column without words: the tie is said", () => {
    const t = tableOf({ name: "T" })`
      Date       | Details | Memo    | Amount
      2026-03-02 | DEBIT   | rent    | "-1850.00"
      2026-03-03 | CHECK   | rent    | "-1850.00"
      2026-03-04 | DEBIT   |         | "-3200.00"
    `;
    expect(readSide(t, { side: "right", dateSystem: 1900 }).map.description).toBeUndefined();
  });

  it("codes beside words no more varied than they are: the tie is said", () => {
    const t = tableOf({ name: "T" })`
      Date       | Details | Memo       | Amount
      2026-03-02 | DEBIT   | Miete März | "-1850.00"
      2026-03-03 | CHECK   | Miete März | "-1850.00"
      2026-03-04 | DEBIT   | Miete März | "-3200.00"
    `;
    expect(readSide(t, { side: "right", dateSystem: 1900 }).map.description).toBeUndefined();
  });

  it("a party or a reference is not settled by codes, only the description", () => {
    const t = tableOf({ name: "T" })`
      Date       | Payer Name | Payee Name         | Amount
      2026-03-02 | ACME       | Müller GmbH        | "-1850.00"
      2026-03-03 | ACME       | Köhler KG          | "-1850.00"
    `;
    expect(readSide(t, { side: "right", dateSystem: 1900 }).map.party).toBeUndefined();
  });
});

describe("kindCodes", () => {
  it.each<[string, readonly Cell[], number | null]>([
    ["Chase's Details", ["DEBIT", "CHECK", "DEBIT", "CREDIT", "DSLIP", null, " CHECK "], 4],
    ["codes with _ and -", ["ACH_DEBIT", "ACH_CREDIT", "ACH_DEBIT", "POS-1"], 3],
    ["Dr/Cr marks in any case", ["Dr.", "cr", "Dr."], 2],
    ["no code written twice", ["DEBIT", "CHECK", "CREDIT"], null],
    ["a word in lower case", ["DEBIT", "DEBIT", "Check"], null],
    ["two words", ["DEBIT", "DEBIT", "CHECK 2001"], null],
    ["a number", ["DEBIT", "DEBIT", 2001], null],
    ["nine kinds", ["A", "B", "C", "D", "E", "F", "G", "H", "I", "A"], null],
    ["nothing", [null, " "], null],
  ])("%s", (_, cells, expected) => {
    expect(kindCodes(cells)).toBe(expected);
  });

  it("reads a million rows of four codes, and stops at the first value that is text", () => {
    const four = ["DEBIT", "CREDIT", "CHECK", "DSLIP"];
    const cells: Cell[] = Array.from({ length: 1_000_000 }, (_, i) => four[i % 4] as string);
    expect(kindCodes(cells)).toBe(4);
    cells[1] = "STADTWERKE MÜNCHEN";
    expect(kindCodes(cells)).toBeNull();
  });
});

describe("wordedText", () => {
  it("needs a value of two words and more values than the codes", () => {
    expect(wordedText(["CHECK 2001", "TELEKOM", "AMAZON"], 2)).toBe(true);
    expect(wordedText(["CHECK 2001", "TELEKOM"], 2)).toBe(false);
    expect(wordedText(["RENT", "SALARY", "FEE"], 2)).toBe(false);
    expect(wordedText([null, 12, "  "], 0)).toBe(false);
  });
});
