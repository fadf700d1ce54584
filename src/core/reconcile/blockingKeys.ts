/**
 * Blocking keys: the numbers under which rows that might belong together are filed (same reference,
 * same reference number, same party, same description word pair), so searches that cannot use the
 * amount still look at a handful of rows instead of the whole other side.
 */
import { blockCount, patternKeysOf, TEXT_NUMBERS, type Ctx, type SideCtx } from "./context";
import type { CompiledRule } from "./evaluate";

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
 * Open rows by key, each list in day order. `keysOf(i, out)` writes a row's keys and returns how many
 * (0 leaves the row out). Plain arrays: tens of thousands of small typed arrays would each carry an
 * ArrayBuffer outside the heap.
 */
export function indexOpenRows(
  side: SideCtx,
  keysOf: (i: number, out: Int32Array) => number,
): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  const keys = new Int32Array(MAX_KEYS);
  for (let k = 0; k < side.n; k++) {
    const i = side.byDay[k] as number;
    if (side.matchOf[i] !== -1) continue;
    const n = keysOf(i, keys);
    for (let t = 0; t < n; t++) {
      const key = keys[t] as number;
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [i]);
      else list.push(i);
    }
  }
  return lists;
}
