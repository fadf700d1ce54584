/**
 * A run's matches kept column-wise (the drafts, their date order, id hashes and differences), with each
 * `Match` a small view over one column index. Ids, reasons and row lists are rendered when read, so a
 * million matches cost a million small objects, not a million objects with strings and arrays each.
 */
import { MANUAL, type DraftStore } from "./drafts";
import type { CompiledRule } from "./evaluate";
import { formatMatchId } from "./matchId";
import { reasonOf } from "./reason";
import type { PairFacts } from "./reasonFacts";
import { ACCEPTED_RULE, MANUAL_RULE } from "./rules";
import type { Cardinality, Match, MatchStatus } from "./types";

/** What statements and totals read of the matches: no object per match. */
export interface MatchRows {
  readonly count: number;
  /** By position: 0 confirmed, 1 suggested. */
  readonly status: Uint8Array;
  /** True when every member row of every match points back at its position in these per-row arrays. */
  pointsBack(leftMatch: Int32Array, rightMatch: Int32Array): boolean;
}

export interface MatchColumns {
  readonly drafts: DraftStore;
  /** Draft index at each match position (matches in date order, then id). */
  readonly order: Int32Array;
  /** By draft: id hash, Σ right − Σ left, currency id. */
  readonly hashes: Float64Array;
  readonly differences: Float64Array;
  readonly currency: Int32Array;
  /** Drafts whose hash another group shares: the suffix of their id ("-2", …). */
  readonly suffixes: ReadonlyMap<number, string> | null;
  readonly currencies: readonly string[];
  readonly rules: readonly CompiledRule[];
  readonly facts: PairFacts;
}

export class MatchTable implements MatchRows {
  readonly count: number;
  readonly status: Uint8Array;

  constructor(readonly columns: MatchColumns) {
    const { order, drafts } = columns;
    this.count = order.length;
    this.status = new Uint8Array(this.count);
    for (let pos = 0; pos < this.count; pos++)
      this.status[pos] = drafts.status[order[pos] as number] as number;
  }

  pointsBack(leftMatch: Int32Array, rightMatch: Int32Array): boolean {
    const { order, drafts } = this.columns;
    const oneLeft = drafts.one.left;
    const oneRight = drafts.one.right;
    for (let pos = 0; pos < this.count; pos++) {
      const k = order[pos] as number;
      const i = oneLeft[k] as number;
      if (i >= 0) {
        if (leftMatch[i] !== pos || rightMatch[oneRight[k] as number] !== pos) return false;
        continue;
      }
      for (let a = 0, n = drafts.leftCount(k); a < n; a++)
        if (leftMatch[drafts.leftAt(k, a)] !== pos) return false;
      for (let b = 0, n = drafts.rightCount(k); b < n; b++)
        if (rightMatch[drafts.rightAt(k, b)] !== pos) return false;
    }
    return true;
  }

  /** "M-" + 12 hex digits (and a suffix in the rare case of two groups hashing alike). */
  idOf(k: number): string {
    const id = formatMatchId(this.columns.hashes[k] as number);
    const suffix = this.columns.suffixes?.get(k);
    return suffix === undefined ? id : `${id}${suffix}`;
  }

  ruleOf(k: number): CompiledRule | null {
    const r = this.columns.drafts.rule[k] as number;
    return r >= 0 ? (this.columns.rules[r] ?? null) : null;
  }

  ruleIdOf(k: number): string {
    const cr = this.ruleOf(k);
    if (cr !== null) return cr.rule.id;
    return this.columns.drafts.rule[k] === MANUAL ? MANUAL_RULE : ACCEPTED_RULE;
  }

  currencyOf(k: number): string {
    return this.columns.currencies[this.columns.currency[k] as number] ?? "";
  }

  differenceOf(k: number): number {
    return this.columns.differences[k] as number;
  }

  reasonOf(k: number, left: readonly number[], right: readonly number[]): string {
    const d = this.columns.drafts;
    return reasonOf(this.columns.facts, this.ruleOf(k), {
      ruleIndex: d.rule[k] as number,
      cardinality: d.cardinalityOf(k),
      left,
      right,
      ambiguous: d.ambiguous[k] === 1,
      alternatives: d.alternatives[k] as number,
      difference: this.differenceOf(k),
      currency: this.currencyOf(k),
    });
  }

  /** One view per match, in position order. */
  views(): Match[] {
    const out = new Array<Match>(this.count);
    for (let pos = 0; pos < this.count; pos++)
      out[pos] = new MatchView(this, this.columns.order[pos] as number);
    return out;
  }
}

/** What a view renders when first read: its row lists and texts. */
interface Rendered {
  left: readonly number[] | null;
  right: readonly number[] | null;
  id: string | null;
  reason: string | null;
}

/**
 * A match read from the table: scalar fields straight from the columns, lists and texts built once when
 * read. A view holds two fields until then (a million views are a million small objects to collect).
 */
class MatchView implements Match {
  private rendered: Rendered | null = null;

  constructor(
    private readonly table: MatchTable,
    private readonly k: number,
  ) {}

  private get cache(): Rendered {
    return (this.rendered ??= { left: null, right: null, id: null, reason: null });
  }

  get id(): string {
    const c = this.cache;
    return (c.id ??= this.table.idOf(this.k));
  }

  get status(): MatchStatus {
    return this.table.columns.drafts.statusOf(this.k);
  }

  get rule(): string {
    return this.table.ruleIdOf(this.k);
  }

  get cardinality(): Cardinality {
    return this.table.columns.drafts.cardinalityOf(this.k);
  }

  get left(): readonly number[] {
    const c = this.cache;
    return (c.left ??= this.table.columns.drafts.leftOf(this.k));
  }

  get right(): readonly number[] {
    const c = this.cache;
    return (c.right ??= this.table.columns.drafts.rightOf(this.k));
  }

  get difference(): number {
    return this.table.differenceOf(this.k);
  }

  get currency(): string {
    return this.table.currencyOf(this.k);
  }

  get score(): number {
    return Math.round((this.table.columns.drafts.score[this.k] as number) * 1000) / 1000;
  }

  get reason(): string {
    const c = this.cache;
    return (c.reason ??= this.table.reasonOf(this.k, this.left, this.right));
  }

  get ambiguous(): boolean {
    return this.table.columns.drafts.ambiguous[this.k] === 1;
  }

  get alternatives(): number {
    return this.table.columns.drafts.alternatives[this.k] as number;
  }

  get decidedBy(): "rule" | "user" {
    return this.table.columns.drafts.user[this.k] === 1 ? "user" : "rule";
  }

  /** A plain copy of the fields (JSON, logs, structured copies). */
  toJSON(): Match {
    return {
      id: this.id,
      status: this.status,
      rule: this.rule,
      cardinality: this.cardinality,
      left: this.left,
      right: this.right,
      difference: this.difference,
      currency: this.currency,
      score: this.score,
      reason: this.reason,
      ambiguous: this.ambiguous,
      alternatives: this.alternatives,
      decidedBy: this.decidedBy,
    };
  }
}
