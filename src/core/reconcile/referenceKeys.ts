/**
 * References compared without building strings: a row's normalised reference and reference number are
 * hashed in one pass over the raw text (no allocation), equal hashes are confirmed by comparing the raw
 * texts under the same normalisation. At a million rows this replaces two million string builds and
 * map lookups with integer compares.
 */
import { normalizeReference } from "./normalize";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function foldLetter(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c >= 65 && c <= 90) return c;
  return -1;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** 0 is "no reference"; a real hash that lands on 0 is moved to 1 (equality is confirmed on text anyway). */
function finish(h: number, any: boolean): number {
  if (!any) return 0;
  const x = h >>> 0;
  return x === 0 ? 1 : x;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/** Hash of normalizeReference(text), without building it; 0 when the text has no letter or digit. */
export function referenceHash(text: string): number {
  if (hasNonAscii(text)) {
    const n = normalizeReference(text);
    let h = 0x811c9dc5;
    for (let i = 0; i < n.length; i++) h = mix(h, n.charCodeAt(i));
    return finish(h, n !== "");
  }
  let h = 0x811c9dc5;
  let any = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 48) j++;
      let k = j;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      if (k === j) h = mix(h, 48);
      for (let t = j; t < k; t++) h = mix(h, text.charCodeAt(t));
      any = true;
      i = k;
      continue;
    }
    const u = foldLetter(c);
    if (u >= 0) {
      h = mix(h, u);
      any = true;
    }
    i++;
  }
  return finish(h, any);
}

/** Positions fit in 21 bits (cells hold at most 32,767 characters): code and next position in one number. */
const POS = 2097152;

/** The next character of the normalised form of an ASCII text from `pos`, packed with the position after it; -1 at the end. */
function nextNormal(text: string, pos: number): number {
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (isDigit(c)) {
      if (pos > 0 && isDigit(text.charCodeAt(pos - 1))) return c * POS + pos + 1;
      let j = pos;
      while (j < n && text.charCodeAt(j) === 48) j++;
      if (j === n || !isDigit(text.charCodeAt(j))) return 48 * POS + j;
      return text.charCodeAt(j) * POS + j + 1;
    }
    const u = foldLetter(c);
    if (u >= 0) return u * POS + pos + 1;
    pos++;
  }
  return -1;
}

/** normalizeReference(a) === normalizeReference(b); for ASCII texts without building either. */
export function sameReference(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasNonAscii(a) || hasNonAscii(b)) return normalizeReference(a) === normalizeReference(b);
  let i = 0;
  let j = 0;
  for (;;) {
    const ra = nextNormal(a, i);
    const rb = nextNormal(b, j);
    if (ra < 0 || rb < 0) return ra === rb;
    if (Math.floor(ra / POS) !== Math.floor(rb / POS)) return false;
    i = ra % POS;
    j = rb % POS;
  }
}

/**
 * Where the reference number sits in a text: the longest run of digits (leading zeros dropped, at least
 * `minDigits`, the last one on ties, as referenceNumber() chooses), packed as start × 65536 + end; -1 when
 * there is none. Only the first 65,535 characters are read (a cell holds at most 32,767).
 */
export function referenceNumberSpan(text: string, minDigits: number): number {
  let bestStart = -1;
  let bestEnd = -1;
  let i = 0;
  const n = Math.min(text.length, 65535);
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && text.charCodeAt(j) === 48) j++;
    let k = j;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    if (k - j >= minDigits && k - j >= bestEnd - bestStart) {
      bestStart = j;
      bestEnd = k;
    }
    i = k;
  }
  return bestStart < 0 ? -1 : bestStart * 65536 + bestEnd;
}

/**
 * Whether `text` holds the number digits[start, end) as a whole run of digits (leading zeros of the run
 * ignored): "PAYMENT INV 0104321 THANKS" holds 104321, "1043210" does not.
 */
export function textHasNumber(text: string, digits: string, start: number, end: number): boolean {
  const len = end - start;
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
    if (k - j === len) {
      let same = true;
      for (let t = 0; t < len && same; t++) same = text.charCodeAt(j + t) === digits.charCodeAt(start + t);
      if (same) return true;
    }
    i = k;
  }
  return false;
}

/** Hashes of the digit runs (leading zeros dropped, at least `minDigits`) of a text, at most out.length of them. */
export function numberHashesInto(text: string, minDigits: number, out: Uint32Array): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n && count < out.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && text.charCodeAt(j) === 48) j++;
    let k = j;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    if (k - j >= minDigits) out[count++] = hashSpan(text, j, k);
    i = k;
  }
  return count;
}

/** numberHashesInto as a new array. */
export function numberHashesIn(text: string, minDigits: number, max: number): number[] {
  const out = new Uint32Array(max);
  return Array.from(out.subarray(0, numberHashesInto(text, minDigits, out)));
}

export function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let t = start; t < end; t++) h = mix(h, text.charCodeAt(t));
  return finish(h, end > start);
}

export function sameSpan(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (a.charCodeAt(as + k) !== b.charCodeAt(bs + k)) return false;
  return true;
}
