/**
 * Rows that state a balance among the transactions: Starling's "Opening Balance" (amount blank, balance
 * given), Bank of America's "Beginning balance as of …", a closing "Endsaldo" or "Kontostand". Each is left
 * out of matching with a note, never an error, and the balance it states is offered as the side's opening
 * or closing balance; a payment whose words merely mention a balance stays a booking.
 */
import { dayFromIso } from "../dates";
import { tableOf } from "../../../test/support/tableLiteral";
import { balancesFromColumn } from "./balances";
import { balanceWords } from "./balanceWords";
import { readSide, ROW_BALANCE, ROW_USED } from "./readSide";
import { statedBalances, statedDisagreements } from "./statedBalances";

const codes = (issues: readonly { code: string; severity: string }[]) =>
  issues.map((i) => [i.code, i.severity]);

describe("Starling's opening balance row", () => {
  const starling = tableOf({ name: "Starling", sheet: "Starling" })`
    Date       | Counter Party  | Reference | Type           | Amount (GBP) | Balance (GBP)
    01/03/2026 | Opening Balance |          |                |              | 10000.00
    02/03/2026 | Müller GmbH    | INV-1041  | FASTER PAYMENT | 4250.00      | 14250.00
    13/03/2026 | Starling Bank  | FEE-03    | ACCOUNT FEE    | -9.90        | 14240.10
  `;

  it("is left out with a note, not an error, and its balance is the opening one", () => {
    const r = readSide(starling, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.rows)).toEqual([3, 4]);
    expect(codes(r.issues)).toEqual([["recon_balance_row", "info"]]);
    expect(r.issues[0]).toMatchObject({ row: 2, column: "Balance (GBP)", address: "F2" });
    expect(r.issues[0]?.message).toBe(
      "Starling!Starling[Balance (GBP)] row 2: The row states the opening balance (10,000.00 GBP), not a booking: " +
        "it is left out of matching, and its figure is checked against the opening balance the statement takes.",
    );
    expect(r.rowIssues.get(0)?.map((i) => i.code)).toEqual(["recon_balance_row"]);
    expect(r.balanceRows).toMatchObject([
      { record: 0, row: 2, kind: "opening", minor: 1000000, label: "Opening Balance" },
    ]);
    expect(r.balanceRows[0]?.day).toBe(dayFromIso("2026-03-01"));
  });

  it("agrees with the running balances: the first booking's balance less its amount", () => {
    const r = readSide(starling, { side: "right", dateSystem: 1900 });
    expect(balancesFromColumn(r)).toMatchObject({ opening: 1000000, closing: 1424010, firstRow: 3 });
    expect(statedBalances(r)).toEqual({
      opening: {
        minor: 1000000,
        row: 2,
        label: "Opening Balance",
        at: { sheet: "Starling", table: "Starling", row: 2, column: "Balance (GBP)", address: "F2" },
      },
    });
    const column = { source: "column", opening: 1000000, closing: 1424010 } as const;
    expect(statedDisagreements(r, statedBalances(r), column, "")).toEqual([]);
  });

  it("says so where the running balances make the opening another figure", () => {
    const r = readSide(starling, { side: "right", dateSystem: 1900 });
    const column = { source: "column", opening: 900000, closing: 1324010 } as const;
    const said = statedDisagreements(r, statedBalances(r), column, "GBP");
    expect(codes(said)).toEqual([["recon_balance_row_differs", "warning"]]);
    expect(said[0]?.message).toBe(
      "Starling!Starling[Balance (GBP)] row 2: The row states the opening balance as 10,000.00 GBP, but the " +
        "running balances in Balance (GBP) make it 9,000.00 GBP: the statement takes 9,000.00 GBP. Check which " +
        "is right; a row may be missing or mistyped.",
    );
    const typed = statedDisagreements(r, statedBalances(r), { source: "typed", opening: 990000 }, "GBP");
    expect(typed[0]?.message).toBe(
      "Starling!Starling[Balance (GBP)] row 2: The row states the opening balance as 10,000.00 GBP, but " +
        "9,900.00 GBP was typed: the statement takes the typed 9,900.00 GBP. Check which is right.",
    );
  });
});

