/**
 * References compared by 64-bit fingerprints of their normalised forms, computed in one pass over the
 * raw text without building any string. Equal fingerprints are taken as equal references: two different
 * references agree in both 32-bit lanes with odds of about 1 in 10^19, far below the chance of a typo,
 * while re-reading two strings per candidate pair would cost more than all the matching at a million
 * rows. Fingerprints are written into caller-owned typed arrays (lane 1 at out1[at], lane 2 at out2[at]);
 * 0/0 means "none".
 */
import { isDigit } from "../chars";
import { normalizeParty, normalizeReference } from "./normalize";

function foldLetter(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c >= 65 && c <= 90) return c;
  return -1;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/** Two independent multiplicative lanes (FNV-1a and a murmur-style lane), shared with blockWords.ts. */
export const SEED1 = 0x811c9dc5;
export const SEED2 = 0x9747b28c;

export function step1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export function step2(h: number, c: number): number {
  const k = Math.imul(c, 0x5bd1e995);
  return Math.imul(h, 0x5bd1e995) ^ (k ^ (k >>> 24));
}

/** The final mix of each lane, as an unsigned 32-bit value. */
export function final1(h: number): number {
  return (h ^ (h >>> 16)) >>> 0;
}

export function final2(h: number): number {
  return (Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (h >>> 16)) >>> 0;
}

function store(out1: Uint32Array, out2: Uint32Array, at: number, h1: number, h2: number): void {
  let a = final1(h1);
  const b = final2(h2);
  if (a === 0 && b === 0) a = 1;
  out1[at] = a;
  out2[at] = b;
}

/** Fingerprint of normalizeReference(text); leaves 0/0 when the text has no letter or digit. */
export function referenceFingerprint(text: string, out1: Uint32Array, out2: Uint32Array, at: number): void {
  if (asciiReference(text, out1, out2, at, null, null)) return;
  const n = normalizeReference(text);
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < n.length; i++) {
    h1 = step1(h1, n.charCodeAt(i));
    h2 = step2(h2, n.charCodeAt(i));
  }
  if (n !== "") store(out1, out2, at, h1, h2);
}

/** Fingerprint of the digits text[start, end) (a run without leading zeros). */
export function digitsFingerprint(
  text: string,
  start: number,
  end: number,
  out1: Uint32Array,
  out2: Uint32Array,
  at: number,
): void {
  let h1 = SEED1 ^ 0x5f;
  let h2 = SEED2 ^ 0x5f;
  for (let t = start; t < end; t++) {
    h1 = step1(h1, text.charCodeAt(t));
    h2 = step2(h2, text.charCodeAt(t));
  }
  store(out1, out2, at, h1, h2);
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
 * Fingerprints of the runs of digits (leading zeros dropped, at least `minDigits`) of a text, written at
 * at, at + 1, …; returns how many (at most `max`). A description quoting "INV 0104321" yields 104321.
 */
export function numberFingerprints(
  text: string,
  minDigits: number,
  max: number,
  out1: Uint32Array,
  out2: Uint32Array,
  at: number,
): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n && count < max) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && text.charCodeAt(j) === 48) j++;
    let k = j;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    if (k - j >= minDigits) digitsFingerprint(text, j, k, out1, out2, at + count++);
    i = k;
  }
  return count;
}

/** Numbers a description may quote, kept per row without a reference. */
export const TEXT_NUMBERS = 3;
/** Digits a reference needs to yield a reference number ("INV-1043" -> 1043), and a quoted number too. */
export const REF_NUMBER_DIGITS = 3;
const TEXT_NUMBER_DIGITS = 3;

/**
 * A record's fingerprints at slot `at`: the normalised reference, its number, and for records without
 * a reference up to TEXT_NUMBERS numbers quoted in the description (at at × TEXT_NUMBERS + k). 0/0 is
 * "none". The engine keeps them by layout position; reasons fill a one-slot copy on demand.
 */
export interface Fingerprints {
  readonly ref1: Uint32Array;
  readonly ref2: Uint32Array;
  readonly num1: Uint32Array;
  readonly num2: Uint32Array;
  readonly txt1: Uint32Array;
  readonly txt2: Uint32Array;
}

