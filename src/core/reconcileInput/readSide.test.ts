/** Tables into reconciliation records: maps, sign conventions, selection, located issues, balances. */
import fc from "fast-check";
import { dayFromIso } from "../dates";
import { tableFromRows } from "../table";
import { tableOf } from "../../../test/support/tableLiteral";
import { balancesFromColumn } from "./balances";
import {
  readSide,
  ROW_BLANK,
  ROW_CLEARED,
  ROW_EXCLUDED,
  ROW_PENDING,
  ROW_UNREADABLE,
  ROW_USED,
} from "./readSide";
import { valueCounts } from "./selection";

const ledger = tableOf({ name: "Ledger", sheet: "Books" })`
  Date       | Entry   | Account | Description | Debit   | Credit | Currency | Party        | Reference
  2026-03-02 | JE-1    | 1000    | Receipt     | 4250.00 |        | USD      | Harbour Foods | INV-1041
  2026-03-02 | JE-1    | 1100    | Receipt     |         | 4250.00 | USD     | Harbour Foods | INV-1041
  2026-03-03 | JE-2    | 1000    | Payment     |         | 1875.40 | USD     | Greenline    | BILL-552
  2026-03-03 | JE-2    | 2000    | Payment     | 1875.40 |        | USD      | Greenline    | BILL-552
  2026-03-05 | JE-3    | 1000    | Both sides  | 10.00   | 10.00  | USD      |              | X-1
  03/04/2026 | JE-4    | 1000    | Ambiguous   | 25.00   |        | USD      |              | ADJ-04
`;

const bank = tableOf({ name: "Bank", sheet: "Bank" })`
  Date       | Description          | Reference | Paid Out | Paid In | Balance
  2026-03-03 | CREDIT HARBOUR       | INV1041   |          | 4250.00 | 22670.35
  2026-03-05 | DIRECT DEBIT GREEN   | BILL-552  | 1875.40  |         | 20794.95
  2026-03-31 | FEE                  |           | 15.00    |         | 20779.95
`;

/** The bank statement listed newest first. */
const reversed = tableFromRows({
  name: "Bank",
  sheet: "Bank",
  headers: bank.headers,
  records: [2, 1, 0].map((i) => bank.columns.map((c) => c[i] ?? null)),
});

