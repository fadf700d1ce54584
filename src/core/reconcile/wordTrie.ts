/**
 * The word trie PartyNames (partyNames.ts) looks names up in. Node 0 is the root, and the node after a
 * name's first k words holds the name that ends there and up to two that go on (two are enough to make
 * a cut there ambiguous). Edges (node, word hash) -> node live in one open-addressing table of typed
 * arrays: with Maps per node, scattered over the heap, each step at 40,000 names cost a few cache misses.
 */
export class WordTrie {
  readonly end: Int32Array;
  readonly onward0: Int32Array;
  readonly onward1: Int32Array;
  /** The word leading to each node, and each node's next nodes (read only to find cut-short names). */
  readonly word: string[] = [""];
  private readonly next: number[][] = [[]];
  private readonly sorted: (number[] | undefined)[] = [];
  /** Edges, four numbers each (from, word hash, to, the name ending at `to`): one cache line per step. */
  private readonly edges: Int32Array;
  private readonly mask: number;
  private nodes = 1;

  constructor(maxNodes: number) {
    this.end = new Int32Array(maxNodes);
    this.onward0 = new Int32Array(maxNodes);
    this.onward1 = new Int32Array(maxNodes);
    let capacity = 16;
    while (capacity * 3 < maxNodes * 4) capacity *= 2;
    this.mask = capacity - 1;
    this.edges = new Int32Array(capacity * 4);
    for (let slot = 0; slot < capacity; slot++) this.edges[slot * 4] = -1;
  }

  /** Where the edge (from, hash) is, or the empty slot where it would go (times four). */
  private slotOf(from: number, hash: number): number {
    const edges = this.edges;
    let slot = (Math.imul(from, 0x9e3779b1) ^ hash) & this.mask;
    for (;;) {
      const f = edges[slot * 4] as number;
      if (f === -1 || (f === from && edges[slot * 4 + 1] === hash)) return slot * 4;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The edge from `from` by a word of this hash (read `to` and `endAt`), or -1 when there is none. */
  step(from: number, hash: number): number {
    const at = this.slotOf(from, hash);
    return this.edges[at] === -1 ? -1 : at;
  }

  to(edge: number): number {
    return this.edges[edge + 2] as number;
  }

  /** The name ending at the edge's node (0 when none). */
  endAt(edge: number): number {
    return this.edges[edge + 3] as number;
  }

  /** The node after `from` by this word, added when it is missing. */
  stepOrAdd(from: number, hash: number, word: string): number {
    const at = this.slotOf(from, hash);
    if (this.edges[at] !== -1) return this.edges[at + 2] as number;
    const to = this.nodes++;
    this.edges[at] = from;
    this.edges[at + 1] = hash;
    this.edges[at + 2] = to;
    this.word.push(word);
    this.next.push([]);
    (this.next[from] as number[]).push(to);
    return to;
  }

  /** Name id ends at node `at` (entered by the word of this hash from `from`). */
  setEnd(from: number, hash: number, at: number, id: number): void {
    this.end[at] = id;
    this.edges[this.slotOf(from, hash) + 3] = id;
  }

  addOnward(at: number, id: number): void {
    if (this.onward0[at] === 0) this.onward0[at] = id;
    else if (this.onward1[at] === 0) this.onward1[at] = id;
  }

  /** The next nodes of `at` in order of their words. */
  sortedNext(at: number): number[] {
    let list = this.sorted[at];
    if (list === undefined) {
      const w = this.word;
      list = [...(this.next[at] as number[])].sort((x, y) =>
        (w[x] as string) < (w[y] as string) ? -1 : (w[x] as string) > (w[y] as string) ? 1 : 0,
      );
      this.sorted[at] = list;
    }
    return list;
  }

  /** Index of the first of `sorted` whose word is not below the text buf[s, e). */
  firstAtOrAfter(sorted: readonly number[], buf: Uint16Array, s: number, e: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePrefix(this.word[sorted[mid] as number] as string, buf, s, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * `word` against the text buf[s, e) (character codes, as strings compare): negative when the word sorts
 * before the text, 0 when it starts with it, positive when it sorts after without starting with it.
 */
export function comparePrefix(word: string, buf: Uint16Array, s: number, e: number): number {
  const n = e - s;
  const m = Math.min(word.length, n);
  for (let k = 0; k < m; k++) {
    const d = word.charCodeAt(k) - (buf[s + k] as number);
    if (d !== 0) return d;
  }
  return word.length < n ? -1 : 0;
}
