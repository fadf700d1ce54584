import { fileErrorOf, isoDay as day } from "../../../test/support/statementFiles";
import { looksLikeBai2, readBai2 } from "./bai2";
import {
  readStatementFile,
  STATEMENT_FILE_EXTENSIONS,
  statementFormatName,
  statementFormatOf,
  type StatementLine,
} from ".";

const errorOf = (text: string) => fileErrorOf(() => readBai2(text));

// A US bank's prior-day file: two days (groups), an operating account in USD (group default) whose 03
// summary runs on in two 88s with funds types S, 0, V and D, and a JPY account with available balances
// only. A wire's text runs on in an 88 and holds commas; a deposit closes its text with "/"; an 890 note
// carries no money. Line numbers below are the array's index plus one.
const MAIN_LINES = [
  "01,122099999,ACMECORP,260302,0615,0301,,,2/",
  "02,ACMECORP,122099999,1,260302,2400,,2/",
  "03,0975312468,,010,4500000,,,015,5212550,,/",
  "88,100,1275050,3,S,1000000,250000,25050,400,562500,2,0/",
  "88,142,25050,1,V,260303,0900,195,1000000,1,D,1,0,1000000/",
  "16,195,1000000,0,FW260302-001,INV-2026-118,WIRE FROM ACME SUPPLY CO, LLC;",
  "88,INVOICES 118, 119 AND 120",
  "16,175,250000,S,150000,100000,0,DEP-0302-7,,COUNTER DEPOSIT, BRANCH 14/",
  "16,142,25050,V,260303,0900,ACH-88121,,ACH CREDIT PAYROLL REFUND",
  "16,475,62500,1,CHK-000981,981,CHECK PAID",
  "16,455,500000,D,2,0,300000,1,200000,ACH-99002,PO-5531,ACH DEBIT UTILITY CO",
  "16,890,,,,,DETAIL REPORTS WILL BE DELAYED UNTIL 11:00 AM.",
  "49,14412700,11/",
  "03,88-1234567,JPY,040,1200000,,,045,1050000,,/",
  "16,495,150000,0,TT-JP-0302,,OUTGOING WIRE TOKYO SUPPLIER K.K./",
  "49,2400000,3/",
  "98,16812700,2,16/",
  "02,ACMECORP,122099999,1,260303,2400,USD,2/",
  "03,0975312468,,010,5212550,,,015,5207550,,/",
  "16,930,7500,V,260303,,BKREF-930,,INTEREST ADJUSTMENT",
  "16,970,12500,,BKREF-970,,SERVICE CHARGE FEB",
  "49,10440100,4/",
  "98,10440100,1,6/",
  "99,27252800,2,24/",
];
const MAIN = MAIN_LINES.join("\n") + "\n";

/** MAIN with line n (1-based) replaced by the given records (none: the line is dropped). */
function editLine(n: number, ...records: string[]): string {
  return [...MAIN_LINES.slice(0, n - 1), ...records, ...MAIN_LINES.slice(n)].join("\n");
}

/** One account on 2026-03-02 in a file whose trailers state no figures, so they check nothing. */
function oneAccount(...records: string[]): string {
  const head = ["01,BANK,CUST,260302,0600,7,,,2/", "02,CUST,BANK,1,260302,,,2/"];
  return [...head, ...records, "49,,/", "98,,,/", "99,,,/"].join("\n");
}

