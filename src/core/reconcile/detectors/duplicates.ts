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

function confirmedRow(ctx: Ctx, side: SideCtx, i: number): boolean {
  const k = side.matchOf[i] as number;
  return k !== -1 && ctx.drafts.status[k] === 0;
}

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
  flagged: Uint8Array,
): Finding[] {
  cluster.sort((a, b) => byKey(side, a, b));
  const confirmed = cluster.filter((i) => confirmedRow(ctx, side, i));
  const anchor = (confirmed[0] ?? cluster[0]) as number;
  const out: Finding[] = [];
  for (const i of cluster) {
    if (i === anchor || confirmedRow(ctx, side, i) || flagged[i]) continue;
    flagged[i] = 1;
    out.push(finding(ctx, sideName, side, anchor, i));
  }
  return out;
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Rows sharing a source id and an amount. Hashes are sorted first so that only the few rows whose hash
 * repeats are grouped by their text: a Map of a million id strings would cost several times more.
 */
function sameIdClusters(side: SideCtx): number[][] {
  const keyOf = new Float64Array(side.n);
  let withId = 0;
  for (let i = 0; i < side.n; i++) {
    const id = side.rec.id[i] as string;
    keyOf[i] = id === "" ? -1 : hash32(id) * 2097152 + ((side.group[i] as number) & 2097151);
    if (id !== "") withId++;
  }
  if (withId < 2) return [];
  const sorted = keyOf.slice().sort();
  const repeated = new Set<number>();
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k] === sorted[k - 1] && sorted[k] !== -1) repeated.add(sorted[k] as number);
  const byId = new Map<string, number[]>();
  for (let i = 0; i < side.n; i++) {
    if (!repeated.has(keyOf[i] as number)) continue;
    const key = `${side.rec.id[i] as string}\u0001${side.rec.minor[i] as number}`;
    const list = byId.get(key);
    if (list === undefined) byId.set(key, [i]);
    else list.push(i);
  }
  return [...byId.values()].filter((c) => c.length > 1);
}

function lookAlikeText(side: SideCtx, i: number): string {
  return `${normalizeReference(side.rec.reference[i] as string)}\u0001${normalizeParty(side.rec.description[i] as string)}`;
}

/**
 * Rows of positions [a, b) with the same normalised reference and description. Rows are sorted by a
 * hash of both (reference fingerprint and description hash) and only rows sharing a hash are compared
 * by their texts: normalised strings for every row of a recurring amount would cost more than all the
 * other detectors.
 */
function lookAlikes(side: SideCtx, a: number, b: number): number[][] {
  const items = side.byGroup.items;
  const hash = new Float64Array(b - a);
  for (let k = a; k < b; k++) {
    const i = items[k] as number;
    hash[k - a] = normalizedTextHash(
      side.rec.description[i] as string,
      side.ref1[k] as number,
      side.ref2[k] as number,
    );
  }
  const order = Array.from({ length: b - a }, (_, k) => k).sort(
    (x, y) => (hash[x] as number) - (hash[y] as number) || x - y,
  );
  const clusters: number[][] = [];
  let s = 0;
  while (s < order.length) {
    let e = s + 1;
    while (e < order.length && hash[order[e] as number] === hash[order[s] as number]) e++;
    if (e - s >= 2) {
      const byText = new Map<string, number[]>();
      for (let t = s; t < e; t++) {
        const i = items[a + (order[t] as number)] as number;
        const text = lookAlikeText(side, i);
        const list = byText.get(text);
        if (list === undefined) byText.set(text, [i]);
        else list.push(i);
      }
      for (const cluster of byText.values()) if (cluster.length > 1) clusters.push(cluster);
    }
    s = e;
  }
  return clusters;
}

function duplicatesOn(ctx: Ctx, sideName: Side): Finding[] {
  const side = sideName === "left" ? ctx.left : ctx.right;
  const out: Finding[] = [];
  const flagged = new Uint8Array(side.n);
  // Positions run by amount group, then day: look-alikes sit in one run of equal group and day.
  let a = 0;
  while (a < side.n) {
    const g = side.gGroup[a];
    const day = side.gDay[a];
    let b = a + 1;
    while (b < side.n && side.gGroup[b] === g && side.gDay[b] === day) b++;
    if (b - a >= 2)
      for (const cluster of lookAlikes(side, a, b))
        out.push(...reportCluster(ctx, sideName, side, cluster, flagged));
    a = b;
  }
  for (const cluster of sameIdClusters(side))
    out.push(...reportCluster(ctx, sideName, side, cluster, flagged));
  return out;
}

export function findDuplicates(ctx: Ctx): Finding[] {
  return [...duplicatesOn(ctx, "left"), ...duplicatesOn(ctx, "right")];
}
