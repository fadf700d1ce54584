/** The column mapping and related tables for the current choices, recomputed as the user changes them. */
import { useEffect, useState } from "react";
import type { TableRules } from "../../../core/validate";
import type { LookupChoices, MappingProposal, ValidationService } from "../../../services/validation";
import { errorText } from "./clock";

export function useProposal(
  service: ValidationService,
  table: string | null,
  rules: TableRules,
  lookups: LookupChoices,
  ready: boolean,
): { proposal: MappingProposal | null; error: string | null } {
  const [state, setState] = useState<{ proposal: MappingProposal | null; error: string | null }>({
    proposal: null,
    error: null,
  });
  useEffect(() => {
    if (table === null || !ready) return;
    let live = true;
    service.prepare(table, { rules, lookups }).then(
      (proposal) => live && setState({ proposal, error: null }),
      (e: unknown) => live && setState({ proposal: null, error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [service, table, rules, lookups, ready]);
  return state;
}
