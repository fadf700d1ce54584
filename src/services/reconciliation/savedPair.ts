/**
 * What the document remembers about a pair of tables (hazard 22: configuration only, never data or
 * names): the user's manual decisions by row key, custom rules, how each side is read, and the book's
 * account selection. Kept in document settings under a key made of the two table names.
 *
 * A setting holds 64 KB. When the value would not fit, the suggestions accepted together (match ids
 * alone) move to parts of their own: 12 hex digits an id, up to 5,000 a part and 8 parts a pair. Parts
 * are written before the value that names them, into the slot ("a" or "b") the current value does not
 * use, and the old slot is cleared after; a save that fails half-way leaves the previous decisions whole.
 */
import { z } from "zod";
import { DecisionsSchema, ReconcileConfigSchema, type Rule } from "../../core/reconcile";
import type { Selection, SideReading } from "../../core/reconcileInput";
import { WorkbookError } from "../../workbook/errors";
import { SETTING_MAX_BYTES, settingPartKey, type WorkbookPort } from "../../workbook/port";
import { pairKey } from "./setup";

/** A match id as the engine makes it; only such ids are packed into parts. */
const PACKED_ID = /^M-([0-9a-f]{12})$/;
const ID_DIGITS = 12;
export const IDS_PER_PART = 5000;
export const MAX_PARTS = 8;
type Slot = "a" | "b";
const PartsSchema = z.strictObject({
  slot: z.enum(["a", "b"]),
  count: z.number().int().min(1).max(MAX_PARTS),
});
const PartSchema = z.strictObject({
  version: z.literal(1),
  ids: z
    .string()
    .max(IDS_PER_PART * ID_DIGITS)
    .regex(/^(?:[0-9a-f]{12})+$/),
});

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
  /** Where the ids accepted together are kept when the value alone would not hold them. */
  parts: PartsSchema.optional(),
});

export interface SavedPair {
  readonly decisions: Decisions;
  readonly rules?: readonly Rule[];
  readonly left?: SideReading;
  readonly right?: SideReading;
  readonly selection?: Selection | null;
}

export const EMPTY_DECISIONS: Decisions = Object.freeze({ groups: [], accepted: [], rejected: [] });

/** Every pair's setting starts so. */
export const PAIR_SETTING_PREFIX = "bo.reconcile:";

export function settingKey(left: string, right: string): string {
  return `${PAIR_SETTING_PREFIX}${pairKey(left, right)}`;
}

export interface LoadedPair {
  readonly saved: SavedPair | null;
  /** Why a stored value was ignored, for the user; null when it was fine or absent. */
  readonly problem: string | null;
}

export function partKey(left: string, right: string, slot: Slot, n: number): string {
  return settingPartKey(settingKey(left, right), `${slot}${n}`);
}

/** The ids kept in the parts a value names; a problem when one is missing or damaged. */
async function readParts(
  port: WorkbookPort,
  left: string,
  right: string,
  parts: z.infer<typeof PartsSchema>,
): Promise<{ ids: string[]; problem: string | null }> {
  const ids: string[] = [];
  for (let n = 1; n <= parts.count; n++) {
    const part = PartSchema.safeParse(await port.getSetting(partKey(left, right, parts.slot, n)));
    if (!part.success)
      return {
        ids: [],
        problem:
          `Part ${n} of the saved review for ${left} and ${right} is missing or damaged: the suggestions ` +
          `accepted together were ignored, and the rules decide those rows again.`,
      };
    for (let at = 0; at < part.data.ids.length; at += ID_DIGITS)
      ids.push(`M-${part.data.ids.slice(at, at + ID_DIGITS)}`);
  }
  return { ids, problem: null };
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
  const fromParts = v.parts ? await readParts(port, left, right, v.parts) : { ids: [], problem: null };
  return {
    saved: {
      decisions: { ...v.decisions, accepted: [...v.decisions.accepted, ...fromParts.ids] },
      ...(v.config?.rules ? { rules: v.config.rules } : {}),
      ...(v.config?.left ? { left: v.config.left } : {}),
      ...(v.config?.right ? { right: v.config.right } : {}),
      ...(v.selection !== undefined ? { selection: v.selection } : {}),
    },
    problem: fromParts.problem,
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

/** The value and its parts: ids accepted together move to parts only when the value alone is too big. */
function storedForm(
  value: z.input<typeof SavedSchema>,
  slot: Slot,
): { value: z.input<typeof SavedSchema>; parts: string[]; packed: number } {
  if (JSON.stringify(value).length <= SETTING_MAX_BYTES) return { value, parts: [], packed: 0 };
  const accepted = value.decisions.accepted ?? [];
  const packed = accepted.flatMap((a) => (typeof a === "string" ? (PACKED_ID.exec(a)?.[1] ?? []) : []));
  const kept = accepted.filter((a) => typeof a !== "string" || !PACKED_ID.test(a));
  const parts: string[] = [];
  for (let at = 0; at < packed.length; at += IDS_PER_PART)
    parts.push(packed.slice(at, at + IDS_PER_PART).join(""));
  if (parts.length === 0) return { value, parts, packed: 0 };
  return {
    value: {
      ...value,
      decisions: { ...value.decisions, accepted: kept },
      parts: { slot, count: parts.length },
    },
    parts,
    packed: packed.length,
  };
}

function tooLarge(message: string): WorkbookError {
  return new WorkbookError("too_large", message, { operation: "save a setting", outcome: "not_a_write" });
}

export async function savePair(
  port: WorkbookPort,
  left: string,
  right: string,
  pair: SavedPair,
): Promise<void> {
  const key = settingKey(left, right);
  const before = PartsSchema.safeParse(((await port.getSetting(key)) as { parts?: unknown } | null)?.parts);
  const old = before.success ? before.data : null;
  const slot: Slot = old?.slot === "a" ? "b" : "a";
  const stored = storedForm(savedValue(pair), slot);
  // Refuse before writing anything, so no part is left behind that no value names.
  if (stored.parts.length > MAX_PARTS)
    throw tooLarge(
      `The review for ${left} and ${right} would keep ${stored.packed} suggestions accepted together; ` +
        `a pair keeps at most ${MAX_PARTS * IDS_PER_PART}.`,
    );
  const size = JSON.stringify(stored.value).length;
  if (size > SETTING_MAX_BYTES)
    throw tooLarge(
      `The review for ${left} and ${right} takes ${size} bytes; a setting holds ${SETTING_MAX_BYTES}.`,
    );
  for (const [k, ids] of stored.parts.entries())
    await port.setSetting(partKey(left, right, slot, k + 1), { version: 1, ids });
  await port.setSetting(key, stored.value);
  // The old slot is no longer named by the value: clear it, so the document holds one set of parts. The
  // review is saved by now; a part left behind is never read and is overwritten by the next save into
  // that slot, so a failure here does not make the decision fail.
  if (old)
    for (let n = 1; n <= old.count; n++)
      await port.setSetting(partKey(left, right, old.slot, n), null).catch(() => undefined);
}