/** Zeroed fingerprints for one record (slot 0), for code that fingerprints records one at a time. */
export function oneSlot(): Fingerprints {
  return {
    ref1: new Uint32Array(1),
    ref2: new Uint32Array(1),
    num1: new Uint32Array(1),
    num2: new Uint32Array(1),
    txt1: new Uint32Array(TEXT_NUMBERS),
    txt2: new Uint32Array(TEXT_NUMBERS),
  };
}

/**
 * What a normalised reference is made of, for ruling out "one edit apart" without building the string:
 * its length, and how often its characters fall in each of eight classes (character code mod 8, one
 * count of at most 15 per 4 bits). One edit (a substitution, insertion, deletion or swap of neighbours)
 * changes those counts by at most 2 in all, so references whose counts differ by more are not near.
 */
export interface ReferenceShapes {
  readonly refShape: Uint32Array;
  readonly refLen: Uint16Array;
}

function countChar(shape: number, code: number): number {
  const at = (code & 7) * 4;
  return ((shape >>> at) & 15) === 15 ? shape : (shape + (1 << at)) >>> 0;
}

/**
 * False when the normalised references at slots p and q cannot be one edit apart (nearlyEqual): a
 * length below 4, lengths more than one apart, or class counts more than 2 apart.
 */
export function mayBeNear(L: ReferenceShapes, p: number, R: ReferenceShapes, q: number): boolean {
  const la = L.refLen[p] as number;
  const lb = R.refLen[q] as number;
  if (la < 4 || lb < 4 || la - lb > 1 || lb - la > 1) return false;
  const a = L.refShape[p] as number;
  const b = R.refShape[q] as number;
  let d = 0;
  for (let at = 0; at < 32 && d <= 2; at += 4) d += Math.abs(((a >>> at) & 15) - ((b >>> at) & 15));
  return d <= 2;
}

/**
 * The fingerprint of an ASCII reference (normalised on the fly: letters upper-cased, leading zeros of
 * each run of digits dropped) into out1/out2 at `at`, and in the same pass, with `fp`, the fingerprint of
 * referenceNumberSpan's number, and with `shapes`, its ReferenceShapes. Returns false, having written
 * nothing, at the first character that is not ASCII: the caller then normalises the text.
 */
function asciiReference(
  text: string,
  out1: Uint32Array,
  out2: Uint32Array,
  at: number,
  fp: Fingerprints | null,
  shapes: ReferenceShapes | null,
): boolean {
  let h1 = SEED1;
  let h2 = SEED2;
  let any = false;
  let shape = 0;
  let len = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) return false;
    if (isDigit(c)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 48) j++;
      let k = j;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      if (k === j) {
        h1 = step1(h1, 48);
        h2 = step2(h2, 48);
        shape = countChar(shape, 48);
        len++;
      }
      for (let t = j; t < k; t++) {
        const d = text.charCodeAt(t);
        h1 = step1(h1, d);
        h2 = step2(h2, d);
        shape = countChar(shape, d);
      }
      len += k - j;
      if (k - j >= REF_NUMBER_DIGITS && k - j >= bestEnd - bestStart) {
        bestStart = j;
        bestEnd = k;
      }
      any = true;
      i = k;
      continue;
    }
    const u = foldLetter(c);
    if (u >= 0) {
      h1 = step1(h1, u);
      h2 = step2(h2, u);
      shape = countChar(shape, u);
      len++;
      any = true;
    }
    i++;
  }
  if (any) store(out1, out2, at, h1, h2);
  if (shapes !== null) {
    shapes.refShape[at] = shape;
    shapes.refLen[at] = Math.min(len, 65535);
  }
  if (fp !== null && bestStart >= 0) digitsFingerprint(text, bestStart, bestEnd, fp.num1, fp.num2, at);
  return true;
}

