/**
 * Rows indexed by key: the first row of each key (unique checks, grouping) and lookups of another table's
 * keys, as open-addressing hash tables over typed arrays.
 */
import { hashText, TextSource, textCompare, textEquals, type KeySource } from "./keys";

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
 * in memory; touching each one once is most of the cost). While the column ascends, every key either
 * equals the last new key (exactly, checked natively, or ignoring case) or is above it, so one comparison
 * per record settles it; the first key below it switches to the hash table for the rest.
 */
function firstTextOccurrences(keys: TextSource): Int32Array {
  const n = keys.length;
  const first = new Int32Array(n);
  const stop = ascendingTextRun(keys, first);
  return stop === n ? first : textOccurrencesFrom(keys, first, stop);
}

/** Fills `first` while the keys ascend; returns the record that broke the order (n when none did). */
function ascendingTextRun(keys: TextSource, first: Int32Array): number {
  const n = keys.length;
  const cs = keys.caseSensitive;
  let lastNew = -1;
  let lastNewText = "";
  for (let i = 0; i < n; i++) {
    const t = keys.value(i);
    if (t === null) {
      first[i] = -1;
      continue;
    }
    if (lastNew >= 0) {
      if (t === lastNewText) {
        first[i] = lastNew;
        continue;
      }
      const c = textCompare(t, lastNewText, cs);
      if (c === 0) {
        first[i] = lastNew;
        continue;
      }
      if (c < 0) return i;
    }
    first[i] = i;
    lastNew = i;
    lastNewText = t;
  }
  return n;
}

/** The rest of `firstTextOccurrences` from record `from` on, through a hash table of the keys before it. */
function textOccurrencesFrom(keys: TextSource, first: Int32Array, from: number): Int32Array {
  const n = keys.length;
  const cs = keys.caseSensitive;
  const table = new RowTable(n);
  let prev = -1;
  let prevText = "";
  for (let j = 0; j < from; j++) {
    if (first[j] === j) table.addOrFind(keys, j);
    if ((first[j] as number) >= 0) prev = j;
  }
  if (prev >= 0) prevText = keys.value(prev) as string;
  for (let i = from; i < n; i++) {
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

  /** The row holding a key equal to source row i's, among the rows of `target` added here; -1 if none. */
  find(source: KeySource, i: number, target: KeySource): number {
    const h = source.hash(i);
    let s = h & this.mask;
    for (;;) {
      const k = this.slots[s] as number;
      if (k < 0) return -1;
      if (this.slotHash[s] === h && source.equals(i, target, k)) return k;
      s = (s + 1) & this.mask;
    }
  }
}

/** A lookup of another table's keys, probed with keys of the same shape from this table. */
export class KeyLookup {
  private readonly table: RowTable;

  constructor(readonly target: KeySource) {
    this.table = new RowTable(target.length);
    for (let j = 0; j < target.length; j++) if (!target.isBlank(j)) this.table.addOrFind(target, j);
  }

  /** The target row holding source row i's key, or -1. */
  find(source: KeySource, i: number): number {
    return this.table.find(source, i, this.target);
  }
}