describe("readSide", () => {
  it("reads rows cleared earlier into their total, not into the records; selection and reading come first", () => {
    // Rows 1 (the cash receipt), 2 (another account) and 5 (unreadable) are marked as cleared.
    const cleared = Uint8Array.from([1, 1, 0, 0, 0, 1]);
    const r = readSide(ledger, {
      side: "left",
      dateSystem: 1900,
      reading: { debitCredit: "debit-positive", sign: "flip" },
      selection: { field: "account", values: ["1000"] },
      cleared,
    });
    expect(Array.from(r.state)).toEqual([
      ROW_CLEARED,
      ROW_EXCLUDED,
      ROW_USED,
      ROW_EXCLUDED,
      ROW_UNREADABLE,
      ROW_UNREADABLE,
    ]);
    expect(Array.from(r.set.rows)).toEqual([4]);
    expect(r.recordOf[0]).toBe(-1);
    // The side's sign applies to the total as to the records: flipped, the receipt counts -4,250.00.
    expect(r.cleared).toEqual({
      rows: 1,
      minor: new Map([["USD", -425000]]),
      each: { record: [0], row: [2], day: [dayFromIso("2026-03-02")], minor: [-425000], currency: ["USD"] },
    });
    const none = readSide(ledger, { side: "left", dateSystem: 1900 });
    expect(none.cleared.rows).toBe(0);
    expect(none.cleared.each.record).toEqual([]);
  });

  it("reads a ledger's cash lines debit-positive, with issues located at the cells", () => {
    const r = readSide(ledger, {
      side: "left",
      dateSystem: 1900,
      reading: { debitCredit: "debit-positive" },
      selection: { field: "account", values: ["1000"] },
    });
    expect(r.amountMode).toBe("debit-credit");
    expect(Array.from(r.state)).toEqual([
      ROW_USED,
      ROW_EXCLUDED,
      ROW_USED,
      ROW_EXCLUDED,
      ROW_UNREADABLE,
      ROW_UNREADABLE,
    ]);
    expect(Array.from(r.set.minor)).toEqual([425000, -187540]);
    expect(Array.from(r.set.rows)).toEqual([2, 4]);
    expect(r.set.keys).toEqual(["Ledger!2", "Ledger!4"]);
    expect(r.set.day[0]).toBe(dayFromIso("2026-03-02"));
    expect(r.set.reference).toEqual(["INV-1041", "BILL-552"]);
    expect(r.set.party).toEqual(["Harbour Foods", "Greenline"]);
    expect(r.set.currency).toEqual(["USD", "USD"]);
    expect(r.currencies).toEqual(["USD"]);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.address])).toEqual([
      ["debit_and_credit", 6, "Debit", "E6"],
      ["date_ambiguous", 7, "Date", "A7"],
    ]);
    expect(r.rowIssues.get(5)?.[0]?.message).toContain("Books!Ledger[Date] row 7");
  });

  it("reads a bank statement credit-positive (Paid In is money in) and derives its balances", () => {
    const r = readSide(bank, {
      side: "right",
      dateSystem: 1900,
      reading: { debitCredit: "credit-positive" },
    });
    expect(Array.from(r.set.minor)).toEqual([425000, -187540, -1500]);
    expect(r.set.reference).toEqual(["INV1041", "BILL-552", ""]);
    expect(balancesFromColumn(r)).toEqual({
      opening: 1842035,
      closing: 2077995,
      currency: "",
      firstRow: 2,
      lastRow: 4,
      order: "oldest-first",
      turned: false,
    });
  });

  it("recognises a statement listed newest first", () => {
    const r = readSide(reversed, {
      side: "right",
      dateSystem: 1900,
      reading: { debitCredit: "credit-positive" },
    });
    const b = balancesFromColumn(r);
    expect(b).toMatchObject({
      opening: 1842035,
      closing: 2077995,
      firstRow: 4,
      lastRow: 2,
      order: "newest-first",
    });
  });

  it("flips a side and its balances together", () => {
    const r = readSide(bank, {
      side: "right",
      dateSystem: 1900,
      reading: { debitCredit: "credit-positive", sign: "flip" },
    });
    expect(Array.from(r.set.minor)).toEqual([-425000, 187540, 1500]);
    expect(balancesFromColumn(r)).toMatchObject({ opening: -1842035, closing: -2077995 });
  });

  it("turns a Balance column that counts the other way from the side's amounts, oldest or newest first", () => {
    // The statement chosen as the book side: read debit-positive, Paid Out counts as money in, so the
    // bank's running balance runs against the amounts; in the side's sign it is the negated balance.
    const asBook = readSide(bank, {
      side: "left",
      dateSystem: 1900,
      reading: { debitCredit: "debit-positive" },
    });
    expect(Array.from(asBook.set.minor)).toEqual([-425000, 187540, 1500]);
    expect(balancesFromColumn(asBook)).toMatchObject({
      opening: -1842035,
      closing: -2077995,
      order: "oldest-first",
      turned: true,
    });
    const r = readSide(reversed, {
      side: "left",
      dateSystem: 1900,
      reading: { debitCredit: "debit-positive" },
    });
    expect(balancesFromColumn(r)).toMatchObject({
      opening: -1842035,
      closing: -2077995,
      order: "newest-first",
      turned: true,
    });
  });

  it("honours column overrides and reports an unknown header", () => {
    const t = tableOf({ name: "T" })`
      When       | Value | Ref
      2026-01-05 | 12.5  | A-1
    `;
    const r = readSide(t, {
      side: "left",
      dateSystem: 1900,
      reading: { columns: { date: "When", amount: "Value", reference: "Nope" } },
    });
    expect(Array.from(r.set.minor)).toEqual([1250]);
    expect(r.issues.map((i) => i.code)).toEqual(["header_unknown_mapping"]);
  });

  it("says which columns are missing and reads no rows without them", () => {
    const t = tableOf({ name: "T" })`
      Memo | Qty
      a    | 1
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.amountMode).toBeNull();
    expect(r.set.size).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(["header_missing", "header_missing"]);
    expect(Array.from(r.state)).toEqual([ROW_UNREADABLE]);
  });

  it("keys rows by id when asked, falling back to the row for blank and repeated ids", () => {
    const t = tableOf({ name: "Bank" })`
      Date       | Amount | Transaction ID
      2026-01-05 | 1      | T1
      2026-01-06 | 2      |
      2026-01-07 | 3      | T1
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading: { keyBy: "id" } });
    expect(r.set.keys).toEqual(["Bank#T1", "Bank!3", "Bank!4"]);
    expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual([
      ["key_blank", "warning", 3],
      ["duplicate_key", "warning", 4],
    ]);
  });

  it("takes the currency from a symbol, the column or the configuration, at its own scale", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount   | Currency
      2026-01-05 | "€95.5"  |
      2026-01-05 | 1200     | JPY
      2026-01-05 | 3.5      |
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900, reading: { currency: "GBP" } });
    expect(r.set.currency).toEqual(["EUR", "JPY", "GBP"]);
    expect(Array.from(r.set.minor)).toEqual([9550, 1200, 350]);
  });

  it("never loses a row: each is used, excluded or unreadable, and used rows map both ways", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100),
      fc.constantFrom("abc", "1,5", "(12.00)", "#N/A"),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 40000, max: 50000 }), cell, cell, fc.constantFrom("1000", "2000")),
          {
            maxLength: 40,
          },
        ),
        (rows) => {
          const t = tableFromRows({
            name: "L",
            sheet: "L",
            headers: ["Date", "Debit", "Credit", "Account"],
            records: rows,
          });
          const r = readSide(t, {
            side: "left",
            dateSystem: 1900,
            selection: { field: "account", values: ["1000"] },
          });
          for (let i = 0; i < rows.length; i++) {
            const k = r.recordOf[i] as number;
            if (r.state[i] === ROW_USED) expect(r.tableIndex[k]).toBe(i);
            else expect(k).toBe(-1);
            if (r.state[i] === ROW_UNREADABLE) expect(r.rowIssues.get(i)?.length ?? 0).toBeGreaterThan(0);
            if (rows[i]?.[3] === "2000") expect(r.state[i]).toBe(ROW_EXCLUDED);
          }
          expect(r.set.size).toBe(Array.from(r.state).filter((s) => s === ROW_USED).length);
        },
      ),
    );
  });
});

