/**
 * typeCsvCells: a CSV side's date and amount cells typed as the run read them, at their currency's scale;
 * a cell whose value a date or number would change (a time of day, a DR/CR mark, more decimals than its
 * currency has, another currency) stays text, as does every cell of a side that is not a CSV file. A row
 * whose amount is blank was read from its debit or credit: those cells are typed, the same row's on others not.
 */
import { createMemoryWorkbook, loadCsv } from "../../workbook/memory";
import type { MemoryWorkbook } from "../../workbook/memory/model";
import { createReconciliationService, type ReconcileOutcome } from "../../services/reconciliation";
import { amountFormat, typeCsvCells } from "./typedCsvCells";

const BOOK = [
  "Date,Reference,Description,Amount,Currency",
  "2026-03-02,INV-1041,Receipt Harbour,5000,JPY",
  "2026-03-04,BILL-552,Payment Greenline,-1200,JPY",
  "",
].join("\n");

/** A book in euros, beside banks that give some or all amounts in debit and credit columns. */
const BOOK_EUR = [
  "Date,Reference,Description,Amount,Currency",
  "2026-03-13,INV-1041,Receipt Harbour,5000.00,EUR",
  "2026-03-16,BILL-552,Payment Greenline,-1200.00,EUR",
  "2026-03-18,INV-1042,Receipt Nordwind,250.50,EUR",
  "2026-03-20,BILL-553,Payment Köhler,-98.40,EUR",
  "",
].join("\n");

async function reconciled(
  book: string,
  bank: string,
): Promise<{ wb: MemoryWorkbook; outcome: ReconcileOutcome }> {
  const wb = loadCsv(book, { name: "book.csv" });
  loadCsv(bank, { name: "bank.csv", into: wb });
  const svc = createReconciliationService(createMemoryWorkbook(wb));
  const proposal = await svc.proposeSetup({ table: "book" }, { table: "bank" }, "bank-ledger");
  return { wb, outcome: await svc.run(proposal.setup) };
}

/** Value and number format of a cell of the bank sheet, by its A1 address. */
function bankCell(wb: MemoryWorkbook, address: string): [unknown, string] {
  const col = address.charCodeAt(0) - 65;
  const cell = wb.mustSheet("bank").get(Number(address.slice(1)), col);
  return [cell?.value ?? null, cell?.format ?? "General"];
}

describe("amountFormat", () => {
  it.each([
    [2, "#,##0.00"],
    [0, "#,##0"],
    [3, "#,##0.000"],
  ])("shows %i decimals as %s", (decimals, format) => {
    expect(amountFormat(decimals)).toBe(format);
  });
});

