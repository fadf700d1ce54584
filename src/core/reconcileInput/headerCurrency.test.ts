/**
 * A currency named only in the amount column's header ("Amount (GBP)", "Betrag in EUR", "Montant (€)"):
 * the side's rows take it as a Currency column would give it, at its scale (the run's currency settling
 * on it: runCurrency.test.ts).
 */
import { tableOf } from "../../../test/support/tableLiteral";
import { currencyOfHeader, sideHeaderCurrency } from "./headerCurrency";
import { readSide } from "./readSide";

const bank = tableOf({ name: "Bank", sheet: "Bank" });

describe("currencyOfHeader", () => {
  it.each([
    ["Amount (GBP)", "GBP"],
    ["Amount GBP", "GBP"],
    ["Betrag (EUR)", "EUR"],
    ["Betrag in EUR", "EUR"],
    ["Umsatz in EUR", "EUR"],
    ["Montant (€)", "EUR"],
    ["Montant EUR", "EUR"],
    ["Importo (€)", "EUR"],
    ["Bedrag (EUR)", "EUR"],
    ["Debit (USD)", "USD"],
    ["Paid out (£)", "GBP"],
    ["Balance (GBP)", "GBP"],
    ["Gutschrift in CHF", "CHF"],
    ["EUR-Betrag", "EUR"],
    ["Amount (eur)", "EUR"],
    ["Amount (¥)", "JPY"],
    // "$" is USD, as in an amount cell; a dollar with letters before it is that country's.
    ["Amount ($)", "USD"],
    ["Amount (US$)", "USD"],
    ["Amount (C$)", "CAD"],
    ["Amount (A$)", "AUD"],
    ["Amount (TRY)", "TRY"],
  ])("%s names %s", (header, code) => {
    expect(currencyOfHeader(header)).toBe(code);
  });

  it.each([
    ["Amount"],
    ["Betrag"],
    ["Währung"],
    ["Original Amount"],
    ["Amount eur"],
    // Several currencies, or a dollar whose letters are not known: none is taken.
    ["Amount (EUR/USD)"],
    ["Amount € or £"],
    ["Amount (ZZ$)"],
    // Codes that are words as well count only in brackets.
    ["ALL DEBITS"],
    ["TOP UP AMOUNT"],
    // and only in upper case: "(all)" and "(try)" are words.
    ["Amount (all)"],
    ["Amount (try)"],
    ["Amount (All)"],
    ["Paid in (top)"],
  ])("%s names none", (header) => {
    expect(currencyOfHeader(header)).toBe("");
  });
});

describe("sideHeaderCurrency", () => {
  const of = (headers: string[], map: Record<string, number>) => sideHeaderCurrency({ headers }, map);

  it("takes the amount's, else the debit and credit's where they agree, else the balance's", () => {
    expect(of(["Date", "Amount (GBP)", "Balance (EUR)"], { amount: 1, balance: 2 })).toBe("GBP");
    expect(of(["Date", "Debit (USD)", "Credit (USD)"], { debit: 1, credit: 2 })).toBe("USD");
    expect(of(["Date", "Gutschrift in CHF"], { credit: 1 })).toBe("CHF");
    expect(of(["Date", "Amount", "Balance (GBP)"], { amount: 1, balance: 2 })).toBe("GBP");
  });

  it("takes none where the debit and credit headers disagree", () => {
    expect(of(["Date", "Debit (USD)", "Credit (EUR)"], { debit: 1, credit: 2 })).toBe("");
    expect(of(["Date", "Debit (USD)", "Credit", "Balance (USD)"], { debit: 1, credit: 2, balance: 3 })).toBe(
      "",
    );
  });
});

