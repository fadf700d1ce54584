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

function tableSize(n: number): number {
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  return cap;
}

/**
 * For each row, the first row with an equal key: `first[i] === i` for a first occurrence, an earlier index
 * for a repeat, -1 for a blank key. Runs of equal keys (the lines of one journal entry) skip the hash
 * table, and so does a column in ascending order (entry ids, invoice numbers) for as long as it stays so:
 * a key above every earlier one cannot repeat any of them.
 */
export function firstOccurrences(keys: KeySource): Int32Array {
  if (keys instanceof TextSource) return firstTextOccurrences(keys);
  const n = keys.length;
  const first = new Int32Array(n);
  let table: RowTable | undefined;
  let ascending = keys.compare !== undefined;
  let prev = -1;
  let lastNew = -1;
  for (let i = 0; i < n; i++) {
    if (keys.isBlank(i)) {
      first[i] = -1;
      continue;
    }
    if (prev >= 0 && keys.equals(i, keys, prev)) {
      first[i] = first[prev] as number;
      prev = i;
      continue;
    }
    prev = i;
    if (ascending) {
      if (lastNew < 0 || (keys.compare as (i: number, j: number) => number).call(keys, i, lastNew) > 0) {
        first[i] = i;
        lastNew = i;
        continue;
      }
      ascending = false;
      table = new RowTable(n);
      for (let j = 0; j < i; j++) if (first[j] === j) table.addOrFind(keys, j);
    }
    table ??= new RowTable(n);
    first[i] = table.addOrFind(keys, i);
  }
  return first;
}

/**
 * `firstOccurrences` for text keys, reading each record's text once (a text column's cells are scattered
 * in memory; touching each one once is most of the cost).
 */
function firstTextOccurrences(keys: TextSource): Int32Array {
  const n = keys.length;
  const cs = keys.caseSensitive;
  const first = new Int32Array(n);
  let table: RowTable | undefined;
  let ascending = true;
  let prev = -1;
  let prevText = "";
  let lastNewText = "";
  let lastNew = -1;
  for (let i = 0; i < n; i++) {
    const t = keys.value(i);
    if (t === null) {
      first[i] = -1;
      continue;
    }
    if (prev >= 0 && textEquals(t, prevText, cs)) {
      first[i] = first[prev] as number;
      prev = i;
      continue;
    }
    prev = i;
    prevText = t;
    if (ascending) {
      if (lastNew < 0 || textCompare(t, lastNewText, cs) > 0) {
        first[i] = i;
        lastNew = i;
        lastNewText = t;
        continue;
      }
      ascending = false;
      table = new RowTable(n);
      for (let j = 0; j < i; j++) if (first[j] === j) table.addOrFind(keys, j);
    }
    table ??= new RowTable(n);
    first[i] = table.addText(keys, i, t);
  }
  return first;
}

/** Open addressing over row indices, with each slot's hash kept beside it. */
class RowTable {
  private readonly slots: Int32Array;
  private readonly slotHash: Int32Array;
  private readonly mask: number;

  constructor(n: number) {
    const cap = tableSize(n);
    this.mask = cap - 1;
    this.slots = new Int32Array(cap).fill(-1);
    this.slotHash = new Int32Array(cap);
  }

  /** `addOrFind` for a text key already read. */
  addText(keys: TextSource, i: number, text: string): number {
    const h = hashText(text, keys.caseSensitive);
    let s = h & this.mask;
    for (;;) {
      const j = this.slots[s] as number;
      if (j < 0) {
        this.slots[s] = i;
        this.slotHash[s] = h;
        return i;
      }
      if (this.slotHash[s] === h && textEquals(text, keys.value(j) as string, keys.caseSensitive)) return j;
      s = (s + 1) & this.mask;
    }
  }

  /** Row i's key is added and i returned, or the row already holding an equal key is returned. */
  addOrFind(keys: KeySource, i: number): number {
    const h = keys.hash(i);
    let s = h & this.mask;
    for (;;) {
      const j = this.slots[s] as number;
      if (j < 0) {
        this.slots[s] = i;
        this.slotHash[s] = h;
        return i;
      }
      if (this.slotHash[s] === h && keys.equals(i, keys, j)) return j;
      s = (s + 1) & this.mask;
    }
  }
}

/** A lookup of another table's keys, probed with keys of the same shape from this table. */
export class KeyLookup {
  private readonly slots: Int32Array;
  private readonly slotHash: Int32Array;
  private readonly mask: number;

  constructor(readonly target: KeySource) {
    const cap = tableSize(target.length);
    this.mask = cap - 1;
    this.slots = new Int32Array(cap).fill(-1);
    this.slotHash = new Int32Array(cap);
    for (let j = 0; j < target.length; j++) {
      if (target.isBlank(j)) continue;
      const h = target.hash(j);
      let s = h & this.mask;
      for (;;) {
        const k = this.slots[s] as number;
        if (k < 0) {
          this.slots[s] = j;
          this.slotHash[s] = h;
          break;
        }
        if (this.slotHash[s] === h && target.equals(j, target, k)) break;
        s = (s + 1) & this.mask;
      }
    }
  }

  /** The target row holding source row i's key, or -1. */
  find(source: KeySource, i: number): number {
    const h = source.hash(i);
    let s = h & this.mask;
    for (;;) {
      const k = this.slots[s] as number;
      if (k < 0) return -1;
      if (this.slotHash[s] === h && source.equals(i, this.target, k)) return k;
      s = (s + 1) & this.mask;
    }
  }
}
