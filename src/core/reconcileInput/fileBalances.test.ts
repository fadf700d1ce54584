/**
 * The balances a file's own lines state, read as the side reads its amounts: either decimal separator,
 * thousands separators, a currency before or after, a minus sign before or after, Soll/Haben marks.
 */
import { readBalanceText } from "./fileBalances";

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
  ])("%s %j (separator %s) reads %i %s", (text, extra, separator, minor, currency) => {
    expect(readBalanceText({ text, ...extra }, 2, separator as "." | "," | undefined)).toEqual({
      minor,
      currency,
    });
  });

  it.each(["EUR", "n/a", "1.234,56 EURO"])("%s is no figure", (text) => {
    expect(readBalanceText({ text }, 2, ",")).toBeNull();
  });
});
