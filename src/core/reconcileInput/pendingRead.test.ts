/**
 * The rows a bank lists as pending, read as its bookings are: each pending row below stands beside a
 * booked twin with the same cells, and reads to the amount the side's records hold for the twin, whatever
 * way the side writes its amounts. A row the bank marks declined is none of them.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import type { TableData } from "../table";
import { readSide, type SideReading } from "./readSide";

function read(table: TableData, reading: SideReading = {}) {
  const side = readSide(table, { side: "right", reading, dateSystem: 1900, defaultCurrency: "EUR" });
  return { side, pending: side.pending };
}

describe("pending rows read as bookings", () => {
  it("reads DKB's Vorgemerkt row: its day, amount, currency, reference and description", () => {
    const { side, pending } = read(tableOf({
      name: "Bank",
      sheet: "Bank",
    })`Date | Status | Reference | Description | Amount
      2026-03-30 | Gebucht    | DD-30 | STADTWERKE | -98.40
      2026-03-31 | Vorgemerkt | DD-31 | STADTWERKE | -98.40
      2026-03-31 | Abgelehnt  | CARD  | KIOSK      | -12.90`);
    expect(pending).toEqual({
      record: [1],
      row: [3],
      day: [(side.set.day[0] as number) + 1],
      minor: [-9840],
      currency: ["EUR"],
      reference: ["DD-31"],
      description: ["STADTWERKE"],
    });
  });

  it('has no day for comdirect\'s "offen" line', () => {
    const { pending } = read(tableOf({ name: "Bank", sheet: "Bank" })`Buchungstag | Buchungstext | Umsatz
      offen      | Stadtwerke Abschlag | -98.40
      30.03.2026 | OSCAR INV-1         | 500.00`);
    expect(pending).toMatchObject({ row: [2], day: [null], minor: [-9840] });
  });

  it.each<[string, TableData, SideReading]>([
    [
      "a signed amount, the side flipped",
      tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Amount
        2026-03-30 | Booked  | -98.40
        2026-03-31 | Pending | -98.40`,
      { sign: "flip" },
    ],
    [
      "debit and credit columns, the debit written with minus signs, credit counted positive",
      tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Soll | Haben
        2026-03-29 | Gebucht    |        | 20.00
        2026-03-30 | Gebucht    | -98.40 |
        2026-03-31 | Vorgemerkt | -98.40 |`,
      { debitCredit: "credit-positive" },
    ],
    [
      "a currency named only in the amount's header, in yen",
      tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Amount (JPY)
        2026-03-30 | Booked  | -5000
        2026-03-31 | Pending | -5000`,
      {},
    ],
    [
      "a blank amount beside its debit",
      tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Amount | Debit | Credit
        2026-03-29 | Booked  | 20.00  |       | 20.00
        2026-03-30 | Booked  |        | 98.40 |
        2026-03-31 | Pending |        | 98.40 |`,
      {},
    ],
    [
      "an unsigned amount beside its Dr/Cr mark",
      tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Amount | Dr/Cr
        2026-03-30 | Booked  | 98.40 | CR
        2026-03-31 | Pending | 98.40 | CR`,
      {},
    ],
  ])("reads %s as the side reads its booked twin", (_, table, reading) => {
    const { side, pending } = read(table, reading);
    const twin = side.set.size - 1;
    expect(pending.minor).toEqual([side.set.minor[twin]]);
    expect(pending.currency).toEqual([side.set.currency[twin]]);
    expect(pending.day).toEqual([(side.set.day[twin] as number) + 1]);
  });

  it("reads nothing where the side has no amounts to read", () => {
    const { pending } = read(tableOf({ name: "Bank", sheet: "Bank" })`Date | Status | Text
      2026-03-31 | Pending | STADTWERKE`);
    expect(pending.record).toEqual([]);
  });
});
