/**
 * 1:1 matching under one rule. Confirming: a pair is confirmed when each row is the other's unique best
 * candidate (best score ahead of every other candidate by more than the rule's tie margin); repeated
 * until nothing changes, since each confirmation can leave a neighbour with a single candidate left.
 * Suggesting the remaining candidate pairs is suggestOneToOne.ts; both scan rows as this module does.
 * Every decision is computed on sets, so row order cannot change the outcome. Rows are visited in
 * layout positions (by amount, then date), so candidates sit next to each other in memory.
 */
import { CANDIDATE_CAP, candidateSource, collectCandidates, type CandidateSource } from "./candidates";
import { addConfirmedPair, isRejected, type Ctx, type SideCtx } from "./context";
import { evaluateAt, type CompiledRule } from "./evaluate";
import { fingerprintLevel, FP_CONFLICT, FP_EQUAL } from "./fingerprint";
import { byReferenceOf } from "./referenceIndex";
import type { Side } from "./types";

const MAX_ROUNDS = 8;
const YIELD_EVERY = 8192;

/** Per position of one side: its best candidate, whether that best is unique, and how many it had. */
export interface Best {
  readonly best: Int32Array;
  readonly unique: Uint8Array;
  readonly count: Int32Array;
  /** Scores kept in single precision: a near-tie that rounds to a tie only makes a row ambiguous. */
  readonly top: Float32Array;
  readonly second: Float32Array;
}

function newBest(side: SideCtx): Best {
  const { arena, n } = side;
  return {
    best: arena.i32(n).fill(-1),
    unique: arena.u8(n),
    count: arena.i32(n),
    top: arena.f32(n),
    second: arena.f32(n),
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
  /** Lists of left positions for the confirm rounds (see confirmOneToOne). */
  readonly lists: readonly [Int32Array, Int32Array, Int32Array, Int32Array];
}

export function scratchOf(ctx: Ctx): OneToOneScratch {
  if (ctx.scratch === null) {
    ctx.scratch = {
      L: newBest(ctx.left),
      R: newBest(ctx.right),
      fresh: ctx.right.arena.i32(ctx.right.n),
      buf: new Int32Array(CANDIDATE_CAP),
      lists: [
        ctx.left.arena.i32(ctx.left.n),
        ctx.left.arena.i32(ctx.left.n),
        ctx.left.arena.i32(ctx.left.n),
        ctx.left.arena.i32(ctx.left.n),
      ],
    };
  } else {
    resetBest(ctx.scratch.L);
    resetBest(ctx.scratch.R);
  }
  ctx.scratch.fresh.fill(-1);
  return ctx.scratch;
}

/**
 * True when the rule requires an equal reference and left position p and right position q lack one:
 * evaluateAt would score the pair -1, so scans skip it without scoring.
 */
export function referencesDiffer(ctx: Ctx, src: CandidateSource, p: number, q: number): boolean {
  return src.equalReference && fingerprintLevel(ctx.left, p, ctx.right, q) !== FP_EQUAL;
}

/**
 * Whether left position p and right position q, whose references are one keystroke apart (a rule
 * comparing references only scores such a pair when they are near), give way because an open row on
 * the other side of either carries its reference exactly, within the rule's date window: INV-1041 beside
 * INV-1047 of the same amount, while the bank's INV-1041 is short of a fee. Two invoice numbers one
 * digit apart are more often two invoices than a slip: the pair is neither confirmed nor suggested by
 * this rule, so the row with the exact reference can be suggested by a later one. A pair the user
 * rejected does not count as a rival.
 */
export function nearReferenceOutdone(ctx: Ctx, cr: CompiledRule, p: number, q: number): boolean {
  if (cr.refMode === 0 || cr.pattern !== null) return false;
  if (fingerprintLevel(ctx.left, p, ctx.right, q) !== FP_CONFLICT) return false;
  return exactElsewhere(ctx, cr, "left", p, q) || exactElsewhere(ctx, cr, "right", q, p);
}

/** Whether an open row of the other side, other than position `besides`, has the reference of `at` exactly. */
function exactElsewhere(ctx: Ctx, cr: CompiledRule, from: Side, at: number, besides: number): boolean {
  const self = from === "left" ? ctx.left : ctx.right;
  const other = from === "left" ? ctx.right : ctx.left;
  // The same reference as written (normalised): a short list, where the rows sharing only its number
  // can be many (every row that quotes 1041).
  const index = byReferenceOf(other);
  const i = self.byGroup.items[at] as number;
  for (let e = index.first(self.ref1[at] as number); e >= 0; e = index.next(e)) {
    const j = index.row(e);
    const o = other.posOf[j] as number;
    if (o === besides || other.matchOf[j] !== -1) continue;
    const lag =
      from === "left"
        ? (other.gDay[o] as number) - (self.gDay[at] as number)
        : (self.gDay[at] as number) - (other.gDay[o] as number);
    if (!cr.anyDate && (lag < -cr.before || lag > cr.after)) continue;
    if (ctx.rejected !== null && (from === "left" ? isRejected(ctx, i, j) : isRejected(ctx, j, i))) continue;
    const level =
      from === "left" ? fingerprintLevel(self, at, other, o) : fingerprintLevel(other, o, self, at);
    if (level === FP_EQUAL) return true;
  }
  return false;
}

/** Scores every candidate of position p of `from` and records its best, runner-up and count. */
function scanRow(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  p: number,
  out: Best,
  buf: Int32Array,
): void {
  const selfItems = (from === "left" ? ctx.left : ctx.right).byGroup.items;
  const other = from === "left" ? ctx.right : ctx.left;
  const otherItems = other.byGroup.items;
  const i = selfItems[p] as number;
  const n = collectCandidates(ctx, cr, src, from, p, buf);
  let best = -1;
  let top = -1;
  let second = -1;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const q = buf[k] as number;
    if (other.gTaken[q] !== 0) continue;
    if (from === "left" ? referencesDiffer(ctx, src, p, q) : referencesDiffer(ctx, src, q, p)) continue;
    const j = otherItems[q] as number;
    const s =
      from === "left"
        ? evaluateAt(ctx, cr, i, j, p, q, src.flags)
        : evaluateAt(ctx, cr, j, i, q, p, src.flags);
    if (s < 0) continue;
    count++;
    if (s > top) {
      second = top;
      top = s;
      best = q;
    } else if (s > second) second = s;
  }
  out.best[p] = best;
  out.count[p] = n >= CANDIDATE_CAP ? CANDIDATE_CAP : count;
  out.top[p] = top;
  out.second[p] = second;
  out.unique[p] = best >= 0 && n < CANDIDATE_CAP && (count === 1 || top - second > cr.rule.tieMargin) ? 1 : 0;
}

