/**
 * Grades a reconciliation result against a generator's answer key: precision of confirmed matches,
 * recall per class (confirmed, and confirmed or suggested), ambiguous rows confirmed (must be 0), open
 * rows left open, and how many slips and duplicate imports the detectors pointed at.
 */
import type { FindingKind, Match, ReconcileResult } from "../types";
import { TRUTH_KINDS, type Truth, type TruthKind } from "./truth";

export interface ClassGrade {
  readonly total: number;
  /** Found exactly (same rows on both sides) and confirmed. */
  readonly confirmed: number;
  /** Found exactly and suggested. */
  readonly suggested: number;
  /** For slips: a finding of the same kind links exactly these rows. */
  readonly flagged: number;
}

export interface Grade {
  readonly confirmed: {
    readonly total: number;
    readonly correct: number;
    readonly precision: number;
    /** Wrong confirmations by the rule that made them (where precision is lost). */
    readonly wrongByRule: Readonly<Record<string, number>>;
  };
  readonly suggested: { readonly total: number; readonly correct: number };
  readonly classes: Readonly<Record<TruthKind, ClassGrade>>;
  /** Confirmed matches that touch a row of an ambiguous twin or a duplicated pair. */
  readonly ambiguousConfirmed: number;
  readonly leftOnly: { readonly total: number; readonly leftOpen: number };
  readonly rightOnly: { readonly total: number; readonly leftOpen: number };
  readonly duplicates: { readonly total: number; readonly flagged: number };
}

function keyOf(left: readonly number[], right: readonly number[]): string {
  return `${[...left].sort((a, b) => a - b).join(",")}|${[...right].sort((a, b) => a - b).join(",")}`;
}

const SLIP_KINDS: ReadonlySet<TruthKind> = new Set([
  "transposed_digits",
  "sign_flip",
  "decimal_shift",
  "day_month_swap",
]);
const AMBIGUOUS_KINDS: ReadonlySet<TruthKind> = new Set(["ambiguous", "duplicated_pair"]);

export function gradeResult(result: ReconcileResult, truth: Truth): Grade {
  const kindOf = new Map<string, TruthKind>();
  for (const g of truth.groups) kindOf.set(keyOf(g.left, g.right), g.kind);
  const ambiguousLeft = new Set<number>();
  const ambiguousRight = new Set<number>();
  for (const g of truth.groups) {
    if (!AMBIGUOUS_KINDS.has(g.kind)) continue;
    g.left.forEach((i) => ambiguousLeft.add(i));
    g.right.forEach((j) => ambiguousRight.add(j));
  }
  for (const d of truth.duplicates) ambiguousRight.add(d.copy);

  const found = new Map<string, Match["status"]>();
  let confirmedTotal = 0;
  let confirmedCorrect = 0;
  let suggestedTotal = 0;
  let suggestedCorrect = 0;
  let ambiguousConfirmed = 0;
  const wrongByRule: Record<string, number> = {};
  for (const m of result.matches) {
    const key = keyOf(m.left, m.right);
    found.set(key, m.status);
    const correct = kindOf.has(key);
    if (m.status === "confirmed") {
      confirmedTotal++;
      if (correct) confirmedCorrect++;
      else wrongByRule[m.rule] = (wrongByRule[m.rule] ?? 0) + 1;
      if (m.left.some((i) => ambiguousLeft.has(i)) || m.right.some((j) => ambiguousRight.has(j)))
        ambiguousConfirmed++;
    } else {
      suggestedTotal++;
      if (correct) suggestedCorrect++;
    }
  }

  const flaggedPairs = new Set<string>();
  const flaggedCopies = new Set<number>();
  for (const f of result.findings) {
    if (f.kind === "duplicate") f.right.forEach((j) => flaggedCopies.add(j));
    else flaggedPairs.add(`${f.kind as FindingKind}:${keyOf(f.left, f.right)}`);
  }

  const classes = {} as Record<TruthKind, ClassGrade>;
  for (const kind of TRUTH_KINDS) classes[kind] = { total: 0, confirmed: 0, suggested: 0, flagged: 0 };
  for (const g of truth.groups) {
    const c = classes[g.kind];
    const key = keyOf(g.left, g.right);
    const status = found.get(key);
    classes[g.kind] = {
      total: c.total + 1,
      confirmed: c.confirmed + (status === "confirmed" ? 1 : 0),
      suggested: c.suggested + (status === "suggested" ? 1 : 0),
      flagged: c.flagged + (SLIP_KINDS.has(g.kind) && flaggedPairs.has(`${g.kind}:${key}`) ? 1 : 0),
    };
  }
  const open = (rows: readonly number[], match: Int32Array): number =>
    rows.filter((r) => match[r] === -1).length;
  return {
    confirmed: {
      total: confirmedTotal,
      correct: confirmedCorrect,
      precision: confirmedTotal === 0 ? 1 : confirmedCorrect / confirmedTotal,
      wrongByRule,
    },
    suggested: { total: suggestedTotal, correct: suggestedCorrect },
    classes,
    ambiguousConfirmed,
    leftOnly: { total: truth.leftOnly.length, leftOpen: open(truth.leftOnly, result.leftMatch) },
    rightOnly: { total: truth.rightOnly.length, leftOpen: open(truth.rightOnly, result.rightMatch) },
    duplicates: {
      total: truth.duplicates.length,
      flagged: truth.duplicates.filter((d) => flaggedCopies.has(d.copy)).length,
    },
  };
}
