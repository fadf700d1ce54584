/**
 * The balances banks state in lines of their own above the headers or below the records of a CSV export,
 * found by their words and kept as written on the table's notes; a line that only mentions a balance in a
 * sentence, or states no figure, is none.
 */
import { balanceLineOf, balanceLines, isPercentFormat, sheetBalanceLines } from "./balanceLines";
import type { Cell } from "../core/cell";
import { loadCsv } from "./memory/csv";
import { createMemoryWorkbook } from "./memory/memoryWorkbook";

const line = (text: string) => text.split(";");

describe("balanceLineOf: a bank's own line that states a balance", () => {
  it.each([
    ["comdirect", "Alter Kontostand;10.000,00 EUR;", "opening", "10.000,00 EUR", {}],
    ["comdirect", "Neuer Kontostand;20.792,57 EUR;", "closing", "20.792,57 EUR", {}],
    ["UBS", "Opening balance:;10000.00;", "opening", "10000.00", {}],
    ["UBS", "Closing balance:;20792.57;", "closing", "20792.57", {}],
    ["DKB", "Kontostand vom 31.03.2026:;20.890,97 €", null, "20.890,97 €", {}],
    [
      "Deutsche Bank's footer",
      "Kontostand;31.03.2026;;;20.792,57;EUR",
      null,
      "20.792,57",
      { currency: "EUR" },
    ],
    ["Postbank", "Letzter Kontostand;;;;20.792,57;EUR", "closing", "20.792,57", { currency: "EUR" }],
    [
      "Volksbank",
      "01.03.2026;;;;;;;;;Anfangssaldo;EUR;10.000,00;H",
      "opening",
      "10.000,00",
      { currency: "EUR", mark: "H" },
    ],
    [
      "Volksbank overdrawn",
      "31.03.2026;;Endsaldo;EUR;1.234,56;S",
      "closing",
      "1.234,56",
      { currency: "EUR", mark: "S" },
    ],
    ["French", "Ancien solde au 01/03/2026;EUR 10 000,00", "opening", "EUR 10 000,00", {}],
    ["French", "Nouveau solde;-1 234,56 EUR", "closing", "-1 234,56 EUR", {}],
    ["Dutch", "Beginsaldo;1.000,00", "opening", "1.000,00", {}],
    ["Dutch", "Eindsaldo;1.234,56-", "closing", "1.234,56-", {}],
    ["Italian", "Saldo iniziale;€ 1.000,00", "opening", "€ 1.000,00", {}],
    ["Italian", "Saldo finale;1.234,56", "closing", "1.234,56", {}],
    ["German", "Endsaldo;1.234,56 S", "closing", "1.234,56 S", {}],
    ["English", "Closing balance;USD 1,234.56", "closing", "USD 1,234.56", {}],
  ])("%s: %s", (_bank, text, kind, figure, extra) => {
    const found = balanceLineOf(line(text), 7);
    expect(found?.kind).toBe(kind);
    expect(found?.line).toMatchObject({ text: figure, row: 7, ...extra });
  });

  it.each([
    ["Saldo in a sentence", "Der Saldo wird am Monatsende berechnet;1.234,56"],
    ["a balance without a figure", "Neuer Kontostand;"],
    ["a figure followed by more text", "Neuer Kontostand;20.792,57;vorläufig"],
    ["a date where the figure would be", "Kontostand;31.03.2026"],
    ["another label", "Numbers of transactions in this period:;10;"],
    ["a period", "Zeitraum:;01.03.2026 - 31.03.2026"],
    ["text before the label", "Girokonto;Saldo;1.234,56"],
  ])("%s is none", (_what, text) => {
    expect(balanceLineOf(line(text), 3)).toBeNull();
  });

  it("keeps the first of a kind, and a name that says closing over a bare Kontostand", () => {
    const lines = [
      ["Kontostand", "31.03.2026", "", "", "1,00", "EUR"],
      ["Neuer Kontostand", "20.792,57 EUR"],
      ["Anfangssaldo", "10,00"],
      ["Anfangssaldo", "11,00"],
    ];
    const found = balanceLines(lines, [0, 1, 2, 3]);
    expect(found.opening).toMatchObject({ text: "10,00", row: 3, label: "Anfangssaldo" });
    expect(found.closing).toMatchObject({
      text: "20.792,57 EUR",
      row: 2,
      label: "Neuer Kontostand",
      column: 1,
    });
  });
});

