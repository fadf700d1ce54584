/**
 * 1:1 matching under one rule. Confirming: a pair is confirmed when each row is the other's unique best
 * candidate (best score ahead of every other candidate by more than the rule's tie margin); repeated
 * until nothing changes, since each confirmation can leave a neighbour with a single candidate left.
 * Suggesting: remaining candidate pairs, best score first, ties broken by row keys for display.
 * Every decision is computed on sets, so row order cannot change the outcome.
 */
import { CANDIDATE_CAP, candidateSource, type CandidateSource } from "./candidates";
import { addConfirmedPair, addDraft, type Ctx } from "./context";
import { evaluatePair, type CompiledRule } from "./evaluate";
import type { Side } from "./types";

const MAX_ROUNDS = 8;
const YIELD_EVERY = 8192;

/** Per row of one side: its best candidate, whether that best is unique, and how many candidates it had. */
interface Best {
  readonly best: Int32Array;
  readonly unique: Uint8Array;
  readonly count: Int32Array;
  readonly top: Float64Array;
  readonly second: Float64Array;
}

function newBest(n: number): Best {
  return {
    best: new Int32Array(n).fill(-1),
    unique: new Uint8Array(n),
    count: new Int32Array(n),
    top: new Float64Array(n),
    second: new Float64Array(n),
  };
}

function resetBest(b: Best): Best {
  b.best.fill(-1);
  b.unique.fill(0);
  b.count.fill(0);
  b.top.fill(0);
  b.second.fill(0);
  return b;
}

/** Working arrays of the 1:1 phases, allocated once per run: fresh megabyte arrays per rule cost GCs. */
export interface OneToOneScratch {
  readonly L: Best;
  readonly R: Best;
  readonly fresh: Int32Array;
  readonly buf: Int32Array;
}

function scratchOf(ctx: Ctx): OneToOneScratch {
  if (ctx.scratch === null) {
    ctx.scratch = {
      L: newBest(ctx.left.n),
      R: newBest(ctx.right.n),
      fresh: new Int32Array(ctx.right.n),
      buf: new Int32Array(CANDIDATE_CAP),
    };
  } else {
    resetBest(ctx.scratch.L);
    resetBest(ctx.scratch.R);
  }
  ctx.scratch.fresh.fill(-1);
  return ctx.scratch;
}

/** Scores every candidate of row i of `from` and records its best, runner-up and count. */
function scanRow(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  i: number,
  out: Best,
  buf: Int32Array,
): void {
  const other = from === "left" ? ctx.right : ctx.left;
  const n = src.collect(from, i, buf);
  let best = -1;
  let top = -1;
  let second = -1;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const j = buf[k] as number;
    if (other.matchOf[j] !== -1) continue;
    const s = from === "left" ? evaluatePair(ctx, cr, i, j) : evaluatePair(ctx, cr, j, i);
    if (s < 0) continue;
    count++;
    if (s > top) {
      second = top;
      top = s;
      best = j;
    } else if (s > second) second = s;
  }
  out.best[i] = best;
  out.count[i] = n >= CANDIDATE_CAP ? CANDIDATE_CAP : count;
  out.top[i] = top;
  out.second[i] = second;
  out.unique[i] = best >= 0 && n < CANDIDATE_CAP && (count === 1 || top - second > cr.rule.tieMargin) ? 1 : 0;
}

/** Scans the open rows of `from` (all of them, or only those that had several candidates last time). */
function* scanSide(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  out: Best,
  onlyMulti: boolean,
  buf: Int32Array,
): Generator<number, void, void> {
  const self = from === "left" ? ctx.left : ctx.right;
  for (let i = 0; i < self.n; i++) {
    if ((i & (YIELD_EVERY - 1)) === YIELD_EVERY - 1) yield YIELD_EVERY;
    if (self.matchOf[i] !== -1) continue;
    if (onlyMulti && (out.count[i] as number) < 2) continue;
    scanRow(ctx, cr, src, from, i, out, buf);
  }
}

/**
 * Confirms mutually unique best pairs under an auto-confirm rule, to a fixed point. Each round first
 * brings every statistic it needs up to date on the same state (left rows; then only the right rows some
 * left row picked as its unique best), then confirms: the outcome never depends on row order.
 */
