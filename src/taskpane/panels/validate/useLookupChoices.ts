/**
 * Who plays each related-table role, as the user chose. The choice is kept with the rules (saved with
 * them in the document): a table's name, or null for "do not check"; no entry lets the service detect one.
 */
import type { LookupRole, TableRules } from "../../../core/validate";
import type { LookupChoices } from "../../../services/validation";
import { setLookupTable } from "./rulesEdit";
import type { RulesDraft } from "./useRulesDraft";

export interface LookupState {
  /** What the run passes beyond the rules: nothing, since every choice lives in the rules. */
  readonly lookups: LookupChoices;
  /** What the section shows: the rules' tables, and null for the roles not to check. */
  readonly shown: Readonly<Record<string, string | null>>;
  readonly choose: (role: LookupRole, table: string | null | undefined) => void;
}

const NO_CHOICES: LookupChoices = {};

export function useLookupChoices(table: string | null, rules: TableRules, draft: RulesDraft): LookupState {
  const shown: Record<string, string | null> = { ...(rules.lookups ?? {}) };
  const choose = (role: LookupRole, choice: string | null | undefined) => {
    if (table === null) return;
    draft.update((r) => setLookupTable(r, role, choice));
  };
  return { lookups: NO_CHOICES, shown, choose };
}
