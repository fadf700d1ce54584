/**
 * The book rows the bank preset proposes: the cash account is the one whose amounts the statement shows,
 * not the one with most lines.
 */
import type { TableData } from "../../core/table";
import { tableOf } from "../../../test/support/tableLiteral";
import type { PresetId } from "./presets";
import { proposeSetup } from "./propose";

const bank = tableOf({ name: "Bank", sheet: "Bank" })`
  Date       | Description            | Amount
  2026-03-03 | CREDIT HARBOUR INV1041 | 4250.00
  2026-03-05 | DIRECT DEBIT GREENLINE | -1875.40
  2026-03-31 | ACCOUNT FEE            | -15.00
`;

function propose(ledger: TableData, right: TableData = bank, presetId: PresetId = "bank-ledger") {
  return proposeSetup({
    presetId,
    left: { ref: { table: ledger.name }, table: ledger },
    right: { ref: { table: right.name }, table: right },
    dateSystem: 1900,
    saved: null,
  }).setup.left.selection;
}

describe("the bank preset's proposed cash account", () => {
  it("is the account whose lines the statement shows, though receivables has more lines", () => {
    const ledger = tableOf({ name: "Ledger" })`
      Date       | Account | Description       | Debit   | Credit
      2026-03-01 | 1100    | Invoice INV1041   | 4250.00 |
      2026-03-01 | 4000    | Invoice INV1041   |         | 4250.00
      2026-03-02 | 1100    | Invoice INV1042   | 990.00  |
      2026-03-02 | 4000    | Invoice INV1042   |         | 990.00
      2026-03-03 | 1100    | Invoice INV1043   | 310.00  |
      2026-03-03 | 4000    | Invoice INV1043   |         | 310.00
      2026-03-03 | 1000    | Receipt INV1041   | 4250.00 |
      2026-03-03 | 1100    | Receipt INV1041   |         | 4250.00
      2026-03-05 | 1000    | Greenline         |         | 1875.40
      2026-03-05 | 2000    | Greenline         | 1875.40 |
      2026-03-31 | 1000    | Bank fee          |         | 15.00
      2026-03-31 | 6000    | Bank fee          | 15.00   |
    `;
    expect(propose(ledger)).toEqual({ field: "account", values: ["1000"] });
  });

  it("is the bank account of a one-line-per-entry export, where the revenue account is on more lines", () => {
    const batch = tableOf({ name: "EXTF" })`
      Umsatz (ohne Soll/Haben-Kz) | Soll/Haben-Kennzeichen | Konto | Gegenkonto (ohne BU-Schlüssel) | Belegdatum | Buchungstext
      4250,00                     | S                      | 10041 | 8400                           | 2026-03-01 | Rechnung 1041
      990,00                      | S                      | 10042 | 8400                           | 2026-03-02 | Rechnung 1042
      310,00                      | S                      | 10043 | 8400                           | 2026-03-03 | Rechnung 1043
      120,00                      | S                      | 10044 | 8400                           | 2026-03-04 | Rechnung 1044
      4250,00                     | S                      | 1200  | 10041                          | 2026-03-03 | Zahlung 1041
      1875,40                     | S                      | 70552 | 1200                           | 2026-03-05 | Greenline
      15,00                       | S                      | 4970  | 1200                           | 2026-03-31 | Gebühr
    `;
    expect(propose(batch)).toEqual({ field: "account", values: ["1200"] });
  });

  it("is the account whose line is near the statement's in date: receivables' invoice a month before does not count", () => {
    // Receivables has the invoice (a debit of the amount, as the receipt is on cash) and the receipt;
    // cash only the receipt. The invoice is a month before the bank's line.
    const ledger = tableOf({ name: "Ledger" })`
      Date       | Account | Description     | Debit   | Credit
      2026-02-02 | 1100    | Invoice INV1041 | 4250.00 |
      2026-02-02 | 4000    | Invoice INV1041 |         | 4250.00
      2026-03-03 | 1000    | Receipt INV1041 | 4250.00 |
      2026-03-03 | 1100    | Receipt INV1041 |         | 4250.00
    `;
    const receipt = tableOf({ name: "Bank" })`
      Date       | Description            | Amount
      2026-03-04 | CREDIT HARBOUR INV1041 | 4250.00
    `;
    expect(propose(ledger, receipt)).toEqual({ field: "account", values: ["1000"] });
  });

  it("is the most frequent account when the statement shows none of the book's amounts", () => {
    const ledger = tableOf({ name: "Ledger" })`
      Date       | Account | Debit  | Credit
      2026-03-01 | 1100    | 10.00  |
      2026-03-01 | 4000    |        | 10.00
      2026-03-02 | 1100    | 20.00  |
    `;
    expect(propose(ledger)).toEqual({ field: "account", values: ["1100"] });
  });
});

describe("the customer preset's proposed customer", () => {
  const receivables = tableOf({ name: "Receivables" })`
    Invoice No | Customer      | Issue Date | Amount
    INV-1041   | Harbour Foods | 2026-02-02 | 4250.00
    INV-1042   | Greenline     | 2026-02-03 | 1875.40
    INV-1047   | Harbour Foods | 2026-02-13 | 2980.50
    INV-1048   | Northwind     | 2026-02-14 | 990.00
    INV-1049   | Greenline     | 2026-02-20 | 310.00
    INV-1053   | Harbour Foods | 2026-03-10 | 1890.00
  `;

  it("is the customer whose invoices the statement lists, by number or amount", () => {
    const statement = tableOf({ name: "CustomerStatement" })`
      Date       | Reference | Details  | Debit | Credit
      2026-02-02 | INV1041   | Invoice  |       | 4250.00
      2026-02-13 | inv-1047  | Invoice  |       | 2980.50
      2026-03-10 | X-99      | Invoice  |       | 1890.00
      2026-03-12 | PAY-7     | Payment  | 310.00 |
    `;
    expect(propose(receivables, statement, "customer-receivables")).toEqual({
      field: "party",
      values: ["Harbour Foods"],
    });
  });

  it("is none where two customers' lines are on the statement alike", () => {
    const statement = tableOf({ name: "CustomerStatement" })`
      Date       | Reference | Details | Debit | Credit
      2026-02-02 | INV1041   | Invoice |       | 4250.00
      2026-02-13 | INV-1047  | Invoice |       | 2980.50
      2026-02-03 | INV-1042  | Invoice |       | 1875.40
      2026-02-20 | INV-1049  | Invoice |       | 310.00
    `;
    expect(propose(receivables, statement, "customer-receivables")).toBeNull();
  });
});
