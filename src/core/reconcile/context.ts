/**
 * The working state of one run: per-side features derived once in typed arrays (reference hashes and
 * numbers, amount groups, day order), features derived on first use (letter pairs in a pooled array,
 * blocking words, pattern captures), which rows are taken, and the drafts made so far. Nothing here
 * allocates per row on the hot path: at a million rows, garbage collection would cost more than matching.
 */
import { Arena, arenaBytesPerRow } from "./arena";
import type { Lease } from "./workspace";
import { BlockKeys } from "./blockWords";
import { groupAmounts, indexByGroup, orderByDay, type AmountTable, type GroupIndex } from "./amountIndex";
import { DraftStore, type DraftFacts, type DraftInput } from "./drafts";
import { Interner } from "./intern";
import type { KeyIndex } from "./keyIndex";
import type { OneToOneScratch } from "./oneToOne";
import type { ReferenceIndexes } from "./referenceIndex";
import { captureReference, normalizeReference } from "./normalize";
import { fingerprintRecord, TEXT_NUMBERS } from "./fingerprint";
import { groupHash, keyHash, pairIdHash } from "./matchId";
import type { PartyNames } from "./partyNames";
import { internParties, readParty } from "./runParties";
import { LetterPairs } from "./similarity";
import { DescriptionFeatures, Similarity } from "./textFeatures";
import type { RecordSet } from "./types";

export { TEXT_NUMBERS };

export interface SideCtx {
  readonly rec: RecordSet;
  readonly n: number;
  /** Where this run's per-row arrays live (one buffer for both sides). */
  readonly arena: Arena;
  /** Interned currency per row (the run's currency list). */
  readonly cur: Int32Array;
  /** Amount group per row: equal ids = equal amount and currency, across sides. */
  group: Int32Array;
  /** Position of each row in the amount-group layout (byGroup.items is the inverse). */
  readonly posOf: Int32Array;
  /** By position: amount group, day, and whether the row is taken (mirrors matchOf for sequential scans). */
  readonly gGroup: Int32Array;
  readonly gDay: Int32Array;
  readonly gTaken: Uint8Array;
  /**
   * By position, 64-bit fingerprints (two lanes) of: the normalised reference; its number; and for rows
   * without a reference, up to TEXT_NUMBERS numbers quoted in the description (at pos × TEXT_NUMBERS + k).
   * 0/0 is "none".
   */
  readonly ref1: Uint32Array;
  readonly ref2: Uint32Array;
  readonly num1: Uint32Array;
  readonly num2: Uint32Array;
  readonly txt1: Uint32Array;
  readonly txt2: Uint32Array;
  /** By position, the class counts and length of the normalised reference (see ReferenceShapes). */
  readonly refShape: Uint32Array;
  readonly refLen: Uint16Array;
  /** By position, a 53-bit hash of each row's key: match ids are built from these. */
  readonly keyHash: Float64Array;
  /**
   * Normalised party, interned in ctx.names: the row's own, else the one its description names (0 when
   * neither); null unless a side names parties.
   */
  partyKey: Int32Array | null;
  /**
   * PARTY_READ where partyKey was read from the description (weaker evidence than a cell), BANK_OWN where
   * the row names no party and is a bank's own charge or interest line (bankLines.ts), SEVERAL where its
   * description names several parties (see beginnings); null with partyKey.
   */
  partyRead: Uint8Array | null;
  /** Per row, whether it speaks of charges or interest (CHARGES_NO / CHARGES_YES), read on first use. */
  charges: Uint8Array | null;
  /** Rows whose description names several parties: the texts their party's name begins with, one of. */
  beginnings: Map<number, readonly string[]> | null;
  readonly byDay: Int32Array;
  byGroup: GroupIndex;
  /** -1 while the row is open, else the draft holding it. */
  readonly matchOf: Int32Array;
  /** Letter pairs and blocking keys of the descriptions, computed on first use. */
  readonly text: DescriptionFeatures;
  /** Normalised reference texts, computed on first use (only pairs with differing references need them). */
  readonly refText: string[];
  readonly patternKeys: Map<string, Int32Array>;
  /** Lookup structures built on first use (see referenceIndex.ts). */
  refIndexes: ReferenceIndexes | null;
  /** Open rows by reference alone (see referenceIndex.ts byReferenceOf), when built without the rest. */
  refOnly: KeyIndex | null;
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
  /** Amount -> group, for lookups of amounts no row has been asked about (detectors). */
  readonly amounts: AmountTable;
  /** Pairs the user rejected, as left × right.size + right; null when there are none. */
  rejected: Set<number> | null;
  readonly drafts: DraftStore;
  /** References captured by rule patterns. */
  readonly refs: Interner;
  /** Parties. */
  readonly names: Interner;
  /** The parties looked for in descriptions; null when no side names parties. */
  readonly partyNames: PartyNames | null;
  /** Description blocking keys (word pairs) by fingerprint. */
  readonly blockKeys: BlockKeys;
  readonly similarity: Similarity;
  /** Working arrays reused by every 1:1 phase. */
  scratch: OneToOneScratch | null;
  /** Group searches run so far: the next visit stamp. */
  visits: number;
}

