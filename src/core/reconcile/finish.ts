/**
 * Turns the drafts of a run into its result: match ids and reasons, matches in date order, per-row match
 * indices, open rows, adjustments, statements, findings and the summary. Sorting uses counting sorts by
 * day and numeric hashes, so a million matches do not pay for string comparisons.
 */
import type { Issue } from "../issues";
import { proposeAdjustments } from "./adjustments";
import type { Ctx, SideCtx } from "./context";
import { unusedAcceptedIssue } from "./decisions";
import { explainDifferences } from "./detectors/explain";
import type { SlipWindow } from "./detectors/slips";
import type { CompiledRule } from "./evaluate";
import { clashSuffixes, formatMatchId, groupSignature } from "./matchId";
import { MatchTable } from "./matchTable";
import { orderByDayThenHash, orderByHash } from "./orderMatches";
import { PairFacts } from "./reasonFacts";
import { adviseStatements } from "./advice";
import { oppositeSigns } from "./signConvention";
import { placeBalances, type Balances } from "./balancePlaces";
import { buildStatements, type StatementWording } from "./statement";
import { summarize } from "./summary";
import type { Match, ReconcileResult } from "./types";
import type { UnreadRows } from "./unreadRows";

export interface FinishOptions {
  readonly rules: readonly CompiledRule[];
  readonly balances?: Balances;
  /** The statement side's period end beyond its booked rows (StatementInput.statementEnd). */
  readonly statementEnd?: number;
  readonly wording: StatementWording;
  /** Rows of each side that could not be read: named first when a statement does not close. */
  readonly unread?: { readonly left?: UnreadRows; readonly right?: UnreadRows };
  readonly detectors: boolean;
  readonly detectorWindow: SlipWindow;
  readonly issues: readonly Issue[];
  /** Accepted ids no rule suggested in this run: reported unless the run has their match anyway. */
  readonly unusedAccepted: readonly string[];
}

function openRows(side: SideCtx): number[] {
  const keys = side.rec.keys;
  const open: number[] = [];
  for (let k = 0; k < side.n; k++) {
    const i = side.byDay[k] as number;
    if (side.matchOf[i] === -1) open.push(i);
  }
  // byDay is in day order; rows of one day are put in key order.
  let a = 0;
  while (a < open.length) {
    const day = side.rec.day[open[a] as number];
    let b = a + 1;
    while (b < open.length && side.rec.day[open[b] as number] === day) b++;
    if (b - a > 1) {
      const run = open.slice(a, b).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
      for (let k = a; k < b; k++) open[k] = run[k - a] as number;
    }
    a = b;
  }
  return open;
}

function keysOf(ctx: Ctx, k: number): { left: string[]; right: string[] } {
  const d = ctx.drafts;
  return {
    left: d.leftOf(k).map((i) => ctx.left.rec.keys[i] as string),
    right: d.rightOf(k).map((j) => ctx.right.rec.keys[j] as string),
  };
}

