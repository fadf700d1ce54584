/**
 * Who plays each related-table role, as the user chose: a table is kept with the rules (saved with them);
 * "do not check" holds for this session only, since a rule set names tables, not their absence.
 */
import { useMemo, useState } from "react";
import type { LookupRole, TableRules } from "../../../core/validate";
import type { LookupChoices } from "../../../services/validation";
import { setLookupTable } from "./rulesEdit";
import type { RulesDraft } from "./useRulesDraft";

export interface LookupState {
  /** What the run passes: the skipped roles as null. */
  readonly lookups: LookupChoices;
  /** What the section shows: the rules' tables, and null for the skipped roles. */
  readonly shown: Readonly<Record<string, string | null>>;
  readonly choose: (role: LookupRole, table: string | null | undefined) => void;
}

export function useLookupChoices(table: string | null, rules: TableRules, draft: RulesDraft): LookupState {
  const [skipped, setSkipped] = useState<Readonly<Record<string, readonly LookupRole[]>>>({});
  const skips = table === null ? undefined : skipped[table];
  const lookups = useMemo<LookupChoices>(
    () => Object.fromEntries((skips ?? []).map((r) => [r, null])),
    [skips],
  );
  const shown: Record<string, string | null> = { ...(rules.lookups ?? {}) };
  for (const r of skips ?? []) shown[r] = null;
  const choose = (role: LookupRole, choice: string | null | undefined) => {
    if (table === null) return;
    const others = (skips ?? []).filter((r) => r !== role);
    setSkipped({ ...skipped, [table]: choice === null ? [...others, role] : others });
    draft.update((r) => setLookupTable(r, role, choice ?? undefined));
  };
  return { lookups, shown, choose };
}
