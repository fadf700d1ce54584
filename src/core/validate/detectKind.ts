/**
 * Detects a table's kind from its headers: among the kinds whose needs the headers meet, the one that
 * explains the most headers (an exact synonym counts 1, a partial one ½). A tie is reported, never guessed.
 */
import { detectColumnMap, requireFields } from "../columnMap";
import type { TableData } from "../table";
import { KIND_IDS, type KindId } from "./kindIds";
import { KINDS } from "./kinds";

export interface KindDetection {
  readonly kind: KindId | undefined;
  /** The kinds that fit, best first, with their scores. */
  readonly candidates: readonly { readonly kind: KindId; readonly score: number }[];
}

export function detectKind(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
): KindDetection {
  const candidates: { kind: KindId; score: number }[] = [];
  for (const id of KIND_IDS) {
    const def = KINDS[id];
    const { map, how } = detectColumnMap(table, def.fields);
    if (def.needs.some((need) => requireFields(table, def.fields, map, need).length > 0)) continue;
    let score = 0;
    for (const field of Object.keys(map))
      score += how[field] === "exact" || how[field] === "override" ? 1 : 0.5;
    candidates.push({ kind: id, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  const kind =
    best !== undefined && (second === undefined || second.score < best.score) ? best.kind : undefined;
  return { kind, candidates };
}