describe("typeCsvCells", () => {
  it("types yen at no decimals and keeps an amount the run rounded as text", async () => {
    const bank = [
      "Date,Reference,Amount,Currency",
      '03/03/2026,INV-1041,"5,000",JPY',
      "03/15/2026,BILL-552,1000.5,JPY",
      "",
    ].join("\n");
    const { wb, outcome } = await reconciled(BOOK, bank);
    typeCsvCells(wb, outcome, { left: true, right: true });
    expect(bankCell(wb, "C2")).toEqual([5000, "#,##0"]);
    expect(bankCell(wb, "C3")).toEqual(["1000.5", "General"]);
    expect(bankCell(wb, "B2")).toEqual(["INV-1041", "General"]);
  });

  it("keeps a date with a time of day, an amount with a DR/CR mark and one in another currency as text", async () => {
    const bank = [
      "Date,Reference,Amount,Currency",
      "2026-03-03 14:30,INV-1041,5000.00 CR,EUR",
      "03/15/2026,BILL-552,USD 1200,EUR",
      "03/16/2026,FEE-03,€9.90,EUR",
      "",
    ].join("\n");
    const { wb, outcome } = await reconciled(BOOK, bank);
    typeCsvCells(wb, outcome, { left: true, right: true });
    expect(bankCell(wb, "A2")).toEqual(["2026-03-03 14:30", "General"]);
    expect(bankCell(wb, "C2")).toEqual(["5000.00 CR", "General"]);
    expect(bankCell(wb, "C3")).toEqual(["USD 1200", "General"]);
    expect(bankCell(wb, "C4")).toEqual([9.9, "#,##0.00"]);
    expect(bankCell(wb, "A4")).toEqual([46097, "yyyy-mm-dd"]);
  });

  it("leaves a side that is not a CSV file, and a cell changed since the run, as they are", async () => {
    const bank = ["Date,Reference,Amount", "03/13/2026,INV-1041,5000", "03/25/2026,BILL-552,-1200", ""].join(
      "\n",
    );
    const { wb, outcome } = await reconciled(BOOK, bank);
    wb.mustSheet("bank").edit(3, 2, (c) => (c.value = "-1,200"));
    expect(typeCsvCells(wb, outcome, { left: false, right: true })).toBe(3);
    expect(bankCell(wb, "C3")).toEqual(["-1,200", "General"]);
    expect(wb.mustSheet("book").value(2, 0)).toBe("2026-03-02");
    expect(wb.mustSheet("book").value(2, 3)).toBe("5000");
  });

  it("types the debit or credit a row with a blank amount was read from, with the side's decimal comma", async () => {
    const bank = [
      "Buchungstag;Kundenreferenz;Betrag;Soll;Haben;Währung",
      "13.03.2026;INV-1041;5.000,00;;5.000,00;EUR",
      "16.03.2026;BILL-552;;-1.200,00;;EUR",
      "18.03.2026;INV-1042;;;250,50;EUR",
      "20.03.2026;BILL-553;-98,40;-98,40;;EUR",
      "23.03.2026;FEE-03;;siehe Beleg;;EUR",
      "",
    ].join("\n");
    const { wb, outcome } = await reconciled(BOOK_EUR, bank);
    expect(outcome.right.set.minor).toEqual(Float64Array.from([500000, -120000, 25050, -9840]));
    typeCsvCells(wb, outcome, { left: false, right: true });
    expect(bankCell(wb, "D3")).toEqual([-1200, "#,##0.00"]);
    expect(bankCell(wb, "E4")).toEqual([250.5, "#,##0.00"]);
    // Read from the Betrag: its Haben was not read, and stays as written.
    expect(bankCell(wb, "C2")).toEqual([5000, "#,##0.00"]);
    expect(bankCell(wb, "E2")).toEqual(["5.000,00", "General"]);
    expect(bankCell(wb, "D5")).toEqual(["-98,40", "General"]);
    expect(bankCell(wb, "D6")).toEqual(["siehe Beleg", "General"]);
  });

  it("types the debit and credit of a side with no amount column", async () => {
    const bank = [
      "Date,Reference,Debit,Credit",
      '03/13/2026,INV-1041,,"5,000.00"',
      "03/16/2026,BILL-552,1200.00,",
      "03/18/2026,INV-1042,,n/a",
      "",
    ].join("\n");
    const { wb, outcome } = await reconciled(BOOK_EUR, bank);
    expect(outcome.right.amountMode).toBe("debit-credit");
    typeCsvCells(wb, outcome, { left: false, right: true });
    expect(bankCell(wb, "D2")).toEqual([5000, "#,##0.00"]);
    expect(bankCell(wb, "C3")).toEqual([1200, "#,##0.00"]);
    expect(bankCell(wb, "D4")).toEqual(["n/a", "General"]);
  });

  it("reads an amount at the scale of the currency its header names, as the run did", async () => {
    const bank = [
      "Date,Reference,Amount (JPY)",
      "03/13/2026,INV-1041,5000.4",
      "03/16/2026,BILL-552,-1200",
      "",
    ].join("\n");
    const { wb, outcome } = await reconciled(BOOK_EUR, bank);
    expect(outcome.right.set.currency).toEqual(["JPY", "JPY"]);
    typeCsvCells(wb, outcome, { left: false, right: true });
    expect(bankCell(wb, "C2")).toEqual(["5000.4", "General"]);
    expect(bankCell(wb, "C3")).toEqual([-1200, "#,##0"]);
  });
});
