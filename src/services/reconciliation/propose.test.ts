/**
 * The book rows a preset proposes: the cash account is the one whose amounts the statement shows, not the
 * one with most lines; the customer the one whose invoice numbers and amounts the statement shows, never
 * by a reference every customer's receipts carry.
 */
import type { TableData } from "../../core/table";
import { tableOf } from "../../../test/support/tableLiteral";
import type { PresetId } from "./presets";
import { proposeSetup, selectionUnder } from "./propose";
import { EMPTY_DECISIONS } from "./savedPair";

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

describe("the customer preset's reference evidence", () => {
  // Northwind's statement: its invoices by number, its payments as "BACS", as Sage writes every receipt.
  const statement = tableOf({ name: "NWStatement" })`
    Date       | Reference | Details | Debit   | Credit
    2026-03-05 | Inv 1041  | Invoice |         | 1200.00
    2026-03-06 | BACS      | Payment | 1250.00 |
    2026-03-08 | INV1042   | Invoice |         | 850.00
    2026-03-20 | BACS      | Payment | 1200.00 |
  `;
  /** Northwind's rows (its receipts referenced `paid`), then ten receipts of Big Retail the statement has not. */
  const sales = (paid: string) => tableOf({ name: "Sales" })`
    Date       | Customer              | Invoice Number | Debit   | Credit
    2026-03-05 | Northwind Traders Ltd | INV-1041       | 1200.00 |
    2026-03-06 | Northwind Traders Ltd | ${paid}        |         | 1250.00
    2026-03-08 | Northwind Traders Ltd | INV-1042       | 850.00  |
    2026-03-20 | Northwind Traders Ltd | ${paid}        |         | 1200.00
    2026-03-10 | Big Retail plc        | BACS           |         | 101.00
    2026-03-11 | Big Retail plc        | BACS           |         | 102.00
    2026-03-12 | Big Retail plc        | BACS           |         | 103.00
    2026-03-13 | Big Retail plc        | BACS           |         | 104.00
    2026-03-14 | Big Retail plc        | BACS           |         | 105.00
    2026-03-16 | Big Retail plc        | BACS           |         | 106.00
    2026-03-17 | Big Retail plc        | BACS           |         | 107.00
    2026-03-18 | Big Retail plc        | BACS           |         | 108.00
    2026-03-19 | Big Retail plc        | BACS           |         | 109.00
    2026-03-21 | Big Retail plc        | BACS           |         | 110.00
  `;
  const northwind = { field: "party", values: ["Northwind Traders Ltd"] };

  it("leaves out a reference rows of several customers share: the customer is the statement's", () => {
    expect(propose(sales("BACS"), statement, "customer-receivables")).toEqual(northwind);
  });

  it("leaves out a reference many rows of one customer share", () => {
    expect(propose(sales("PMT-5501"), statement, "customer-receivables")).toEqual(northwind);
  });

  it("still counts an invoice number the statement quotes, though its amount differs", () => {
    const quoted = tableOf({ name: "NWStatement" })`
      Date       | Reference | Details | Debit | Credit
      2026-03-05 | INV1041   | Invoice |       | 1100.00
      2026-03-08 | INV-1042  | Invoice |       | 800.00
    `;
    expect(propose(sales("BACS"), quoted, "customer-receivables")).toEqual(northwind);
  });
});

