/** Headers named by what a headerless file's columns hold, and when a file has no header row. */
import { loadCsv } from "./csv";
import { balanceOnly, hasNoHeaderRow, headersByContent } from "./headersByContent";
import { createMemoryWorkbook } from "./memoryWorkbook";

/** Lines of fields from comma-separated text (no quoting needed here). */
const lines = (...text: string[]) => text.map((l) => l.split(","));

describe("headersByContent", () => {
  it("names Wells Fargo's columns: Date, Amount, its asterisk and blank check number by letter, Description", () => {
    const records = lines(
      "03/31/2026,-98.40,*,,STADTWERKE MUENCHEN UT-7781",
      "03/26/2026,20.00,*,,TELEKOM DEUTSCHLAND TK-REF-9",
      "03/20/2026,-3200.00,*,,JUERGEN WEISS PAY-0320",
    );
    expect(headersByContent(records, 5)).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
  });

  it("numbers a second date column and a second amount column", () => {
    const records = lines(
      "2026-03-02,2026-03-03,MUELLER GMBH INV-1041,4250.00,",
      "2026-03-03,2026-03-03,HAUSVERWALTUNG RENT-03,,1850.00",
      "2026-03-05,2026-03-06,BUEROBEDARF BILL-552,,1234.56",
    );
    // Never both filled on a line: money out and money in, in the order banks write them.
    expect(headersByContent(records, 5)).toEqual(["Date", "Date 2", "Description", "Debit", "Credit"]);
    const signed = lines(
      "2026-03-02,2026-03-03,MUELLER GMBH INV-1041,4250.00,4250.00",
      "2026-03-03,2026-03-03,HAUSVERWALTUNG RENT-03,-1850.00,-1850.00",
    );
    expect(headersByContent(signed, 5)).toEqual(["Date", "Date 2", "Description", "Amount", "Amount 2"]);
  });

  it("names money out and money in Debit and Credit, 0.00 for none too, which by the balance beside them", () => {
    const outIn = lines(
      "02/03/2026,MUELLER GMBH INV-1041,0.00,4250.00,14250.00",
      "03/03/2026,HAUSVERWALTUNG RENT-03,1850.00,0.00,12400.00",
      "05/03/2026,BUEROBEDARF BILL-552,1234.56,0.00,11165.44",
    );
    expect(headersByContent(outIn, 5)).toEqual(["Date", "Description", "Debit", "Credit", "Balance"]);
    // Money in first: the balance says so.
    const inOut = outIn.map(([d, t, out, inn, b]) => [d, t, inn, out, b] as string[]);
    expect(headersByContent(inOut, 5)).toEqual(["Date", "Description", "Credit", "Debit", "Balance"]);
  });

  it("names a column of DR and CR marks beside an unsigned amount Debit/Credit, read as the indicator", () => {
    const records = lines(
      "02/03/2026,MUELLER GMBH INV-1041,4250.00,CR",
      "03/03/2026,HAUSVERWALTUNG RENT-03,1850.00,DR",
      "05/03/2026,BUEROBEDARF BILL-552,1234.56,DR",
    );
    expect(headersByContent(records, 4)).toEqual(["Date", "Description", "Amount", "Debit/Credit"]);
  });

  it("names a running balance Balance, newest first or oldest first, wherever it stands", () => {
    const newestFirst = lines(
      "03/31/2026,10792.57,STADTWERKE UT-7781,-98.40",
      "03/26/2026,10890.97,TELEKOM TK-REF-9,20.00",
      "03/20/2026,10870.97,GEHALT PAY-0320,-3200.00",
      "03/17/2026,14070.97,CAFE INV-1044,615.75",
    );
    expect(headersByContent(newestFirst, 4)).toEqual(["Date", "Balance", "Description", "Amount"]);
    const oldestFirst = [...newestFirst].reverse();
    expect(headersByContent(oldestFirst, 4)).toEqual(["Date", "Balance", "Description", "Amount"]);
  });

  it("names the running balance of two lines Balance where their figures prove it, either way round", () => {
    const oldestFirst = lines(
      "03/01/2026,-25.00,*,,COFFEE SHOP,975.00",
      "03/02/2026,500.00,*,,DEPOSIT,1475.00",
    );
    const named = ["Date", "Amount", "Column C", "Column D", "Description", "Balance"];
    expect(headersByContent(oldestFirst, 6)).toEqual(named);
    expect(headersByContent([...oldestFirst].reverse(), 6)).toEqual(named);
    // Money out and money in beside it: which is which, by the balance.
    const outIn = lines("03/01/2026,COFFEE SHOP,25.00,,975.00", "03/02/2026,DEPOSIT,,500.00,1475.00");
    expect(headersByContent(outIn, 5)).toEqual(["Date", "Description", "Debit", "Credit", "Balance"]);
    const inOut = outIn.map(([d, t, out, inn, b]) => [d, t, inn, out, b] as string[]);
    expect(headersByContent(inOut, 5)).toEqual(["Date", "Description", "Credit", "Debit", "Balance"]);
  });

  it("names no balance in two lines whose figures do not prove one", () => {
    // The figures do not add up: two amounts.
    const apart = lines("03/01/2026,-25.00,COFFEE SHOP,975.00", "03/02/2026,500.00,DEPOSIT,1400.00");
    expect(headersByContent(apart, 4)).toEqual(["Date", "Amount", "Description", "Amount 2"]);
    // Nothing moved: an unchanged figure beside a zero amount proves nothing.
    const still = lines("03/01/2026,0.00,FEE WAIVED,975.00", "03/02/2026,0.00,FEE WAIVED,975.00");
    expect(headersByContent(still, 4)).toEqual(["Date", "Amount", "Description", "Amount 2"]);
    // Each column runs as the balance of the other (10 + 20 = 30, -10 + 30 = 20): which is which is unproven.
    const both = lines("03/01/2026,10.00,A,-10.00", "03/02/2026,30.00,B,20.00");
    expect(headersByContent(both, 4)).toEqual(["Date", "Amount 2", "Description", "Amount"]);
    // One line alone proves no balance.
    expect(headersByContent(lines("03/01/2026,-25.00,*,,COFFEE SHOP,975.00"), 6)).toEqual([
      "Date",
      "Amount",
      "Column C",
      "Column D",
      "Description",
      "Amount 2",
    ]);
  });

  it("takes ABN AMRO's balance after each booking for the balance, and its signed amount for the amount", () => {
    // Account, currency, date, balance before, balance after, value date, amount, description.
    const records = [
      [
        "123456789",
        "EUR",
        "20260302",
        "10000,00",
        "14250,00",
        "20260302",
        "4250,00",
        "MUELLER GMBH INV-1041",
      ],
      [
        "123456789",
        "EUR",
        "20260303",
        "14250,00",
        "12400,00",
        "20260303",
        "-1850,00",
        "HAUSVERWALTUNG RENT-03",
      ],
      [
        "123456789",
        "EUR",
        "20260305",
        "12400,00",
        "11165,44",
        "20260305",
        "-1234,56",
        "BUEROBEDARF BILL-552",
      ],
    ];
    expect(headersByContent(records, 8)).toEqual([
      "Column A",
      "Column B",
      "Date",
      "Amount 2",
      "Balance",
      "Date 2",
      "Amount",
      "Description",
    ]);
  });

  it("leaves whole numbers without a sign (check numbers) and a column of marks unnamed", () => {
    const records = lines(
      "03/31/2026,-98.40,1001,DR,RENT RENT-03",
      "03/26/2026,20.00,1002,CR,TELEKOM TK-REF-9",
      "03/20/2026,-45.50,1003,DR,BUERO PO-77",
    );
    expect(headersByContent(records, 5)).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
  });

  it("reads amounts with decimal commas, and dates with a pending booking among them", () => {
    const records = [
      ["05.03.2026", "Acme GmbH INV-1041", "4.250,00"],
      ["16.03.2026", "Entgelt FEE-03", "-20,00"],
      ["20.03.2026", "Büro AG PO-77", "-45,50"],
      ["offen", "Stadtwerke UT-7781", "-98,40"],
    ];
    expect(headersByContent(records, 3)).toEqual(["Date", "Description", "Amount"]);
  });
});