/** The interned currency of each row of one set (codes are added to `codes` as they appear). */
function internRows(
  set: RecordSet,
  fallback: string,
  codes: string[],
  byCode: Map<string, number>,
  out: Int32Array,
): Int32Array {
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
}

function internCurrencies(
  sets: readonly RecordSet[],
  fallback: string,
  arena: Arena,
): { codes: string[]; ids: Int32Array[] } {
  const codes = [fallback];
  const byCode = new Map<string, number>([[fallback, 0]]);
  const ids: Int32Array[] = [];
  for (const set of sets) ids.push(internRows(set, fallback, codes, byCode, arena.i32(set.size)));
  return { codes, ids };
}

function sideFeatures(rec: RecordSet, cur: Int32Array, arena: Arena, letterPairs: LetterPairs): SideCtx {
  const n = rec.size;
  return {
    rec,
    n,
    cur,
    arena,
    group: new Int32Array(0),
    posOf: arena.i32(n),
    gGroup: arena.i32(n),
    gDay: arena.i32(n),
    gTaken: arena.u8(n),
    ref1: arena.u32(n),
    ref2: arena.u32(n),
    num1: arena.u32(n),
    num2: arena.u32(n),
    txt1: arena.u32(n * TEXT_NUMBERS),
    txt2: arena.u32(n * TEXT_NUMBERS),
    keyHash: arena.f64(n),
    refShape: arena.u32(n),
    refLen: arena.u16(n),
    partyKey: null,
    partyRead: null,
    charges: null,
    beginnings: null,
    byDay: orderByDay(rec.day, arena.i32(n)),
    byGroup: { start: new Int32Array(1), items: new Int32Array(0) },
    matchOf: arena.i32(n).fill(-1),
    text: new DescriptionFeatures(rec.description, n, arena, letterPairs),
    refText: new Array<string>(n).fill(""),
    patternKeys: new Map(),
    refIndexes: null,
    refOnly: null,
    patternIndexes: new Map(),
    partyIndex: null,
    stamp: null,
  };
}

/**
 * Lays a side out by amount group (positions) and fills the position-ordered columns. Texts are read in
 * row order, which follows memory order, and written at each row's position; a row without a party
 * takes the one its description names, read while the description is at hand.
 */
function layOut(side: SideCtx, parties: PartyNames | null): void {
  const { rec, posOf, gDay, gGroup } = side;
  const items = side.byGroup.items;
  const party = side.partyKey;
  for (let p = 0; p < items.length; p++) posOf[items[p] as number] = p;
  for (let i = 0; i < side.n; i++) {
    const p = posOf[i] as number;
    const description = rec.description[i] as string;
    gDay[p] = rec.day[i] as number;
    gGroup[p] = side.group[i] as number;
    side.keyHash[p] = keyHash(rec.keys[i] as string);
    fingerprintRecord(rec.reference[i] as string, description, side, p, side);
    if (parties !== null && party !== null && party[i] === 0) readParty(side, i, description, parties);
  }
}

/** The working state of a run; with a lease, its buffers come from the caller's workspace. */
export function createContext(
  left: RecordSet,
  right: RecordSet,
  defaultCurrency: string,
  lease: Lease | null = null,
): Ctx {
  const arena = new Arena((left.size + right.size) * arenaBytesPerRow(TEXT_NUMBERS), lease);
  const { codes, ids } = internCurrencies([left, right], defaultCurrency, arena);
  const names = new Interner();
  const letterPairs = new LetterPairs();
  const l = sideFeatures(left, ids[0] as Int32Array, arena, letterPairs);
  const r = sideFeatures(right, ids[1] as Int32Array, arena, letterPairs);
  const partyNames = internParties([l, r], names);
  const groups = groupAmounts(left.minor, l.cur, right.minor, r.cur, (n) => arena.i32(n), arena.own);
  l.group = groups.left;
  r.group = groups.right;
  l.byGroup = indexByGroup(l.group, groups.count, l.byDay, arena.i32(l.n), arena.own);
  r.byGroup = indexByGroup(r.group, groups.count, r.byDay, arena.i32(r.n), arena.own);
  l.text.layOut(l.byGroup.items);
  r.text.layOut(r.byGroup.items);
  layOut(l, partyNames);
  layOut(r, partyNames);
  return {
    left: l,
    right: r,
    currencies: codes,
    amounts: groups.table,
    rejected: null,
    drafts: new DraftStore(Math.min(left.size, right.size) + 16),
    refs: new Interner(),
    names,
    partyNames,
    blockKeys: new BlockKeys(arena.own),
    similarity: new Similarity(l.text, r.text),
    scratch: null,
    visits: 0,
  };
}

