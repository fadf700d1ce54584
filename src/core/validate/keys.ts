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

/** Text keys: null entries are blank. */
export class TextKeys implements KeySource {
  constructor(
    readonly values: readonly (string | null)[],
    readonly caseSensitive: boolean,
  ) {}
  get length(): number {
    return this.values.length;
  }
  isBlank(i: number): boolean {
    return this.values[i] === null;
  }
  hash(i: number): number {
    return hashText(this.values[i] as string, this.caseSensitive);
  }
  equals(i: number, other: KeySource, j: number): boolean {
    const b = (other as TextKeys).values[j];
    return b !== null && b !== undefined && textEquals(this.values[i] as string, b, this.caseSensitive);
  }
  show(i: number): string {
    return this.values[i] ?? "";
  }
}

/** Numeric keys (numbers, minor units, day numbers): NaN entries are blank. */
export class NumberKeys implements KeySource {
  constructor(
    readonly values: Float64Array,
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
 * for a repeat, -1 for a blank key. Rows in a run of equal keys (ledger lines of one entry) skip the table.
 */
export function firstOccurrences(keys: KeySource): Int32Array {
  const n = keys.length;
  const first = new Int32Array(n);
  const cap = tableSize(n);
  const mask = cap - 1;
  const slots = new Int32Array(cap).fill(-1);
  const slotHash = new Int32Array(cap);
  let prev = -1;
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
    const h = keys.hash(i);
    let s = h & mask;
    for (;;) {
      const j = slots[s] as number;
      if (j < 0) {
        slots[s] = i;
        slotHash[s] = h;
        first[i] = i;
        break;
      }
      if (slotHash[s] === h && keys.equals(i, keys, j)) {
        first[i] = j;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return first;
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
