/**
 * many:many for what is left at the end: open rows sharing a party, a reference or a distinctive
 * description word, close in time, whose two sides net to the same sum (a batch of invoices and a credit
 * note against two payments). Only small groups are considered and a group never spans a gap in dates
 * wider than the rule's window, so the work is bounded by the number of open rows.
 */
import { addDraft, type Ctx, type SideCtx } from "./context";
import { withinTolerance, type CompiledRule } from "./evaluate";
import { allKeys, indexOpenRows, keyWeight } from "./blockingKeys";

interface Candidate {
  readonly left: number[];
  readonly right: number[];
  readonly score: number;
  readonly signature: string;
}

function sumOf(side: SideCtx, rows: readonly number[]): number {
  let t = 0;
  for (const i of rows) t += side.rec.minor[i] as number;
  return t;
}

/** Splits a key's rows (both sides, by day) where consecutive dates are further apart than `gap`. */
function clusters(
  ctx: Ctx,
  left: ArrayLike<number>,
  right: ArrayLike<number>,
  gap: number,
): [number[], number[]][] {
  const all = [
    ...Array.from(left, (i) => [ctx.left.rec.day[i] as number, 0, i]),
    ...Array.from(right, (j) => [ctx.right.rec.day[j] as number, 1, j]),
  ];
  all.sort(
    (a, b) =>
      (a[0] as number) - (b[0] as number) ||
      (a[1] as number) - (b[1] as number) ||
      (a[2] as number) - (b[2] as number),
  );
  const out: [number[], number[]][] = [];
  let cur: [number[], number[]] = [[], []];
  let last = Number.NEGATIVE_INFINITY;
  for (const [day, side, row] of all as [number, number, number][]) {
    if (day - last > gap && (cur[0].length > 0 || cur[1].length > 0)) {
      out.push(cur);
      cur = [[], []];
    }
    cur[side]?.push(row);
    last = day;
  }
  out.push(cur);
  return out;
}

function candidates(ctx: Ctx, cr: CompiledRule): Candidate[] {
  const gap = cr.before + cr.after;
  const max = cr.rule.maxGroupSize;
  const leftByKey = indexOpenRows(ctx.left, (i, out) => allKeys(ctx, ctx.left, i, out));
  const rightByKey = indexOpenRows(ctx.right, (i, out) => allKeys(ctx, ctx.right, i, out));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (let g = 0; g < leftByKey.count; g++) {
    const key = leftByKey.keys[g] as number;
    const r = rightByKey.find(key);
    if (r < 0) continue;
    const left = leftByKey.rows.subarray(leftByKey.start[g], leftByKey.start[g + 1]);
    const right = rightByKey.rows.subarray(rightByKey.start[r], rightByKey.start[r + 1]);
    if (left.length + right.length > max * 8) continue;
    for (const [l, r] of clusters(ctx, left, right, gap)) {
      if (l.length === 0 || r.length === 0 || l.length > max || r.length > max || l.length + r.length < 3)
        continue;
      const cur = ctx.left.cur[l[0] as number];
      if (l.some((i) => ctx.left.cur[i] !== cur) || r.some((j) => ctx.right.cur[j] !== cur)) continue;
      const sl = sumOf(ctx.left, l);
      const diff = sumOf(ctx.right, r) - sl;
      if (cr.amount === "tolerance" ? !withinTolerance(cr, ctx, cur as number, sl, diff) : diff !== 0)
        continue;
      if (ctx.rejected !== null && l.some((i) => r.some((j) => ctx.rejected?.has(i * ctx.right.n + j))))
        continue;
      l.sort((a, b) => a - b);
      r.sort((a, b) => a - b);
      const signature = `${l
        .map((i) => ctx.left.rec.keys[i])
        .sort()
        .join("\u0001")}\u0002${r
        .map((j) => ctx.right.rec.keys[j])
        .sort()
        .join("\u0001")}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const days = [
        ...l.map((i) => ctx.left.rec.day[i] as number),
        ...r.map((j) => ctx.right.rec.day[j] as number),
      ];
      const span = Math.max(...days) - Math.min(...days);
      const weight = keyWeight(key);
      out.push({ left: l, right: r, score: weight * (1 - span / (gap + 2)), signature });
    }
  }
  return out;
}

/**
 * Adds many:many groups: confirmed when the rule allows it and no other candidate group shares a row,
 * suggested otherwise; best score first, ties by the rows' keys.
 */
export function* matchManyToMany(
  ctx: Ctx,
  cr: CompiledRule,
  confirm: (left: readonly number[], right: readonly number[]) => boolean,
): Generator<number, void, void> {
  const found = candidates(ctx, cr);
  yield found.length + 1;
  const usesL = new Map<number, number>();
  const usesR = new Map<number, number>();
  for (const c of found) {
    for (const i of c.left) usesL.set(i, (usesL.get(i) ?? 0) + 1);
    for (const j of c.right) usesR.set(j, (usesR.get(j) ?? 0) + 1);
  }
  found.sort(
    (a, b) => b.score - a.score || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0),
  );
  for (const c of found) {
    if (c.left.some((i) => ctx.left.matchOf[i] !== -1) || c.right.some((j) => ctx.right.matchOf[j] !== -1))
      continue;
    const alone = c.left.every((i) => usesL.get(i) === 1) && c.right.every((j) => usesR.get(j) === 1);
    const accepted = confirm(c.left, c.right);
    const confirmed = accepted || (cr.rule.autoConfirm && alone);
    addDraft(ctx, {
      status: confirmed ? "confirmed" : "suggested",
      ruleIndex: cr.index,
      cardinality: "many:many",
      left: c.left,
      right: c.right,
      score: c.score,
      ambiguous: !alone,
      alternatives: alone ? 0 : 1,
      decidedBy: accepted ? "user" : "rule",
    });
  }
}