describe("the book rows proposed under the caller's reading", () => {
  const proposal = (ledger: TableData, right: TableData, presetId: PresetId) =>
    proposeSetup({
      presetId,
      left: { ref: { table: ledger.name }, table: ledger },
      right: { ref: { table: right.name }, table: right },
      dateSystem: 1900,
      saved: null,
    });

  it("are the customer of a Party column only a rules file names", () => {
    const sales = tableOf({ name: "Sales" })`
      Date       | Debtor        | Invoice Number | Debit   | Credit
      2026-02-02 | Harbour Foods | INV-1041       | 4250.00 |
      2026-02-03 | Greenline     | INV-1042       | 1875.40 |
      2026-02-13 | Harbour Foods | INV-1047       | 2980.50 |
      2026-02-20 | Greenline     | INV-1049       | 310.00  |
    `;
    const statement = tableOf({ name: "CustomerStatement" })`
      Date       | Reference | Details | Debit | Credit
      2026-02-02 | INV1041   | Invoice |       | 4250.00
      2026-02-13 | inv-1047  | Invoice |       | 2980.50
    `;
    const p = proposal(sales, statement, "customer-receivables");
    expect(p.setup.left.selection).toBeNull();
    const left = { ...p.setup.left.reading, columns: { party: "Debtor" } };
    expect(selectionUnder(p, { left, right: p.setup.right.reading })).toEqual({
      field: "party",
      values: ["Harbour Foods"],
    });
  });

  it("are the intercompany account once the other company's signed amounts are turned round", () => {
    // Our receivable from B (1400) against B's payable to us, signed as B books it: what it owes negative.
    const ledger = tableOf({ name: "GL" })`
      Date       | Account | Reference   | Debit    | Credit
      2026-03-05 | 1400    | IC-2026-031 | 12500.00 |
      2026-03-05 | 4000    | IC-2026-031 |          | 12500.00
      2026-03-15 | 1200    | RCPT-77     | 10000.00 |
      2026-03-15 | 1400    | RCPT-77     |          | 10000.00
      2026-03-25 | 1400    | IC-CN-004   |          | 500.00
      2026-03-25 | 4000    | IC-CN-004   | 500.00   |
    `;
    const payable = tableOf({ name: "PayableToA" })`
      Date       | Reference   | Amount
      2026-03-06 | IC-2026-031 | -12500.00
      2026-03-14 | UEB-1403    | 10000.00
      2026-03-27 | IC-CN-004   | 500.00
    `;
    const p = proposal(ledger, payable, "bank-ledger");
    expect(p.setup.left.selection).toEqual({ field: "account", values: ["4000"] });
    const right = { ...p.setup.right.reading, sign: "flip" as const };
    expect(selectionUnder(p, { left: p.setup.left.reading, right })).toEqual({
      field: "account",
      values: ["1400"],
    });
  });

  it("stay the ones saved for the pair", () => {
    const saved = { field: "party" as const, values: ["Greenline"] };
    const sales = tableOf({ name: "Sales" })`
      Date       | Customer      | Invoice Number | Debit
      2026-02-02 | Harbour Foods | INV-1041       | 4250.00
      2026-02-03 | Greenline     | INV-1042       | 1875.40
    `;
    const statement = tableOf({ name: "CustomerStatement" })`
      Date       | Reference | Credit
      2026-02-02 | INV1041   | 4250.00
    `;
    const p = proposeSetup({
      presetId: "customer-receivables",
      left: { ref: { table: "Sales" }, table: sales },
      right: { ref: { table: "CustomerStatement" }, table: statement },
      dateSystem: 1900,
      saved: { decisions: EMPTY_DECISIONS, selection: saved },
    });
    expect(p.selectionSaved).toBe(true);
    expect(selectionUnder(p, { left: p.setup.left.reading, right: p.setup.right.reading })).toEqual(saved);
  });
});

describe("a customer's book without a Party column", () => {
  const statement = tableOf({ name: "CustomerStatement" })`
    Date       | Reference | Credit
    2026-02-02 | INV1041   | 4250.00
  `;
  const book = (ledger: TableData, presetId: PresetId) =>
    proposeSetup({
      presetId,
      left: { ref: { table: ledger.name }, table: ledger },
      right: { ref: { table: statement.name }, table: statement },
      dateSystem: 1900,
      saved: null,
    }).left;
  const codes = (ledger: TableData, presetId: PresetId) =>
    book(ledger, presetId).issues.map((i) => [i.code, i.severity]);

  it("is said once: every party's rows take part", () => {
    const sales = tableOf({ name: "Sales" })`
      Date       | Debtor        | Invoice Number | Debit
      2026-02-02 | Harbour Foods | INV-1041       | 4250.00
    `;
    expect(codes(sales, "customer-receivables")).toEqual([["recon_no_party_column", "warning"]]);
    // A cash book without an Account column is the cash account's: nothing to say.
    expect(codes(sales, "bank-ledger")).toEqual([]);
  });

  it("is not said where a column names the party, as Xero's Contact does", () => {
    const xero = tableOf({ name: "Sales" })`
      Date       | Contact       | Invoice Number | Debit
      2026-02-02 | Harbour Foods | INV-1041       | 4250.00
    `;
    expect(book(xero, "customer-receivables").columns.party).toBe("Contact");
    expect(codes(xero, "customer-receivables")).toEqual([]);
  });
});
