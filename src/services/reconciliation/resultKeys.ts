/**
 * The names of the reconciliation's result columns and the keys they are written under: one key per
 * pair and side, so re-applying a pair replaces its columns, and every key starts with one prefix, so a
 * pair can take over the columns another pair wrote beside the same table.
 */
import type { Side } from "../../core/reconcile";
import { RESULT_HEADERS } from "../../core/reconcileInput";
import { pairKey } from "./setup";

export { RESULT_HEADERS };

/** Every reconciliation's result columns are written under a key starting so. */
export const RESULT_KEY_PREFIX = "reconcile:";

/** The tables of a pair, by name. */
export interface PairNames {
  readonly left: { readonly name: string };
  readonly right: { readonly name: string };
}

export function resultColumnsKey(setup: PairNames, side: Side): string {
  return `${RESULT_KEY_PREFIX}${pairKey(setup.left.name, setup.right.name)}:${side}`;
}

/** The other table of the pair whose result columns beside one side a key names, or null. */
export function counterpartOfKey(key: string): string | null {
  const m = /^reconcile:(.*)\|(.*):(left|right)$/.exec(key);
  if (!m) return null;
  return (m[3] === "left" ? m[2] : m[1]) ?? null;
}