describe("readBai2: a two-day file with two accounts", () => {
  const file = readBai2(MAIN);
  const [usd, jpy, nextDay] = file.statements;

  it("reads a statement per account and day, with its id, currency and balances", () => {
    expect(file.format).toBe("bai2");
    expect(file.statements).toHaveLength(3);
    expect(usd?.account).toBe("0975312468");
    expect(usd?.id).toBe("2026-03-02 / 0301");
    expect(usd?.currency).toBe("USD");
    expect(usd?.opening).toEqual({ day: day("2026-03-02"), minor: 4500000 });
    expect(usd?.closing).toEqual({ day: day("2026-03-02"), minor: 5212550 });
    expect(nextDay?.account).toBe("0975312468");
    expect(nextDay?.id).toBe("2026-03-03 / 0301");
    expect(nextDay?.opening).toEqual({ day: day("2026-03-03"), minor: 5212550 });
    expect(nextDay?.closing).toEqual({ day: day("2026-03-03"), minor: 5207550 });
  });

  it("reads a wire whose text holds commas and runs on in an 88", () => {
    const expected: StatementLine = {
      day: day("2026-03-02"),
      minor: 1000000,
      currency: "USD",
      party: "",
      description: "WIRE FROM ACME SUPPLY CO, LLC; INVOICES 118, 119 AND 120",
      reference: "INV-2026-118",
      bankId: "FW260302-001",
      line: 6,
    };
    expect(usd?.lines[0]).toEqual(expected);
  });

  it("passes over the fields of funds types S, V and D, and keeps V's value date", () => {
    const [, deposit, ach, , utility] = usd?.lines ?? [];
    expect(deposit).toEqual({
      day: day("2026-03-02"),
      minor: 250000,
      currency: "USD",
      party: "",
      description: "COUNTER DEPOSIT, BRANCH 14",
      reference: "",
      bankId: "DEP-0302-7",
      line: 8,
    });
    expect(ach).toEqual({
      day: day("2026-03-02"),
      valueDay: day("2026-03-03"),
      minor: 25050,
      currency: "USD",
      party: "",
      description: "ACH CREDIT PAYROLL REFUND",
      reference: "",
      bankId: "ACH-88121",
      line: 9,
    });
    expect(utility).toEqual({
      day: day("2026-03-02"),
      minor: -500000,
      currency: "USD",
      party: "",
      description: "ACH DEBIT UTILITY CO",
      reference: "PO-5531",
      bankId: "ACH-99002",
      line: 11,
    });
  });

  it("signs a line by its type code: 100-399 money in, 400-699 money out", () => {
    expect(usd?.lines.map((l) => l.minor)).toEqual([1000000, 250000, 25050, -62500, -500000]);
    expect(usd?.lines[3]).toMatchObject({
      reference: "981",
      bankId: "CHK-000981",
      description: "CHECK PAID",
    });
  });

  it("passes over the 890 non-monetary note", () => {
    expect(usd?.lines.map((l) => l.line)).toEqual([6, 8, 9, 10, 11]);
  });

  it("reads a JPY account in whole yen, with its available balances when no ledger balance is given", () => {
    expect(jpy?.account).toBe("88-1234567");
    expect(jpy?.currency).toBe("JPY");
    expect(jpy?.opening).toEqual({ day: day("2026-03-02"), minor: 1200000 });
    expect(jpy?.closing).toEqual({ day: day("2026-03-02"), minor: 1050000 });
    expect(jpy?.lines).toEqual([
      {
        day: day("2026-03-02"),
        minor: -150000,
        currency: "JPY",
        party: "",
        description: "OUTGOING WIRE TOKYO SUPPLIER K.K.",
        reference: "",
        bankId: "TT-JP-0302",
        line: 15,
      },
    ]);
  });

  it("reads the bank's own codes by BAI2's ranges: 920-959 in, 960-999 out", () => {
    expect(nextDay?.lines).toEqual([
      {
        day: day("2026-03-03"),
        minor: 7500,
        currency: "USD",
        party: "",
        description: "INTEREST ADJUSTMENT",
        reference: "",
        bankId: "BKREF-930",
        line: 20,
      },
      {
        day: day("2026-03-03"),
        minor: -12500,
        currency: "USD",
        party: "",
        description: "SERVICE CHARGE FEB",
        reference: "",
        bankId: "BKREF-970",
        line: 21,
      },
    ]);
  });

  it("gives lines that lead from each opening balance to its closing one", () => {
    for (const s of file.statements) {
      const reached = s.lines.reduce((sum, l) => sum + l.minor, s.opening?.minor ?? NaN);
      expect(reached).toBe(s.closing?.minor);
    }
  });
});

describe("readBai2: physical layout", () => {
  const expected = readBai2(MAIN);

  it("reads CRLF, 80-column padded records, blank lines, a byte order mark and no final newline", () => {
    const padded = MAIN_LINES.map((l) => l.padEnd(80));
    const text = "\uFEFF" + [...padded.slice(0, 17), "", "   ", ...padded.slice(17)].join("\r\n");
    const file = readBai2(text);
    // Two blank lines before the second group move its lines down by two.
    const moved = expected.statements.map((s, k) =>
      k < 2 ? s : { ...s, lines: s.lines.map((l) => ({ ...l, line: l.line + 2 })) },
    );
    expect(file.statements).toEqual(moved);
  });

  it("cuts a file of fixed-length records without line breaks by the 01 header's record length", () => {
    const header = "01,122099999,ACMECORP,260302,0615,0301,80,,2/";
    const text = [header, ...MAIN_LINES.slice(1)].map((l) => l.padEnd(80)).join("");
    expect(looksLikeBai2(text)).toBe(true);
    expect(readBai2(text).statements).toEqual(expected.statements);
  });

  it("reads several files sent one after another", () => {
    expect(readBai2(MAIN + MAIN).statements).toHaveLength(6);
  });
});

