/**
 * What the document remembers about a pair of tables (hazard 22: configuration only, never data or
 * names): the user's manual decisions by row key, custom rules, how each side is read, and the book's
 * account selection. Kept in document settings under a key made of the two table names.
 */
import { z } from "zod";
import { DecisionsSchema, ReconcileConfigSchema, type Rule } from "../../core/reconcile";
import type { Selection, SideReading } from "../../core/reconcileInput";
import type { WorkbookPort } from "../../workbook/port";
import { pairKey } from "./setup";

export type Decisions = z.infer<typeof DecisionsSchema>;

const SavedSchema = z.strictObject({
  version: z.literal(1),
  decisions: DecisionsSchema,
  config: ReconcileConfigSchema.optional(),
  /** Account numbers only: a customer or payee name is personal data and stays out of settings. */
  selection: z
    .strictObject({ field: z.literal("account"), values: z.array(z.string().max(64)).min(1).max(50) })
    .nullable()
    .optional(),
});

export interface SavedPair {
  readonly decisions: Decisions;
  readonly rules?: readonly Rule[];
  readonly left?: SideReading;
  readonly right?: SideReading;
  readonly selection?: Selection | null;
}

export const EMPTY_DECISIONS: Decisions = Object.freeze({ groups: [], accepted: [], rejected: [] });

export function settingKey(left: string, right: string): string {
  return `bo.reconcile:${pairKey(left, right)}`;
}

export interface LoadedPair {
  readonly saved: SavedPair | null;
  /** Why a stored value was ignored, for the user; null when it was fine or absent. */
  readonly problem: string | null;
}

export async function loadSavedPair(port: WorkbookPort, left: string, right: string): Promise<LoadedPair> {
  const raw = await port.getSetting(settingKey(left, right));
  if (raw === undefined || raw === null) return { saved: null, problem: null };
  const parsed = SavedSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return {
      saved: null,
      problem: `The saved reconciliation settings for ${left} and ${right} were ignored (${why}).`,
    };
  }
  const v = parsed.data;
  return {
    saved: {
      decisions: v.decisions,
      ...(v.config?.rules ? { rules: v.config.rules } : {}),
      ...(v.config?.left ? { left: v.config.left } : {}),
      ...(v.config?.right ? { right: v.config.right } : {}),
      ...(v.selection !== undefined ? { selection: v.selection } : {}),
    },
    problem: null,
  };
}

/** The stored form: decisions, custom rules, readings and an account selection; nothing else. */
export function savedValue(pair: SavedPair): z.input<typeof SavedSchema> {
  const sel = pair.selection;
  return {
    version: 1,
    decisions: pair.decisions,
    config: {
      version: 1,
      ...(pair.rules ? { rules: [...pair.rules] } : {}),
      ...(pair.left ? { left: { ...pair.left } } : {}),
      ...(pair.right ? { right: { ...pair.right } } : {}),
    },
    ...(sel && sel.field === "account"
      ? { selection: { field: "account" as const, values: [...sel.values] } }
      : {}),
  };
}

export async function savePair(
  port: WorkbookPort,
  left: string,
  right: string,
  pair: SavedPair,
): Promise<void> {
  await port.setSetting(settingKey(left, right), savedValue(pair));
}