describe("rows a Status column marks void, beside a running balance", () => {
  /** A row of a statement: booked, or void with the balance moved by it, left blank or not moved. */
  type Kind = "booked" | "void-moved" | "void-blank" | "void-still";
  const kinds: readonly Kind[] = ["booked", "void-moved", "void-blank", "void-still"];

  it("books only a void row the balance moved by, and keeps every row accounted for, either way round", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...kinds),
            fc.integer({ min: -99999, max: 99999 }).filter((n) => n !== 0),
          ),
          { maxLength: 30 },
        ),
        fc.boolean(),
        (spec, newestFirst) => {
          let balance = 1_000_000;
          const oldest = spec.map(([kind, minor], k) => {
            if (kind === "booked" || kind === "void-moved") balance += minor;
            const state = kind === "booked" ? "COMPLETED" : kind === "void-blank" ? "REVERTED" : "FAILED";
            return [46000 + k, state, minor / 100, kind === "void-blank" ? null : balance / 100];
          });
          const order = newestFirst ? [...spec.keys()].reverse() : [...spec.keys()];
          const t = tableFromRows({
            name: "Bank",
            sheet: "Bank",
            headers: ["Date", "State", "Amount", "Balance"],
            records: order.map((k) => oldest[k] ?? []),
          });
          const r = readSide(t, { side: "right", dateSystem: 1900 });
          const booked = new Set(r.issues.flatMap((i) => (i.code === "recon_void_booked" ? [i.row] : [])));
          order.forEach((k, i) => {
            const kind = spec[k]?.[0];
            const state = r.state[i];
            if (kind === "booked") expect(state).toBe(ROW_USED);
            if (kind === "void-blank" || kind === "void-still") expect(state).toBe(ROW_PENDING);
            if (kind === "void-moved") expect([ROW_USED, ROW_PENDING]).toContain(state);
            expect(booked.has(t.rows[i])).toBe(kind === "void-moved" && state === ROW_USED);
            const at = r.recordOf[i] as number;
            if (state === ROW_USED) expect(r.tableIndex[at]).toBe(i);
            else expect(at).toBe(-1);
            if (state === ROW_PENDING)
              expect(r.rowIssues.get(i)?.map((x) => x.code)).toEqual(["recon_row_void"]);
            else expect(r.rowIssues.has(i)).toBe(false);
          });
          expect(r.set.size).toBe(Array.from(r.state).filter((x) => x === ROW_USED).length);
          expect(Array.from(r.set.rows)).toEqual([...r.set.rows].sort((a, b) => a - b));
        },
      ),
    );
  });

  it("reads a Revolut export's FAILED card payment the balance moved by as a booking", () => {
    const t = tableOf({ name: "Revolut", sheet: "Revolut" })`
      Type         | Completed Date | Description     | Amount   | Currency | State     | Balance
      TRANSFER     | 2026-03-13     | Revolut FEE-03  | -9.90    | EUR      | COMPLETED | 23501.21
      CARD_PAYMENT | 2026-03-16     | Amazon AMZ-7781 | -45.99   | EUR      | FAILED    | 23455.22
      TOPUP        | 2026-03-17     | Café Blauflosse | 615.75   | EUR      | COMPLETED | 24070.97
      TRANSFER     | 2026-03-20     | Jürgen Weiß     | -3200.00 | EUR      | COMPLETED | 20870.97
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([ROW_USED, ROW_USED, ROW_USED, ROW_USED]);
    expect(Array.from(r.set.minor)).toEqual([-990, -4599, 61575, -320000]);
    expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual([["recon_void_booked", "warning", 3]]);
    expect(balancesFromColumn(r)).toMatchObject({ opening: 2351111, closing: 2087097 });
  });
});

describe("amounts written with more decimals than their currency has", () => {
  it("reads them rounded and says so once per column, at the first, counting the rest", () => {
    const t = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Description | Amount      | Currency
      2026-03-02 | Receipt     | "4250.004"  | USD
      2026-03-03 | Payment     | "-1875.405" | USD
      2026-03-04 | Fee         | "-15.00"    | USD
      2026-03-05 | Yen         | "1000.5"    | JPY
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.set.minor)).toEqual([425000, -187540, -1500, 1000]);
    expect(r.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["recon_amount_rounded", "warning", 2, "Amount"],
    ]);
    expect(r.issues[0]?.message).toBe(
      'Bank!Bank[Amount] row 2: "4250.004" has more decimal places than USD has (2), so it is read as 4250.00; so are 2 more amounts in Amount. If the digits matter, correct the file or name the currency.',
    );
    // A number cell showing more decimals is Excel's computed value, shown rounded: nothing to say.
    const numbers = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Amount
      2026-03-02 | 12.345
    `;
    expect(readSide(numbers, { side: "right", dateSystem: 1900 }).issues).toEqual([]);
  });
});

