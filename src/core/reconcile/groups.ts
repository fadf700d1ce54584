/**
 * many:1 and 1:many matching: one open row equal to the sum of 2..k open rows on the other side within
 * the date window (a deposit covering three invoices, an invoice paid in instalments). Candidates come
 * from blocking keys (reference, party, distinctive description words) of the open rows, so the search
 * stays bounded at a million rows; the subset search itself is capped (subsetSearch.ts).
 */

import { evidenceKeys, indexOpenRows, MAX_KEYS, type KeyLists } from "./blockingKeys";
import { firstDayAtLeast } from "./candidates";
import { addDraft, warmTexts, type Ctx, type SideCtx } from "./context";
import { allowanceBound, evaluatePair, withinTolerance, type CompiledRule } from "./evaluate";
import { findSubsets } from "./subsetSearch";

const YIELD_EVERY = 2048;
const MAX_SOLUTIONS = 8;
const MAX_NODES = 20000;

/** The best group found for one row of the "one" side. */
export interface Found {
  readonly x: number;
  readonly members: readonly number[];
  readonly score: number;
  /** Score of the runner-up group, -1 when there is none. */
  readonly second: number;
  readonly count: number;
  readonly truncated: boolean;
}

interface Direction {
  /** The side holding the single row. */
  readonly one: SideCtx;
  readonly many: SideCtx;
  readonly oneIsLeft: boolean;
}

function directionOf(ctx: Ctx, cr: CompiledRule): Direction {
  return cr.rule.cardinality === "1:many"
    ? { one: ctx.left, many: ctx.right, oneIsLeft: true }
    : { one: ctx.right, many: ctx.left, oneIsLeft: false };
}

/** A rule with no evidence criteria groups by date alone: one key for every row. */
const EVERY_ROW = -1;

