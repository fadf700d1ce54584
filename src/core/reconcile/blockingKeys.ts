/**
 * Blocking keys: the numbers under which rows that might belong together are filed (same reference,
 * same reference number, same party, same description word pair), so searches that cannot use the
 * amount still look at a handful of rows instead of the whole other side.
 */
import { blockCount, patternKeysOf, TEXT_NUMBERS, type Ctx, type SideCtx } from "./context";
import { DenseIds } from "./denseIds";
import type { CompiledRule } from "./evaluate";
import { FRESH, type Scratch } from "./workspace";

const REF = 0;
const NUM = 1;
const PARTY = 2;
const WORDS = 3;

/**
 * A key kind and a value in one small integer: 28 bits of the value (a fingerprint lane or an interned
 * id) and 2 of the kind, so keys stay V8 small integers and Map lookups allocate nothing. Values that
 * share 28 bits only add candidates: every pair is checked on its full fingerprints.
 */
function keyOf(kind: number, id: number): number {
  return ((id & 0x0fffffff) << 2) | kind;
}

/** Most keys one row can have (reference, number, 3 quoted numbers, party, 3 word pairs). */
export const MAX_KEYS = 16;

/** The reference, its number, or (without a reference) the numbers the description quotes. */
function referenceKeys(side: SideCtx, i: number, out: Int32Array, n: number): number {
  const p = side.posOf[i] as number;
  if (side.ref1[p] !== 0) out[n++] = keyOf(REF, side.ref1[p] as number);
  if (side.num1[p] !== 0) out[n++] = keyOf(NUM, side.num1[p] as number);
  for (let k = p * TEXT_NUMBERS; k < (p + 1) * TEXT_NUMBERS; k++)
    if (side.txt1[k] !== 0) out[n++] = keyOf(NUM, side.txt1[k] as number);
  return n;
}

/**
 * Keys for the evidence a rule requires: reference (or its pattern), party and, with `words`, the
 * description's word pairs. Written into `out`; returns how many (rows are many, keys per row few: no
 * array per row).
 */
export function evidenceKeys(
  ctx: Ctx,
  cr: CompiledRule,
  side: SideCtx,
  i: number,
  words: boolean,
  out: Int32Array,
): number {
  let n = 0;
  if (cr.refMode === 2) {
    if (cr.pattern !== null) {
      const k = patternKeysOf(ctx, side, cr.pattern)[i] as number;
      if (k !== 0) out[n++] = keyOf(REF, k);
    } else n = referenceKeys(side, i, out, n);
  }
  if (cr.partyMode === 2 && side.partyKey !== null && side.partyKey[i] !== 0)
    out[n++] = keyOf(PARTY, side.partyKey[i] as number);
  if (words && cr.text >= 0) {
    const blocks = blockCount(ctx, side, i);
    for (let k = 0; k < blocks && n < out.length; k++) out[n++] = keyOf(WORDS, side.text.blockAt(i, k));
  }
  return n;
}

/** Every key of a row: reference, reference number, party and the first description word pair. */
export function allKeys(ctx: Ctx, side: SideCtx, i: number, out: Int32Array): number {
  let n = referenceKeys(side, i, out, 0);
  if (side.partyKey !== null && side.partyKey[i] !== 0) out[n++] = keyOf(PARTY, side.partyKey[i] as number);
  if (blockCount(ctx, side, i) > 0) out[n++] = keyOf(WORDS, side.text.blockAt(i, 0));
  return n;
}

/** How much sharing a key of this kind says about belonging together (for many:many scores). */
export function keyWeight(key: number): number {
  const kind = key & 3;
  return kind === REF || kind === NUM ? 1 : kind === PARTY ? 0.9 : 0.75;
}

/**
 * Open rows by key, each key's rows in day order, keys in the order they first appear (the order a Map
 * filled row by row would list them). Typed arrays, not a Map of arrays: at a million rows the arrays
 * of a Map survive into the old generation and cost a full collection per search phase.
 *
 *   const g = lists.find(key);  // -1: no row has the key
 *   for (let e = lists.start[g]; e < lists.start[g + 1]; e++) use(lists.rows[e]);
 */