function buildMatches(ctx: Ctx, opts: FinishOptions) {
  const d = ctx.drafts;
  const n = d.count;
  const hashes = d.hash.subarray(0, n);
  const differences = d.difference.subarray(0, n);
  const currency = d.currency.subarray(0, n);
  // One hash order serves both the clash check and the order of matches.
  const byHash = orderByHash(hashes, ctx.left.arena.own);
  const suffixes = clashSuffixes(
    hashes,
    (k) => {
      const keys = keysOf(ctx, k);
      return groupSignature(keys.left, keys.right);
    },
    byHash,
  );
  const idOf = (k: number): string => formatMatchId(hashes[k] as number) + (suffixes?.get(k) ?? "");
  const order = orderByDayThenHash(d.day.subarray(0, n), hashes, idOf, byHash, ctx.left.arena.own);
  const rows = new MatchTable({
    drafts: d,
    order,
    hashes,
    differences,
    currency,
    suffixes,
    currencies: ctx.currencies,
    rules: opts.rules,
    facts: new PairFacts(ctx.left.rec, ctx.right.rec, ctx.partyNames),
  });
  const leftMatch = new Int32Array(ctx.left.n).fill(-1);
  const rightMatch = new Int32Array(ctx.right.n).fill(-1);
  for (let pos = 0; pos < order.length; pos++) {
    const k = order[pos] as number;
    const i1 = d.one.left[k] as number;
    if (i1 >= 0) {
      leftMatch[i1] = pos;
      rightMatch[d.one.right[k] as number] = pos;
      continue;
    }
    for (let a = 0, n = d.leftCount(k); a < n; a++) leftMatch[d.leftAt(k, a)] = pos;
    for (let b = 0, n = d.rightCount(k); b < n; b++) rightMatch[d.rightAt(k, b)] = pos;
  }
  const matches = rows.views();
  // Adjustments and detectors only look at matches whose sides differ: a few percent of them.
  const differing: Match[] = [];
  for (let pos = 0; pos < order.length; pos++)
    if (differences[order[pos] as number] !== 0) differing.push(matches[pos] as Match);
  return { rows, matches, differing, leftMatch, rightMatch };
}

export function finish(ctx: Ctx, opts: FinishOptions): ReconcileResult {
  const { rows, matches, differing, leftMatch, rightMatch } = buildMatches(ctx, opts);
  const unmatched = { left: openRows(ctx.left), right: openRows(ctx.right) };
  const signs = oppositeSigns(ctx);
  const signsOpposite = signs !== null;
  const places = placeBalances(opts.balances, ctx.left.cur, ctx.right.cur, ctx.currencies);
  const statements = buildStatements({
    left: ctx.left.rec,
    right: ctx.right.rec,
    leftCur: ctx.left.cur,
    rightCur: ctx.right.cur,
    currencies: ctx.currencies,
    matches: rows,
    pointsBack: rows.pointsBack(leftMatch, rightMatch),
    leftMatch,
    rightMatch,
    unmatched,
    scratch: ctx.left.arena.own,
    wording: opts.wording,
    signsOpposite,
    places,
    ...(opts.balances === undefined ? {} : { balances: opts.balances }),
    ...(opts.statementEnd === undefined ? {} : { statementEnd: opts.statementEnd }),
  });
  const adjustments = proposeAdjustments(
    differing,
    { left: ctx.left.cur, right: ctx.right.cur },
    { left: ctx.left.rec.minor, right: ctx.right.rec.minor },
  );
  const findings = opts.detectors ? explainDifferences(ctx, differing, statements, opts.detectorWindow) : [];
  const issues: Issue[] = [...opts.issues];
  if (opts.unusedAccepted.length > 0) {
    const present = new Set(matches.map((m) => m.id));
    const stale = opts.unusedAccepted.filter((id) => !present.has(id));
    if (stale.length > 0)
      issues.push(unusedAcceptedIssue({ sheet: ctx.right.rec.sheet, table: ctx.right.rec.table }, stale));
  }
  // With one side's signs running the other way, its run-level warning says what each pair's sign slip
  // would: the findings stay on their rows, their warnings are not repeated pair by pair.
  for (const f of findings) if (!(signsOpposite && f.kind === "sign_flip")) issues.push(f.issue);
  const advised = adviseStatements({
    left: ctx.left.rec,
    right: ctx.right.rec,
    statements,
    defaultCurrency: ctx.currencies[0] ?? "",
    signs,
    places,
    ...(opts.balances === undefined ? {} : { balances: opts.balances }),
    ...(opts.unread === undefined ? {} : { unread: opts.unread }),
  });
  issues.push(...advised.issues);
  const summary = summarize({
    ctx,
    matches: rows,
    leftMatch,
    rightMatch,
    unmatched,
    statements: advised.statements,
  });
  return {
    left: ctx.left.rec,
    right: ctx.right.rec,
    matches,
    leftMatch,
    rightMatch,
    unmatched,
    adjustments,
    findings,
    statements: advised.statements,
    summary,
    issues,
  };
}