/**
 * Scans every open position of `from`. A tolerance rule visits them in the order of its open-row buckets
 * (date bucket, then amount): neighbouring rows then share most of their candidates, so what is read of
 * a candidate is still in cache for the next row. The order changes no statistic, only the memory traffic.
 */
export function* scanSide(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  from: Side,
  out: Best,
  buf: Int32Array,
): Generator<number, void, void> {
  const self = from === "left" ? ctx.left : ctx.right;
  const buckets = from === "left" ? src.left : src.right;
  const n = buckets === null ? self.n : buckets.pos.length;
  for (let k = 0; k < n; k++) {
    if ((k & (YIELD_EVERY - 1)) === YIELD_EVERY - 1) yield YIELD_EVERY;
    const p = buckets === null ? k : (buckets.pos[k] as number);
    if (self.gTaken[p] !== 0) continue;
    scanRow(ctx, cr, src, from, p, out, buf);
  }
}

/**
 * Confirms mutually unique best pairs under an auto-confirm rule, to a fixed point. Each round first
 * brings every statistic it needs up to date on the same state (left rows; then only the right rows some
 * left row picked as its unique best), then confirms: the outcome never depends on row order.
 *
 * Rounds after the first only revisit what can change: left rows that had several candidates (a
 * confirmation elsewhere may leave one) and left rows whose best is unique but not yet mutual. Both are
 * kept as ascending lists of positions, so a round costs what it revisits, not a pass over every row.
 */
export function* confirmOneToOne(ctx: Ctx, cr: CompiledRule): Generator<number, void, void> {
  const src = candidateSource(ctx, cr);
  // fresh[q]: the round in which right position q's statistics were computed (-1: never).
  const { L, R, fresh, buf, lists } = scratchOf(ctx);
  const left = ctx.left;
  const right = ctx.right;
  let [scan, nextScan, pending, nextPending] = lists;
  let scanN = 0;
  let pendingN = 0;
  for (let p = 0; p < left.n; p++) if (left.gTaken[p] === 0) scan[scanN++] = p;
  let visited = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let nextScanN = 0;
    for (let t = 0; t < scanN; t++) {
      if ((++visited & (YIELD_EVERY - 1)) === 0) yield YIELD_EVERY;
      const p = scan[t] as number;
      if (left.gTaken[p] !== 0) continue;
      scanRow(ctx, cr, src, "left", p, L, buf);
      if ((L.count[p] as number) >= 2) nextScan[nextScanN++] = p;
    }
    // Rows unique before (and not rescanned) or unique now, ascending.
    let np = 0;
    for (let a = 0, b = 0; a < pendingN || b < scanN;) {
      const x = a < pendingN ? (pending[a] as number) : 2147483647;
      const y = b < scanN ? (scan[b] as number) : 2147483647;
      const p = x <= y ? x : y;
      if (x <= y) a++;
      if (y <= x) b++;
      if (left.gTaken[p] === 0 && L.unique[p] === 1) nextPending[np++] = p;
    }
    [pending, nextPending] = [nextPending, pending];
    pendingN = np;
    // A right row with one candidate keeps it until that row is taken, and then no left row picks it.
    for (let t = 0; t < pendingN; t++) {
      if ((++visited & (YIELD_EVERY - 1)) === 0) yield YIELD_EVERY;
      const q = L.best[pending[t] as number] as number;
      if (right.gTaken[q] !== 0 || fresh[q] === round) continue;
      if (fresh[q] === -1 || (R.count[q] as number) >= 2) scanRow(ctx, cr, src, "right", q, R, buf);
      fresh[q] = round;
    }
    // Judged on the state before this round's confirmations, so the order of the pairs cannot matter.
    for (let t = 0; t < pendingN; t++) {
      const p = pending[t] as number;
      const q = L.best[p] as number;
      if (right.gTaken[q] !== 0 || R.best[q] !== p || R.unique[q] !== 1) continue;
      if (nearReferenceOutdone(ctx, cr, p, q)) L.unique[p] = 0;
    }
    let made = 0;
    for (let t = 0; t < pendingN; t++) {
      const p = pending[t] as number;
      const q = L.best[p] as number;
      if (L.unique[p] !== 1 || right.gTaken[q] !== 0 || R.best[q] !== p || R.unique[q] !== 1) continue;
      addConfirmedPair(ctx, p, q, cr.index, L.top[p] as number);
      made++;
    }
    if (made === 0) break;
    [scan, nextScan] = [nextScan, scan];
    scanN = nextScanN;
  }
}