describe("loadCsv: balance lines above and below the table noted on it", () => {
  const comdirect = [
    ";",
    '"Umsätze Girokonto";"Zeitraum: 01.03.2026 - 31.03.2026";',
    '"Neuer Kontostand";"20.792,57 EUR";',
    "",
    '"Buchungstag";"Wertstellung (Valuta)";"Vorgang";"Buchungstext";"Umsatz in EUR";',
    '"10.03.2026";"10.03.2026";"Gutschrift";"Saldo 12.345,67";"12.345,67";',
    '"05.03.2026";"05.03.2026";"Lastschrift";"Rechnung";"-1.234,56";',
    '"03.03.2026";"03.03.2026";"Lastschrift";"Miete";"-1.850,00";',
    "",
    '"Alter Kontostand";"10.000,00 EUR";',
  ].join("\r\n");

  it("notes comdirect's closing balance above its headers and its opening below its records", async () => {
    const t = await createMemoryWorkbook(loadCsv(comdirect, { name: "bank.csv" })).readTable({
      table: "bank",
    });
    expect(t.notes?.fileBalances).toEqual({
      opening: { text: "10.000,00 EUR", row: 10, label: "Alter Kontostand", column: 1, named: true },
      closing: { text: "20.792,57 EUR", row: 3, label: "Neuer Kontostand", column: 1, named: true },
    });
  });

  it("notes UBS's balances in its preamble", async () => {
    const ubs = [
      "Account number:;0240 00254061.01;",
      "Opening balance:;10000.00;",
      "Closing balance:;20792.57;",
      "",
      "Trade date;Description;Amount;",
      "2026-03-02;Müller GmbH;4250.00;",
      "2026-03-03;Miete;-1850.00;",
      "2026-03-05;Rechnung;-1234.56;",
    ].join("\r\n");
    const t = await createMemoryWorkbook(loadCsv(ubs, { name: "ubs.csv" })).readTable({ table: "ubs" });
    expect(t.notes?.fileBalances).toMatchObject({
      opening: { text: "10000.00", row: 2 },
      closing: { text: "20792.57", row: 3 },
    });
  });

  it("never takes a record's text for a balance, and notes nothing for a file without such lines", async () => {
    const plain =
      "Date,Description,Amount\r\n2026-03-02,Saldo,4250.00\r\n2026-03-03,Closing balance,-1.00\r\n";
    const t = await createMemoryWorkbook(loadCsv(plain, { name: "b.csv" })).readTable({ table: "b" });
    expect(t.notes?.fileBalances).toBeUndefined();
  });
});

describe("sheetBalanceLines: a bank's lines beside an Excel table", () => {
  const at = (row: number, cells: Cell[], formats: string[] = []) => ({ row, cells, formats });

  it("keeps a figure with a decimal comma and no thousands separator as written", () => {
    const found = sheetBalanceLines([
      at(1, ["Closing balance", "19842,57"]),
      at(2, ["Opening balance", "0,5"]),
    ]);
    expect(found.closing).toMatchObject({ text: "19842,57", row: 1, column: 1, onSheet: true });
    expect(found.opening).toMatchObject({ text: "0,5", row: 2, column: 1, onSheet: true });
  });

  it("takes no percentage for a figure", () => {
    expect(sheetBalanceLines([at(1, ["Closing balance", 0.05], ["General", "0%"])])).toEqual({});
    expect(sheetBalanceLines([at(1, ["Closing balance", 0.05], ["General", "0.00%"])])).toEqual({});
    const quoted = sheetBalanceLines([at(1, ["Closing balance", 1234.5], ["General", '#,##0.00 "%"'])]);
    expect(quoted.closing?.value).toBe(1234.5);
  });

  it.each([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ['0.00 "%"', false],
    ["0.00\\%", false],
    ["#,##0.00", false],
    ["General", false],
  ])("%s shows a percentage: %s", (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
  });
});
