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
