/**
 * The working state of one run: per-side features derived once in typed arrays (reference hashes and
 * numbers, amount groups, day order), features derived on first use (letter pairs in a pooled array,
 * blocking words, pattern captures), which rows are taken, and the drafts made so far. Nothing here
 * allocates per row on the hot path: at a million rows, garbage collection would cost more than matching.
 */
import { groupAmounts, indexByGroup, orderByDay, type GroupIndex } from "./amountIndex";
import { DraftStore, type DraftInput } from "./drafts";
import { Interner } from "./intern";
import type { KeyIndex } from "./keyIndex";
import type { OneToOneScratch } from "./oneToOne";
import type { ReferenceIndexes } from "./referenceIndex";
import { blockingWords, captureReference, normalizeParty, normalizeReference } from "./normalize";
import { hashSpan, referenceHash, referenceNumberSpan } from "./referenceKeys";
import { diceOfRanges, LetterPairs } from "./similarity";
import type { RecordSet } from "./types";

/** Digits a reference needs to yield a reference number ("INV-1043" -> 1043). */
const REF_NUMBER_DIGITS = 3;

export interface SideCtx {
  readonly rec: RecordSet;
  readonly n: number;
  /** Interned currency per row (the run's currency list). */
  readonly cur: Int32Array;
  /** Amount group per row: equal ids = equal amount and currency, across sides. */
  group: Int32Array;
  /** Hash of the normalised reference (0 when blank); equal hashes are confirmed on the text. */
  readonly refHash: Uint32Array;
  /** The reference's number as a span [numStart, numEnd) of the reference, and its hash (0: none). */
  readonly numHash: Uint32Array;
  readonly numStart: Int32Array;
  readonly numEnd: Int32Array;
  /** Normalised party, interned in ctx.names (0 when blank); null unless both sides name parties. */
  partyKey: Int32Array | null;
  readonly byDay: Int32Array;
  byGroup: GroupIndex;
  /** -1 while the row is open, else the draft holding it. */
  readonly matchOf: Int32Array;
  /** Letter pairs of each description: pairLen[i] codes from pairStart[i] in the pool (-1: not yet). */
  readonly pairStart: Int32Array;
  readonly pairLen: Uint16Array;
  pairPool: Uint16Array;
  pairUsed: number;
  /** Normalised reference texts, computed on first use (only pairs with differing references need them). */
  readonly refText: (string | undefined)[];
  /** Blocking word pairs of the description (interned in ctx.names), computed on first use. */
  readonly blocks: (Int32Array | undefined)[];
  readonly patternKeys: Map<string, Int32Array>;
  /** Lookup structures built on first use (see referenceIndex.ts). */
  refIndexes: ReferenceIndexes | null;
  readonly patternIndexes: Map<string, KeyIndex>;
  partyIndex: KeyIndex | null;
  /** Visit stamps of group searches (see groups.ts), allocated on first use. */
  stamp: Int32Array | null;
}

export interface Ctx {
  readonly left: SideCtx;
  readonly right: SideCtx;
  /** Currency codes by interned id; id 0 is the run's default currency. */
  readonly currencies: readonly string[];
  /** Pairs the user rejected, as left × right.size + right; null when there are none. */
  rejected: Set<number> | null;
  readonly drafts: DraftStore;
  /** References captured by rule patterns. */
  readonly refs: Interner;
  /** Parties and description blocking keys. */
  readonly names: Interner;
  readonly letterPairs: LetterPairs;
  /** Working arrays reused by every 1:1 phase. */
  scratch: OneToOneScratch | null;
  /** Group searches run so far: the next visit stamp. */
  visits: number;
}

function internCurrencies(
  sets: readonly RecordSet[],
  fallback: string,
): { codes: string[]; ids: Int32Array[] } {
  const codes = [fallback];
  const byCode = new Map<string, number>([[fallback, 0]]);
  const ids = sets.map((set) => {
    const out = new Int32Array(set.size);
    let last = "";
    let lastId = 0;
    for (let i = 0; i < set.size; i++) {
      const raw = set.currency[i] as string;
      const code = raw === "" ? fallback : raw;
      if (code !== last) {
        let id = byCode.get(code);
        if (id === undefined) {
          id = codes.length;
          codes.push(code);
          byCode.set(code, id);
        }
        last = code;
        lastId = id;
      }
      out[i] = lastId;
    }
    return out;
  });
  return { codes, ids };
}

function sideFeatures(rec: RecordSet, cur: Int32Array): SideCtx {
  const n = rec.size;
  const refHash = new Uint32Array(n);
  const numHash = new Uint32Array(n);
  const numStart = new Int32Array(n);
  const numEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ref = rec.reference[i] as string;
    if (ref === "") continue;
    refHash[i] = referenceHash(ref);
    const span = referenceNumberSpan(ref, REF_NUMBER_DIGITS);
    if (span < 0) continue;
    const start = Math.floor(span / 65536);
    const end = span % 65536;
    numStart[i] = start;
    numEnd[i] = end;
    numHash[i] = hashSpan(ref, start, end);
  }
  return {
    rec,
    n,
    cur,
    group: new Int32Array(n),
    refHash,
    numHash,
    numStart,
    numEnd,
    partyKey: null,
    byDay: orderByDay(rec.day),
    byGroup: { start: new Int32Array(1), items: new Int32Array(0) },
    matchOf: new Int32Array(n).fill(-1),
    pairStart: new Int32Array(n).fill(-1),
    pairLen: new Uint16Array(n),
    pairPool: new Uint16Array(1 << 16),
    pairUsed: 0,
    refText: new Array<string | undefined>(n),
    blocks: new Array<Int32Array | undefined>(n),
    patternKeys: new Map(),
    refIndexes: null,
    patternIndexes: new Map(),
    partyIndex: null,
    stamp: null,
  };
}