describe("hasNoHeaderRow", () => {
  it("is true of a file that starts with a record over records like it", () => {
    expect(
      hasNoHeaderRow(lines("03/31/2026,-98.40,RENT", "03/26/2026,20.00,FEE", "03/20/2026,-45.50,PO")),
    ).toBe(true);
  });

  it("is true of a file whose first record's figure stands in a credit column, blank on most lines", () => {
    const split = lines(
      "02/03/2026,MUELLER GMBH INV-1041,,4250.00,14250.00",
      "03/03/2026,HAUSVERWALTUNG RENT-03,1850.00,,12400.00",
      "05/03/2026,BUEROBEDARF BILL-552,1234.56,,11165.44",
      "10/03/2026,NORDWIND INV-1043,,12345.67,23511.11",
      "13/03/2026,KONTOFUEHRUNG FEE-03,9.90,,23501.21",
    );
    expect(hasNoHeaderRow(split)).toBe(true);
    expect(hasNoHeaderRow([["Date", "Description", "Debit", "Credit", "Balance"], ...split])).toBe(false);
  });

  it("is false of a file with headers, and of a first line shaped unlike the records", () => {
    expect(hasNoHeaderRow(lines("Date,Amount,Text", "03/26/2026,20.00,FEE", "03/20/2026,-45.50,PO"))).toBe(
      false,
    );
    expect(
      hasNoHeaderRow(lines("03/31/2026,-98.40", "03/26/2026,20.00,FEE,1", "03/20/2026,-45.50,PO,2")),
    ).toBe(false);
  });
});

