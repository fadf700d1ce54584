/**
 * The balances a file's own lines state, read as the side reads its amounts: either decimal separator,
 * thousands separators, a currency before or after, a minus sign before or after, Soll/Haben marks; and
 * the lines a run cannot take (too many decimals, another currency than the side's rows), said at the line.
 */
import { tableOf } from "../../../test/support/tableLiteral";
import type { Issue } from "../issues";
import type { FileBalanceLine } from "../table";
import { fileBalances, readBalanceText, readFileBalances } from "./fileBalances";
import { readSide } from "./readSide";

describe("readBalanceText", () => {
  it.each([
    ["10.000,00 EUR", {}, ",", 1_000_000, "EUR"],
    ["20.792,57 €", {}, undefined, 2_079_257, "EUR"],
    ["EUR 10 000,00", {}, ",", 1_000_000, "EUR"],
    ["10000.00", {}, ".", 1_000_000, ""],
    ["USD 1,234.56", {}, ".", 123_456, "USD"],
    ["-1.234,56 EUR", {}, ",", -123_456, "EUR"],
    ["1.234,56-", {}, ",", -123_456, ""],
    ["(1,234.56)", {}, ".", -123_456, ""],
    ["1.234,56 S", {}, ",", -123_456, ""],
    ["1.234,56", { mark: "S", currency: "EUR" }, ",", -123_456, "EUR"],
    ["10.000,00", { mark: "H", currency: "EUR" }, ",", 1_000_000, "EUR"],
    ["1,234.56 DR", {}, ".", -123_456, ""],
    ["1.850", {}, ",", 185_000, ""],
    // A side written with decimal commas: a point before three digits separates thousands.
    ["1.234", {}, ",", 123_400, ""],
    ["20.792", {}, ",", 2_079_200, ""],
    // A lone comma that cannot separate thousands is a decimal comma where the side says none.
    ["19842,57", {}, undefined, 1_984_257, ""],
    ["0,5", {}, undefined, 50, ""],
    ["19842,57 EUR", {}, ",", 1_984_257, "EUR"],
    ["1,234", {}, undefined, 123_400, ""],
    ["1,234", {}, ".", 123_400, ""],
  ])("%s %j (separator %s) reads %i %s", (text, extra, separator, minor, currency) => {
    expect(readBalanceText({ text, ...extra }, 2, separator as "." | "," | undefined)).toEqual({
      minor,
      currency,
    });
  });

  it.each(["EUR", "n/a", "1.234,56 EURO"])("%s is no figure", (text) => {
    expect(readBalanceText({ text }, 2, ",")).toBeNull();
  });

  // Never rounded: a figure with more decimals than the currency has is no balance of it.
  it.each([
    ["1.234", "."],
    ["20.792", "."],
    ["19842.575", "."],
    ["1.230", "."],
    ["1.234", undefined],
    ["19842.575", undefined],
    ["1.234,567", ","],
    ["1.234,567", undefined],
    ["0,123", undefined],
    ["19842,57", "."],
  ])("%s (separator %s) is not taken at 2 decimals", (text, separator) => {
    expect(readBalanceText({ text }, 2, separator as "." | "," | undefined)).toBeNull();
  });

  it("reads a figure at the currency's own decimals", () => {
    expect(readBalanceText({ text: "1.234" }, 3, ".")).toEqual({ minor: 1234, currency: "" });
    expect(readBalanceText({ text: "1.234" }, 0, ".")).toBeNull();
    expect(readBalanceText({ text: "1.234" }, 0, ",")).toEqual({ minor: 1234, currency: "" });
  });
});

