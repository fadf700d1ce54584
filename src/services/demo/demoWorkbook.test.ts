import { recordCount } from "../../core/table";
import { createDemoWorkbook } from "./demoWorkbook";

describe("demo workbook", () => {
  it("lists the sample tables with their headers and sizes", async () => {
    const port = createDemoWorkbook();
    const tables = await port.listTables();
    expect(tables.map((t) => `${t.sheet}!${t.name}`)).toEqual([
      "Ledger!Ledger",
      "Bank!BankStatement",
      "Accounts!ChartOfAccounts",
      "Invoices!Invoices",
      "Items!Items",
      "Movements!StockMovements",
      "Calendar!Events",
      "People!People",
      "Rooms!Rooms",
    ]);
    const bank = tables.find((t) => t.name === "BankStatement");
    expect(bank?.headers).toEqual(["Date", "Description", "Reference", "Paid Out", "Paid In", "Balance"]);
  });

  it("keeps the bank's running balance consistent with its lines", async () => {
    const port = createDemoWorkbook();
    const bank = await port.readTable({ table: "BankStatement" });
    const [, , , out, inn, bal] = bank.columns;
    let cents = Math.round(18420.35 * 100);
    for (let i = 0; i < recordCount(bank); i++) {
      cents += Math.round(Number(inn?.[i] ?? 0) * 100) - Math.round(Number(out?.[i] ?? 0) * 100);
      expect(Math.round(Number(bal?.[i]) * 100)).toBe(cents);
    }
  });

  it("stores dates as 1900-system serials, as Excel would", async () => {
    const port = createDemoWorkbook();
    expect(await port.dateSystem()).toBe(1900);
    const ledger = await port.readTable({ table: "Ledger" });
    expect(ledger.columns[0]?.[0]).toBe(46083); // 2026-03-02
  });
});
