import type { SideReading } from "../../core/reconcileInput";
import { readTypedBalance, type TypedBalanceSide } from "./typedBalance";

const ledger: TypedBalanceSide = {
  name: "Ledger",
  reading: { debitCredit: "debit-positive" },
  decimalSeparator: undefined,
};
const bank: TypedBalanceSide = {
  name: "Bank",
  reading: { debitCredit: "credit-positive" },
  decimalSeparator: undefined,
};
const commas = (side: TypedBalanceSide): TypedBalanceSide => ({ ...side, decimalSeparator: "," });
const reading = (side: TypedBalanceSide, r: SideReading): TypedBalanceSide => ({
  ...side,
  reading: { ...side.reading, ...r },
});

function minor(text: string, side: TypedBalanceSide = ledger, currency = "USD"): number | undefined | string {
  const r = readTypedBalance(text, "opening", side, currency);
  return r.ok ? r.minor : r.error;
}

describe("readTypedBalance", () => {
  it("is not given when blank", () => {
    expect(readTypedBalance("  ", "opening", ledger, "USD")).toEqual({ ok: true, minor: undefined });
  });

  it.each([
    ["18,420.35", 1842035],
    ["18420.35", 1842035],
    ["18.420,35", 1842035],
    ["18 420,35", 1842035],
    ["18'420.35", 1842035],
    ["(18,420.35)", -1842035],
    ["-18,420.35", -1842035],
    ["18420.35-", -1842035],
    ["+18,420.35", 1842035],
    ["18,420.3", 1842030],
    ["0", 0],
    ["18,420", 1842000],
    ["18,42", 1842],
  ])("reads %s as typed", (text, expected) => {
    expect(minor(text)).toBe(expected);
    expect(minor(text, bank)).toBe(expected);
  });

  it.each([
    ["18,420.35 DR", 1842035, -1842035],
    ["18,420.35 Dr.", 1842035, -1842035],
    ["18,420.35DR", 1842035, -1842035],
    ["18,420.35 D", 1842035, -1842035],
    ["18.420,35 S", 1842035, -1842035],
    ["18.420,35 Soll", 1842035, -1842035],
    ["18,420.35 débit", 1842035, -1842035],
    ["18,420.35 USD DR", 1842035, -1842035],
    ["USD 18,420.35 DR", 1842035, -1842035],
    ["18,420.35 CR", -1842035, 1842035],
    ["18,420.35 cr", -1842035, 1842035],
    ["18.420,35 H", -1842035, 1842035],
    ["18.420,35 Haben", -1842035, 1842035],
    ["18,420.35 credit", -1842035, 1842035],
    ["18,420.35 CR USD", -1842035, 1842035],
  ])("reads %s in the side's convention", (text, onLedger, onBank) => {
    expect(minor(text, ledger)).toBe(onLedger);
    expect(minor(text, bank)).toBe(onBank);
  });

  it("turns a debit/credit mark with the side's sign switch, and leaves a signed amount as typed", () => {
    const flipped = reading(ledger, { sign: "flip" });
    expect(minor("18,420.35 DR", flipped)).toBe(-1842035);
    expect(minor("18,420.35 CR", flipped)).toBe(1842035);
    expect(minor("-18,420.35", flipped)).toBe(-1842035);
    // A side without a setting reads debit as money in, as its rows are read.
    expect(minor("100 DR", { ...ledger, reading: {} })).toBe(10000);
  });

  it.each([
    ["-18,420.35 DR", "has more than one sign"],
    ["(18,420.35) CR", "has more than one sign"],
    ["18,420.35 CR DR", "has more than one sign"],
    ["18,420.35 DR CR USD", "has more than one sign"],
  ])("refuses %s: two signs", (text, reason) => {
    expect(minor(text)).toBe(
      `The opening balance of Ledger: "${text}" ${reason} (-, +, parentheses, DR/CR or S/H).`,
    );
  });

  it("refuses more decimals than the currency has, trailing zeros included", () => {
    expect(minor("18,420.355")).toBe(
      'The opening balance of Ledger: "18,420.355" has more decimals than USD has (2).',
    );
    expect(minor("18,420.350")).toBe(
      'The opening balance of Ledger: "18,420.350" has more decimals than USD has (2).',
    );
    expect(minor("18420.5", ledger, "JPY")).toBe(
      'The opening balance of Ledger: "18420.5" has more decimals than JPY has (0).',
    );
    expect(minor("18.420", ledger, "KWD")).toBe(18420);
    expect(minor("18.425", ledger, "")).toBe(
      'The opening balance of Ledger: "18.425" has more than 2 decimals; if the "." separates thousands, type 18425.',
    );
  });

  it("reads a separator before three digits as the side's amounts are written", () => {
    // Nothing known of the side: a decimal point, so 18.420 has a decimal too many for dollars.
    expect(minor("18.420")).toBe(
      'The opening balance of Ledger: "18.420" has more decimals than USD has (2); if the "." separates thousands, type 18420.',
    );
    expect(minor("18,420")).toBe(1842000);
    // A side written with decimal commas, seen in its cells or declared.
    expect(minor("18.420", commas(ledger))).toBe(1842000);
    expect(minor("$18.420 DR", commas(bank))).toBe(-1842000);
    expect(minor("18.420", reading(ledger, { decimalSeparator: "," }))).toBe(1842000);
    expect(minor("18,420", commas(ledger))).toBe(
      'The opening balance of Ledger: "18,420" has more decimals than USD has (2); if the "," separates thousands, type 18420.',
    );
    // Where the text settles it, the side's separator does not matter.
    expect(minor("18420.35", commas(ledger))).toBe(1842035);
    expect(minor("18,42", commas(ledger))).toBe(1842);
    expect(minor("1.234.567", commas(ledger))).toBe(123456700);
    expect(minor("18.42", { ...ledger, decimalSeparator: "." })).toBe(1842);
    expect(minor("18,42", { ...ledger, decimalSeparator: "." })).toBe(1842);
    expect(minor("18,420", ledger, "JPY")).toBe(18420);
    expect(minor("18.420", commas(ledger), "JPY")).toBe(18420);
  });

  it("takes the run's own currency by code or sign, and refuses another, naming both", () => {
    expect(minor("$18,420.35")).toBe(1842035);
    expect(minor("18,420.35 USD")).toBe(1842035);
    expect(minor("$18,420.35", ledger, "CAD")).toBe(1842035);
    expect(minor("¥18420", ledger, "CNY")).toBe(1842000);
    expect(minor("€18,420.35")).toBe(
      'The opening balance of Ledger: "€18,420.35" is in EUR, but this reconciliation is in USD.',
    );
    expect(minor("18.420,35 EUR", ledger, "CHF")).toBe(
      'The opening balance of Ledger: "18.420,35 EUR" is in EUR, but this reconciliation is in CHF.',
    );
    expect(minor("$18,420.35", ledger, "EUR")).toBe(
      'The opening balance of Ledger: "$18,420.35" is in dollars or pesos ($), but this reconciliation is in EUR.',
    );
    // A run whose tables name no currency takes the one typed.
    expect(minor("€18,420.35", ledger, "")).toBe(1842035);
  });

  it("says why other text does not read, naming the side and the balance", () => {
    expect(readTypedBalance("abc", "closing", bank, "USD")).toEqual({
      ok: false,
      reason: 'unexpected "a" in "abc"',
      error: 'The closing balance of Bank: unexpected "a" in "abc".',
    });
    expect(minor("1e4")).toContain("scientific notation");
    expect(minor("18,420.35 XYZ")).toContain("is not an ISO 4217 currency code");
  });
});

describe("readTypedBalance on a run in several currencies (none of its own)", () => {
  it.each([
    ["1,000.00 USD", 100000, "USD"],
    ["$1,000.00", 100000, "USD"],
    ["1,000 JPY", 1000, "JPY"],
    ["EUR 18.420,35", 1842035, "EUR"],
  ])("%s: %i minor units, in %s", (text, minor, currency) => {
    expect(readTypedBalance(text, "opening", ledger, "")).toEqual({ ok: true, minor, currency });
  });

  it("names no currency for a bare figure", () => {
    expect(readTypedBalance("1,000.00", "opening", ledger, "")).toEqual({ ok: true, minor: 100000 });
  });

  it("keeps no currency on a run of its own, where another is refused", () => {
    expect(readTypedBalance("1,000.00 USD", "opening", ledger, "USD")).toEqual({ ok: true, minor: 100000 });
    expect(readTypedBalance("1,000.00 EUR", "opening", ledger, "USD").ok).toBe(false);
  });
});