describe("readBai2: records", () => {
  it("reads fields continued in 88s after a record closed early by '/'", () => {
    const text = oneAccount(
      "03,555,,010,0,,/",
      "16,115,10000000,S,5000000,4000000,1000000/",
      "88,AX13612,B096132,AMALGAMATED CORP. LOCKBOX",
      "88,DEPOSIT-MISC. RECEIVABLES",
    );
    expect(readBai2(text).statements[0]?.lines[0]).toMatchObject({
      minor: 10000000,
      bankId: "AX13612",
      reference: "B096132",
      description: "AMALGAMATED CORP. LOCKBOX DEPOSIT-MISC. RECEIVABLES",
      line: 4,
    });
  });

  it("reads an empty text closed by '/', a '/' inside a text, a value date before the as-of day", () => {
    const text = oneAccount(
      "03,555,,,,,/",
      "16,409,2500,V,260301,,,,/",
      "16,409,3100,0,,,PART 1/2 OF INVOICE 77",
    );
    const [first, second] = readBai2(text).statements[0]?.lines ?? [];
    expect(first).toMatchObject({ description: "", reference: "", bankId: "", valueDay: day("2026-03-01") });
    expect(second?.description).toBe("PART 1/2 OF INVOICE 77");
  });

  it("reads signed balances and reads a zero debit as 0", () => {
    const text = oneAccount("03,555,,010,-150000,,,015,+000000000000,,/", "16,475,000,,,,VOID CHECK");
    const s = readBai2(text).statements[0];
    expect(s?.opening?.minor).toBe(-150000);
    expect(s?.closing?.minor).toBe(0);
    expect(Object.is(s?.lines[0]?.minor, 0)).toBe(true);
  });

  it("prefers the ledger balances and never mixes them with available ones", () => {
    const both = readBai2(oneAccount("03,555,,010,100,,,040,90,,,015,200,,,045,190,,/")).statements[0];
    expect([both?.opening?.minor, both?.closing?.minor]).toEqual([100, 200]);
    const mixed = readBai2(oneAccount("03,555,,010,100,,,045,190,,/")).statements[0];
    expect(mixed?.opening?.minor).toBe(100);
    expect(mixed?.closing).toBeUndefined();
    expect(readBai2(oneAccount("03,555,,/")).statements[0]?.opening).toBeUndefined();
  });

  it("takes the group's currency for an account that names none, its own otherwise", () => {
    const text = [
      "01,BANK,CUST,260302,0600,7,,,2/",
      "02,CUST,BANK,1,260302,,CAD,2/",
      "03,1,,/",
      "49,,/",
      "03,2,EUR,/",
      "49,,/",
      "98,,,/",
      "99,,,/",
    ].join("\n");
    expect(readBai2(text).statements.map((s) => s.currency)).toEqual(["CAD", "EUR"]);
  });

  it("passes over a status code and a detail without an amount", () => {
    const text = oneAccount(
      "03,555,,/",
      "16,050,100,,,,STATUS",
      "16,475,,,,,NO AMOUNT",
      "16,915,5,,,,OWN STATUS",
    );
    expect(readBai2(text).statements[0]?.lines).toEqual([]);
  });
});