export function* confirmOneToOne(ctx: Ctx, cr: CompiledRule): Generator<number, void, void> {
  const src = candidateSource(ctx, cr);
  // fresh[j]: the round in which right row j's statistics were computed (-1: never).
  const { L, R, fresh, buf } = scratchOf(ctx);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    yield* scanSide(ctx, cr, src, "left", L, round > 0, buf);
    // A right row with one candidate keeps it until that row is taken, and then no left row picks it.
    for (let i = 0; i < ctx.left.n; i++) {
      if ((i & (YIELD_EVERY - 1)) === YIELD_EVERY - 1) yield YIELD_EVERY;
      if (ctx.left.matchOf[i] !== -1 || L.unique[i] !== 1) continue;
      const j = L.best[i] as number;
      if (ctx.right.matchOf[j] !== -1 || fresh[j] === round) continue;
      if (fresh[j] === -1 || (R.count[j] as number) >= 2) scanRow(ctx, cr, src, "right", j, R, buf);
      fresh[j] = round;
    }
    let made = 0;
    for (let i = 0; i < ctx.left.n; i++) {
      if (ctx.left.matchOf[i] !== -1 || L.unique[i] !== 1) continue;
      const j = L.best[i] as number;
      if (ctx.right.matchOf[j] !== -1 || R.best[j] !== i || R.unique[j] !== 1) continue;
      addConfirmedPair(ctx, i, j, cr.index, L.top[i] as number);
      made++;
    }
    if (made === 0) break;
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Suggests the remaining candidate pairs of a rule: best score first, then by row keys, each row once.
 * A suggestion is ambiguous when either row had another candidate within the tie margin.
 * `confirm(left, right)` says whether the user accepted that exact pair earlier.
 */
export function* suggestOneToOne(
  ctx: Ctx,
  cr: CompiledRule,
  confirm: (left: readonly number[], right: readonly number[]) => boolean,
): Generator<number, void, void> {
  const src = candidateSource(ctx, cr);
  const { L, R, buf } = scratchOf(ctx);
  yield* scanSide(ctx, cr, src, "left", L, false, buf);
  yield* scanSide(ctx, cr, src, "right", R, false, buf);
  const pi: number[] = [];
  const pj: number[] = [];
  const ps: number[] = [];
  for (let i = 0; i < ctx.left.n; i++) {
    if (ctx.left.matchOf[i] !== -1 || (L.count[i] as number) === 0) continue;
    const n = src.collect("left", i, buf);
    for (let k = 0; k < n; k++) {
      const j = buf[k] as number;
      const s = evaluatePair(ctx, cr, i, j);
      if (s < 0) continue;
      pi.push(i);
      pj.push(j);
      ps.push(s);
    }
  }
  const keysL = ctx.left.rec.keys;
  const keysR = ctx.right.rec.keys;
  const order = Array.from({ length: pi.length }, (_, k) => k);
  order.sort(
    (a, b) =>
      (ps[b] as number) - (ps[a] as number) ||
      byCodeUnits(keysL[pi[a] as number] as string, keysL[pi[b] as number] as string) ||
      byCodeUnits(keysR[pj[a] as number] as string, keysR[pj[b] as number] as string),
  );
  const margin = cr.rule.tieMargin;
  const tied = (b: Best, r: number): boolean =>
    (b.count[r] as number) > 1 && (b.top[r] as number) - (b.second[r] as number) <= margin;
  for (const k of order) {
    const i = pi[k] as number;
    const j = pj[k] as number;
    if (ctx.left.matchOf[i] !== -1 || ctx.right.matchOf[j] !== -1) continue;
    const ambiguous = tied(L, i) || tied(R, j);
    const accepted = confirm([i], [j]);
    addDraft(ctx, {
      status: accepted ? "confirmed" : "suggested",
      ruleIndex: cr.index,
      cardinality: "1:1",
      left: [i],
      right: [j],
      score: ps[k] as number,
      ambiguous,
      alternatives: Math.max(0, (L.count[i] as number) - 1) + Math.max(0, (R.count[j] as number) - 1),
      decidedBy: accepted ? "user" : "rule",
    });
  }
  yield pi.length;
}
