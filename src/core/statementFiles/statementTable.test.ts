import { dayFromIso } from "../dates";
import type { Statement, StatementFile, StatementLine } from "./model";
import { byAccount, statementTable } from "./statementTable";

const day = (iso: string): number => dayFromIso(iso) as number;
const PLACE = { sheet: "camt march", table: "camt_march", headerRow: 1 };

function line(iso: string, minor: number, more: Partial<StatementLine> = {}): StatementLine {
  return {
    day: day(iso),
    minor,
    currency: "EUR",
    party: "",
    description: "",
    reference: "",
    bankId: "",
    line: 1,
    ...more,
  };
}

function statement(lines: StatementLine[], more: Partial<Statement> = {}): Statement {
  return { account: "DE89370400440532013000", id: "", currency: "EUR", lines, ...more };
}

const file = (...statements: Statement[]): StatementFile => ({ format: "camt", statements });

describe("byAccount", () => {
  it("splits a file by account, in the order the accounts first appear, each account's statements together", () => {
    const a1 = statement([line("2026-03-02", 1)], { account: "A", id: "1" });
    const b1 = statement([line("2026-03-02", 2)], { account: "B", id: "1" });
    const a2 = statement([line("2026-03-03", 3)], { account: "A", id: "2" });
    expect(byAccount(file(a1, b1, a2))).toEqual([
      { format: "camt", statements: [a1, a2] },
      { format: "camt", statements: [b1] },
    ]);
    expect(byAccount(file(a1))).toEqual([file(a1)]);
  });
});