describe("readBai2: control totals and counts", () => {
  const cut = "a record is missing or the file was cut";

  it("accepts the file as the bank sent it", () => {
    expect(() => readBai2(MAIN)).not.toThrow();
  });

  it("names a changed amount at the account trailer", () => {
    const e = errorOf(editLine(10, "16,475,62400,1,CHK-000981,981,CHECK PAID"));
    expect(e.line).toBe(13);
    expect(e.reason).toBe(`account control total 14412700 does not match the records' sum 14412600: ${cut}`);
  });

  it("names a missing detail record", () => {
    const e = errorOf(editLine(10));
    expect(e.line).toBe(12);
    expect(e.reason).toBe(`account control total 14412700 does not match the records' sum 14350200: ${cut}`);
  });

  it("counts the 88 records: a missing continuation changes the account's count", () => {
    const e = errorOf(editLine(7));
    expect(e.line).toBe(12);
    expect(e.reason).toBe(`the account trailer counts 11 records but the account has 10: ${cut}`);
  });

  it("names a group whose total, account count or record count does not match", () => {
    expect(errorOf(editLine(17, "98,16812799,2,16/")).reason).toBe(
      `group control total 16812799 does not match the sum of its accounts 16812700: ${cut}`,
    );
    expect(errorOf(editLine(17, "98,16812700,3,16/")).reason).toBe(
      `the group trailer counts 3 accounts but the group has 2: ${cut}`,
    );
    const e = errorOf(editLine(17, "98,16812700,2,15/"));
    expect(e.line).toBe(17);
    expect(e.reason).toBe(`the group trailer counts 15 records but the group has 16: ${cut}`);
  });

  it("names a missing account at the group trailer", () => {
    const text = [...MAIN_LINES.slice(0, 13), ...MAIN_LINES.slice(16)].join("\n");
    const e = errorOf(text);
    expect(e.line).toBe(14);
    expect(e.reason).toBe(
      `group control total 16812700 does not match the sum of its accounts 14412700: ${cut}`,
    );
  });

  it("names a file whose total, group count or record count does not match", () => {
    expect(errorOf(editLine(24, "99,27252801,2,24/")).reason).toBe(
      `file control total 27252801 does not match the sum of its groups 27252800: ${cut}`,
    );
    expect(errorOf(editLine(24, "99,27252800,3,24/")).reason).toBe(
      `the file trailer counts 3 groups but the file has 2: ${cut}`,
    );
    const e = errorOf(editLine(24, "99,27252800,2,25/"));
    expect(e.line).toBe(24);
    expect(e.reason).toBe(`the file trailer counts 25 records but the file has 24: ${cut}`);
  });

  it("does not check a trailer figure the bank leaves blank", () => {
    expect(() => readBai2(editLine(13, "49,,/"))).not.toThrow();
  });

  it("refuses a file cut after any record, by its trailers (no short statement is read)", () => {
    for (let k = 1; k < MAIN_LINES.length; k++)
      expect(() => readBai2(MAIN_LINES.slice(0, k).join("\n"))).toThrow();
    expect(errorOf(MAIN_LINES.slice(0, 13).join("\n")).reason).toBe(
      "the file ends without its 99 trailer: it was cut",
    );
  });

  it("refuses a file that ends inside its 99 trailer, whose blank figures would check nothing", () => {
    const upTo99 = MAIN_LINES.slice(0, 23);
    for (const trailer of ["99,", "99,27252800", "99,27252800,", "99,27252800,2", "99,27252800,2,"]) {
      const e = errorOf([...upTo99, trailer].join("\r\n"));
      expect([trailer, e.line, e.reason]).toEqual([
        trailer,
        24,
        "the file ends inside its 99 trailer: it was cut",
      ]);
    }
    // Its "/", or its last figure (which is checked), shows it whole; so do figures the bank leaves blank.
    expect(readBai2([...upTo99, "99,27252800,2,24"].join("\n")).statements).toHaveLength(3);
    expect(readBai2([...upTo99, "99,27252800,,/"].join("\n")).statements).toHaveLength(3);
    expect(errorOf([...upTo99, "99,27252800,2,2"].join("\n")).reason).toMatch(
      /counts 2 records but the file has 24/,
    );
  });

  it("names a cut file at its last line", () => {
    const e = errorOf(MAIN_LINES.slice(0, 20).join("\n"));
    expect(e.line).toBe(20);
    expect(e.reason).toBe("the file ends without its 99 trailer: it was cut");
    expect(errorOf(MAIN_LINES.slice(0, 23).join("\r\n") + "\r\n").line).toBe(23);
  });
});