describe("readSide: a currency named in the amount header", () => {
  it.each([
    ["Amount (GBP)", "GBP"],
    ["Amount GBP", "GBP"],
    ["Betrag (EUR)", "EUR"],
    ["Betrag in EUR", "EUR"],
    ["Umsatz in EUR", "EUR"],
    ["Montant (€)", "EUR"],
    ["Montant EUR", "EUR"],
    ["Importo (€)", "EUR"],
    ["Bedrag (EUR)", "EUR"],
  ])("%s: every row is in %s, and the header maps to the amount", (header, code) => {
    const t = bank`
      Date       | Description | ${header}
      2026-03-02 | Receipt     | "4250.00"
      2026-03-03 | Rent        | "-1850.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.map.amount).toBe(2);
    expect(r.amountMode).toBe("amount");
    expect(Array.from(r.set.minor)).toEqual([425000, -185000]);
    expect(r.set.currency).toEqual([code, code]);
    expect(r.currencies).toEqual([code]);
    expect(r.issues).toEqual([]);
  });

  it("takes the currency the Debit and Credit headers both name", () => {
    const t = bank`
      Date       | Description | Debit (USD) | Credit (USD)
      2026-03-02 | Receipt     |             | "4250.00"
      2026-03-03 | Rent        | "1850.00"   |
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.amountMode).toBe("debit-credit");
    expect(r.set.currency).toEqual(["USD", "USD"]);
  });

  it("takes Paid out (£) and Paid in (£) as pounds", () => {
    const t = bank`
      Date       | Description | Paid out (£) | Paid in (£) | Balance (£)
      2026-03-02 | Receipt     |              | "4250.00"   | "14250.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.map).toMatchObject({ debit: 2, credit: 3, balance: 4 });
    expect(r.set.currency).toEqual(["GBP"]);
  });

  it("takes none where the Debit and Credit headers name different currencies", () => {
    const t = bank`
      Date       | Debit (USD) | Credit (EUR)
      2026-03-02 |             | "4250.00"
    `;
    expect(readSide(t, { side: "right", dateSystem: 1900 }).set.currency).toEqual([""]);
  });

  it("takes the running balance's currency where the amount header names none", () => {
    const t = bank`
      Date       | Description | Amount    | Balance (GBP)
      2026-03-02 | Receipt     | "4250.00" | "14250.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.map.balance).toBe(3);
    expect(r.set.currency).toEqual(["GBP"]);
    expect(Array.from(r.balance ?? [])).toEqual([1425000]);
  });

  it("reads a yen header's amounts at no decimals: 5000 is ¥5,000", () => {
    const t = bank`
      Date       | Amount (JPY) | Balance (JPY)
      2026-03-02 | "5000"       | "15000"
      2026-03-03 | 1200         | 13800
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(Array.from(r.set.minor)).toEqual([5000, 1200]);
    expect(Array.from(r.balance ?? [])).toEqual([15000, 13800]);
    expect(r.set.currency).toEqual(["JPY", "JPY"]);
  });

  it("lets a row's Currency cell win over the header, and fills a blank one from it", () => {
    const t = bank`
      Date       | Amount (EUR) | Currency
      2026-03-02 | "100.00"     | USD
      2026-03-03 | "20.00"      |
      2026-03-04 | "5000"       | JPY
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.currency).toEqual(["USD", "EUR", "JPY"]);
    expect(Array.from(r.set.minor)).toEqual([10000, 2000, 5000]);
    expect(r.issues).toEqual([]);
  });

  it("is the rows' currency as a Currency column is: over the side's configured currency", () => {
    const t = bank`
      Date       | Amount (GBP)
      2026-03-02 | "100.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading: { currency: "USD" } });
    expect(r.set.currency).toEqual(["GBP"]);
    expect(Array.from(r.set.minor)).toEqual([10000]);
  });
});

describe("readSide: an amount cell naming another currency than its header", () => {
  const under = (header: string, ...amounts: string[]) =>
    bank`
      Date       | Reference | ${header}
      ${amounts.map((a, k) => `2026-03-0${k + 2} | R${k} | "${a}"`).join("\n")}
    `;
  const said = (r: ReturnType<typeof readSide>) =>
    r.issues.filter((i) => i.code === "recon_amount_currency_header");

  it("reads the row in the currency its own cell names, as a Currency cell would, and says so", () => {
    const r = readSide(under("Amount (GBP)", "€100.00"), {
      side: "right",
      dateSystem: 1900,
      reading: { currency: "USD" },
    });
    expect(r.set.currency).toEqual(["EUR"]);
    expect(Array.from(r.set.minor)).toEqual([10000]);
    expect(said(r)).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Bank",
        table: "Bank",
        row: 2,
        column: "Amount (GBP)",
        address: "C2",
        value: '"€100.00"',
        message:
          `Bank!Bank[Amount (GBP)] row 2: "€100.00" names EUR, but the header Amount (GBP) names GBP: the row is ` +
          `read in EUR, as its own amount says. If the amount is in GBP, correct the cell; a Currency column ` +
          `names each row's currency.`,
      }),
    ]);
  });

  it('says "$12.00" and "12.00 USD" under "Amount (EUR)" once, at the first row, naming the rows after it', () => {
    const r = readSide(under("Amount (EUR)", "$12.00", "20.00", "-12.00 USD", "$1.50"), {
      side: "right",
      dateSystem: 1900,
    });
    expect(r.set.currency).toEqual(["USD", "EUR", "USD", "USD"]);
    expect(Array.from(r.set.minor)).toEqual([1200, 2000, -1200, 150]);
    expect(r.currencies).toEqual(["EUR", "USD"]);
    const issues = said(r);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 2, column: "Amount (EUR)", address: "C2" });
    expect(issues[0]?.message).toContain('"$12.00" names USD, but the header Amount (EUR) names EUR');
    expect(issues[0]?.message).toContain("as its own amount says; likewise rows 4, 5.");
  });

  it("names the first five rows after the first, and counts the rest", () => {
    const r = readSide(under("Amount (EUR)", ...Array.from({ length: 8 }, () => "$1.00")), {
      side: "right",
      dateSystem: 1900,
    });
    expect(said(r).map((i) => i.message.includes("likewise rows 3, 4, 5, 6, 7 and 2 more."))).toEqual([true]);
  });

  it("says each other currency the cells name on its own", () => {
    const r = readSide(under("Amount (EUR)", "£5.00", "$6.00", "£7.00"), { side: "right", dateSystem: 1900 });
    expect(r.set.currency).toEqual(["GBP", "USD", "GBP"]);
    expect(said(r).map((i) => [i.row, i.message.includes("likewise row 4.")])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it("reads a cell in its own currency at that currency's scale: $12.50 under a yen header, ¥1500 under a euro one", () => {
    const yen = readSide(under("Amount (JPY)", "$12.50", "500"), { side: "right", dateSystem: 1900 });
    expect(yen.set.currency).toEqual(["USD", "JPY"]);
    expect(Array.from(yen.set.minor)).toEqual([1250, 500]);
    // Nothing was rounded: the cell is read at cents, not at yen.
    expect(yen.issues.map((i) => i.code)).toEqual(["recon_amount_currency_header"]);
    const euro = readSide(under("Amount (EUR)", "¥1500", "2.50"), { side: "right", dateSystem: 1900 });
    expect(euro.set.currency).toEqual(["JPY", "EUR"]);
    expect(Array.from(euro.set.minor)).toEqual([1500, 250]);
    expect(euro.issues.map((i) => i.code)).toEqual(["recon_amount_currency_header"]);
  });

  it("still says a cell with more decimals than the currency read in has, as rounded", () => {
    const r = readSide(under("Amount (EUR)", "€4250.004", "$1.005"), { side: "right", dateSystem: 1900 });
    expect(Array.from(r.set.minor)).toEqual([425000, 100]);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ["recon_amount_rounded", 2],
      ["recon_amount_currency_header", 3],
    ]);
    expect(r.issues[0]?.message).toContain("more decimal places than EUR has (2)");
  });

  it.each([
    ["Amount (EUR)", "€100.00", "EUR"],
    ["Amount (EUR)", "100.00 EUR", "EUR"],
    ["Amount (GBP)", "£100.00", "GBP"],
    // "$" is any dollar: under a Canadian dollar header it is that dollar, as "¥" is yuan under CNY.
    ["Amount (CAD)", "$100.00", "CAD"],
    ["Amount (C$)", "$100.00", "CAD"],
    ["Amount (AUD)", "-$100.00", "AUD"],
    ["Amount (CNY)", "¥100.00", "CNY"],
  ])("%s with %s: the header's currency, nothing said", (header, amount, code) => {
    const r = readSide(under(header, amount), { side: "right", dateSystem: 1900 });
    expect(r.set.currency).toEqual([code]);
    expect(r.issues).toEqual([]);
  });

  it('takes "100.00 USD" under a Canadian dollar header as US dollars: the code says which dollar', () => {
    const r = readSide(under("Amount (CAD)", "100.00 USD"), { side: "right", dateSystem: 1900 });
    expect(r.set.currency).toEqual(["USD"]);
    expect(said(r)).toHaveLength(1);
  });

  it("lets a filled Currency cell win over both, as before, and reads a blank one's row by its own sign", () => {
    const t = bank`
      Date       | Amount (EUR) | Currency
      2026-03-02 | "$100.00"    | EUR
      2026-03-03 | "$20.00"     |
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(r.set.currency).toEqual(["EUR", "USD"]);
    expect(said(r).map((i) => i.row)).toEqual([3]);
  });

  it("says nothing for a pending row, which takes no part", () => {
    const t = bank`
      Date       | Amount (EUR) | Status
      2026-03-02 | "$100.00"    | Pending
      2026-03-03 | "20.00"      | Booked
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900 });
    expect(said(r)).toEqual([]);
    expect(r.pending.currency).toEqual(["USD"]);
  });
});
