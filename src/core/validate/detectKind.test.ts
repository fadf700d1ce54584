import { tableFromRows } from "../table";
import { detectKind } from "./detectKind";
import { kindIdFrom } from "./kindIds";

const headers = (...h: string[]) => tableFromRows({ name: "T", sheet: "S", headers: h, records: [] });

describe("detectKind", () => {
  it.each([
    [["Date", "Entry", "Account", "Description", "Debit", "Credit"], "ledger"],
    [["Posting date", "JE #", "GL Account", "Amount", "Ccy"], "ledger"],
    [["Account", "Account name", "Account type", "Parent account"], "chart-of-accounts"],
    [["Value Date", "Details", "Paid out", "Paid in", "Balance"], "bank-statement"],
    [["Date", "Description", "Amount", "Running balance"], "bank-statement"],
    // The table of an imported statement file (camt.053 / MT940 with value dates; OFX without).
    [
      [
        ...["Date", "Bank Value Date", "Amount", "Currency", "Counterparty", "Description", "Reference"],
        ...["Transaction ID", "Balance", "Bank Account", "Statement"],
      ],
      "bank-statement",
    ],
    [
      [
        ...["Date", "Amount", "Currency", "Counterparty", "Description", "Reference", "Transaction ID"],
        ...["Balance", "Bank Account"],
      ],
      "bank-statement",
    ],
    [["Invoice #", "Customer", "Invoice date", "Due date", "Total", "Paid", "Status"], "invoices"],
    [["Bill number", "Supplier", "Bill date", "Amount"], "invoices"],
    [["SKU", "Item name", "UoM", "Reorder level", "Unit cost"], "inventory-items"],
    [["Date", "Item code", "Warehouse", "Qty", "Movement type"], "stock-movements"],
    [["Count date", "SKU", "Bin", "Counted qty"], "stock-counts"],
    [["Subject", "Start time", "End time", "Attendees", "Room"], "calendar-events"],
    [["Full name", "E-mail", "Time zone"], "people"],
    [["Room name", "Seats"], "rooms"],
  ])("%j is a %s table", (h, kind) => {
    expect(detectKind(headers(...h)).kind).toBe(kind);
  });

  it("does not guess between kinds that fit equally well", () => {
    const d = detectKind(headers("Date", "Account", "Description", "Amount", "Balance"));
    expect(d.kind).toBeUndefined();
    expect(
      d.candidates
        .slice(0, 2)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(["bank-statement", "ledger"]);
  });

  it("finds nothing in unrelated headers", () => {
    expect(detectKind(headers("Colour", "Shape"))).toEqual({ kind: undefined, candidates: [] });
  });
});

describe("kindIdFrom", () => {
  it.each([
    ["Bank statement", "bank-statement"],
    ["bank_statement", "bank-statement"],
    ["bankStatement", "bank-statement"],
    ["journal", "ledger"],
    ["COA", "chart-of-accounts"],
    ["payables", "invoices"],
    ["AUTO", "auto"],
    ["none", "none"],
    ["spreadsheet", undefined],
  ])("%s -> %s", (text, id) => expect(kindIdFrom(text)).toBe(id));
});
