/**
 * Stable match ids: a hash of the group's sorted row keys, so the same rows get the same id on every run
 * whatever the row order, the rule or the other matches. Never a counter.
 */

/** cyrb53 lanes: two multiplicative 32-bit hashes fed the same characters, mixed at the end. */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  value(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical text of a group: sorted left keys, a separator, sorted right keys. */
export function groupSignature(leftKeys: readonly string[], rightKeys: readonly string[]): string {
  const l = leftKeys.length === 1 ? leftKeys : [...leftKeys].sort(byCodeUnits);
  const r = rightKeys.length === 1 ? rightKeys : [...rightKeys].sort(byCodeUnits);
  return `L\u0001${l.join("\u0001")}\u0002R\u0001${r.join("\u0001")}`;
}

/** 48 bits of the hash of the group's signature, fed key by key (no signature string is built). */
export function matchHash(leftKeys: readonly string[], rightKeys: readonly string[]): number {
  if (leftKeys.length === 1 && rightKeys.length === 1)
    return pairHash(leftKeys[0] as string, rightKeys[0] as string);
  const l = leftKeys.length === 1 ? leftKeys : [...leftKeys].sort(byCodeUnits);
  const r = rightKeys.length === 1 ? rightKeys : [...rightKeys].sort(byCodeUnits);
  const h = new Hash53().add("L");
  l.forEach((k) => h.add("\u0001").add(k));
  h.add("\u0002R");
  r.forEach((k) => h.add("\u0001").add(k));
  return Math.floor(h.value() / 32);
}

/** matchHash([left], [right]) for the common 1:1 case. */
export function pairHash(leftKey: string, rightKey: string): number {
  return Math.floor(new Hash53().add("L\u0001").add(leftKey).add("\u0002R\u0001").add(rightKey).value() / 32);
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export function formatMatchId(hash: number): string {
  const hi = Math.floor(hash / 16777216);
  const lo = hash - hi * 16777216;
  return `M-${HEX[(hi >>> 16) & 255] as string}${HEX[(hi >>> 8) & 255] as string}${HEX[hi & 255] as string}${HEX[(lo >>> 16) & 255] as string}${HEX[(lo >>> 8) & 255] as string}${HEX[lo & 255] as string}`;
}

/** "M-" + 12 hex digits. */
export function matchIdOf(leftKeys: readonly string[], rightKeys: readonly string[]): string {
  return formatMatchId(matchHash(leftKeys, rightKeys));
}

/**
 * Ids for a list of groups from their hashes, unique even when two groups hash alike (about once in 500
 * runs of a million matches): the group with the larger signature gets "-2", "-3", …, so the outcome
 * does not depend on row order. Collisions are found by sorting the hashes, far cheaper than a Map.
 */
export function assignMatchIds(hashes: Float64Array, signatureOf: (k: number) => string): string[] {
  const groups = hashes.length;
  const ids: string[] = new Array<string>(groups);
  for (let k = 0; k < groups; k++) ids[k] = formatMatchId(hashes[k] as number);
  const sorted = hashes.slice().sort();
  const clashing = new Set<number>();
  for (let k = 1; k < groups; k++) if (sorted[k] === sorted[k - 1]) clashing.add(sorted[k] as number);
  if (clashing.size === 0) return ids;
  const byHash = new Map<number, number[]>();
  for (let k = 0; k < groups; k++) {
    const h = hashes[k] as number;
    if (!clashing.has(h)) continue;
    const list = byHash.get(h) ?? [];
    list.push(k);
    byHash.set(h, list);
  }
  for (const list of byHash.values()) {
    list.sort((a, b) => byCodeUnits(signatureOf(a), signatureOf(b)));
    list.forEach((k, n) => {
      if (n > 0) ids[k] = `${ids[k] as string}-${n + 1}`;
    });
  }
  return ids;
}