describe("a table without rows", () => {
  it("says so, as a warning", () => {
    const t = tableFromRows({ name: "Bank", sheet: "Bank", headers: ["Date", "Amount"], records: [] });
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["table_empty", "warning"]]);
    expect(r.set.size).toBe(0);
  });
});

describe("blank rows", () => {
  it("leaves out a row whose every cell is blank, without an issue, and still reports a half-blank one", () => {
    // A spacer row, a row of spaces, and the blank line a CSV file ends with; row 5 lacks only its date.
    const t = tableFromRows({
      name: "Bank",
      sheet: "Bank",
      headers: ["Date", "Description", "Amount"],
      records: [
        ["2026-03-02", "Receipt", 10],
        [null, null, null],
        ["  ", "", null],
        [null, "Fee", -2],
        ["2026-03-03", "Payment", -5],
        [null, null, null],
      ],
    });
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.state)).toEqual([
      ROW_USED,
      ROW_BLANK,
      ROW_BLANK,
      ROW_UNREADABLE,
      ROW_USED,
      ROW_BLANK,
    ]);
    expect(Array.from(r.set.rows)).toEqual([2, 6]);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["date_blank", 5]]);
  });
});

describe("valueCounts", () => {
  it("lists a column's values, most frequent first", () => {
    expect(valueCounts(ledger, 2)).toEqual([
      { value: "1000", count: 4 },
      { value: "1100", count: 1 },
      { value: "2000", count: 1 },
    ]);
  });
});

