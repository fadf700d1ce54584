/**
 * The user's decisions, honoured before any rule: groups matched by hand (or accepted with their rows),
 * pairs the user rejected (never proposed again), and accepted suggestion ids (confirmed when the same
 * rows are suggested again). Decisions refer to row keys, so they survive re-runs; one that no longer
 * fits the data is reported, never forced.
 */
import { z } from "zod";
import { makeIssue, type Issue, type IssueLocation } from "../issues";
import { addDraft, type Ctx } from "./context";
import { ACCEPTED, MANUAL } from "./drafts";
import { matchIdOf } from "./matchId";
import type { Cardinality, RecordSet } from "./types";

const keys = z.array(z.string().min(1)).max(1000);

export const DecisionsSchema = z.strictObject({
  /** Groups the user matched by hand, by row keys: confirmed as they are. */
  groups: z
    .array(z.strictObject({ left: keys.min(1), right: keys.min(1), note: z.string().max(200).optional() }))
    .default([]),
  /**
   * Accepted suggestions: an id alone confirms the same rows when they are suggested again; with its
   * rows, the match is honoured first like a manual group.
   */
  accepted: z
    .array(
      z.union([
        z.string().min(1),
        z.strictObject({ id: z.string().min(1), left: keys.min(1), right: keys.min(1) }),
      ]),
    )
    .default([]),
  /** Pairs the user said do not belong together, by row keys. */
  rejected: z.array(z.strictObject({ left: z.string().min(1), right: z.string().min(1) })).default([]),
});

export type ManualDecisions = z.input<typeof DecisionsSchema>;
type Decisions = z.infer<typeof DecisionsSchema>;

export interface PreparedDecisions {
  readonly rejected: Set<number> | null;
  /** Accepted ids that only confirm a suggestion of the same rows. */
  readonly acceptedIds: ReadonlySet<string>;
  readonly issues: Issue[];
}

/** Row indices of the requested keys; keys not present are missing from the map. */
function lookupKeys(set: RecordSet, wanted: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (wanted.size === 0) return out;
  for (let i = 0; i < set.size; i++) {
    const k = set.keys[i] as string;
    if (wanted.has(k)) out.set(k, i);
  }
  return out;
}

function cardinalityOf(l: number, r: number): Cardinality {
  if (l === 1) return r === 1 ? "1:1" : "1:many";
  return r === 1 ? "many:1" : "many:many";
}

/** Keys of the left and right tables that the decisions mention. */
function wantedKeys(d: Decisions): { left: Set<string>; right: Set<string> } {
  const left = new Set<string>();
  const right = new Set<string>();
  for (const g of d.groups) {
    g.left.forEach((k) => left.add(k));
    g.right.forEach((k) => right.add(k));
  }
  for (const a of d.accepted) {
    if (typeof a === "string") continue;
    a.left.forEach((k) => left.add(k));
    a.right.forEach((k) => right.add(k));
  }
  for (const p of d.rejected) {
    left.add(p.left);
    right.add(p.right);
  }
  return { left, right };
}

/** Validates the decisions, applies manual and accepted groups, and returns what the rules must honour. */
export function applyDecisions(ctx: Ctx, input: ManualDecisions | undefined): PreparedDecisions {
  const issues: Issue[] = [];
  const parsed = DecisionsSchema.safeParse(input ?? {});
  const at = { sheet: ctx.right.rec.sheet, table: ctx.right.rec.table };
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    issues.push(makeIssue("recon_decision_stale", at, { decision: "decisions", reason: errors }));
    return { rejected: null, acceptedIds: new Set(), issues };
  }
  const d = parsed.data;
  const want = wantedKeys(d);
  const leftIdx = lookupKeys(ctx.left.rec, want.left);
  const rightIdx = lookupKeys(ctx.right.rec, want.right);

  const place = (label: string, left: readonly string[], right: readonly string[], rule: string): void => {
    const l = left.map((k) => leftIdx.get(k));
    const r = right.map((k) => rightIdx.get(k));
    const missing = [
      ...left.filter((_, n) => l[n] === undefined),
      ...right.filter((_, n) => r[n] === undefined),
    ];
    if (missing.length > 0) {
      issues.push(
        makeIssue("recon_decision_stale", at, {
          decision: label,
          reason: `rows ${missing.join(", ")} are gone`,
        }),
      );
      return;
    }
    const li = [...new Set(l as number[])].sort((a, b) => a - b);
    const ri = [...new Set(r as number[])].sort((a, b) => a - b);
    const taken = [
      ...li.filter((i) => ctx.left.matchOf[i] !== -1),
      ...ri.filter((j) => ctx.right.matchOf[j] !== -1),
    ];
    if (taken.length > 0) {
      issues.push(
        makeIssue("recon_decision_stale", at, {
          decision: label,
          reason: "its rows are in another decision",
        }),
      );
      return;
    }
    addDraft(ctx, {
      status: "confirmed",
      ruleIndex: rule === "manual" ? MANUAL : ACCEPTED,
      cardinality: cardinalityOf(li.length, ri.length),
      left: li,
      right: ri,
      score: 1,
      ambiguous: false,
      alternatives: 0,
      decidedBy: "user",
    });
  };

  d.groups.forEach((g, n) => place(`manual group ${n + 1}`, g.left, g.right, "manual"));
  const acceptedIds = new Set<string>();
  for (const a of d.accepted) {
    if (typeof a === "string") acceptedIds.add(a);
    else if (matchIdOf(a.left, a.right) !== a.id)
      issues.push(
        makeIssue("recon_decision_stale", at, {
          decision: a.id,
          reason: "its rows no longer give this match id",
        }),
      );
    else place(a.id, a.left, a.right, "accepted");
  }

  let rejected: Set<number> | null = null;
  for (const p of d.rejected) {
    const i = leftIdx.get(p.left);
    const j = rightIdx.get(p.right);
    if (i === undefined || j === undefined) {
      issues.push(
        makeIssue("recon_decision_stale", at, {
          decision: `rejected ${p.left} / ${p.right}`,
          reason: "a row is gone",
        }),
      );
      continue;
    }
    rejected ??= new Set<number>();
    rejected.add(i * ctx.right.n + j);
  }
  return { rejected, acceptedIds, issues };
}

/**
 * One warning for accepted ids the rules no longer suggest and no match of the run has: after a bulk
 * accept, a changed statement could otherwise bring a warning for each of a thousand suggestions.
 */
export function unusedAcceptedIssue(at: IssueLocation, ids: readonly string[]): Issue {
  const count = (n: number) => n.toLocaleString("en-US");
  const shown = ids.slice(0, 3).join(", ");
  const more = ids.length > 3 ? ` and ${count(ids.length - 3)} more` : "";
  return makeIssue(
    "recon_decision_stale",
    at,
    ids.length === 1
      ? { decision: ids[0] as string, reason: "the rules no longer suggest these rows together" }
      : {
          decision: `${count(ids.length)} accepted suggestions`,
          reason: `the rules no longer suggest their rows together (${shown}${more})`,
        },
  );
}