describe("readBai2: errors", () => {
  it("names a record type BAI2 does not have", () => {
    const e = errorOf(editLine(12, "17,890,,,,,NOTE"));
    expect(e.line).toBe(12);
    expect(e.reason).toBe("record type 17 is not a BAI2 record (01, 02, 03, 16, 49, 88, 98 or 99)");
  });

  it("names a line that is no record", () => {
    const e = errorOf(editLine(13, "TOTAL 14412700", "49,14412700,11/"));
    expect(e.line).toBe(13);
    expect(e.reason).toBe('expected a BAI2 record such as "16,..." but found "TOTAL 14412700"');
  });

  it("names records out of order", () => {
    const detailFirst = ["01,B,C,260302,0600,7,,,2/", "02,C,B,1,260302,,,2/", "16,475,100,,,,X"].join("\n");
    expect(errorOf(detailFirst)).toMatchObject({
      line: 3,
      reason: "the 16 transaction detail comes outside an account",
    });
    expect(errorOf(editLine(13))).toMatchObject({
      line: 13,
      reason: "the 03 account record comes before the 49 trailer of the account before it",
    });
    expect(errorOf(MAIN_LINES.slice(1).join("\n"))).toMatchObject({
      line: 1,
      reason: "the 02 group header comes outside a file (no 01 header before it)",
    });
    expect(errorOf("88,MORE TEXT\n" + MAIN)).toMatchObject({
      line: 1,
      reason: "an 88 continuation record comes first, with no record before it to continue",
    });
  });

  it("names a bad as-of date and a bad value date", () => {
    expect(errorOf(editLine(2, "02,ACMECORP,122099999,1,260230,2400,,2/"))).toMatchObject({
      line: 2,
      reason: 'as-of date "260230" is not a real date',
    });
    expect(errorOf(editLine(2, "02,ACMECORP,122099999,1,2026-03-02,2400,,2/")).reason).toBe(
      'as-of date "2026-03-02" is not a date (YYMMDD)',
    );
    expect(errorOf(editLine(2, "02,ACMECORP,122099999,1,,2400,,2/")).reason).toBe(
      "the 02 group header has no as-of date",
    );
    expect(errorOf(oneAccount("03,1,,/", "16,142,5,V,261301,,,,X"))).toMatchObject({
      line: 4,
      reason: 'value date "261301" is not a real date',
    });
  });

  it("names an amount that is not a whole number of the smallest unit", () => {
    const e = errorOf(editLine(10, "16,475,625.00,1,CHK-000981,981,CHECK PAID"));
    expect(e.line).toBe(10);
    expect(e.reason).toBe(
      'amount "625.00" is not an amount: BAI2 writes amounts as whole numbers of cents ' +
        "(or of the currency's smallest unit), without a point or a sign",
    );
    expect(errorOf(oneAccount("03,1,,/", "16,475,-5,,,,X")).reason).toMatch(/^amount "-5" is not an amount/);
    expect(errorOf(oneAccount("03,1,,010,12A,,/")).reason).toMatch(/^summary amount "12A" is not an amount/);
    expect(errorOf(editLine(13, "49,14412700.00,11/")).reason).toMatch(
      /^account control total "14412700.00"/,
    );
  });

  it("names the continuation line a bad field is on", () => {
    const e = errorOf(editLine(5, "88,142,25050,1,V,260303,0900,195,1000000,1,D,x,0,1000000/"));
    expect(e.line).toBe(5);
    expect(e.reason).toBe('number of availability distributions "x" is not a whole number');
  });

  it("names an unknown funds type, currency and type code", () => {
    expect(errorOf(oneAccount("03,1,,/", "16,475,5,X,,,TEXT")).reason).toBe(
      'funds type "X" is not one of BAI2\'s (0, 1, 2, S, V, D, Z)',
    );
    expect(errorOf(oneAccount("03,1,XYZ,/")).reason).toBe('currency "XYZ" is not an ISO 4217 code');
    expect(errorOf(oneAccount("03,1,,/", "16,47,5,,,,X")).reason).toBe('type code "47" is not three digits');
    expect(errorOf(oneAccount("03,,,/")).reason).toBe("the 03 account record has no account number");
  });

  it("names a line whose type code gives no direction", () => {
    expect(errorOf(oneAccount("03,1,,/", "16,750,5,,,,LOAN"))).toMatchObject({
      line: 4,
      reason:
        "type code 750 does not say whether money came in or went out " +
        "(BAI2 gives credits 100-399 and 920-959, debits 400-699 and 960-999)",
    });
  });

  it("names a file without accounts", () => {
    const text = ["01,B,C,260302,0600,7,,,2/", "02,C,B,1,260302,,,2/", "98,,,/", "99,,,/"].join("\n");
    expect(errorOf(text)).toMatchObject({ line: 4, reason: "the file holds no account (no 03 record)" });
  });
});

describe("statement files: BAI2", () => {
  it("tells BAI2 by its content and reads it", () => {
    expect(statementFormatOf(MAIN)).toBe("bai2");
    expect(statementFormatName("bai2")).toBe("BAI2");
    expect(readStatementFile(MAIN)).toEqual(readBai2(MAIN));
    expect(STATEMENT_FILE_EXTENSIONS).toEqual(expect.arrayContaining([".bai", ".bai2"]));
  });

  it("does not take a CSV or a lone header for BAI2", () => {
    expect(statementFormatOf("Day,Amount\n01,5.00\n02,7.00\n03,1.00\n")).toBeNull();
    expect(statementFormatOf("01,02,03\n02,1,2\n03,4,5\n")).toBeNull();
    expect(statementFormatOf("01,122099999,ACMECORP,260302,0615,0301,,,2/\n")).toBeNull();
    expect(() => readStatementFile("Day,Amount\n")).toThrow(
      "the file is neither camt.053 XML, MT940, OFX nor BAI2",
    );
  });
});
