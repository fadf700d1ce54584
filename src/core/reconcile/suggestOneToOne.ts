/**
 * Suggesting 1:1 pairs under one rule: the candidate pairs confirming left, best score first, each row
 * once (see suggestOneToOne). Rows are scanned as oneToOne.ts scans them for confirming.
 */
import { candidateSource, collectCandidates, collectSpread, type CandidateSource } from "./candidates";
import { addDraft, type Ctx } from "./context";
import { evaluateAt, type CompiledRule } from "./evaluate";
import { pairIdHash } from "./matchId";
import { nearReferenceOutdone, referencesDiffer, scanSide, scratchOf, type Best } from "./oneToOne";

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Suggests the remaining candidate pairs of a rule: best score first; among equal scores, the pair whose
 * rows have fewer other candidates (a row with one candidate left gets it), then the closer dates, then by
 * row keys, each row once. Nothing of this depends on row order, so neither does which rows stay open.
 * A row that had more candidates than a scan collects (CANDIDATE_CAP rows alike) and is still open is
 * looked at again, among the rows still open, for as long as that pairs any.
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
  yield* scanSide(ctx, cr, src, "left", L, buf);
  yield* scanSide(ctx, cr, src, "right", R, buf);
  let rows: number[] = [];
  for (let p = 0; p < ctx.left.n; p++)
    if (ctx.left.gTaken[p] === 0 && (L.count[p] as number) > 0) rows.push(p);
  while (rows.length > 0) {
    const { made, pairs, saturated } = suggestAmong(ctx, cr, src, rows, L, R, buf, confirm);
    yield pairs;
    if (made === 0) break;
    rows = saturated;
  }
}

/** How many of its pairs a row with a full scan of candidates offers in one pass of suggestOneToOne. */
const SATURATED_OFFERS = 16;

/** Candidate pairs of one pass: left and right position, score, and the pair's hash (for ties). */
interface Offers {
  readonly p: number[];
  readonly q: number[];
  readonly score: number[];
  readonly hash: number[];
}

/**
 * The order in which a pass takes pairs: best score first; among equal scores, the pair whose rows have
 * fewer other candidates, then the closer dates, then by the hash of the pair's row keys (rows alike
 * then each prefer different partners, so a pass pairs many of them), then by row keys as written.
 */
function pairOrder(ctx: Ctx, L: Best, R: Best, o: Offers): (a: number, b: number) => number {
  const left = ctx.left;
  const right = ctx.right;
  const keysL = left.rec.keys;
  const keysR = right.rec.keys;
  const keyL = (k: number): string => keysL[left.byGroup.items[o.p[k] as number] as number] as string;
  const keyR = (k: number): string => keysR[right.byGroup.items[o.q[k] as number] as number] as string;
  const others = (k: number): number =>
    (L.count[o.p[k] as number] as number) + (R.count[o.q[k] as number] as number);
  const lag = (k: number): number =>
    Math.abs((right.gDay[o.q[k] as number] as number) - (left.gDay[o.p[k] as number] as number));
  return (a, b) =>
    (o.score[b] as number) - (o.score[a] as number) ||
    others(a) - others(b) ||
    lag(a) - lag(b) ||
    (o.hash[a] as number) - (o.hash[b] as number) ||
    byCodeUnits(keyL(a), keyL(b)) ||
    byCodeUnits(keyR(a), keyR(b));
}

/** The first `count` of 0…n-1 in `order`, in that order, without sorting them all. */
function firstInOrder(n: number, count: number, order: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  for (let k = 0; k < n; k++) {
    if (kept.length === count && order(k, kept[count - 1] as number) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(k, kept[at - 1] as number) < 0) at--;
    kept.splice(at, 0, k);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/**
 * One pass of suggestOneToOne over left positions `rows`: their candidate pairs, ordered (pairOrder),
 * taken greedily. A row whose candidates fill a scan offers only its SATURATED_OFFERS first pairs in that
 * order: hundreds of rows alike would otherwise offer a million pairs a pass. Returns how many pairs
 * were made, how many were looked at, and the rows whose candidates filled a scan that are still open.
 */
function suggestAmong(
  ctx: Ctx,
  cr: CompiledRule,
  src: CandidateSource,
  rows: readonly number[],
  L: Best,
  R: Best,
  buf: Int32Array,
  confirm: (left: readonly number[], right: readonly number[]) => boolean,
): { made: number; pairs: number; saturated: number[] } {
  const left = ctx.left;
  const right = ctx.right;
  const leftItems = left.byGroup.items;
  const rightItems = right.byGroup.items;
  const all: Offers = { p: [], q: [], score: [], hash: [] };
  const own: Offers = { p: [], q: [], score: [], hash: [] };
  const ownOrder = pairOrder(ctx, L, R, own);
  const full: number[] = [];
  let looked = 0;
  for (const p of rows) {
    if (left.gTaken[p] !== 0) continue;
    const i = leftItems[p] as number;
    let n = collectCandidates(ctx, cr, src, "left", p, buf);
    const saturated = n === buf.length;
    // Rows alike past the cap would all see the same first candidates: each looks at its own share.
    if (saturated) n = collectSpread(ctx, cr, src, "left", p, buf, left.keyHash[p] as number);
    if (saturated) full.push(p);
    const into = saturated ? own : all;
    if (saturated) for (const list of [own.p, own.q, own.score, own.hash]) list.length = 0;
    for (let k = 0; k < n; k++) {
      const q = buf[k] as number;
      if (referencesDiffer(ctx, src, p, q)) continue;
      const s = evaluateAt(ctx, cr, i, rightItems[q] as number, p, q, src.flags);
      if (s < 0 || nearReferenceOutdone(ctx, cr, p, q)) continue;
      into.p.push(p);
      into.q.push(q);
      into.score.push(s);
      into.hash.push(pairIdHash(left.keyHash[p] as number, right.keyHash[q] as number));
    }
    looked += n;
    if (!saturated) continue;
    for (const k of firstInOrder(own.p.length, SATURATED_OFFERS, ownOrder)) {
      all.p.push(own.p[k] as number);
      all.q.push(own.q[k] as number);
      all.score.push(own.score[k] as number);
      all.hash.push(own.hash[k] as number);
    }
  }
  const order = Array.from({ length: all.p.length }, (_, k) => k).sort(pairOrder(ctx, L, R, all));
  const margin = cr.rule.tieMargin;
  const tied = (b: Best, at: number): boolean =>
    (b.count[at] as number) > 1 && (b.top[at] as number) - (b.second[at] as number) <= margin;
  let made = 0;
  for (const k of order) {
    const p = all.p[k] as number;
    const q = all.q[k] as number;
    if (left.gTaken[p] !== 0 || right.gTaken[q] !== 0) continue;
    const i = leftItems[p] as number;
    const j = rightItems[q] as number;
    const accepted = confirm([i], [j]);
    addDraft(ctx, {
      status: accepted ? "confirmed" : "suggested",
      ruleIndex: cr.index,
      cardinality: "1:1",
      left: [i],
      right: [j],
      score: all.score[k] as number,
      ambiguous: tied(L, p) || tied(R, q),
      alternatives: Math.max(0, (L.count[p] as number) - 1) + Math.max(0, (R.count[q] as number) - 1),
      decidedBy: accepted ? "user" : "rule",
    });
    made++;
  }
  return { made, pairs: looked, saturated: full.filter((p) => left.gTaken[p] === 0) };
}
