/** Character classes of amount text: digits, spaces, grouping marks, exponents and CR/DR (S/H) suffixes. */
import { isDigit } from "../chars";

export const DOT = 46;
export const COMMA = 44;
export const APOSTROPHE = 39;
export const RIGHT_QUOTE = 0x2019;
export const PLUS = 43;
export const MINUS = 45;
export const UNICODE_MINUS = 0x2212;
export const OPEN = 40;
export const CLOSE = 41;
export const PERCENT = 37;
export const HASH = 35;

// Grouping characters fall into classes: one number must not mix them ("1,234 567").
const GROUP_SPACE = 1;
const GROUP_APOSTROPHE = 2;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function groupClass(c: number): number {
  if (c === DOT || c === COMMA) return c;
  return c === APOSTROPHE || c === RIGHT_QUOTE ? GROUP_APOSTROPHE : GROUP_SPACE;
}

/** "e3", "E+03", "e-2" after the digits. */
export function isExponent(text: string, i: number, end: number): boolean {
  if (i < end && (text.charCodeAt(i) === PLUS || text.charCodeAt(i) === MINUS)) i++;
  return i < end && isDigit(text.charCodeAt(i));
}

/**
 * The credit/debit mark of the word at i: +1 for "CR" or German "H" (Haben), -1 for "DR" or "S" (Soll),
 * 0 for any other word (case-insensitive; the mark must be the whole word, markLength letters long).
 */
export function creditDebit(text: string, i: number, end: number): number {
  const length = markLength(text, i, end);
  if (length === 1) {
    const a = text.charCodeAt(i) | 0x20;
    if (a === 104) return 1; // h
    return a === 115 ? -1 : 0; // s
  }
  if (length !== 2) return 0;
  const a = text.charCodeAt(i) | 0x20;
  const b = text.charCodeAt(i + 1) | 0x20;
  if (b !== 114) return 0; // r
  if (a === 99) return 1; // c
  return a === 100 ? -1 : 0; // d
}

/** Letters in the word at i (1 or 2 for a possible mark, 0 for a longer word). */
export function markLength(text: string, i: number, end: number): number {
  if (i + 1 >= end || !isLetter(text.charCodeAt(i + 1))) return 1;
  return i + 2 < end && isLetter(text.charCodeAt(i + 2)) ? 0 : 2;
}
