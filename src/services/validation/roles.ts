/**
 * Which related tables a kind's rules need and which kind of table plays each role: a ledger looks its
 * accounts up in a chart of accounts, stock movements and counts their SKUs in the items, calendar events
 * their attendees and rooms in the people and rooms tables. Mirrors the kinds' lookup checks in core.
 */
import type { KindId, LookupRole } from "../../core/validate";
import type { CandidateTable, LookupChoices, LookupProposal } from "./types";

export const ROLES_OF_KIND: Readonly<Partial<Record<KindId, readonly LookupRole[]>>> = {
  ledger: ["chartOfAccounts"],
  "stock-movements": ["items"],
  "stock-counts": ["items"],
  "calendar-events": ["people", "rooms"],
};

export const ROLE_INFO: Readonly<Record<LookupRole, { label: string; purpose: string; kind: KindId }>> = {
  chartOfAccounts: {
    label: "Chart of accounts",
    purpose: "accounts must exist in the chart of accounts",
    kind: "chart-of-accounts",
  },
  items: { label: "Inventory items", purpose: "SKUs must exist in the items", kind: "inventory-items" },
  people: { label: "People", purpose: "attendees must be among the people", kind: "people" },
  rooms: { label: "Rooms", purpose: "rooms must exist, with room for the attendees", kind: "rooms" },
};

export function rolesOf(kind: KindId | undefined): readonly LookupRole[] {
  return kind === undefined ? [] : (ROLES_OF_KIND[kind] ?? []);
}

/** Tables (other than `self`) whose kind fits the role: detected as that kind first, then merely fitting it. */
export function roleCandidates(role: LookupRole, self: string, tables: readonly CandidateTable[]): string[] {
  const wanted = ROLE_INFO[role].kind;
  const others = tables.filter((t) => t.info.name.toLowerCase() !== self.toLowerCase());
  const detected = others.filter((t) => t.kind === wanted);
  const fitting = others.filter((t) => t.kind !== wanted && t.fits.includes(wanted));
  const byConfidence = (a: CandidateTable, b: CandidateTable) => b.confidence - a.confidence;
  return [...detected.sort(byConfidence), ...fitting].map((t) => t.info.name);
}

/** The name as the workbook spells it, when such a table exists (names compare ignoring case, like Excel). */
function existing(name: string, tables: readonly CandidateTable[]): string | undefined {
  const lower = name.toLowerCase();
  return tables.find((t) => t.info.name.toLowerCase() === lower)?.info.name;
}

/**
 * Who plays each role of the kind: the run's choice, else the rules' `lookups`, else the best detected
 * table. A choice of null skips the lookup; a named table that is not in the workbook is kept as named so
 * the engine reports it missing rather than silently checking nothing.
 */
export function proposeLookups(
  kind: KindId | undefined,
  self: string,
  tables: readonly CandidateTable[],
  stored: Partial<Record<LookupRole, string | null>> | undefined,
  choices: LookupChoices = {},
): LookupProposal[] {
  return rolesOf(kind).map((role) => {
    const info = ROLE_INFO[role];
    const candidates = roleCandidates(role, self, tables);
    const base = { role, label: info.label, purpose: info.purpose, candidates };
    const chosen = role in choices ? choices[role] : stored?.[role];
    if (chosen === null) return { ...base, table: null, how: "none" as const };
    if (chosen !== undefined)
      return { ...base, table: existing(chosen, tables) ?? chosen, how: "chosen" as const };
    const best = candidates[0];
    return best === undefined
      ? { ...base, table: null, how: "none" as const }
      : { ...base, table: best, how: "detected" as const };
  });
}
