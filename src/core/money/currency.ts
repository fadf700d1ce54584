/** ISO 4217 currency codes with their minor units, and the currency symbols an amount cell may carry. */

// Active ISO 4217 codes (list of 2025) whose minor unit is not 2; every other known code uses 2.
const ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND";
const FOUR_DECIMALS = "CLF UYW";
const TWO_DECIMALS =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP " +
  "GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL " +
  "MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN " +
  "QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY " +
  "TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

const DECIMALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const code of TWO_DECIMALS.split(" ")) m.set(code, 2);
  for (const code of ZERO_DECIMALS.split(" ")) m.set(code, 0);
  for (const code of THREE_DECIMALS.split(" ")) m.set(code, 3);
  for (const code of FOUR_DECIMALS.split(" ")) m.set(code, 4);
  return m;
})();

/** True for an active ISO 4217 currency code, written in upper case ("USD", not "usd"). */
export function isCurrencyCode(code: string): boolean {
  return DECIMALS.has(code);
}

/** ISO 4217 minor units: JPY 0, USD 2, BHD 3. An unknown code gets 2, the common case. */
export function currencyDecimals(code: string): number {
  return DECIMALS.get(code) ?? 2;
}

/**
 * The currency a symbol stands for, or undefined. "$" and "¥" are shared by several currencies; we read
 * them as USD and JPY and return the code so the caller can compare it with the column's currency.
 */
export function currencyOfSymbol(charCode: number): string | undefined {
  switch (charCode) {
    case 0x24: // $
      return "USD";
    case 0x20ac: // €
      return "EUR";
    case 0xa3: // £
      return "GBP";
    case 0xa5: // ¥
      return "JPY";
    default:
      return undefined;
  }
}
