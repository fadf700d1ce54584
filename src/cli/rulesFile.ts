/** Reading `--rules` files (for `bo validate`, `bo reconcile` and `bo rules`) and `--preset`. */
import { readFile } from "node:fs/promises";
import { parseReconcileConfig, type ReconcileConfig } from "../core/reconcile";
import { PRESETS, type PresetId } from "../services/reconciliation";
import { stringFlag, UsageError, type ParsedArgs } from "./args";

export function presetOf(args: ParsedArgs): PresetId {
  const id = stringFlag(args, "preset") ?? "bank-ledger";
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new UsageError(`unknown preset "${id}" (presets: ${PRESETS.map((x) => x.id).join(", ")})`);
  return p.id;
}

/** The text of a rules file; a missing or unreadable one is a usage error naming it. */
export async function readRulesText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(
      `cannot read the rules "${file}"${code === "ENOENT" ? ": no such file" : code ? `: ${code}` : ""}`,
    );
  }
}

/** The configuration in the --rules file, checked; null without the flag. */
export async function rulesOf(args: ParsedArgs): Promise<ReconcileConfig | null> {
  const file = stringFlag(args, "rules");
  if (file === undefined) return null;
  const parsed = parseReconcileConfig(await readRulesText(file));
  if (!parsed.ok) throw new UsageError(`the rules file "${file}" is not valid: ${parsed.errors.join("; ")}`);
  return parsed.config;
}
