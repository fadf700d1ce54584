/**
 * Duplicates on one side: rows with the same amount, date, reference and description (or the same
 * source id and amount), where at least one of them is not confirmed against its own counterpart. Two
 * confirmed rows are two real payments that happen to look alike, so they are left alone.
 */
import { makeIssue } from "../../issues";
import type { Ctx, SideCtx } from "../context";
import { normalizedTextHash } from "../fingerprint";
import { normalizeParty, normalizeReference } from "../normalize";
import type { Finding, Side } from "../types";
import { locationOf, money, rowLabel } from "./where";

function byKey(side: SideCtx, a: number, b: number): number {
  const ka = side.rec.keys[a] as string;
  const kb = side.rec.keys[b] as string;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function finding(ctx: Ctx, sideName: Side, side: SideCtx, first: number, dup: number): Finding {
  const cur = ctx.currencies[side.cur[dup] as number] ?? "";
  const amount = side.rec.minor[dup] as number;
  const issue = makeIssue("recon_duplicate", locationOf(side.rec, dup), {
    amount: money(amount, cur),
    otherAt: rowLabel(side.rec, first),
  });
  // The row it duplicates first, then the duplicate: an order of meaning, not of row indices.
  const rows = [first, dup];
  return {
    kind: "duplicate",
    left: sideName === "left" ? rows : [],
    right: sideName === "right" ? rows : [],
    amount,
    currency: cur,
    issue,
  };
}

/**
 * Reports the look-alikes of one cluster: sorted by row key, every row that is not confirmed is a
 * duplicate of the first row, except the first itself when nothing in the cluster is confirmed.
 */
function reportCluster(
  ctx: Ctx,
  sideName: Side,
  side: SideCtx,
  cluster: number[],
  confirmedAt: Uint8Array,
  flagged: Uint8Array,
): Finding[] {
  const confirmedRow = (i: number): boolean => confirmedAt[side.posOf[i] as number] === 1;
  cluster.sort((a, b) => byKey(side, a, b));
  const confirmed = cluster.filter(confirmedRow);
  const anchor = (confirmed[0] ?? cluster[0]) as number;
  const out: Finding[] = [];
  for (const i of cluster) {
    if (i === anchor || confirmedRow(i) || flagged[i]) continue;
    flagged[i] = 1;
    out.push(finding(ctx, sideName, side, anchor, i));
  }
  return out;
}

/** Groups of at most this many rows on a side are searched by comparing ids, larger ones through a Map. */
const SMALL_GROUP = 16;

/**
 * Rows sharing a source id and an amount, one of them not confirmed. Only amount groups with two or more
 * rows on this side, one of them not confirmed, are read, and in each only the ids of its unconfirmed
 * rows are looked for: a cluster is every row of the group carrying such an id. Clusters come in the
 * order their id first appears on an unconfirmed row, rows in layout order.
 */
export function sameIdClusters(
  side: Pick<SideCtx, "byGroup" | "rec">,
  confirmedAt: Uint8Array,
  smallGroup = SMALL_GROUP,
): number[][] {
  const { start, items } = side.byGroup;
  const ids = side.rec.id;
  const clusters: number[][] = [];
  for (let g = 0; g + 1 < start.length; g++) {
    const a = start[g] as number;
    const b = start[g + 1] as number;
    if (b - a < 2 || !hasUnconfirmed(confirmedAt, a, b)) continue;
    if (b - a <= smallGroup) smallGroupClusters(ids, items, confirmedAt, a, b, clusters);
    else largeGroupClusters(ids, items, confirmedAt, a, b, clusters);
  }
  return clusters;
}

/** sameIdClusters for positions [a, b) of a small group: ids compared pairwise, nothing allocated per group. */
function smallGroupClusters(
  ids: readonly string[],
  items: Int32Array,
  confirmedAt: Uint8Array,
  a: number,
  b: number,
  clusters: number[][],
): void {
  for (let k = a; k < b; k++) {
    const id = ids[items[k] as number] as string;
    if (confirmedAt[k] !== 0 || id === "") continue;
    // Only the first unconfirmed row carrying an id starts its cluster.
    let first = true;
    for (let t = a; t < k && first; t++) first = confirmedAt[t] !== 0 || ids[items[t] as number] !== id;
    if (!first) continue;
    let rows: number[] | null = null;
    for (let t = a; t < b; t++) {
      const i = items[t] as number;
      if (ids[i] !== id) continue;
      (rows ??= []).push(i);
    }
    if (rows !== null && rows.length > 1) clusters.push(rows);
  }
}

function largeGroupClusters(
  ids: readonly string[],
  items: Int32Array,
  confirmedAt: Uint8Array,
  a: number,
  b: number,
  clusters: number[][],
): void {
  const wanted = new Map<string, number[]>();
  for (let k = a; k < b; k++) {
    const id = ids[items[k] as number] as string;
    if (confirmedAt[k] === 0 && id !== "") wanted.set(id, []);
  }
  if (wanted.size === 0) return;
  for (let k = a; k < b; k++) {
    const i = items[k] as number;
    wanted.get(ids[i] as string)?.push(i);
  }
  for (const rows of wanted.values()) if (rows.length > 1) clusters.push(rows);
}

function lookAlikeText(side: SideCtx, i: number): string {
  return `${normalizeReference(side.rec.reference[i] as string)}\u0001${normalizeParty(side.rec.description[i] as string)}`;
}

/**
 * Rows of positions [a, b) with the same normalised reference and description. Rows are grouped by
 * reference fingerprint, then by a hash of the description, and only rows sharing both are compared by
 * their texts: normalised strings for every row of a recurring amount would cost more than all the
 * other detectors.
 */
function lookAlikes(side: SideCtx, a: number, b: number): number[][] {
  const items = side.byGroup.items;
  const clusters: number[][] = [];
  // Reference fingerprints first (no text read); descriptions only for rows whose references agree.
  const byRef = new Float64Array(b - a);
  for (let k = a; k < b; k++)
    byRef[k - a] = (side.ref1[k] as number) * 2097152 + ((side.ref2[k] as number) >>> 11);
  for (const sameRef of equalRuns(
    byRef,
    Array.from({ length: b - a }, (_, k) => a + k),
  )) {
    const byText = new Float64Array(sameRef.length);
    sameRef.forEach((k, t) => {
      byText[t] = normalizedTextHash(
        side.rec.description[items[k] as number] as string,
        side.ref1[k] as number,
        side.ref2[k] as number,
      );
    });
    for (const sameHash of equalRuns(byText, sameRef)) {
      const texts = new Map<string, number[]>();
      for (const k of sameHash) {
        const i = items[k] as number;
        const text = lookAlikeText(side, i);
        const list = texts.get(text);
        if (list === undefined) texts.set(text, [i]);
        else list.push(i);
      }
      for (const cluster of texts.values()) if (cluster.length > 1) clusters.push(cluster);
    }
  }
  return clusters;
}

/** The runs of two or more values (of `values`, ordered by `keys[t]`) whose keys are equal. */
function equalRuns(keys: Float64Array, values: readonly number[]): number[][] {
  const order = Array.from({ length: values.length }, (_, t) => t).sort(
    (x, y) => (keys[x] as number) - (keys[y] as number) || x - y,
  );
  const runs: number[][] = [];
  let s = 0;
  while (s < order.length) {
    let e = s + 1;
    while (e < order.length && keys[order[e] as number] === keys[order[s] as number]) e++;
    if (e - s >= 2) runs.push(order.slice(s, e).map((t) => values[t] as number));
    s = e;
  }
  return runs;
}

/**
 * By position, 1 when the row is confirmed. A run of rows all confirmed reports nothing (a duplicate is
 * a row not confirmed), so its texts are never read: most runs of a reconciled table are of this kind.
 */
function confirmedPositions(ctx: Ctx, side: SideCtx): Uint8Array {
  const out = side.arena.own.u8(side.n);
  const status = ctx.drafts.status;
  for (let i = 0; i < side.n; i++) {
    const k = side.matchOf[i] as number;
    if (k !== -1 && status[k] === 0) out[side.posOf[i] as number] = 1;
  }
  return out;
}

function hasUnconfirmed(confirmedAt: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (confirmedAt[k] === 0) return true;
  return false;
}

function duplicatesOn(ctx: Ctx, sideName: Side): Finding[] {
  const side = sideName === "left" ? ctx.left : ctx.right;
  const out: Finding[] = [];
  const flagged = side.arena.own.u8(side.n);
  const confirmedAt = confirmedPositions(ctx, side);
  // Positions run by amount group, then day: look-alikes sit in one run of equal group and day.
  let a = 0;
  while (a < side.n) {
    const g = side.gGroup[a];
    const day = side.gDay[a];
    let b = a + 1;
    while (b < side.n && side.gGroup[b] === g && side.gDay[b] === day) b++;
    if (b - a >= 2 && hasUnconfirmed(confirmedAt, a, b))
      for (const cluster of lookAlikes(side, a, b))
        out.push(...reportCluster(ctx, sideName, side, cluster, confirmedAt, flagged));
    a = b;
  }
  for (const cluster of sameIdClusters(side, confirmedAt))
    out.push(...reportCluster(ctx, sideName, side, cluster, confirmedAt, flagged));
  return out;
}

export function findDuplicates(ctx: Ctx): Finding[] {
  return [...duplicatesOn(ctx, "left"), ...duplicatesOn(ctx, "right")];
}