/**
 * Description similarity of left position p and right position q (letter pairs computed on first use),
 * as Similarity.parts: read it with similarityOf.
 */
export function similarityAt(ctx: Ctx, p: number, q: number): number {
  return ctx.similarity.parts(p, q);
}

/** Pools the letter pairs of every open row, in memory order, before a rule that compares texts. */
export function warmTexts(ctx: Ctx): void {
  for (const side of [ctx.left, ctx.right]) side.text.warm(side.posOf, side.matchOf);
}

/** How many blocking keys row i's description has (computed on first use); read them with blockAt. */
export function blockCount(ctx: Ctx, side: SideCtx, i: number): number {
  return side.text.blockCount(i, ctx.blockKeys);
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
  let t = side.refText[i] as string;
  if (t === "") {
    // "" also stands for "not yet": a reference without letters or digits is normalised again, cheaply.
    t = normalizeReference(side.rec.reference[i] as string);
    side.refText[i] = t;
  }
  return t;
}

/** Id hash, earliest day, difference and currency of a group of rows. */
function factsOf(ctx: Ctx, left: readonly number[], right: readonly number[]): DraftFacts {
  const L = ctx.left;
  const R = ctx.right;
  let day = Infinity;
  let difference = 0;
  for (const i of left) {
    day = Math.min(day, L.rec.day[i] as number);
    difference -= L.rec.minor[i] as number;
  }
  for (const j of right) {
    day = Math.min(day, R.rec.day[j] as number);
    difference += R.rec.minor[j] as number;
  }
  const keyHashOf = (side: SideCtx, i: number): number => side.keyHash[side.posOf[i] as number] as number;
  const hash =
    left.length === 1 && right.length === 1
      ? pairIdHash(keyHashOf(L, left[0] as number), keyHashOf(R, right[0] as number))
      : groupHash(
          left.map((i) => keyHashOf(L, i)),
          right.map((j) => keyHashOf(R, j)),
        );
  const currency = left.length > 0 ? L.cur[left[0] as number] : R.cur[right[0] as number];
  return { hash, day, difference, currency: currency ?? 0 };
}

/** Records a match: marks its rows taken. The rows must be open. */
export function addDraft(ctx: Ctx, d: DraftInput): number {
  for (const i of d.left) if (ctx.left.matchOf[i] !== -1) throw new Error(`left row ${i} is already matched`);
  for (const j of d.right)
    if (ctx.right.matchOf[j] !== -1) throw new Error(`right row ${j} is already matched`);
  const k = ctx.drafts.add(d, factsOf(ctx, d.left, d.right));
  for (const i of d.left) take(ctx.left, i, k);
  for (const j of d.right) take(ctx.right, j, k);
  return k;
}

/**
 * Records a confirmed 1:1 match made by a rule: left position p (row i) with right position q (row j).
 * The rows must be open. Its facts are read by position, next to what the rule just compared.
 */
export function addConfirmedPair(ctx: Ctx, p: number, q: number, ruleIndex: number, score: number): void {
  const L = ctx.left;
  const R = ctx.right;
  const i = L.byGroup.items[p] as number;
  const j = R.byGroup.items[q] as number;
  if (L.matchOf[i] !== -1 || R.matchOf[j] !== -1) throw new Error(`rows ${i}/${j} are already matched`);
  const sameAmount = L.gGroup[p] === R.gGroup[q];
  const k = ctx.drafts.addConfirmedPair(
    i,
    j,
    ruleIndex,
    score,
    pairIdHash(L.keyHash[p] as number, R.keyHash[q] as number),
    Math.min(L.gDay[p] as number, R.gDay[q] as number),
    sameAmount ? 0 : (R.rec.minor[j] as number) - (L.rec.minor[i] as number),
    L.cur[i] as number,
  );
  take(ctx.left, i, k);
  take(ctx.right, j, k);
}

function take(side: SideCtx, i: number, draft: number): void {
  side.matchOf[i] = draft;
  side.gTaken[side.posOf[i] as number] = 1;
}

export function isRejected(ctx: Ctx, i: number, j: number): boolean {
  return ctx.rejected !== null && ctx.rejected.has(i * ctx.right.n + j);
}