export class KeyLists {
  /** Rows of list g at [start[g], start[g + 1]). */
  readonly rows: Int32Array;
  /**
   * The day of each entry's row, beside it: a search for a list's first day in a window reads this
   * list, not the day of rows scattered over the side.
   */
  readonly days: Int32Array;
  readonly start: Int32Array;
  /** The key of each list. */
  readonly keys: Int32Array;
  readonly count: number;
  private readonly ids: DenseIds;

  /**
   * One instance kept for the life of the process (held by the class): each run's lists all die with
   * it, and V8 would then drop their hidden class and the optimised code of every search that reads
   * them (see specimen.ts).
   */
  private static readonly kept: KeyLists = new KeyLists(
    new Int32Array(1),
    new Int32Array(1),
    1,
    new Int32Array(1),
  );

  /** Entries 0..entries-1 of (entryKey, entryRow); `rowDay` is the day of each row. */
  constructor(
    entryKey: Int32Array,
    entryRow: Int32Array,
    entries: number,
    rowDay: Int32Array,
    scratch: Scratch = FRESH,
  ) {
    this.ids = new DenseIds(scratch);
    // List ids are dense ids of the keys, in the order the keys first appear.
    const listOf = scratch.i32(entries);
    for (let e = 0; e < entries; e++) listOf[e] = this.ids.idOf(entryKey[e] as number, 0);
    const count = this.ids.count;
    const keys = scratch.i32(count);
    const start = scratch.i32(count + 1);
    for (let e = 0; e < entries; e++) {
      const g = listOf[e] as number;
      keys[g] = entryKey[e] as number;
      start[g + 1] = (start[g + 1] as number) + 1;
    }
    for (let g = 0; g < count; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
    const fill = scratch.i32(count);
    fill.set(start.subarray(0, count));
    const rows = scratch.i32(entries);
    const days = scratch.i32(entries);
    for (let e = 0; e < entries; e++) {
      const g = listOf[e] as number;
      const at = fill[g] as number;
      const row = entryRow[e] as number;
      rows[at] = row;
      days[at] = rowDay[row] as number;
      fill[g] = at + 1;
    }
    scratch.drop(listOf);
    scratch.drop(fill);
    this.rows = rows;
    this.days = days;
    this.start = start;
    this.keys = keys;
    this.count = count;
  }

  /** The list of `key`, or -1. */
  find(key: number): number {
    return this.ids.find(key, 0);
  }
}

/**
 * Open rows by key, in day order. `keysOf(i, out)` writes a row's keys and returns how many (0 leaves
 * the row out).
 */
export function indexOpenRows(side: SideCtx, keysOf: (i: number, out: Int32Array) => number): KeyLists {
  const scratch = side.arena.own;
  let entryKey = scratch.i32(1024);
  let entryRow = scratch.i32(1024);
  let entries = 0;
  const keys = new Int32Array(MAX_KEYS);
  for (let k = 0; k < side.n; k++) {
    const i = side.byDay[k] as number;
    if (side.matchOf[i] !== -1) continue;
    const n = keysOf(i, keys);
    if (entries + n > entryKey.length) {
      const bigger = Math.max(entryKey.length * 2, entries + n);
      const k2 = scratch.i32(bigger);
      k2.set(entryKey.subarray(0, entries));
      scratch.drop(entryKey);
      entryKey = k2;
      const r2 = scratch.i32(bigger);
      r2.set(entryRow.subarray(0, entries));
      scratch.drop(entryRow);
      entryRow = r2;
    }
    for (let t = 0; t < n; t++) {
      entryKey[entries] = keys[t] as number;
      entryRow[entries++] = i;
    }
  }
  const lists = new KeyLists(entryKey, entryRow, entries, side.rec.day, scratch);
  scratch.drop(entryKey);
  scratch.drop(entryRow);
  return lists;
}
