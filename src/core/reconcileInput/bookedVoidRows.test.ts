/**
 * A row its Status column marks void (FAILED, REVERTED) whose running balance shows it booked is read as a
 * booking, with a warning at its status cell; one with no balance, one the balance did not move by its
 * amount, or one no order of the statement vouches for stays void.
 */
import { dayFromIso } from "../dates";
import { tableFromRows, type TableData } from "../table";
import { tableOf } from "../../../test/support/tableLiteral";
import { balancesFromColumn } from "./balances";
import { readSide, ROW_CLEARED, ROW_PENDING, ROW_USED } from "./readSide";

const codes = (issues: readonly { code: string; severity: string; row?: number }[]) =>
  issues.map((i) => [i.code, i.severity, i.row]);

/** Revolut's export, oldest first: the Amazon card payment FAILED after it was booked. */
const revolut = tableOf({ name: "Revolut", sheet: "Revolut" })`
  Type         | Started Date        | Description        | Amount   | Currency | State     | Balance
  TOPUP        | 2026-03-10 09:14:02 | Nordwind Handels   | 12345.67 | EUR      | COMPLETED | 23511.11
  TRANSFER     | 2026-03-13 09:14:02 | Revolut FEE-03     | -9.90    | EUR      | COMPLETED | 23501.21
  CARD_PAYMENT | 2026-03-16 09:14:02 | Amazon AMZ-7781    | -45.99   | EUR      | FAILED    | 23455.22
  CARD_PAYMENT | 2026-03-16 18:02:40 | Bäckerei Huber     | -12.50   | EUR      | REVERTED  |
  TOPUP        | 2026-03-17 09:14:02 | Café Blauflosse    | 615.75   | EUR      | COMPLETED | 24070.97
  TRANSFER     | 2026-03-20 09:14:02 | Jürgen Weiß        | -3200.00 | EUR      | COMPLETED | 20870.97
  TRANSFER     | 2026-03-23 11:40:19 | Schäfer RENT-04    | -1850.00 | EUR      | FAILED    | 20870.97
  TOPUP        | 2026-03-26 09:14:02 | Telekom            | 20.00    | EUR      | COMPLETED | 20890.97
`;

/** The same table listed newest first. */
function newestFirst(t: TableData): TableData {
  const n = t.rows.length;
  return tableFromRows({
    name: t.name,
    sheet: t.sheet,
    headers: t.headers,
    records: Array.from({ length: n }, (_, k) => t.columns.map((c) => c[n - 1 - k] ?? null)),
  });
}

const read = (t: TableData) => readSide(t, { side: "right", dateSystem: 1900 });