/** The keys a row is filed under for a group rule, written into `out`; returns how many. */
function blockingKeys(ctx: Ctx, cr: CompiledRule, side: SideCtx, i: number, out: Int32Array): number {
  if (cr.refMode !== 2 && cr.partyMode !== 2 && cr.text < 0) {
    out[0] = EVERY_ROW;
    return 1;
  }
  return evidenceKeys(ctx, cr, side, i, true, out);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The blocking index of a rule's "many" side, built once per phase over the rows open at its start. */
interface GroupSearch {
  readonly dir: Direction;
  readonly index: KeyLists;
  readonly stamp: Int32Array;
  searched: number;
  /** Reused per searched row: candidates, their scores, the row's keys. */
  readonly cand: Int32Array;
  readonly score: Float64Array;
  readonly keys: Int32Array;
}

function prepareSearch(ctx: Ctx, cr: CompiledRule): GroupSearch {
  if (cr.text >= 0) warmTexts(ctx);
  const dir = directionOf(ctx, cr);
  const { many } = dir;
  const index = indexOpenRows(many, (i, out) =>
    many.rec.minor[i] === 0 ? 0 : blockingKeys(ctx, cr, many, i, out),
  );
  // Visit stamps only grow within a run, so one array per side serves every group phase.
  many.stamp ??= many.arena.own.i32(many.n).fill(-1);
  const cap = cr.rule.maxCandidates * 4 * MAX_KEYS;
  return {
    dir,
    index,
    stamp: many.stamp,
    searched: ctx.visits,
    cand: new Int32Array(cap),
    score: new Float64Array(cap),
    keys: new Int32Array(MAX_KEYS),
  };
}

/** Searches the best group for the given rows of the "one" side (default: all of them), skipping taken rows. */
export function* findGroups(
  ctx: Ctx,
  cr: CompiledRule,
  search: GroupSearch = prepareSearch(ctx, cr),
  rows: readonly number[] | null = null,
): Generator<number, Found[], void> {
  const { one } = search.dir;
  const found: Found[] = [];
  const total = rows === null ? one.n : rows.length;
  for (let r = 0; r < total; r++) {
    if ((r & (YIELD_EVERY - 1)) === YIELD_EVERY - 1) yield YIELD_EVERY;
    const x = rows === null ? r : (rows[r] as number);
    if (one.matchOf[x] !== -1) continue;
    const f = bestGroup(ctx, cr, search, x);
    if (f !== null) found.push(f);
  }
  return found;
}

/**
 * The best group for open row x of the "one" side, or null. A plain function, not part of the generator
 * above: a generator's frame keeps its numbers boxed, and this runs for every open row.
 */
function bestGroup(ctx: Ctx, cr: CompiledRule, search: GroupSearch, x: number): Found | null {
  const { one, many, oneIsLeft } = search.dir;
  const { index, stamp } = search;
  const scanCap = cr.rule.maxCandidates * 4;
  const visit = search.searched++;
  ctx.visits = search.searched;
  const mx = one.rec.minor[x] as number;
  if (mx === 0) return null;
  const cur = one.cur[x] as number;
  const dx = one.rec.day[x] as number;
  // right.day − left.day ∈ [−before, after], read from the side of x.
  const lo = oneIsLeft ? dx - cr.before : dx - cr.after;
  const hi = oneIsLeft ? dx + cr.after : dx + cr.before;
  const slack = cr.amount === "tolerance" ? allowanceBound(cr, ctx, cur, mx) : 0;
  // Most rows have no candidate at all: the lists are reused, not allocated per row.
  const { cand, score, keys } = search;
  let gathered = 0;
  const keyCount = blockingKeys(ctx, cr, one, x, keys);
  for (let kk = 0; kk < keyCount; kk++) {
    const list = index.find(keys[kk] as number);
    if (list < 0) continue;
    const end = index.start[list + 1] as number;
    const rows = index.rows;
    const days = index.days;
    // The list's first entry on or after day lo: a binary search of the list's own days.
    let k = firstDayAtLeast(days, index.start[list] as number, end, lo);
    for (let seen = 0; k < end && seen < scanCap; k++, seen++) {
      if ((days[k] as number) > hi) break;
      const j = rows[k] as number;
      if (stamp[j] === visit || many.matchOf[j] !== -1) continue;
      stamp[j] = visit;
      const mj = many.rec.minor[j] as number;
      if (mj > 0 !== mx > 0 || Math.abs(mj) >= Math.abs(mx) + slack) continue;
      const s = oneIsLeft ? evaluatePair(ctx, cr, x, j, true) : evaluatePair(ctx, cr, j, x, true);
      if (s < 0 || gathered === cand.length) continue;
      cand[gathered] = j;
      score[gathered++] = s;
    }
  }
  if (gathered < 2) return null;
  const keep = rankCandidates(many, cand, score, gathered, dx).slice(0, cr.rule.maxCandidates);
  const picked = keep.map((k) => cand[k] as number);
  const sizes = picked.map((j) => Math.abs(many.rec.minor[j] as number));
  const answer = findSubsets({
    sizes,
    target: Math.abs(mx),
    below: slack,
    above: slack,
    minSize: 2,
    maxSize: cr.rule.maxGroupSize,
    maxSolutions: MAX_SOLUTIONS,
    maxNodes: MAX_NODES,
  });
  let best: number[] | null = null;
  let bestScore = -1;
  let second = -1;
  let count = 0;
  for (const sol of answer.solutions) {
    const members = sol.map((p) => picked[p] as number);
    const sum = members.reduce((t, j) => t + (many.rec.minor[j] as number), 0);
    const leftAmount = oneIsLeft ? mx : sum;
    const diff = oneIsLeft ? sum - mx : mx - sum;
    if (cr.amount === "exact" ? diff !== 0 : !withinTolerance(cr, ctx, cur, leftAmount, diff)) continue;
    count++;
    const s = sol.reduce((t, p) => t + (score[keep[p] as number] as number), 0) / sol.length;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = members;
    } else if (s === bestScore) {
      second = s;
      if (best !== null && compareGroups(many, members, best) < 0) best = members;
    } else if (s > second) second = s;
  }
  if (best === null) return null;
  return {
    x,
    members: best.sort((a, b) => a - b),
    score: bestScore,
    second,
    count,
    truncated: answer.truncated,
  };
}

/**
 * Candidates 0..count-1 best first: higher score, then nearer day, then row key. Most rows have a few
 * candidates, sorted by insertion; many fall back to the array sort.
 */
