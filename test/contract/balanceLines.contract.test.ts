/**
 * A table's read carries the balances a bank's own lines state on the sheet above and below it (its
 * export opened in Excel, the transactions made a table), on memory/ and office/-over-simulator alike:
 * figures held as numbers keep their value, date cells before the words are skipped, and the rows of
 * another table on the sheet are never read as such lines.
 */
import { BACKENDS, type Seed } from "./backends";

const seed: Seed = {
  sheets: [
    {
      name: "Umsaetze",
      rows: [
        ["Umsätze Girokonto", "Zeitraum: 01.03.2026 - 31.03.2026", null],
        [46083, "Alter Kontostand", "10.000,00 EUR"],
        [null, null, null],
        [null, null, null],
        ["Buchungstag", "Verwendungszweck", "Betrag"],
        [46083, "MÜLLER GMBH INV-1041", 4250],
        [46112, "STADTWERKE MÜNCHEN UT-7781", -98.4],
        [null, null, null],
        ["Endsaldo", 20792.58, "EUR"],
      ],
      formats: { A2: "dd.mm.yyyy", A6: "dd.mm.yyyy", A7: "dd.mm.yyyy" },
    },
    {
      // A sheet of accounts one under another: each with its opening line above and closing line below.
      name: "Accounts",
      rows: [
        ["Account DE11 Current", null, null],
        ["Opening balance", 10000, null],
        ["Date", "Description", "Amount"],
        ["2026-03-02", "Rent", -950],
        ["2026-03-15", "Sale", 12027.13],
        ["Closing balance", 21077.13, null],
        [null, null, null],
        ["Account DE22 Savings", null, null],
        [null, null, null],
        ["Opening balance", 3000, null],
        ["Date", "Description", "Amount"],
        ["2026-03-03", "Transfer in", 500],
        ["Closing balance", 3500, null],
      ],
    },
    {
      name: "Two",
      rows: [
        ["Date", "Description", "Amount"],
        [46083, "Closing balance", 500],
        [null, null, null],
        ["Date", "Description", "Amount"],
        [46084, "Rent", -100],
      ],
    },
  ],
  tables: [
    { name: "Current", sheet: "Accounts", address: "A3:C5" },
    { name: "Savings", sheet: "Accounts", address: "A11:C12" },
    { name: "Bank", sheet: "Umsaetze", address: "A5:C7" },
    { name: "First", sheet: "Two", address: "A1:C2" },
    { name: "Second", sheet: "Two", address: "A4:C5" },
  ],
};

describe.each(BACKENDS)("$name port: balance lines beside a table", ({ make }) => {
  it("reads the lines above and below the table, as the cells hold them", async () => {
    const t = await make(seed).port.readTable({ table: "Bank" });
    expect(t.notes?.fileBalances).toEqual({
      opening: {
        text: "10.000,00 EUR",
        row: 2,
        label: "Alter Kontostand",
        column: 2,
        named: true,
        onSheet: true,
      },
      closing: {
        text: "20792.58",
        value: 20792.58,
        currency: "EUR",
        row: 9,
        label: "Endsaldo",
        column: 1,
        named: true,
        onSheet: true,
      },
    });
  });

  it("reads each account's own lines on a sheet of accounts one under another", async () => {
    const b = make(seed);
    const current = (await b.port.readTable({ table: "Current" })).notes?.fileBalances;
    const savings = (await b.port.readTable({ table: "Savings" })).notes?.fileBalances;
    expect([
      current?.opening?.row,
      current?.opening?.value,
      current?.closing?.row,
      current?.closing?.value,
    ]).toEqual([2, 10000, 6, 21077.13]);
    expect([
      savings?.opening?.row,
      savings?.opening?.value,
      savings?.closing?.row,
      savings?.closing?.value,
    ]).toEqual([10, 3000, 13, 3500]);
  });

  it("leaves another table's rows alone", async () => {
    const t = await make(seed).port.readTable({ table: "Second" });
    expect(t.notes?.fileBalances).toBeUndefined();
  });
});