describe("a file of one line", () => {
  const semicolons = (text: string) => [text.split(";")];

  it("is a record when it reads as a date and an amount", () => {
    expect(hasNoHeaderRow(lines("03/31/2026,-98.40,*,,STADTWERKE MUENCHEN UT-7781"))).toBe(true);
    expect(hasNoHeaderRow(semicolons("31.03.2026;Stadtwerke München UT-7781;-98,40"))).toBe(true);
    // A blank line after it (the file's last line break) is no line below it.
    expect(hasNoHeaderRow([...lines("2026-03-26,20.00,TELEKOM TK-REF-9"), [""]])).toBe(true);
    // A booking's text that is a debit's or a credit's header word elsewhere is still a booking's text.
    expect(hasNoHeaderRow(lines("03/26/2026,20.00,*,,DEPOSIT"))).toBe(true);
  });

  it("is headers when it holds no date and amount, or a header's word, or names a balance", () => {
    expect(hasNoHeaderRow(lines("Date,Amount,Description"))).toBe(false);
    expect(hasNoHeaderRow(semicolons("Buchungstag;Verwendungszweck;Betrag"))).toBe(false);
    // Whole numbers alone are as likely check numbers; a date alone is no booking.
    expect(hasNoHeaderRow(lines("03/31/2026,1001,RENT"))).toBe(false);
    expect(hasNoHeaderRow(lines("03/31/2026,Statement,March"))).toBe(false);
    expect(hasNoHeaderRow(lines("Date,03/31/2026,-98.40"))).toBe(false);
    expect(hasNoHeaderRow(semicolons("Kontostand;31.03.2026;20.792,57"))).toBe(false);
    expect(hasNoHeaderRow(lines("Closing balance,03/31/2026,10792.57"))).toBe(false);
  });

  it("is read as one record below headers named by what it holds", async () => {
    const text = '"03/31/2026","-98.40","*","","STADTWERKE MUENCHEN UT-7781"\r\n';
    const wb = loadCsv(text, { name: "wf.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "wf" });
    expect(t.headers).toEqual(["Date", "Amount", "Column C", "Column D", "Description"]);
    expect(t.rows).toEqual([2]);
    expect(t.columns.map((c) => c[0])).toEqual([
      "03/31/2026",
      "-98.40",
      "*",
      null,
      "STADTWERKE MUENCHEN UT-7781",
    ]);
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["csv_no_header", "info", 1, "A1"],
    ]);
  });

  it("of headers alone is read as headers with no records, unnoted", async () => {
    const wb = loadCsv("Date,Amount,Description\n", { name: "bank.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "bank" });
    expect(t.headers).toEqual(["Date", "Amount", "Description"]);
    expect(t.rows).toEqual([]);
    expect(t.notes?.sourceIssues ?? []).toEqual([]);
  });
});

describe("a file of one balance line and no booking", () => {
  const semicolons = (text: string) => [text.split(";")];

  it("gets headers named by what its line holds, and the balance it states", () => {
    expect(balanceOnly(semicolons("Kontostand;31.03.2026;20.792,57 EUR"))).toEqual({
      headers: ["Description", "Date", "Amount"],
      kind: "closing",
      figure: "20.792,57 EUR",
    });
    expect(balanceOnly([...semicolons("Neuer Kontostand;31.03.2026;;20.792,57;EUR;H"), [""]])).toEqual({
      headers: ["Description", "Date", "Column C", "Amount", "Currency", "Debit/Credit"],
      kind: "closing",
      figure: "20.792,57",
    });
    expect(balanceOnly(semicolons("01.03.2026;Anfangssaldo;10.000,00"))).toMatchObject({
      headers: ["Date", "Description", "Amount"],
      kind: "opening",
    });
  });

  it("is none for a booking, headers, a balance line without a date, or a line among others", () => {
    expect(balanceOnly(lines("03/31/2026,-98.40,STADTWERKE UT-7781"))).toBeNull();
    expect(balanceOnly(lines("Date,Amount,Description"))).toBeNull();
    expect(balanceOnly(lines("Closing balance,1234.56"))).toBeNull();
    expect(balanceOnly(lines("Closing balance,2026-03-31,1234.56", "2026-03-31,RENT,-5.00"))).toBeNull();
  });

  it("is loaded as headers above it with no records, the line kept in row 2 as the table's balance", async () => {
    const wb = loadCsv("Kontostand;31.03.2026;20.792,57 EUR\r\n", { name: "konto.csv" });
    const t = await createMemoryWorkbook(wb).readTable({ table: "konto" });
    expect(t.headers).toEqual(["Description", "Date", "Amount"]);
    expect(t.rows).toEqual([]);
    expect(t.notes?.fileBalances).toEqual({
      closing: { text: "20.792,57 EUR", row: 2, label: "Kontostand", column: 2, named: false },
    });
    expect(t.notes?.sourceIssues?.map((i) => [i.code, i.severity, i.row, i.address])).toEqual([
      ["recon_balance_line_only", "warning", 2, "A2"],
    ]);
    const sheet = wb.mustSheet("konto");
    expect([0, 1, 2].map((c) => sheet.value(1, c))).toEqual(["Description", "Date", "Amount"]);
    expect([0, 1, 2].map((c) => sheet.value(2, c))).toEqual(["Kontostand", "31.03.2026", "20.792,57 EUR"]);
  });
});
