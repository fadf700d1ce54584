/**
 * Matches before ids and reasons, stored column-wise: a million 1:1 drafts are a few typed arrays, not a
 * million objects with two arrays each (which at that size cost more in garbage collection than the
 * matching itself). Group drafts keep their members in a side list.
 */
import type { Cardinality, MatchStatus } from "./types";

const CARDINALITIES: readonly Cardinality[] = ["1:1", "many:1", "1:many", "many:many"];

/** Rule index of decisions: a manual group, or an accepted suggestion honoured with its rows. */
export const MANUAL = -1;
export const ACCEPTED = -2;

export interface DraftInput {
  readonly status: MatchStatus;
  /** Index into the compiled rules, or MANUAL / ACCEPTED. */
  readonly ruleIndex: number;
  readonly cardinality: Cardinality;
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly score: number;
  readonly ambiguous: boolean;
  readonly alternatives: number;
  readonly decidedBy: "rule" | "user";
}

/** The id hash of a draft's rows, its earliest day, Σ right − Σ left and its currency id. */
export interface DraftFacts {
  readonly hash: number;
  readonly day: number;
  readonly difference: number;
  readonly currency: number;
}

export class DraftStore {
  count = 0;
  private capacity = 0;

  /** Each draft takes a row of each side, so min(left, right) rows bound the count: one allocation. */
  constructor(capacity = 0) {
    if (capacity > 0) this.grow(capacity);
  }

  status = new Uint8Array(0);
  rule = new Int16Array(0);
  kind = new Uint8Array(0);
  score = new Float64Array(0);
  ambiguous = new Uint8Array(0);
  alternatives = new Int32Array(0);
  user = new Uint8Array(0);
  /** Facts finish() orders and reports by, taken when the draft is made (its rows are then at hand). */
  hash = new Float64Array(0);
  day = new Int32Array(0);
  difference = new Float64Array(0);
  currency = new Int32Array(0);
  /** 1:1 drafts: their rows; group drafts: -1 (members in `members`). */
  one = { left: new Int32Array(0), right: new Int32Array(0) };
  private readonly members = new Map<
    number,
    { readonly left: readonly number[]; readonly right: readonly number[] }
  >();

  private grow(to = 0): void {
    const cap = Math.max(1024, this.capacity * 2, to);
    const widen = <T extends Uint8Array | Int16Array | Int32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.status = widen(this.status, (n) => new Uint8Array(n));
    this.rule = widen(this.rule, (n) => new Int16Array(n));
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.score = widen(this.score, (n) => new Float64Array(n));
    this.ambiguous = widen(this.ambiguous, (n) => new Uint8Array(n));
    this.alternatives = widen(this.alternatives, (n) => new Int32Array(n));
    this.user = widen(this.user, (n) => new Uint8Array(n));
    this.hash = widen(this.hash, (n) => new Float64Array(n));
    this.day = widen(this.day, (n) => new Int32Array(n));
    this.difference = widen(this.difference, (n) => new Float64Array(n));
    this.currency = widen(this.currency, (n) => new Int32Array(n));
    this.one = {
      left: widen(this.one.left, (n) => new Int32Array(n)),
      right: widen(this.one.right, (n) => new Int32Array(n)),
    };
    this.capacity = cap;
  }

  add(d: DraftInput, facts: DraftFacts): number {
    if (this.count === this.capacity) this.grow();
    const k = this.count++;
    this.setFacts(k, facts.hash, facts.day, facts.difference, facts.currency);
    this.status[k] = d.status === "confirmed" ? 0 : 1;
    this.rule[k] = d.ruleIndex;
    this.kind[k] = CARDINALITIES.indexOf(d.cardinality);
    this.score[k] = d.score;
    this.ambiguous[k] = d.ambiguous ? 1 : 0;
    this.alternatives[k] = d.alternatives;
    this.user[k] = d.decidedBy === "user" ? 1 : 0;
    if (d.left.length === 1 && d.right.length === 1) {
      this.one.left[k] = d.left[0] as number;
      this.one.right[k] = d.right[0] as number;
    } else {
      this.one.left[k] = -1;
      this.one.right[k] = -1;
      this.members.set(k, { left: d.left, right: d.right });
    }
    return k;
  }

  private setFacts(k: number, hash: number, day: number, difference: number, currency: number): void {
    this.hash[k] = hash;
    this.day[k] = day;
    this.difference[k] = difference;
    this.currency[k] = currency;
  }

  /** A confirmed 1:1 draft made by a rule, without building a DraftInput. */
  addConfirmedPair(
    i: number,
    j: number,
    ruleIndex: number,
    score: number,
    hash: number,
    day: number,
    difference: number,
    currency: number,
  ): number {
    if (this.count === this.capacity) this.grow();
    const k = this.count++;
    this.setFacts(k, hash, day, difference, currency);
    this.status[k] = 0;
    this.rule[k] = ruleIndex;
    this.kind[k] = 0;
    this.score[k] = score;
    this.ambiguous[k] = 0;
    this.alternatives[k] = 0;
    this.user[k] = 0;
    this.one.left[k] = i;
    this.one.right[k] = j;
    return k;
  }

  statusOf(k: number): MatchStatus {
    return this.status[k] === 0 ? "confirmed" : "suggested";
  }

  cardinalityOf(k: number): Cardinality {
    return CARDINALITIES[this.kind[k] as number] as Cardinality;
  }

  isPair(k: number): boolean {
    return (this.one.left[k] as number) >= 0;
  }

  leftCount(k: number): number {
    return (this.one.left[k] as number) >= 0 ? 1 : (this.members.get(k)?.left.length ?? 0);
  }

  leftAt(k: number, a: number): number {
    const i = this.one.left[k] as number;
    return i >= 0 ? i : (this.members.get(k)?.left[a] as number);
  }

  rightCount(k: number): number {
    return (this.one.right[k] as number) >= 0 ? 1 : (this.members.get(k)?.right.length ?? 0);
  }

  rightAt(k: number, b: number): number {
    const j = this.one.right[k] as number;
    return j >= 0 ? j : (this.members.get(k)?.right[b] as number);
  }

  /** Left rows of draft k (a new one-element array for 1:1 drafts). */
  leftOf(k: number): readonly number[] {
    const i = this.one.left[k] as number;
    return i >= 0 ? [i] : (this.members.get(k)?.left ?? []);
  }

  rightOf(k: number): readonly number[] {
    const j = this.one.right[k] as number;
    return j >= 0 ? [j] : (this.members.get(k)?.right ?? []);
  }
}