describe("decimal separator", () => {
  it("is inferred from values only a decimal comma reads, and applied to the whole side", () => {
    const t = tableOf({ name: "Bank" })`
      Date       | Paid Out   | Paid In    | Balance
      2026-03-03 |            | "4.250,00" | "22.670,35"
      2026-03-31 | "15,00"    |            | "22.655,35"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading: { debitCredit: "credit-positive" } });
    expect(r.decimalSeparator).toBe(",");
    expect(Array.from(r.set.minor)).toEqual([425000, -1500]);
    expect(balancesFromColumn(r)).toMatchObject({ opening: 1842035, closing: 2265535 });
  });

  it("is left undecided when values disagree, so an ambiguous amount stays an issue", () => {
    const t = tableOf({ name: "T" })`
      Date       | Amount
      2026-03-03 | "1,234.50"
      2026-03-04 | "15,00"
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900 });
    expect(r.decimalSeparator).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["amount_invalid", 3]]);
  });
});

describe("headers in other languages", () => {
  it("reads a German bank export without a column map: Buchungstag, Verwendungszweck, Betrag, Währung", () => {
    // Two-digit years and a decimal comma, as German banks export them: 31.03.26 settles the day order
    // for 02.04.26, "1.250,00" the separator.
    const t = tableOf({ name: "Umsaetze", sheet: "Umsaetze" })`
      Auftragskonto | Buchungstag | Valutadatum | Buchungstext | Verwendungszweck           | Beguenstigter/Zahlungspflichtiger | Kontonummer/IBAN       | Betrag    | Waehrung
      DE001         | 31.03.26    | 31.03.26    | ENTGELT      | Kontoführungsgebühr 03/2026 |                                  |                        | "-9,90"   | EUR
      DE001         | 02.04.26    | 02.04.26    | GUTSCHRIFT   | RE 2044 Danke               | Müller Logistik GmbH              | DE44500105175407324931 | "1.250,00" | EUR
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.map).toMatchObject({ date: 1, description: 4, party: 5, amount: 7, currency: 8 });
    expect(r.issues).toEqual([]);
    expect(Array.from(r.set.minor)).toEqual([-990, 125000]);
    expect(Array.from(r.set.day)).toEqual([dayFromIso("2026-03-31"), dayFromIso("2026-04-02")]);
    expect(r.set.party).toEqual(["", "Müller Logistik GmbH"]);
  });

  it.each([
    [
      "French",
      "Date opération | Libellé | Débit | Crédit | Devise",
      { date: 0, description: 1, debit: 2, credit: 3, currency: 4 },
    ],
    [
      "Dutch",
      "Boekdatum | Omschrijving | Bedrag | Tegenpartij | Saldo",
      { date: 0, description: 1, amount: 2, party: 3, balance: 4 },
    ],
    ["Spanish", "Fecha | Concepto | Importe | Saldo", { date: 0, description: 1, amount: 2, balance: 3 }],
    [
      "Italian",
      "Data operazione | Descrizione | Addebiti | Accrediti | Saldo",
      { date: 0, description: 1, debit: 2, credit: 3, balance: 4 },
    ],
  ])("maps %s headers", (_language, headers, map) => {
    const t = tableFromRows({ name: "Bank", sheet: "Bank", headers: headers.split(" | "), records: [] });
    expect(readSide(t, { side: "right", dateSystem: 1900 }).map).toEqual(map);
  });
});

describe("a Dr/Cr indicator beside an unsigned amount", () => {
  const reading = { debitCredit: "credit-positive" } as const;

  it("reads a Dutch bank's Af Bij export: Bij is money in, Af money out", () => {
    // yyyymmdd dates as the file has them (text), or as Excel makes them when it opens the file (numbers).
    const t = tableOf({ name: "ING", sheet: "ING" })`
      Datum    | Naam / Omschrijving      | Tegenrekening       | Code | Af Bij | Bedrag (EUR) | Mededelingen
      "20260331" | Kosten betaalpakket    |                     | DV   | Af     | "3,25"       | Kosten betaalpakket maart
      20260402   | Jansen Techniek BV     | NL91ABNA0417164300  | OV   | Bij    | "1.250,00"   | Factuur 2044
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading });
    expect(r.amountMode).toBe("indicator");
    expect(r.map).toEqual({ date: 0, party: 1, indicator: 4, amount: 5, description: 6 });
    expect(r.set.party).toEqual(["Kosten betaalpakket", "Jansen Techniek BV"]);
    expect(r.issues).toEqual([]);
    expect(Array.from(r.set.minor)).toEqual([-325, 125000]);
  });

  it("reads Dr/Cr and Soll/Haben marks in any case, with dots or accents, on a ledger debit-positive", () => {
    const t = tableOf({ name: "Buch", sheet: "Buch" })`
      Date       | Description | Amount | Dr/Cr
      2026-03-02 | Receipt     | 100.00 | Dr.
      2026-03-03 | Payment     | 40.00  | cr
      2026-03-04 | Einnahme    | 7.00   | S
      2026-03-05 | Ausgabe     | 2.00   | Haben
      2026-03-06 | Recette     | 1.50   | Débit
      2026-03-07 | Nothing     | 0.00   |
    `;
    const r = readSide(t, { side: "left", dateSystem: 1900, reading: { debitCredit: "debit-positive" } });
    expect(r.map).toMatchObject({ amount: 2, indicator: 3 });
    expect(r.issues).toEqual([]);
    expect(Array.from(r.set.minor)).toEqual([10000, -4000, 700, -200, 150, 0]);
  });

  it("names the cell of an indicator it cannot read and of a missing one, and leaves those rows out", () => {
    const t = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Amount | Dr/Cr
      2026-03-02 | 100.00 | X
      2026-03-03 | 40.00  |
      2026-03-04 | 2.00   | CR
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading });
    expect(r.issues.map((i) => [i.code, i.address])).toEqual([
      ["recon_indicator_invalid", "C2"],
      ["recon_indicator_missing", "C3"],
    ]);
    expect(r.issues[0]?.message).toContain("Dr/Cr says neither debit nor credit");
    expect(Array.from(r.state)).toEqual([ROW_UNREADABLE, ROW_UNREADABLE, ROW_USED]);
    expect(Array.from(r.set.minor)).toEqual([200]);
  });

  it("leaves it aside, saying so, when the amounts carry signs of their own", () => {
    const t = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Amount | Dr/Cr
      2026-03-02 | 100.00 | CR
      2026-03-04 | -7.00  | DR
      2026-03-05 | 2.00   |
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading });
    expect(r.amountMode).toBe("amount");
    expect(r.issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ["recon_indicator_unused", "info", "C1"],
    ]);
    expect(Array.from(r.set.minor)).toEqual([10000, -700, 200]);
  });

  it("is not used beside debit and credit columns, which sign the amounts themselves", () => {
    const t = tableOf({ name: "Bank", sheet: "Bank" })`
      Date       | Paid Out | Paid In | Dr/Cr
      2026-03-02 |          | 100.00  | CR
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading });
    expect(r.amountMode).toBe("debit-credit");
    expect(Array.from(r.set.minor)).toEqual([10000]);
  });
});
