/**
 * The text-amount scanner: one pass over char codes, no regex and no allocation unless the text carries
 * a currency code. It returns minor units or NaN and leaves why in `failure` (read by parseAmount).
 *
 * Accepted: digits with one decimal mark and thousands separators in groups of three (",", ".", space,
 * NBSP, narrow NBSP, thin space, "'" or "’"); around them, in any order, at most one sign (leading "+" or
 * "-", "(...)", trailing "-", or a "CR"/"DR" suffix: CR is money in, DR money out; German statements'
 * "H" (Haben) and "S" (Soll) read as CR and DR) and at most one currency
 * ($ € £ ¥ or an ISO 4217 code, before or after). Rejected with a reason: hexadecimal ("0x10"),
 * scientific notation ("1e3": in a text cell it is more often a mangled code than an amount, and Excel
 * would already have turned a typed 1e3 into a number), percentages, a lone comma that cannot be a
 * thousands separator ("1,5") unless the decimal separator is declared, misplaced separators ("1,23.45").
 */
import { isDigit } from "../chars";
import {
  CLOSE,
  COMMA,
  creditDebit,
  markLength,
  DOT,
  groupClass,
  HASH,
  isExponent,
  isLetter,
  isSpace,
  MINUS,
  OPEN,
  PERCENT,
  PLUS,
  UNICODE_MINUS,
  APOSTROPHE,
  RIGHT_QUOTE,
} from "./amountChars";
import * as F from "./amountFailures";
import { currencyOfSymbol, isCurrencyCode } from "./currency";

/** Scans one text cell. Reused (core is single-threaded and never re-enters it) to keep the hot path allocation-free. */
export class AmountScanner {
  /** FAIL_* code of the last scan, F.FAIL_NONE when it returned a number. */
  failure = F.FAIL_NONE;
  /** Index in the text where the failure was seen. */
  failAt = 0;
  /** Currency code the last text carried, if any. */
  currency: string | undefined = undefined;
  /** The last text had non-zero digits beyond the scale, which rounding dropped. */
  rounded = false;

  private text = "";
  private end = 0;