function rankCandidates(
  many: SideCtx,
  cand: Int32Array,
  score: Float64Array,
  count: number,
  dx: number,
): number[] {
  const day = many.rec.day;
  const keys = many.rec.keys;
  const before = (a: number, b: number): number =>
    (score[b] as number) - (score[a] as number) ||
    Math.abs((day[cand[a] as number] as number) - dx) - Math.abs((day[cand[b] as number] as number) - dx) ||
    byCodeUnits(keys[cand[a] as number] as string, keys[cand[b] as number] as string);
  const order: number[] = [];
  for (let k = 0; k < count; k++) order.push(k);
  if (count > 16) return order.sort(before);
  for (let k = 1; k < count; k++) {
    let t = k - 1;
    while (t >= 0 && before(order[t] as number, k) > 0) {
      order[t + 1] = order[t] as number;
      t--;
    }
    order[t + 1] = k;
  }
  return order;
}

function compareGroups(side: SideCtx, a: readonly number[], b: readonly number[]): number {
  const ka = a.map((j) => side.rec.keys[j] as string).sort(byCodeUnits);
  const kb = b.map((j) => side.rec.keys[j] as string).sort(byCodeUnits);
  for (let k = 0; k < Math.min(ka.length, kb.length); k++) {
    const c = byCodeUnits(ka[k] as string, kb[k] as string);
    if (c !== 0) return c;
  }
  return ka.length - kb.length;
}

function draftOf(
  cr: CompiledRule,
  oneIsLeft: boolean,
  f: Found,
  status: "confirmed" | "suggested",
  user: boolean,
) {
  return {
    status,
    ruleIndex: cr.index,
    cardinality: cr.rule.cardinality,
    left: oneIsLeft ? [f.x] : f.members,
    right: oneIsLeft ? f.members : [f.x],
    score: f.score,
    ambiguous: status === "suggested" && !isUnique(cr, f),
    alternatives: Math.max(0, f.count - 1),
    decidedBy: user ? ("user" as const) : ("rule" as const),
  };
}

function isUnique(cr: CompiledRule, f: Found): boolean {
  return !f.truncated && (f.count === 1 || f.score - f.second > cr.rule.tieMargin);
}

/**
 * Confirms unique groups whose rows no other unique group claims; repeated while that frees rows.
 */
export function* confirmGroups(ctx: Ctx, cr: CompiledRule): Generator<number, void, void> {
  const search = prepareSearch(ctx, cr);
  const { oneIsLeft } = search.dir;
  // Rows only ever leave the candidate lists, so a row without a group now never gets one later.
  let rows: number[] | null = null;
  for (let round = 0; round < 3; round++) {
    const found: Found[] = yield* findGroups(ctx, cr, search, rows);
    const claims = new Map<number, number>();
    const unique = found.filter((f) => isUnique(cr, f));
    for (const f of unique) for (const j of f.members) claims.set(j, (claims.get(j) ?? 0) + 1);
    let made = 0;
    for (const f of unique) {
      if (f.members.some((j) => claims.get(j) !== 1)) continue;
      addDraft(ctx, draftOf(cr, oneIsLeft, f, "confirmed", false));
      made++;
    }
    if (made === 0) break;
    rows = found.map((f) => f.x);
  }
}

/** Suggests the best remaining groups, best score first (ties by row key), each row once. */
export function* suggestGroups(
  ctx: Ctx,
  cr: CompiledRule,
  confirm: (left: readonly number[], right: readonly number[]) => boolean,
): Generator<number, void, void> {
  const search = prepareSearch(ctx, cr);
  const { one, many, oneIsLeft } = search.dir;
  const found: Found[] = yield* findGroups(ctx, cr, search);
  found.sort(
    (a, b) => b.score - a.score || byCodeUnits(one.rec.keys[a.x] as string, one.rec.keys[b.x] as string),
  );
  for (const f of found) {
    if (one.matchOf[f.x] !== -1 || f.members.some((j) => many.matchOf[j] !== -1)) continue;
    const left = oneIsLeft ? [f.x] : f.members;
    const right = oneIsLeft ? f.members : [f.x];
    const accepted = confirm(left, right);
    addDraft(ctx, draftOf(cr, oneIsLeft, f, accepted ? "confirmed" : "suggested", accepted));
  }
}