describe("a void row the running balance shows booked", () => {
  it("is read as a booking, with a warning at its status cell; the others stay void", () => {
    const r = read(revolut);
    expect(Array.from(r.state)).toEqual([
      ROW_USED,
      ROW_USED,
      ROW_USED,
      ROW_PENDING,
      ROW_USED,
      ROW_USED,
      ROW_PENDING,
      ROW_USED,
    ]);
    expect(Array.from(r.set.rows)).toEqual([2, 3, 4, 6, 7, 9]);
    expect(Array.from(r.set.minor)).toEqual([1234567, -990, -4599, 61575, -320000, 2000]);
    expect(Array.from(r.set.day)).toEqual(
      ["2026-03-10", "2026-03-13", "2026-03-16", "2026-03-17", "2026-03-20", "2026-03-26"].map(dayFromIso),
    );
    expect(r.set.description[2]).toBe("Amazon AMZ-7781");
    expect(Array.from(r.balance ?? [])).toEqual([2351111, 2350121, 2345522, 2407097, 2087097, 2089097]);
    expect(Array.from(r.recordOf)).toEqual([0, 1, 2, -1, 3, 4, -1, 5]);
    expect(Array.from(r.tableIndex)).toEqual([0, 1, 2, 4, 5, 7]);
    expect(codes(r.issues)).toEqual([
      ["recon_void_booked", "warning", 4],
      ["recon_row_void", "info", 5],
      ["recon_row_void", "info", 8],
    ]);
    expect(r.issues[0]).toMatchObject({ column: "State", address: "F4" });
    expect(r.issues[0]?.message).toBe(
      "Revolut!Revolut[State] row 4: The row is marked FAILED, but its running balance shows it was booked " +
        "(23,455.22 EUR after 23,501.21 EUR): it is read as a booking.",
    );
    expect(r.rowIssues.has(2)).toBe(false);
    expect(r.rowIssues.get(3)?.map((i) => i.code)).toEqual(["recon_row_void"]);
    expect(r.rowIssues.get(6)?.map((i) => i.code)).toEqual(["recon_row_void"]);
    // The statement adds up: the first row's balance less its amount, plus the rows, is the last balance.
    const b = balancesFromColumn(r);
    expect(b).toMatchObject({ opening: 1116544, closing: 2089097, order: "oldest-first" });
    const sum = Array.from(r.set.minor).reduce((s, m) => s + m, 0);
    expect((b?.opening ?? 0) + sum).toBe(b?.closing);
  });

  it("is found the same way in a statement listed newest first", () => {
    const r = read(newestFirst(revolut));
    expect(Array.from(r.state)).toEqual([
      ROW_USED,
      ROW_PENDING,
      ROW_USED,
      ROW_USED,
      ROW_PENDING,
      ROW_USED,
      ROW_USED,
      ROW_USED,
    ]);
    expect(codes(r.issues)).toEqual([
      ["recon_row_void", "info", 3],
      ["recon_row_void", "info", 6],
      ["recon_void_booked", "warning", 7],
    ]);
    expect(r.issues[2]?.message).toContain("(23,455.22 EUR after 23,501.21 EUR)");
    expect(balancesFromColumn(r)).toMatchObject({ closing: 2089097, order: "newest-first" });
  });

  it("works on a side read flipped, and where the Balance column counts the other way from the side", () => {
    const flipped = readSide(revolut, { side: "right", dateSystem: 1900, reading: { sign: "flip" } });
    expect(flipped.state[2]).toBe(ROW_USED);
    expect(flipped.issues[0]?.message).toContain("(23,455.22 EUR after 23,501.21 EUR)");
    // The statement as the book side, read debit-positive: Paid Out counts as money in, against the balance.
    const t = tableOf({ name: "T" })`
      Date       | Status    | Paid Out | Paid In | Balance
      2026-03-01 | Completed |          | 100.00  | 1100.00
      2026-03-02 | Completed | 40.00    |         | 1060.00
      2026-03-03 | Failed    | 10.00    |         | 1050.00
      2026-03-04 | Completed |          | 20.00   | 1070.00
    `;
    const asBook = readSide(t, {
      side: "left",
      dateSystem: 1900,
      reading: { debitCredit: "debit-positive" },
    });
    expect(Array.from(asBook.set.minor)).toEqual([-10000, 4000, 1000, -2000]);
    expect(balancesFromColumn(asBook)).toMatchObject({ turned: true });
    expect(asBook.issues[0]?.message).toContain("(1,050.00 after 1,060.00)");
  });

  it("two void rows in a row are both booked when the balance moved by each", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | FAILED    | -10.00  | 1050.00
      2026-03-04 | DECLINED  | -5.00   | 1045.00
      2026-03-05 | COMPLETED | 20.00   | 1065.00
    `;
    const r = read(t);
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_USED, ROW_USED, ROW_USED]);
    expect(codes(r.issues)).toEqual([
      ["recon_void_booked", "warning", 4],
      ["recon_void_booked", "warning", 5],
    ]);
    expect(r.issues[1]?.message).toContain("(1,045.00 after 1,050.00)");
  });

  it("the latest row of the statement is booked with no row after it", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | FAILED    | -10.00  | 1050.00
    `;
    expect(Array.from(read(t).state)).toEqual([ROW_USED, ROW_USED, ROW_USED]);
  });

  it("each currency's rows keep a running balance of their own", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Currency | Balance
      2026-03-01 | COMPLETED | 100.00  | EUR      | 1100.00
      2026-03-01 | COMPLETED | 50.00   | USD      | 550.00
      2026-03-02 | COMPLETED | -40.00  | EUR      | 1060.00
      2026-03-02 | FAILED    | -10.00  | USD      | 540.00
      2026-03-03 | COMPLETED | 20.00   | EUR      | 1080.00
      2026-03-03 | COMPLETED | 5.00    | USD      | 545.00
    `;
    const r = read(t);
    expect(r.state[3]).toBe(ROW_USED);
    expect(r.issues[0]?.message).toContain("(540.00 USD after 550.00 USD)");
  });

  it("a row cleared earlier against another table counts among those rows", () => {
    const cleared = Uint8Array.from([0, 0, 1, 0, 0, 0, 0, 0]);
    const r = readSide(revolut, { side: "right", dateSystem: 1900, cleared });
    expect(r.state[2]).toBe(ROW_CLEARED);
    expect(r.cleared.rows).toBe(1);
    expect(r.cleared.minor).toEqual(new Map([["EUR", -4599]]));
    expect(r.cleared.each).toEqual({
      record: [2],
      row: [4],
      day: [dayFromIso("2026-03-16")],
      minor: [-4599],
      currency: ["EUR"],
    });
    expect(Array.from(r.set.rows)).toEqual([2, 3, 6, 7, 9]);
    expect(codes(r.issues)[0]).toEqual(["recon_void_booked", "warning", 4]);
  });
});

describe("a void row stays void", () => {
  it.each([
    ["its balance cell is blank", ""],
    ["its balance did not move", "1060.00"],
    ["its balance moved by another amount", "1055.00"],
    ["its balance is no amount", "n/a"],
  ])("when %s", (_why, balance) => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | FAILED    | -10.00  | ${balance}
      2026-03-04 | COMPLETED | 20.00   | 1080.00
    `;
    const r = read(t);
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_PENDING, ROW_USED]);
    expect(codes(r.issues)).toEqual([["recon_row_void", "info", 4]]);
  });

  it("when the next row does not go on from its balance", () => {
    // 1,060.00 less 10.00 is 1,050.00, but the next row's 20.00 goes on from 1,060.00: the bank wrote what
    // the balance would have been.
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | FAILED    | -10.00  | 1050.00
      2026-03-04 | COMPLETED | 20.00   | 1080.00
    `;
    expect(Array.from(read(t).state)).toEqual([ROW_USED, ROW_USED, ROW_PENDING, ROW_USED]);
  });

  it("when it is the statement's earliest row, with no balance before it", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | FAILED    | -10.00  | 1050.00
      2026-03-02 | COMPLETED | 100.00  | 1150.00
      2026-03-03 | COMPLETED | -40.00  | 1110.00
    `;
    expect(Array.from(read(t).state)).toEqual([ROW_PENDING, ROW_USED, ROW_USED]);
  });

  it("when the bookings' balances do not tell which way the statement runs", () => {
    // One booking before it and one after: no step between bookings shows the order.
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | FAILED    | -10.00  | 1090.00
      2026-03-03 | COMPLETED | 20.00   | 1110.00
    `;
    expect(Array.from(read(t).state)).toEqual([ROW_USED, ROW_PENDING, ROW_USED]);
  });

  it("when a booking between has no balance", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | FAILED    | -10.00  | 1050.00
      2026-03-04 | COMPLETED | 20.00   |
      2026-03-05 | COMPLETED | 30.00   | 1100.00
    `;
    expect(read(t).state[2]).toBe(ROW_PENDING);
  });

  it("when its amount is not exact, rounded to its currency's decimals, which is then not said", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount    | Currency | Balance
      2026-03-01 | COMPLETED | "100.00"  | EUR      | 1100.00
      2026-03-02 | COMPLETED | "-40.00"  | EUR      | 1060.00
      2026-03-03 | FAILED    | "-10.004" | EUR      | 1050.00
      2026-03-04 | COMPLETED | "20.00"   | EUR      | 1070.00
    `;
    const r = read(t);
    expect(r.state[2]).toBe(ROW_PENDING);
    expect(codes(r.issues)).toEqual([["recon_row_void", "info", 4]]);
  });

  it("when its amount is zero", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | DECLINED  | 0.00    | 1060.00
      2026-03-04 | COMPLETED | 20.00   | 1080.00
    `;
    expect(read(t).state[2]).toBe(ROW_PENDING);
  });

  it("and a pending row stays pending, whatever its balance", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount  | Balance
      2026-03-01 | COMPLETED | 100.00  | 1100.00
      2026-03-02 | COMPLETED | -40.00  | 1060.00
      2026-03-03 | PENDING   | -10.00  | 1050.00
      2026-03-04 | COMPLETED | 20.00   | 1070.00
    `;
    const r = read(t);
    expect(r.state[2]).toBe(ROW_PENDING);
    expect(codes(r.issues)).toEqual([["recon_row_pending", "info", 4]]);
  });

  it("and without a Balance column", () => {
    const t = tableOf({ name: "T" })`
      Date       | State     | Amount
      2026-03-01 | COMPLETED | 100.00
      2026-03-03 | FAILED    | -10.00
    `;
    expect(Array.from(read(t).state)).toEqual([ROW_USED, ROW_PENDING]);
  });
});
