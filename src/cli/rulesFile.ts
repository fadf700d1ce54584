/** Reading `--rules rules.json` and `--preset`, shared by `bo reconcile` and `bo rules`. */
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

/** The configuration in the --rules file, checked; null without the flag. */
export async function rulesOf(args: ParsedArgs): Promise<ReconcileConfig | null> {
  const file = stringFlag(args, "rules");
  if (file === undefined) return null;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(
      `cannot read the rules file "${file}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
  const parsed = parseReconcileConfig(text);
  if (!parsed.ok) throw new UsageError(`the rules file "${file}" is not valid: ${parsed.errors.join("; ")}`);
  return parsed.config;
}