describe("Bank of America's beginning balance row", () => {
  const bofa = tableOf({ name: "bofa", sheet: "bofa", headerRow: 7 })`
    Date       | Description                        | Amount     | Running Bal.
    03/01/2026 | Beginning balance as of 03/01/2026 |            | "10,000.00"
    03/02/2026 | MULLER GMBH DES:TRANSFER INV-1041  | "4,250.00" | "14,250.00"
    03/13/2026 | MONTHLY MAINTENANCE FEE FEE-03     | "-9.90"    | "14,240.10"
  `;

  it("is the opening balance, its date after the words no matter", () => {
    const r = readSide(bofa, { side: "right", dateSystem: 1900 });
    expect(r.dateOrder).toBe("MDY");
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED]);
    expect(codes(r.issues)).toEqual([["recon_balance_row", "info"]]);
    expect(r.issues[0]).toMatchObject({ row: 8, column: "Running Bal.", address: "D8" });
    expect(statedBalances(r).opening).toMatchObject({ minor: 1000000, row: 8 });
    expect(balancesFromColumn(r)?.opening).toBe(1000000);
  });

  it("where the bank repeats the balance in the Amount column, it is still no booking", () => {
    const t = tableOf({ name: "bofa" })`
      Date       | Description                        | Amount      | Running Bal.
      03/01/2026 | Beginning balance as of 03/01/2026 | "10,000.00" | "10,000.00"
      03/02/2026 | MULLER GMBH INV-1041               | "4,250.00"  | "14,250.00"
      03/31/2026 | Ending balance as of 03/31/2026    | "14,250.00" | "14,250.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_BALANCE]);
    expect(statedBalances(r)).toMatchObject({ opening: { minor: 1000000 }, closing: { minor: 1425000 } });
  });
});

describe("a closing balance row", () => {
  it("at the bottom, with a blank amount beside its balance", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description     | Amount | Balance
      2026-03-01 | Opening balance |        | 1000.00
      2026-03-02 | Payment INV-7   | 50.00  | 1050.00
      2026-03-31 | Closing balance |        | 1050.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_BALANCE]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "Sheet1!T[Balance] row 2: The row states the opening balance (1,000.00), not a booking: it is left out of matching, and its figure is checked against the opening balance the statement takes.",
      "Sheet1!T[Balance] row 4: The row states the closing balance (1,050.00), not a booking: it is left out of matching, and its figure is checked against the closing balance the statement takes.",
    ]);
    expect(statedBalances(r)).toMatchObject({
      opening: { minor: 100000, row: 2 },
      closing: { minor: 105000, row: 4 },
    });
  });

  it("a German export's Endsaldo and Kontostand, with the figure in the amount column and no date", () => {
    // Deutsche Bank writes "Kontostand" where the date belongs and the balance as the amount.
    const t = tableOf({ name: "db" })`
      Buchungstag | Verwendungszweck  | Betrag
      02.03.2026  | INV-1041 Müller   | "4.250,00"
      13.03.2026  | Entgelt FEE-03    | "-9,90"
      Kontostand  | 31.03.2026        | "14.240,10"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_BALANCE]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.balanceRows).toMatchObject([{ kind: "closing", minor: 1424010, label: "Kontostand" }]);
    expect(r.issues.find((i) => i.code === "recon_balance_row")).toMatchObject({ row: 4, address: "C4" });
  });

  it("a bare balance above a statement listed newest first is its closing balance", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description    | Amount  | Balance
      2026-03-31 | Kontostand     |         | 1040.10
      2026-03-13 | Entgelt FEE-03 | -9.90   | 1040.10
      2026-03-02 | INV-1041       | 50.00   | 1050.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.balanceRows).toMatchObject([{ kind: "closing", minor: 104010 }]);
    expect(balancesFromColumn(r)).toMatchObject({ order: "newest-first", closing: 104010 });
  });

  it("a balance among the bookings is left out, neither opening nor closing", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description | Amount | Balance
      2026-03-02 | INV-1041    | 50.00  | 1050.00
      2026-03-02 | Balance     |        | 1050.00
      2026-03-03 | INV-1042    | 10.00  | 1060.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_BALANCE, ROW_USED]);
    expect(r.issues[0]?.message).toBe(
      "Sheet1!T[Balance] row 3: The row states a running balance (1,050.00), not a booking: it is left out of matching.",
    );
    expect(statedBalances(r)).toEqual({});
  });
});

describe("a balance row that states no figure", () => {
  it("is left out all the same, and offers no balance", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description     | Amount
      2026-03-01 | Opening balance |
      2026-03-02 | INV-1041        | 50.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "Sheet1!T[Description] row 2: The row is the opening balance line and states no figure; it is no booking, so it is left out of matching.",
    ]);
    expect(statedBalances(r)).toEqual({});
  });
});

describe("a balance row that states 0.00", () => {
  it("states 0.00, not no figure, and opens the side at zero", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description     | Amount
      2026-03-01 | Opening balance | 0.00
      2026-03-02 | INV-1041        | 50.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "Sheet1!T[Amount] row 2: The row states the opening balance (0.00), not a booking: it is left out of matching and read as the opening balance, unless one is typed.",
    ]);
    expect(statedBalances(r)).toMatchObject({ opening: { minor: 0, row: 2 } });
  });
});