  /**
   * Minor units at scale 10^decimals, or NaN. `decimalMark` is DOT, COMMA or 0 (undeclared). `scale` is
   * 10^decimals, already checked by the caller.
   */
  scan(
    text: string,
    decimals: number,
    scale: number,
    decimalMark: number,
    halfUp: boolean,
    strict: boolean,
  ): number {
    this.failure = F.FAIL_NONE;
    this.currency = undefined;
    this.rounded = false;
    this.text = text;
    let i = 0;
    let end = text.length;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    if (i === end) return this.fail(F.FAIL_BLANK, 0);
    this.end = end;

    let signs = 0;
    let negative = false;
    let open = false;
    // Prefix: signs, "(", currency, spaces, up to the first digit (or a decimal mark followed by one).
    for (;;) {
      if (i >= end) return this.fail(F.FAIL_NO_DIGITS, i);
      const c = text.charCodeAt(i);
      if (isDigit(c)) break;
      if ((c === DOT || c === COMMA) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) break;
      if (isSpace(c)) {
        i++;
      } else if (c === PLUS || c === MINUS || c === UNICODE_MINUS) {
        signs++;
        negative = c !== PLUS;
        i++;
      } else if (c === OPEN) {
        if (open) return this.fail(F.FAIL_PARENTHESES, i);
        open = true;
        signs++;
        i++;
      } else if (isLetter(c)) {
        i = this.readCurrencyCode(i);
        if (i < 0) return NaN;
      } else {
        const symbol = currencyOfSymbol(c);
        if (symbol === undefined) return this.fail(c === HASH ? F.FAIL_ERROR_TEXT : F.FAIL_UNEXPECTED, i);
        if (this.currency !== undefined) return this.fail(F.FAIL_TWO_CURRENCIES, i);
        this.currency = symbol;
        i++;
      }
    }

    // The number itself: find its extent and which separators it uses.
    const numberStart = i;
    let dots = 0;
    let commas = 0;
    let lastDot = -1;
    let lastComma = -1;
    let otherGroups = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        i++;
      } else if (c === DOT) {
        dots++;
        lastDot = i++;
      } else if (c === COMMA) {
        commas++;
        lastComma = i++;
      } else if (
        (isSpace(c) || c === APOSTROPHE || c === RIGHT_QUOTE) &&
        i > numberStart &&
        isDigit(text.charCodeAt(i - 1)) &&
        i + 1 < end &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        otherGroups++;
        i++;
      } else {
        break;
      }
    }
    const numberEnd = i;

    let mark = decimalMark;
    if (mark !== 0) {
      if ((mark === DOT ? dots : commas) > 1)
        return this.fail(F.FAIL_TWO_DECIMAL_MARKS, mark === DOT ? lastDot : lastComma);
    } else if (dots > 0 && commas > 0) {
      mark = lastDot > lastComma ? DOT : COMMA;
      if ((mark === DOT ? dots : commas) > 1)
        return this.fail(F.FAIL_TWO_DECIMAL_MARKS, Math.max(lastDot, lastComma));
    } else if (dots === 1) {
      mark = DOT;
    }
    let minor = this.digits(numberStart, numberEnd, mark, decimals, scale, halfUp, strict);
    const badGroups = this.failure === F.FAIL_GROUPING || this.failure === F.FAIL_MIXED_GROUPING;
    if (minor !== minor && badGroups && decimalMark === 0 && commas === 1 && dots === 0) {
      // A lone comma that cannot group thousands: a decimal comma only if other grouping shows the
      // layout ("1 234,50"); otherwise ("1,5") the reader must say which it is.
      if (otherGroups === 0) return this.fail(F.FAIL_AMBIGUOUS_COMMA, lastComma);
      const grouping = this.failure;
      const groupingAt = this.failAt;
      minor = this.digits(numberStart, numberEnd, COMMA, decimals, scale, halfUp, strict);
      if (minor !== minor) return this.fail(grouping, groupingAt); // the first complaint says more
    }
    if (minor !== minor) return NaN;

    // Suffix: ")", trailing "-", currency, CR/DR or H/S, spaces.
    if (i < end) {
      const c = text.charCodeAt(i);
      if ((c === 120 || c === 88) && numberEnd - numberStart === 1 && text.charCodeAt(numberStart) === 48) {
        return this.fail(F.FAIL_HEX, numberStart);
      }
      if ((c === 101 || c === 69) && isExponent(text, i + 1, end)) return this.fail(F.FAIL_SCIENTIFIC, i);
    }
    let closed = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
      } else if (c === CLOSE) {
        if (!open || closed) return this.fail(F.FAIL_PARENTHESES, i);
        closed = true;
        i++;
      } else if (c === MINUS || c === UNICODE_MINUS) {
        signs++;
        negative = true;
        i++;
      } else if (c === PERCENT) {
        return this.fail(F.FAIL_PERCENT, i);
      } else if (isLetter(c)) {
        const credit = creditDebit(text, i, end);
        if (credit !== 0) {
          signs++;
          negative = credit < 0;
          i += markLength(text, i, end);
        } else {
          i = this.readCurrencyCode(i);
          if (i < 0) return NaN;
        }
      } else {
        const symbol = currencyOfSymbol(c);
        if (symbol === undefined) return this.fail(F.FAIL_UNEXPECTED, i);
        if (this.currency !== undefined) return this.fail(F.FAIL_TWO_CURRENCIES, i);
        this.currency = symbol;
        i++;
      }
    }
    if (open !== closed) return this.fail(F.FAIL_PARENTHESES, open ? end : numberStart);
    if (signs > 1) return this.fail(F.FAIL_TWO_SIGNS, numberStart);
    return negative || open ? 0 - minor : minor;
  }

  /** Accumulates the digits of [from, to) as minor units, checking thousands groups. */
  private digits(
    from: number,
    to: number,
    mark: number,
    decimals: number,
    scale: number,
    halfUp: boolean,
    strict: boolean,
  ): number {
    const text = this.text;
    let acc = 0;
    let fractionDigits = 0;
    let inFraction = false;
    let firstGroup = 0;
    let group = -1; // digits since the last thousands separator; -1 before the first one
    let groupKind = 0;
    let roundDigit = -1;
    let sticky = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (isDigit(c)) {
        const d = c - 48;
        if (!inFraction) {
          acc = acc * 10 + d;
          if (group >= 0) group++;
          else firstGroup++;
        } else if (fractionDigits < decimals) {
          acc = acc * 10 + d;
          fractionDigits++;
        } else if (roundDigit < 0) {
          roundDigit = d;
        } else if (d !== 0) {
          sticky = true;
        }
      } else if (c === mark) {
        if (group >= 0 && group !== 3) return this.fail(F.FAIL_GROUPING, k);
        inFraction = true;
      } else {
        if (inFraction) return this.fail(F.FAIL_SEPARATOR_IN_FRACTION, k);
        const kind = groupClass(c);
        if (group < 0) {
          // "0,123" is never a thousands-grouped number
          const leadingZero = text.charCodeAt(k - firstGroup) === 48;
          if (firstGroup < 1 || firstGroup > 3 || leadingZero) return this.fail(F.FAIL_GROUPING, k);
          groupKind = kind;
        } else {
          if (kind !== groupKind) return this.fail(F.FAIL_MIXED_GROUPING, k);
          if (group !== 3) return this.fail(F.FAIL_GROUPING, k);
        }
        group = 0;
      }
    }
    if (!inFraction && group >= 0 && group !== 3) return this.fail(F.FAIL_GROUPING, to);
    if (roundDigit >= 0) {
      if (roundDigit !== 0 || sticky) {
        if (strict) return this.fail(F.FAIL_PRECISION, from);
        this.rounded = true;
      }
      const up = halfUp ? roundDigit >= 5 : roundDigit > 5 || (roundDigit === 5 && (sticky || acc % 2 === 1));
      if (up) acc++;
    } else if (fractionDigits < decimals) {
      acc *= scale / 10 ** fractionDigits;
    }
    // Once past 2^53 the sum only grows, so the final check catches every overflow.
    if (acc > Number.MAX_SAFE_INTEGER) return this.fail(F.FAIL_OVERFLOW, from);
    return acc;
  }

  /** Reads a 3-letter ISO code at i; returns the index after it, or -1 after recording the failure. */
  private readCurrencyCode(i: number): number {
    const text = this.text;
    let j = i;
    while (j < this.end && isLetter(text.charCodeAt(j))) j++;
    let failure = F.FAIL_NONE;
    const word = j - i === 3 ? text.slice(i, j) : "";
    const code = word.toUpperCase();
    // Only an upper-case word reads as a wrong currency code; "abc" is just stray text.
    if (!isCurrencyCode(code))
      failure = word !== "" && word === code ? F.FAIL_UNKNOWN_CURRENCY : F.FAIL_UNEXPECTED;
    else if (this.currency !== undefined) failure = F.FAIL_TWO_CURRENCIES;
    if (failure !== F.FAIL_NONE) {
      this.fail(failure, i);
      return -1;
    }
    this.currency = code;
    return j;
  }

  private fail(code: number, at: number): number {
    this.failure = code;
    this.failAt = at;
    return NaN;
  }
}
