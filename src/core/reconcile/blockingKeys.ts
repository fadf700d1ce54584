/**
 * Blocking keys: the numbers under which rows that might belong together are filed (same reference,
 * same reference number, same party, same description word pair), so searches that cannot use the
 * amount still look at a handful of rows instead of the whole other side.
 */
import { blocksOf, patternKeysOf, TEXT_NUMBERS, type Ctx, type SideCtx } from "./context";
import type { CompiledRule } from "./evaluate";

const REF = 0;
const NUM = 1;
const PARTY = 2;
const WORDS = 3;

/** Reference keys are fingerprint lanes (a shared lane only adds candidates: pairs are checked on both). */
function keyOf(kind: number, id: number): number {
  return id * 4 + kind;
}

/** The reference, its number, or (without a reference) the numbers the description quotes. */
function referenceKeys(side: SideCtx, i: number, keys: number[]): void {
  const p = side.posOf[i] as number;
  if (side.ref1[p] !== 0) keys.push(keyOf(REF, side.ref1[p] as number));
  if (side.num1[p] !== 0) keys.push(keyOf(NUM, side.num1[p] as number));
  for (let k = p * TEXT_NUMBERS; k < (p + 1) * TEXT_NUMBERS; k++)
    if (side.txt1[k] !== 0) keys.push(keyOf(NUM, side.txt1[k] as number));
}

/** Keys for the evidence a rule requires: reference (or its pattern), party and, with `words`, description. */
export function evidenceKeys(ctx: Ctx, cr: CompiledRule, side: SideCtx, i: number, words: boolean): number[] {
  const keys: number[] = [];
  if (cr.refMode === 2) {
    if (cr.pattern !== null) {
      const k = patternKeysOf(ctx, side, cr.pattern)[i] as number;
      if (k !== 0) keys.push(keyOf(REF, k));
    } else {
      referenceKeys(side, i, keys);
    }
  }
  if (cr.partyMode === 2 && side.partyKey !== null && side.partyKey[i] !== 0)
    keys.push(keyOf(PARTY, side.partyKey[i] as number));
  if (words && cr.text >= 0) for (const w of blocksOf(ctx, side, i)) keys.push(keyOf(WORDS, w));
  return keys;
}

/** Every key of a row: reference, reference number, party and the first description word pair. */
export function allKeys(ctx: Ctx, side: SideCtx, i: number): number[] {
  const keys: number[] = [];
  referenceKeys(side, i, keys);
  if (side.partyKey !== null && side.partyKey[i] !== 0) keys.push(keyOf(PARTY, side.partyKey[i] as number));
  const first = blocksOf(ctx, side, i)[0];
  if (first !== undefined) keys.push(keyOf(WORDS, first));
  return keys;
}

/** How much sharing a key of this kind says about belonging together (for many:many scores). */
export function keyWeight(key: number): number {
  const kind = key % 4;
  return kind === REF || kind === NUM ? 1 : kind === PARTY ? 0.9 : 0.75;
}

/**
 * Open rows by key, each list in day order. `keysOf` returns a row's keys ([] to leave it out). Plain
 * arrays: tens of thousands of small typed arrays would each carry an ArrayBuffer outside the heap.
 */
export function indexOpenRows(
  side: SideCtx,
  keysOf: (i: number) => readonly number[],
): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  for (let k = 0; k < side.n; k++) {
    const i = side.byDay[k] as number;
    if (side.matchOf[i] !== -1) continue;
    for (const key of keysOf(i)) {
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [i]);
      else list.push(i);
    }
  }
  return lists;
}