describe("statementTable", () => {
  it("writes a row per line with a running balance from the opening one, and nothing to report when it reaches the closing one", () => {
    const t = statementTable(
      file(
        statement(
          [
            line("2026-03-02", 125000, {
              valueDay: day("2026-03-03"),
              party: "Acme Trading",
              description: "INV-1043",
              reference: "E2E-1043",
              bankId: "B1",
            }),
            line("2026-03-31", -750, { description: "Kontoführung" }),
          ],
          {
            id: "2026/3",
            opening: { day: day("2026-02-28"), minor: 100000 },
            closing: { day: day("2026-03-31"), minor: 224250 },
          },
        ),
      ),
      PLACE,
    );
    expect(t.headers).toEqual([
      "Date",
      "Bank Value Date",
      "Amount",
      "Currency",
      "Counterparty",
      "Description",
      "Reference",
      "Transaction ID",
      "Balance",
      "Bank Account",
      "Statement",
    ]);
    expect(t.rows).toEqual([
      [
        "2026-03-02",
        "2026-03-03",
        1250,
        "EUR",
        "Acme Trading",
        "INV-1043",
        "E2E-1043",
        "B1",
        2250,
        "DE89370400440532013000",
        "2026/3",
      ],
      [
        "2026-03-31",
        null,
        -7.5,
        "EUR",
        null,
        "Kontoführung",
        null,
        null,
        2242.5,
        "DE89370400440532013000",
        "2026/3",
      ],
    ]);
    expect(t.issues).toEqual([]);
  });

  it("leaves out Value Date and Statement when no line or statement has one", () => {
    const t = statementTable(file(statement([line("2026-03-02", 5)])), PLACE);
    expect(t.headers).not.toContain("Bank Value Date");
    expect(t.headers).not.toContain("Statement");
    // No balance stated: no running balance either.
    expect(t.rows).toEqual([
      ["2026-03-02", 0.05, "EUR", null, null, null, null, null, "DE89370400440532013000"],
    ]);
  });

  it("says at the statement's last row when its lines do not lead from the opening balance to the closing one", () => {
    const t = statementTable(
      file(
        statement([line("2026-03-02", 1000), line("2026-03-03", 2000)], {
          id: "41",
          opening: { day: day("2026-03-01"), minor: 0 },
          closing: { day: day("2026-03-03"), minor: 3000 },
        }),
        statement([line("2026-03-04", -500), line("2026-03-05", 250), line("2026-03-06", 100)], {
          id: "42",
          opening: { day: day("2026-03-03"), minor: 3000 },
          closing: { day: day("2026-03-06"), minor: 2000 },
        }),
      ),
      PLACE,
    );
    expect(t.rows.map((r) => r[7])).toEqual([10, 30, 25, 27.5, 28.5]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({
      code: "statement_balance_break",
      severity: "warning",
      sheet: "camt march",
      table: "camt_march",
      row: 6,
      column: "Balance",
    });
    expect(t.issues[0]?.message).toContain(
      "The bank's statement 42 of DE89370400440532013000 opens at 30.00 EUR and closes at 20.00 EUR, but its 3 lines lead to 28.50 EUR",
    );
  });

  it("runs the balance back from the closing one when that is all the file states (OFX), if every line is booked by then", () => {
    const closingOnly = statement([line("2026-03-02", 1000), line("2026-03-05", -250)], {
      closing: { day: day("2026-03-31"), minor: 5000 },
    });
    expect(statementTable(file(closingOnly), PLACE).rows.map((r) => r[7])).toEqual([52.5, 50]);
    const lateLine = { ...closingOnly, closing: { day: day("2026-03-04"), minor: 5000 } };
    expect(statementTable(file(lateLine), PLACE).rows.map((r) => r[7])).toEqual([null, null]);
  });

  it("writes no balance, and checks none, where a line is in another currency", () => {
    const t = statementTable(
      file(
        statement([line("2026-03-02", 1000), line("2026-03-03", -4500, { currency: "USD" })], {
          opening: { day: day("2026-03-01"), minor: 0 },
          closing: { day: day("2026-03-03"), minor: 999 },
        }),
      ),
      PLACE,
    );
    expect(t.rows.map((r) => [r[1], r[2], r[7]])).toEqual([
      [10, "EUR", null],
      [-45, "USD", null],
    ]);
    expect(t.issues).toEqual([]);
  });

  it("reports a statement the file stops inside at its last row, naming the text line and what is missing", () => {
    const opening = { day: day("2026-03-30"), minor: 1234567 };
    const whole = statement([line("2026-03-30", 100)], {
      id: "44",
      opening,
      closing: { ...opening, minor: 1234667 },
    });
    const cut = statement([line("2026-03-31", -15000)], {
      id: "00045/001",
      opening,
      cut: { line: 6, missing: "its closing balance (:62F:)" },
    });
    const t = statementTable(file(whole, cut), PLACE);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({
      code: "statement_cut_off",
      severity: "warning",
      sheet: "camt march",
      table: "camt_march",
      row: 3,
      column: "Balance",
    });
    expect(t.issues[0]?.message).toBe(
      "'camt march'!camt_march[Balance] row 3: The bank's statement 00045/001 of DE89370400440532013000 stops at " +
        "line 6 of the file without its closing balance (:62F:): the file looks cut off there, and its lines after " +
        "that point may be missing; download the statement again.",
    );
    const named = statement([], {
      opening,
      cut: { line: 9, missing: "its closing balance (:62F:)", file: "0331.sta" },
    });
    expect(statementTable(file(named), PLACE).issues[0]?.message).toContain(
      'row 2: The bank\'s statement DE89370400440532013000 stops at line 9 of "0331.sta" without',
    );
  });

  it("names the transaction the file stops inside, left out, by its start line and what of it the file gives", () => {
    const cut = statement([line("2026-03-12", -964000)], {
      account: "000123456",
      currency: "USD",
      cut: {
        line: 77,
        missing: "its closing balance (<LEDGERBAL>) and its end tag </STMTRS>",
        entry: { line: 73, day: day("2026-03-13"), amount: "-7" },
        file: "broken.ofx",
      },
    });
    const t = statementTable(file(cut), PLACE);
    expect(t.rows).toHaveLength(1);
    expect(t.issues.map((i) => [i.code, i.row, i.message])).toEqual([
      [
        "statement_cut_off",
        2,
        "'camt march'!camt_march[Balance] row 2: The bank's statement 000123456 stops at line 77 of " +
          '"broken.ofx" inside the transaction that starts at line 73 (2026-03-13, amount -7 as far as the ' +
          "file goes), without its closing balance (<LEDGERBAL>) and its end tag </STMTRS>: the file looks " +
          "cut off there, so that transaction was left out, and the lines after it may be missing; download " +
          "the statement again.",
      ],
    ]);
    const unread = statement([], {
      cut: { line: 5, missing: "the fields after it", entry: { line: 5, amount: "" } },
    });
    expect(statementTable(file(unread), PLACE).issues[0]?.message).toContain(
      "stops at line 5 of the file inside the transaction that starts at line 5, without the fields after it:",
    );
  });

  it("reports a statement without lines whose balances differ at the header's next row", () => {
    const t = statementTable(
      file(
        statement([], {
          opening: { day: day("2026-03-01"), minor: 100 },
          closing: { day: day("2026-03-31"), minor: 200 },
        }),
      ),
      PLACE,
    );
    expect(t.rows).toEqual([]);
    expect(t.issues.map((i) => [i.row, i.message.includes("its 0 lines lead to 1.00 EUR")])).toEqual([
      [2, true],
    ]);
  });

  it("reports a statement without lines after another one at the header row, not at the other's last line", () => {
    const march = statement([line("2026-03-02", 500)], { id: "MARCH" });
    const april = statement([], {
      id: "APRIL",
      opening: { day: day("2026-04-01"), minor: 100 },
      closing: { day: day("2026-04-30"), minor: 200 },
    });
    const t = statementTable(file(march, april), PLACE);
    expect(t.rows.length).toBe(1);
    expect(t.issues.map((i) => [i.row, i.message.includes("APRIL")])).toEqual([[1, true]]);
  });
});
