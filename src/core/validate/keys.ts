/**
 * Row keys for unique checks, composite keys, grouping and lookups: open-addressing hash tables over typed
 * arrays, with text compared ignoring case (like Excel's lookups) unless a rule says otherwise. A million
 * keys cost two typed arrays, not a million Map entries.
 */

/** A key per row: hash and equality, plus "no key" for blank rows (skipped by every key check). */
export interface KeySource {
  readonly length: number;
  isBlank(i: number): boolean;
  hash(i: number): number;
  /** Equal keys; `other` is a source of the same shape (another table's column for lookups). */
  equals(i: number, other: KeySource, j: number): boolean;
  /** The key as a user reads it, for messages. */
  show(i: number): string;
  /** An order consistent with `equals` (0 exactly when equal), when the keys have one. */
  compare?(i: number, j: number): number;
}

const FOLD = new Uint16Array(65536);

/** Simple per-code-unit lower-casing; cached because non-ASCII folding goes through toLowerCase. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLD[c] as number;
  if (f === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    FOLD[c] = f;
  }
  return f;
}

export function hashText(s: string, caseSensitive: boolean): number {
  let h = 0x811c9dc5 | 0;
  if (caseSensitive) for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  else for (let k = 0; k < s.length; k++) h = Math.imul(h ^ fold(s.charCodeAt(k)), 0x01000193);
  return h;
}

/** Orders texts by code unit, folded like `hashText`, so it is 0 exactly when `textEquals` holds. */
export function textCompare(a: string, b: string, caseSensitive: boolean): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    let x = a.charCodeAt(k);
    let y = b.charCodeAt(k);
    if (x === y) continue;
    if (!caseSensitive) {
      x = fold(x);
      y = fold(y);
      if (x === y) continue;
    }
    return x - y;
  }
  return a.length - b.length;
}

export function textEquals(a: string, b: string, caseSensitive: boolean): boolean {
  if (a === b) return true;
  if (caseSensitive || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (fold(a.charCodeAt(k)) !== fold(b.charCodeAt(k))) return false;
  return true;
}

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

export function hashNumber(x: number): number {
  F64[0] = x === 0 ? 0 : x; // -0 and 0 are one key
  return Math.imul((I32[0] as number) ^ Math.imul(I32[1] as number, 0x9e3779b1), 0x85ebca6b);
}

/** Keys that are texts, however they are stored; any two of them compare with each other. */
export abstract class TextSource implements KeySource {
  constructor(readonly caseSensitive: boolean) {}
  abstract get length(): number;
  /** The text of record i, or null when it has no key. */
  abstract value(i: number): string | null;
  isBlank(i: number): boolean {
    return this.value(i) === null;
  }
  hash(i: number): number {
    return hashText(this.value(i) as string, this.caseSensitive);
  }
  equals(i: number, other: KeySource, j: number): boolean {
    const b = (other as TextSource).value(j);
    return b !== null && textEquals(this.value(i) as string, b, this.caseSensitive);
  }
  show(i: number): string {
    return this.value(i) ?? "";
  }
  compare(i: number, j: number): number {
    return textCompare(this.value(i) as string, this.value(j) as string, this.caseSensitive);
  }
}

/** Text keys held in an array: null entries are blank. */
export class TextKeys extends TextSource {
  constructor(
    readonly values: readonly (string | null)[],
    caseSensitive: boolean,
  ) {
    super(caseSensitive);
  }
  get length(): number {
    return this.values.length;
  }
  value(i: number): string | null {
    return this.values[i] ?? null;
  }
}

/** Text keys read on demand from a column (record i's text, or null): nothing is copied. */
export class LazyTextKeys extends TextSource {
  constructor(
    readonly length: number,
    readonly textAt: (i: number) => string | null,
    caseSensitive: boolean,
  ) {
    super(caseSensitive);
  }
  value(i: number): string | null {
    return this.textAt(i);
  }
}

/** Numeric keys (numbers, minor units, day numbers): NaN entries are blank. */
export class NumberKeys implements KeySource {
  constructor(
    readonly values: ArrayLike<number>,
    readonly display: (x: number) => string,
  ) {}
  get length(): number {
    return this.values.length;
  }
  isBlank(i: number): boolean {
    return Number.isNaN(this.values[i]);
  }
  hash(i: number): number {
    return hashNumber(this.values[i] as number);
  }
  equals(i: number, other: KeySource, j: number): boolean {
    return this.values[i] === (other as NumberKeys).values[j];
  }
  show(i: number): string {
    return this.display(this.values[i] as number);
  }
  compare(i: number, j: number): number {
    return (this.values[i] as number) - (this.values[j] as number);
  }
}

/**
 * Several columns as one key. `blankWhen` "any": a row with any blank part has no key (unique
 * combinations, SQL-like); "all": only a row blank in every part has none (primary keys).
 */
export class CompositeKeys implements KeySource {
  constructor(
    readonly parts: readonly KeySource[],
    readonly blankWhen: "any" | "all",
  ) {}
  get length(): number {
    return this.parts[0]?.length ?? 0;
  }
  isBlank(i: number): boolean {
    if (this.blankWhen === "any") return this.parts.some((p) => p.isBlank(i));
    return this.parts.every((p) => p.isBlank(i));
  }
  hash(i: number): number {
    let h = 0x2545f491;
    for (const p of this.parts) h = Math.imul(h ^ (p.isBlank(i) ? 0x5bd1e995 : p.hash(i)), 0x01000193);
    return h;
  }
  equals(i: number, other: KeySource, j: number): boolean {
    const o = (other as CompositeKeys).parts;
    for (let k = 0; k < this.parts.length; k++) {
      const a = this.parts[k] as KeySource;
      const b = o[k] as KeySource;
      const ab = a.isBlank(i);
      if (ab !== b.isBlank(j)) return false;
      if (!ab && !a.equals(i, b, j)) return false;
    }
    return true;
  }
  show(i: number): string {
    return this.parts.map((p) => (p.isBlank(i) ? "(blank)" : p.show(i))).join(" / ");
  }
}