/** Fills slot `at` of `fp` from a record's reference and description (the slot must be zero). */
export function fingerprintRecord(
  reference: string,
  description: string,
  fp: Fingerprints,
  at: number,
  shapes: ReferenceShapes | null = null,
): void {
  if (
    reference !== "" &&
    (reference.length > 65535 || !asciiReference(reference, fp.ref1, fp.ref2, at, fp, shapes))
  ) {
    referenceFingerprint(reference, fp.ref1, fp.ref2, at);
    const span = referenceNumberSpan(reference, REF_NUMBER_DIGITS);
    if (span >= 0) digitsFingerprint(reference, Math.floor(span / 65536), span % 65536, fp.num1, fp.num2, at);
    if (shapes !== null) {
      const n = normalizeReference(reference);
      let shape = 0;
      for (let k = 0; k < n.length; k++) shape = countChar(shape, n.charCodeAt(k));
      shapes.refShape[at] = shape;
      shapes.refLen[at] = Math.min(n.length, 65535);
    }
  }
  if (fp.ref1[at] === 0 && fp.ref2[at] === 0)
    numberFingerprints(description, TEXT_NUMBER_DIGITS, TEXT_NUMBERS, fp.txt1, fp.txt2, at * TEXT_NUMBERS);
}

/** How two records' fingerprints relate: equal, unknown (one is missing), or in conflict. */
export const FP_EQUAL = 0;
export const FP_UNKNOWN = 1;
export const FP_CONFLICT = 2;

function quotes(S: Fingerprints, q: number, n1: number, n2: number): boolean {
  for (let k = q * TEXT_NUMBERS; k < (q + 1) * TEXT_NUMBERS; k++)
    if (S.txt1[k] === n1 && S.txt2[k] === n2) return true;
  return false;
}

/**
 * References of left slot p and right slot q by fingerprint: equal when the normalised references or
 * their numbers agree, or when a record without a reference quotes the other's number in its description
 * ("TRANSFER ACME 104321" against INV-104321). Only two references can be in conflict.
 */
export function fingerprintLevel(L: Fingerprints, p: number, R: Fingerprints, q: number): number {
  const a1 = L.ref1[p] as number;
  const a2 = L.ref2[p] as number;
  const b1 = R.ref1[q] as number;
  const b2 = R.ref2[q] as number;
  const hasA = (a1 | a2) !== 0;
  const hasB = (b1 | b2) !== 0;
  if (hasA && hasB) {
    if (a1 === b1 && a2 === b2) return FP_EQUAL;
    const n1 = L.num1[p] as number;
    const n2 = L.num2[p] as number;
    if ((n1 | n2) !== 0 && n1 === R.num1[q] && n2 === R.num2[q]) return FP_EQUAL;
    return FP_CONFLICT;
  }
  if (hasA) {
    const n1 = L.num1[p] as number;
    const n2 = L.num2[p] as number;
    if ((n1 | n2) !== 0 && quotes(R, q, n1, n2)) return FP_EQUAL;
  } else if (hasB) {
    const n1 = R.num1[q] as number;
    const n2 = R.num2[q] as number;
    if ((n1 | n2) !== 0 && quotes(L, p, n1, n2)) return FP_EQUAL;
  }
  return FP_UNKNOWN;
}

/**
 * 53-bit hash of normalizeParty(text) (upper case, letters and digits, one space between words), mixed
 * with two seed lanes, without building the string. Equal normalised texts hash alike; callers that
 * need certainty compare the texts of the few rows that share a hash.
 */
export function normalizedTextHash(text: string, seed1: number, seed2: number): number {
  let h1 = SEED1 ^ seed1;
  let h2 = SEED2 ^ seed2;
  if (hasNonAscii(text)) {
    const n = normalizeParty(text);
    for (let i = 0; i < n.length; i++) {
      h1 = step1(h1, n.charCodeAt(i));
      h2 = step2(h2, n.charCodeAt(i));
    }
  } else {
    let any = false;
    let gap = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const u = isDigit(c) ? c : foldLetter(c);
      if (u < 0) {
        gap = any;
        continue;
      }
      if (gap) {
        h1 = step1(h1, 32);
        h2 = step2(h2, 32);
        gap = false;
      }
      h1 = step1(h1, u);
      h2 = step2(h2, u);
      any = true;
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
}