describe("readFileBalances: the lines a run does not take are said where they stand", () => {
  const bank = tableOf({ name: "Bank", sheet: "Bank", headerRow: 4 });
  const line = (text: string, extra: Partial<FileBalanceLine> = {}): FileBalanceLine => ({
    text,
    row: 2,
    label: "Closing balance",
    column: 1,
    named: true,
    ...extra,
  });
  /** A side of bare amounts (or those `header` names a currency for) whose file states `closing`. */
  function side(closing: FileBalanceLine, header = "Amount", defaultCurrency?: string, amounts = ["100.00"]) {
    const t = bank`
      Date       | ${header}
      ${amounts.map((a) => `2026-03-02 | "${a}"`).join("\n")}
    `;
    const noted = { ...t, notes: { fileBalances: { closing } } };
    return readSide(noted, {
      side: "right",
      dateSystem: 1900,
      ...(defaultCurrency === undefined ? {} : { defaultCurrency }),
    });
  }
  const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

  it("takes a figure at the side's scale in its currency, saying nothing", () => {
    const r = readFileBalances(side(line("1,234.56 EUR")), "EUR");
    expect(r.balances.closing?.minor).toBe(123456);
    expect(r.issues).toEqual([]);
  });

  it("says a figure with more decimals than the currency has, at its line, and does not take it", () => {
    const r = readFileBalances(side(line("1,234.567 EUR"), "Amount (EUR)"), "EUR");
    expect(r.balances).toEqual({});
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "recon_file_balance_decimals",
        severity: "warning",
        sheet: "Bank",
        table: "Bank",
        row: 2,
        address: "B2",
        message:
          `Bank!Bank row 2: The file's "Closing balance" line states the closing balance as "1,234.567 EUR", ` +
          `with more decimal places than EUR has (2): the statement does not take it, as a balance is never ` +
          `rounded. Correct the line, or type the closing balance.`,
      }),
    ]);
  });

  it.each([
    [line("1234.567"), "Amount (USD)", "USD", `"1234.567"`, "USD"],
    [line("1234.567", { value: 1234.567, onSheet: true }), "Amount (USD)", "USD", `"1234.567"`, "USD"],
    [line("1,234.5", { currency: "JPY" }), "Amount (JPY)", "JPY", `"1,234.5 JPY"`, "JPY"],
    [line("10,000.005", { mark: "H" }), "Amount", "", `"10,000.005 H"`, "the side's amounts are read with"],
  ])("%j on a side in %s: not taken, said", (closing, header, currency, text, what) => {
    const r = readFileBalances(side(closing, header), currency);
    expect(r.balances).toEqual({});
    expect(codes(r.issues)).toEqual(["recon_file_balance_decimals"]);
    expect(r.issues[0]?.message).toContain(`balance as ${text}, with more decimal places than ${what}`);
    expect(r.issues[0]?.message).toContain(closing.onSheet ? `The sheet's "Closing balance"` : `The file's`);
  });

  it("does not take a line in another currency than the rows are read in, named or the run's default, and says so", () => {
    for (const r of [
      readFileBalances(side(line("1,234.56 GBP"), "Amount", "EUR"), "EUR"),
      readFileBalances(side(line("1,234.56", { currency: "GBP" }), "Amount (EUR)"), "EUR"),
    ]) {
      expect(r.balances).toEqual({});
      expect(r.issues).toEqual([
        expect.objectContaining({ code: "recon_file_balance_currency", row: 2, address: "B2" }),
      ]);
      expect(r.issues[0]?.message).toContain(
        `balance as "1,234.56 GBP", but the side's rows are read in EUR`,
      );
      expect(r.issues[0]?.message).toContain("If the account is in GBP");
    }
  });

  it("takes a line's currency where neither the rows nor the run name one: nothing says the account is in another", () => {
    const r = readFileBalances(side(line("1,234.56 GBP")), "");
    expect(r.balances.closing?.minor).toBe(123456);
    expect(r.issues).toEqual([]);
  });

  it('takes "$" as the side\'s own dollar, and names the dollar it reads as where the side is in another currency', () => {
    const cad = readFileBalances(side(line("$1,234.56"), "Amount (CAD)"), "CAD");
    expect(cad.balances.closing?.minor).toBe(123456);
    expect(cad.issues).toEqual([]);
    const eur = readFileBalances(side(line("$1,234.56"), "Amount (EUR)"), "EUR");
    expect(eur.balances).toEqual({});
    expect(eur.issues[0]?.message).toContain(
      `balance as "$1,234.56" (USD), but the side's rows are read in EUR`,
    );
  });

  it("says a line of a side in several currencies, which it cannot place", () => {
    const t = side(line("1,234.56 EUR"), "Amount", undefined, ["€100.00", "$5.00"]);
    expect(t.currencies).toEqual(["EUR", "USD"]);
    const r = readFileBalances(t, "");
    expect(r.balances).toEqual({});
    expect(codes(r.issues)).toEqual(["recon_file_balance_currency"]);
    expect(r.issues[0]?.message).toContain("the side's rows are in several currencies (EUR, USD)");
  });

  it('fileBalances takes a Canadian account\'s "$" line as its own dollars', () => {
    expect(fileBalances(side(line("$1,234.56"), "Amount (CAD)"), "CAD").closing?.minor).toBe(123456);
  });

  it("fileBalances gives the same balances", () => {
    expect(fileBalances(side(line("1,234.56 EUR")), "EUR")).toEqual(
      readFileBalances(side(line("1,234.56 EUR")), "EUR").balances,
    );
  });
});
