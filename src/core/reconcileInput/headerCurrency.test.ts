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

  it("is the rows' currency as a Currency column is: over the side's configured currency and a symbol", () => {
    const t = bank`
      Date       | Amount (GBP)
      2026-03-02 | "€100.00"
    `;
    const r = readSide(t, { side: "right", dateSystem: 1900, reading: { currency: "USD" } });
    expect(r.set.currency).toEqual(["GBP"]);
    expect(Array.from(r.set.minor)).toEqual([10000]);
  });
});