describe("QuickBooks's Beginning Balance under Transaction Type", () => {
  const qb = (num: string) => tableOf({ name: "qb" })`
    Date       | Transaction Type  | Num      | Name        | Memo/Description | Debit      | Credit     | Balance
               | Beginning Balance | ${num}   |             |                  |            |            | "10,000.00"
    03/02/2026 | Payment           | INV-1041 | Müller GmbH | INV-1041         | "4,250.00" |            | "14,250.00"
    03/13/2026 | Check             | RENT-03  | Schäfer     | RENT-03          |            | "1,850.00" | "12,400.00"
  `;

  it("is the opening balance: its only text, on a row with no date and no amount", () => {
    const r = readSide(qb(""), { side: "left", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_BALANCE, ROW_USED, ROW_USED]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.balanceRows).toMatchObject([{ kind: "opening", minor: 1000000, label: "Beginning Balance" }]);
    expect(statedBalances(r).opening).toMatchObject({ minor: 1000000, row: 2 });
    // Where another cell of the row holds text too, it is no balance row.
    const other = readSide(qb("OB-1"), { side: "left", dateSystem: 1900 });
    expect(other.state[0]).not.toBe(ROW_BALANCE);
    expect(other.balanceRows).toEqual([]);
  });
});

describe("the notes of balance rows", () => {
  it("stand in table order among the rows' own issues", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description     | Amount | Balance
      2026-03-01 | Opening balance |        | 1000.00
      2026-03-02 | INV-1041        |        | 1050.00
      2026-03-03 | INV-1042        | 10.00  | 1060.00
      2026-03-31 | Closing balance |        | 1060.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ["recon_balance_row", 2],
      ["amount_blank", 3],
      ["recon_balance_row", 5],
    ]);
  });
});

describe("a booking whose words mention a balance", () => {
  it("stays a booking: an amount that moves money, or words that say more than a balance's name", () => {
    const t = tableOf({ name: "T" })`
      Date       | Description              | Amount   | Balance
      2026-03-02 | Opening balance transfer | 500.00   |
      2026-03-03 | Opening balance          | 250.00   | 750.00
      2026-03-04 | Balance                  | -20.00   | 730.00
      2026-03-05 | Opening balance transfer |          | 730.00
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state).slice(0, 3)).toEqual([ROW_USED, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.minor)).toEqual([50000, 25000, -2000]);
    // The last one is no balance row either: its blank amount is the error it always was.
    expect(codes(r.issues)).toEqual([["amount_blank", "error"]]);
    expect(r.balanceRows).toEqual([]);
  });
});

describe("whatever the order of the rows", () => {
  const rows = [
    "2026-03-31 | Closing balance | | 1040.10",
    "2026-03-02 | INV-1041 | 50.00 | 1050.00",
    "2026-03-01 | Opening balance | | 1000.00",
    "2026-03-13 | FEE-03 | -9.90 | 1040.10",
  ];
  const orders = [
    [0, 1, 2, 3],
    [2, 1, 3, 0],
    [3, 0, 2, 1],
    [1, 2, 0, 3],
  ];

  it.each(orders.map((o) => [o.join(", ")]))("rows %s: the words decide opening and closing", (order) => {
    const body = order
      .split(", ")
      .map((k) => rows[Number(k)])
      .join("\n");
    const t = tableOf({ name: "T" })`
      Date | Description | Amount | Balance
      ${body}
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.size).toBe(2);
    expect(statedBalances(r)).toMatchObject({ opening: { minor: 100000 }, closing: { minor: 104010 } });
    const kinds = r.balanceRows.map((b) => [b.label, b.kind]).sort();
    expect(kinds).toEqual([
      ["Closing balance", "closing"],
      ["Opening balance", "opening"],
    ]);
  });
});

describe("the words of a balance row", () => {
  it.each([
    ["Opening Balance", "opening"],
    ["Beginning balance as of 03/01/2026", "opening"],
    ["Balance brought forward", "opening"],
    ["Balance b/f", "opening"],
    ["Anfangssaldo", "opening"],
    ["Alter Kontostand vom 01.03.2026", "opening"],
    ["Saldo iniziale", "opening"],
    ["Solde initial au 01/03/2026", "opening"],
    ["Ancien solde", "opening"],
    ["Beginsaldo", "opening"],
    ["Closing balance in EUR", "closing"],
    ["Ending balance as of 03/31/2026", "closing"],
    ["Balance carried forward", "closing"],
    ["Endsaldo", "closing"],
    ["Schlußsaldo", "closing"],
    ["Saldo finale", "closing"],
    ["Solde final", "closing"],
    ["Nouveau solde", "closing"],
    ["Eindsaldo", "closing"],
    ["Kontostand", "either"],
    ["Saldo al 31/03/2026", "either"],
    ["Balance", "either"],
  ])("%s names the %s balance", (text, kind) => {
    expect(balanceWords(text)).toEqual({ kind: kind === "either" ? null : kind });
  });

  it.each(["Opening balance transfer", "Balance of invoice INV-7", "Payment", "Saldo Ausgleich", ""])(
    "%j names none",
    (text) => expect(balanceWords(text)).toBeNull(),
  );
});
