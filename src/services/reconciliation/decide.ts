/**
 * The user's review as edits of the decision list the engine honours first: accept or reject a
 * suggestion, unmatch a match, match selected rows by hand, or forget every decision. Decisions name
 * rows by key, so they survive re-runs; the engine reports any that no longer fit.
 */
import type { Match, ReconcileResult } from "../../core/reconcile";
import { EMPTY_DECISIONS, type Decisions } from "./savedPair";
import { counted } from "./views";

export type DecisionAction =
  | { readonly kind: "accept"; readonly matchId: string }
  /** Suggestions accepted together, by id: each confirms when the rules suggest the same rows again. */
  | { readonly kind: "acceptAll"; readonly matchIds: readonly string[] }
  /** Takes acceptances back without rejecting: the rows are suggested again as before. */
  | { readonly kind: "undoAccept"; readonly matchIds: readonly string[] }
  | { readonly kind: "reject"; readonly matchId: string }
  | { readonly kind: "unmatch"; readonly matchId: string }
  | { readonly kind: "match"; readonly left: readonly string[]; readonly right: readonly string[] }
  | { readonly kind: "reset" };

/** Rejecting a large group pair by pair would bloat the settings; past this the first pairs stand for it. */
const MAX_REJECTED_PAIRS_PER_MATCH = 36;

export class DecisionError extends Error {
  override readonly name = "DecisionError";
}

type Accepted = Decisions["accepted"][number];

/** An accepted suggestion's id, whether it is kept as the id alone or with its rows. */
function acceptedIdOf(a: Accepted): string {
  return typeof a === "string" ? a : a.id;
}

/** The ids of the accepted suggestions. */
export function acceptedIds(d: Decisions): Set<string> {
  return new Set(d.accepted.map(acceptedIdOf));
}

function keysOf(result: ReconcileResult, m: Match): { left: string[]; right: string[] } {
  return {
    left: m.left.map((i) => result.left.keys[i] as string),
    right: m.right.map((j) => result.right.keys[j] as string),
  };
}

/** Drops manual groups and accepted matches that hold any of these rows (and accepted ids equal to `id`). */
function withoutRows(
  d: Decisions,
  left: readonly string[],
  right: readonly string[],
  id?: string,
): Decisions {
  const l = new Set(left);
  const r = new Set(right);
  const touches = (g: { left: readonly string[]; right: readonly string[] }) =>
    g.left.some((k) => l.has(k)) || g.right.some((k) => r.has(k));
  return {
    groups: d.groups.filter((g) => !touches(g)),
    accepted: d.accepted.filter((a) => (typeof a === "string" ? a !== id : !touches(a) && a.id !== id)),
    rejected: d.rejected,
  };
}

function withoutRejections(d: Decisions, left: readonly string[], right: readonly string[]): Decisions {
  const l = new Set(left);
  const r = new Set(right);
  return { ...d, rejected: d.rejected.filter((p) => !(l.has(p.left) && r.has(p.right))) };
}

function withRejections(d: Decisions, left: readonly string[], right: readonly string[]): Decisions {
  const seen = new Set(d.rejected.map((p) => `${p.left}\u0000${p.right}`));
  const added: { left: string; right: string }[] = [];
  for (const a of left)
    for (const b of right) {
      if (added.length >= MAX_REJECTED_PAIRS_PER_MATCH) break;
      const k = `${a}\u0000${b}`;
      if (!seen.has(k)) {
        seen.add(k);
        added.push({ left: a, right: b });
      }
    }
  return { ...d, rejected: [...d.rejected, ...added] };
}

function findMatch(result: ReconcileResult, id: string): Match {
  const m = result.matches.find((x) => x.id === id);
  if (!m) throw new DecisionError(`Match ${id} is no longer in the result; run the reconciliation again.`);
  return m;
}

/**
 * Accepts many suggestions at once. Each is kept as its id alone (17 bytes against about 60 with its
 * rows), so a few thousand fit the document's settings; the engine confirms an id when the rules suggest
 * the same rows again and reports the ids they no longer suggest. Only unambiguous suggestions qualify:
 * one another candidate fits as well needs a person to look.
 */
function acceptTogether(d: Decisions, result: ReconcileResult, ids: readonly string[]): Decisions {
  if (ids.length === 0) throw new DecisionError("There are no suggestions to accept.");
  const wanted = new Set(ids);
  const found = new Map<string, Match>();
  for (const m of result.matches) if (wanted.has(m.id)) found.set(m.id, m);
  const had = acceptedIds(d);
  const added: string[] = [];
  for (const id of wanted) {
    const m = found.get(id);
    if (!m) throw new DecisionError(`Match ${id} is no longer in the result; run the reconciliation again.`);
    if (m.status !== "suggested")
      throw new DecisionError(`Match ${id} is already confirmed; only suggestions can be accepted.`);
    if (m.ambiguous)
      throw new DecisionError(
        `Match ${id} is ambiguous: another candidate fits as well. Accept it on its own after checking it.`,
      );
    if (!had.has(id)) added.push(id);
  }
  return { ...d, accepted: [...d.accepted, ...added] };
}

/** The decisions after one review action. */
export function decide(d: Decisions, result: ReconcileResult, action: DecisionAction): Decisions {
  switch (action.kind) {
    case "reset":
      return EMPTY_DECISIONS;
    case "accept": {
      const m = findMatch(result, action.matchId);
      const k = keysOf(result, m);
      const clean = withoutRejections(withoutRows(d, k.left, k.right, m.id), k.left, k.right);
      return { ...clean, accepted: [...clean.accepted, { id: m.id, left: k.left, right: k.right }] };
    }
    case "acceptAll":
      return acceptTogether(d, result, action.matchIds);
    case "undoAccept": {
      const ids = new Set(action.matchIds);
      const accepted = d.accepted.filter((a) => !ids.has(acceptedIdOf(a)));
      if (accepted.length === d.accepted.length)
        throw new DecisionError("These suggestions are no longer accepted: there is nothing to undo.");
      return { ...d, accepted };
    }
    case "reject":
    case "unmatch": {
      // Either way the rows stay apart: a rule must not pair them again on the next run.
      const m = findMatch(result, action.matchId);
      const k = keysOf(result, m);
      return withRejections(withoutRows(d, k.left, k.right, m.id), k.left, k.right);
    }
    case "match": {
      if (action.left.length === 0 || action.right.length === 0)
        throw new DecisionError("Select at least one row on each side to match them.");
      const clean = withoutRejections(withoutRows(d, action.left, action.right), action.left, action.right);
      return { ...clean, groups: [...clean.groups, { left: [...action.left], right: [...action.right] }] };
    }
    default: {
      const never: never = action;
      throw new DecisionError(`unknown decision ${String(never)}`);
    }
  }
}

/**
 * The review in words, as the pane and the command line report it: "1 match made by hand, 2 suggestions
 * accepted"; empty when there is none.
 */
export function describeDecisions(d: Decisions): string {
  return [
    d.groups.length > 0 ? counted(d.groups.length, "match made by hand", "matches made by hand") : "",
    d.accepted.length > 0 ? counted(d.accepted.length, "suggestion accepted", "suggestions accepted") : "",
    d.rejected.length > 0 ? counted(d.rejected.length, "pair kept apart", "pairs kept apart") : "",
  ]
    .filter((t) => t !== "")
    .join(", ");
}

export function decisionCount(d: Decisions): number {
  return d.groups.length + d.accepted.length + d.rejected.length;
}
