/**
 * Stable match ids: a hash of the group's sorted row keys, so the same rows get the same id on every run
 * whatever the row order, the rule or the other matches. Never a counter.
 */
import { orderByHash } from "./orderMatches";

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical text of a group: sorted left keys, a separator, sorted right keys. */
export function groupSignature(leftKeys: readonly string[], rightKeys: readonly string[]): string {
  const l = leftKeys.length === 1 ? leftKeys : [...leftKeys].sort(byCodeUnits);
  const r = rightKeys.length === 1 ? rightKeys : [...rightKeys].sort(byCodeUnits);
  return `L\u0001${l.join("\u0001")}\u0002R\u0001${r.join("\u0001")}`;
}

/** 53-bit hash of a row key (cyrb53); match ids are built from these, so the same keys give the same id. */
export function keyHash(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Two 32-bit multiplicative lanes fed 53-bit numbers (as hi/lo words), mixed at the end like cyrb53. */
class NumberHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  feed(x: number): this {
    const hi = Math.floor(x / 4294967296);
    const lo = x >>> 0;
    this.h1 = Math.imul(Math.imul(this.h1 ^ lo, 2654435761) ^ hi, 2654435761);
    this.h2 = Math.imul(Math.imul(this.h2 ^ lo, 1597334677) ^ hi, 1597334677);
    return this;
  }

  /** 48 bits. */
  value(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return Math.floor((4294967296 * (2097151 & h2) + (h1 >>> 0)) / 32);
  }
}

const LEFT_TAG = 0x4c;
const RIGHT_TAG = 0x52;

function mixNumbers(left: readonly number[], right: readonly number[]): number {
  const h = new NumberHash().feed(LEFT_TAG);
  for (const x of left) h.feed(x);
  h.feed(RIGHT_TAG);
  for (const x of right) h.feed(x);
  return h.value();
}

/** groupHash([left], [right]) without arrays or objects: the common 1:1 case, a million times a run. */
export function pairIdHash(leftKeyHash: number, rightKeyHash: number): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const lh = Math.floor(leftKeyHash / 4294967296);
  const rh = Math.floor(rightKeyHash / 4294967296);
  // feed(tag), feed(left), feed(tag), feed(right), as NumberHash does: low word, then high word.
  h1 = Math.imul(Math.imul(h1 ^ LEFT_TAG, 2654435761), 2654435761);
  h2 = Math.imul(Math.imul(h2 ^ LEFT_TAG, 1597334677), 1597334677);
  h1 = Math.imul(Math.imul(h1 ^ (leftKeyHash >>> 0), 2654435761) ^ lh, 2654435761);
  h2 = Math.imul(Math.imul(h2 ^ (leftKeyHash >>> 0), 1597334677) ^ lh, 1597334677);
  h1 = Math.imul(Math.imul(h1 ^ RIGHT_TAG, 2654435761), 2654435761);
  h2 = Math.imul(Math.imul(h2 ^ RIGHT_TAG, 1597334677), 1597334677);
  h1 = Math.imul(Math.imul(h1 ^ (rightKeyHash >>> 0), 2654435761) ^ rh, 2654435761);
  h2 = Math.imul(Math.imul(h2 ^ (rightKeyHash >>> 0), 1597334677) ^ rh, 1597334677);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return Math.floor((4294967296 * (2097151 & h2) + (h1 >>> 0)) / 32);
}

/** The id hash of a group from its rows' key hashes (any order: they are sorted here). */
export function groupHash(leftKeyHashes: readonly number[], rightKeyHashes: readonly number[]): number {
  const l = leftKeyHashes.length === 1 ? leftKeyHashes : [...leftKeyHashes].sort((a, b) => a - b);
  const r = rightKeyHashes.length === 1 ? rightKeyHashes : [...rightKeyHashes].sort((a, b) => a - b);
  return mixNumbers(l, r);
}

/** 48 bits identifying a group of rows, from their keys. */
export function matchHash(leftKeys: readonly string[], rightKeys: readonly string[]): number {
  return groupHash(leftKeys.map(keyHash), rightKeys.map(keyHash));
}

const HEX_CODES: readonly number[] = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** "M-" + 12 hex digits, built as one flat string (a template of six parts would be a tree of seven). */
export function formatMatchId(hash: number): string {
  const hi = Math.floor(hash / 16777216);
  const lo = hash - hi * 16777216;
  const d = (x: number, shift: number): number => HEX_CODES[(x >>> shift) & 15] as number;
  return String.fromCharCode(
    77,
    45,
    d(hi, 20),
    d(hi, 16),
    d(hi, 12),
    d(hi, 8),
    d(hi, 4),
    d(hi, 0),
    d(lo, 20),
    d(lo, 16),
    d(lo, 12),
    d(lo, 8),
    d(lo, 4),
    d(lo, 0),
  );
}

/** "M-" + 12 hex digits. */
export function matchIdOf(leftKeys: readonly string[], rightKeys: readonly string[]): string {
  return formatMatchId(matchHash(leftKeys, rightKeys));
}

/**
 * Suffixes that keep ids unique when two groups hash alike (about once in 500 runs of a million
 * matches): the group with the larger signature gets "-2", "-3", …, so the outcome does not depend on
 * row order. Clashes sit side by side in the hash order (orderByHash), far cheaper than a Map. Null when
 * none clash.
 */
export function clashSuffixes(
  hashes: Float64Array,
  signatureOf: (k: number) => string,
  byHash: Int32Array = orderByHash(hashes),
): Map<number, string> | null {
  let out: Map<number, string> | null = null;
  for (let t = 0; t < byHash.length;) {
    const h = hashes[byHash[t] as number] as number;
    let end = t + 1;
    while (end < byHash.length && hashes[byHash[end] as number] === h) end++;
    if (end - t > 1) {
      const list = Array.from(byHash.subarray(t, end));
      list.sort((a, b) => byCodeUnits(signatureOf(a), signatureOf(b)));
      list.forEach((k, n) => {
        if (n > 0) (out ??= new Map<number, string>()).set(k, `-${n + 1}`);
      });
    }
    t = end;
  }
  return out;
}