/** Parties matter only when both sides name them; then each side's names are interned. */
function internParties(sides: readonly SideCtx[], names: Interner): void {
  if (!sides.every((s) => s.rec.party.some((p) => p !== ""))) return;
  for (const side of sides) {
    const key = new Int32Array(side.n);
    for (let i = 0; i < side.n; i++) {
      const p = side.rec.party[i] as string;
      if (p !== "") key[i] = names.id(normalizeParty(p));
    }
    side.partyKey = key;
  }
}

export function createContext(left: RecordSet, right: RecordSet, defaultCurrency: string): Ctx {
  const { codes, ids } = internCurrencies([left, right], defaultCurrency);
  const names = new Interner();
  const l = sideFeatures(left, ids[0] as Int32Array);
  const r = sideFeatures(right, ids[1] as Int32Array);
  internParties([l, r], names);
  const groups = groupAmounts(left.minor, l.cur, right.minor, r.cur);
  l.group = groups.left;
  r.group = groups.right;
  l.byGroup = indexByGroup(l.group, groups.count, l.byDay);
  r.byGroup = indexByGroup(r.group, groups.count, r.byDay);
  return {
    left: l,
    right: r,
    currencies: codes,
    rejected: null,
    drafts: new DraftStore(),
    refs: new Interner(),
    names,
    letterPairs: new LetterPairs(),
    scratch: null,
    visits: 0,
  };
}

/** Makes sure row i's letter pairs are in the side's pool. */
function ensurePairs(ctx: Ctx, side: SideCtx, i: number): void {
  if (side.pairStart[i] !== -1) return;
  if (side.pairUsed + LetterPairs.MAX > side.pairPool.length) {
    const bigger = new Uint16Array(side.pairPool.length * 2);
    bigger.set(side.pairPool.subarray(0, side.pairUsed));
    side.pairPool = bigger;
  }
  const len = ctx.letterPairs.into(side.rec.description[i] as string, side.pairPool, side.pairUsed);
  side.pairStart[i] = side.pairUsed;
  side.pairLen[i] = len;
  side.pairUsed += len;
}

/** Description similarity of left row i and right row j (letter pairs computed on first use). */
export function similarityOf(ctx: Ctx, i: number, j: number): number {
  const L = ctx.left;
  const R = ctx.right;
  ensurePairs(ctx, L, i);
  ensurePairs(ctx, R, j);
  return diceOfRanges(
    L.pairPool,
    L.pairStart[i] as number,
    L.pairLen[i] as number,
    R.pairPool,
    R.pairStart[j] as number,
    R.pairLen[j] as number,
  );
}

const BLOCKS_PER_ROW = 3;

/** Blocking keys of a row's description, computed on first use. */
export function blocksOf(ctx: Ctx, side: SideCtx, i: number): Int32Array {
  let b = side.blocks[i];
  if (b === undefined) {
    const words = blockingWords(side.rec.description[i] as string, BLOCKS_PER_ROW);
    b = Int32Array.from(words, (w) => ctx.names.id(w));
    side.blocks[i] = b;
  }
  return b;
}

/** The references a rule's pattern captures on this side (reference first, then description), interned. */
export function patternKeysOf(ctx: Ctx, side: SideCtx, source: string): Int32Array {
  let keys = side.patternKeys.get(source);
  if (keys === undefined) {
    const re = new RegExp(source, "i");
    keys = new Int32Array(side.n);
    for (let i = 0; i < side.n; i++) {
      const fromRef = captureReference(re, side.rec.reference[i] as string);
      keys[i] = ctx.refs.id(
        fromRef !== "" ? fromRef : captureReference(re, side.rec.description[i] as string),
      );
    }
    side.patternKeys.set(source, keys);
  }
  return keys;
}

/** A row's normalised reference, computed on first use. */
export function normalizedReference(side: SideCtx, i: number): string {
  let t = side.refText[i];
  if (t === undefined) {
    t = normalizeReference(side.rec.reference[i] as string);
    side.refText[i] = t;
  }
  return t;
}

/** The digits of a row's reference number ("" when it has none). */
export function numberText(side: SideCtx, i: number): string {
  if (side.numHash[i] === 0) return "";
  return (side.rec.reference[i] as string).slice(side.numStart[i] as number, side.numEnd[i] as number);
}

/** Records a match: marks its rows taken. The rows must be open. */
export function addDraft(ctx: Ctx, d: DraftInput): number {
  for (const i of d.left) if (ctx.left.matchOf[i] !== -1) throw new Error(`left row ${i} is already matched`);
  for (const j of d.right)
    if (ctx.right.matchOf[j] !== -1) throw new Error(`right row ${j} is already matched`);
  const k = ctx.drafts.add(d);
  for (const i of d.left) ctx.left.matchOf[i] = k;
  for (const j of d.right) ctx.right.matchOf[j] = k;
  return k;
}

/** Records a confirmed 1:1 match made by a rule. The rows must be open. */
export function addConfirmedPair(ctx: Ctx, i: number, j: number, ruleIndex: number, score: number): void {
  if (ctx.left.matchOf[i] !== -1 || ctx.right.matchOf[j] !== -1)
    throw new Error(`rows ${i}/${j} are already matched`);
  const k = ctx.drafts.addConfirmedPair(i, j, ruleIndex, score);
  ctx.left.matchOf[i] = k;
  ctx.right.matchOf[j] = k;
}

export function isRejected(ctx: Ctx, i: number, j: number): boolean {
  return ctx.rejected !== null && ctx.rejected.has(i * ctx.right.n + j);
}
