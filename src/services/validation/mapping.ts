/**
 * The column mapping a user reviews before a run: each field of the kind with the header it is read from
 * (detected from synonyms, or the user's own mapping in the rules' `map`), the headers no field reads, and
 * the header problems the engine would report.
 */
import { detectColumnMap, requireFields } from "../../core/columnMap";
import type { KindId, TableRules } from "../../core/validate";
import { KINDS } from "../../core/validate";
import { tableShapeOf } from "./candidates";
import type { CandidateTable, FieldMapping, LookupProposal, MappingProposal } from "./types";

export function proposeMapping(
  candidate: CandidateTable,
  kind: { kind: KindId | undefined; how: MappingProposal["kindHow"] },
  rules: TableRules,
  lookups: readonly LookupProposal[],
): MappingProposal {
  const shape = tableShapeOf(candidate.info);
  const def = kind.kind === undefined ? undefined : KINDS[kind.kind];
  const fields = def?.fields ?? [];
  const detected = detectColumnMap(shape, fields, rules.map ?? {});
  const issues = [...detected.issues];
  for (const need of def?.needs ?? []) issues.push(...requireFields(shape, fields, detected.map, need));
  const used = new Set<number>();
  const mapped: FieldMapping[] = fields.map((f) => {
    const c = detected.map[f.name];
    if (c !== undefined) used.add(c);
    return {
      field: f.name,
      label: f.label,
      type: f.type,
      required: f.required === true,
      header: c === undefined ? null : (shape.headers[c] ?? null),
      how: c === undefined ? "none" : (detected.how[f.name] ?? "exact"),
    };
  });
  return {
    table: candidate.info.name,
    kind: kind.kind,
    kindHow: kind.how,
    fields: mapped,
    otherHeaders: shape.headers.filter((h, c) => !used.has(c) && h.trim() !== ""),
    issues,
    lookups,
  };
}
