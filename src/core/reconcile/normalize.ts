/**
 * Normalisation of references, parties and descriptions, so that "INV-0104321", "inv 104321" and
 * "Inv104321" compare equal, and bank-style "ACME TRADING LTD PAYMEN" still resembles "Acme Trading Ltd".
 */
import { isDigit } from "../chars";

/** A letter in upper case (any script); "" for anything that is not a letter. */
function upperLetter(ch: string, c: number): string {
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32);
  if (c >= 65 && c <= 90) return ch;
  if (c < 128) return "";
  return /\p{L}/u.test(ch) ? ch.toUpperCase() : "";
}

/** True when the text is already normal: A-Z and 0-9 only, no digit run starting with 0. */
function isNormalReference(text: string): boolean {
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (c === 48 && !prevDigit) return false;
      prevDigit = true;
    } else if (c >= 65 && c <= 90) prevDigit = false;
    else return false;
  }
  return true;
}

/**
 * Upper case, letters and digits only, leading zeros dropped from every run of digits ("INV-0104321" ->
 * "INV104321", "1452687~7.0000486" -> "14526877486"). A run of zeros stays "0".
 */
export function normalizeReference(text: string): string {
  if (isNormalReference(text)) return text;
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 48) j++;
      let k = j;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      out.push(k === j ? "0" : text.slice(j, k));
      i = k;
      continue;
    }
    // A run of letters is copied in one piece, upper-cased.
    let k = i;
    while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
    if (k > i) {
      out.push(text.slice(i, k).toUpperCase());
      i = k;
      continue;
    }
    out.push(upperLetter(text[i] as string, c));
    i++;
  }
  return out.join("");
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The reference's number: its longest run of digits without leading zeros, when it has at least
 * `minDigits` digits ("INV-0104321" -> "104321"); "" otherwise. On ties the last run wins, since
 * numbering schemes put the running number last ("2026-000123").
 */
export function referenceNumber(text: string, minDigits: number): string {
  let best = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && text.charCodeAt(j) === 48) j++;
    let k = j;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    if (k - j >= minDigits && k - j >= best.length) best = text.slice(j, k);
    i = k;
  }
  return best;
}

/**
 * The reference a pattern captures in the text (group 1, else the whole match), normalised; "" when the
 * pattern does not match.
 */
export function captureReference(pattern: RegExp, text: string): string {
  const m = pattern.exec(text);
  if (m === null) return "";
  return normalizeReference(m[1] ?? m[0]);
}

/** Party names: case, punctuation and spacing ignored ("Acme Trading, Ltd." -> "ACME TRADING LTD"). */
export function normalizeParty(text: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = isDigit(c) ? (text[i] as string) : upperLetter(text[i] as string, c);
    if (ch === "") {
      gap = out !== "";
      continue;
    }
    if (gap) out += " ";
    out += ch;
    gap = false;
  }
  return out;
}

/** Words that say nothing about who paid whom; left out of blocking keys. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "AND",
  "BANK",
  "CARD",
  "CO",
  "CORP",
  "CR",
  "CREDIT",
  "DD",
  "DEBIT",
  "DR",
  "FEE",
  "FEES",
  "FOR",
  "FROM",
  "FT",
  "GMBH",
  "INC",
  "INV",
  "INVOICE",
  "LLC",
  "LTD",
  "OF",
  "ON",
  "PAY",
  "PAYMENT",
  "PMT",
  "POS",
  "RECEIPT",
  "REF",
  "SO",
  "THE",
  "TO",
  "TRANSFER",
  "TRF",
  "VIA",
  "WITH",
]);

/** The distinctive words of a description in order: letters only, 3+ of them, no digits, no stop words. */
export function distinctiveWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = i;
    let digits = false;
    let ascii = true;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (isDigit(c)) digits = true;
      else if (!isAsciiLetter(c)) {
        if (c < 128 || !/\p{L}/u.test(text[k] as string)) break;
        ascii = false;
      }
    }
    if (k - i >= 3 && !digits) {
      const w = text.slice(i, k).toUpperCase();
      if (!STOP_WORDS.has(w) && (ascii || w.length >= 3)) out.push(w);
    }
    i = k + 1;
  }
  return out;
}

/**
 * Blocking keys of a description: each pair of consecutive distinctive words ("HARBOR FREIGHT"), or the
 * one word when there is only one. Pairs are rare enough to keep group searches small at a million
 * rows, yet survive a bank's truncation and channel words ("SEPA CT HARBOR FREIGHT GM"). The engine
 * computes the same keys as numbers (BlockKeys in blockWords.ts); this text form defines them and is what
 * its tests compare against.
 */
export function blockingWords(text: string, max: number): string[] {
  const words = distinctiveWords(text);
  if (words.length <= 1) return words;
  const out: string[] = [];
  for (let k = 0; k + 1 < words.length && out.length < max; k++) {
    const key = `${words[k] as string} ${words[k + 1] as string}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
