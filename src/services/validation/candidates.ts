/**
 * The workbook's tables with the kind each one's headers suggest, from the headers `listTables` already
 * gives (no table is read), so the pane can pre-select a kind and find related tables at once.
 */
import { detectKind, kindIdFrom, type KindId } from "../../core/validate";
import type { TableInfo } from "../../workbook/port";
import type { CandidateTable } from "./types";

/** Excel row of the header: the first row of the table's address ("B3:E40" -> 3). */
export function headerRowOf(info: Pick<TableInfo, "address">): number {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(info.address);
  return m ? Number(m[1]) : 1;
}

/** What detection needs of a table, built from its listing. */
export function tableShapeOf(info: TableInfo) {
  return { headers: info.headers, sheet: info.sheet, name: info.name, headerRow: headerRowOf(info) };
}

export function detectCandidate(info: TableInfo): CandidateTable {
  const detection = detectKind(tableShapeOf(info));
  const best = detection.candidates[0];
  const headers = info.headers.filter((h) => h.trim() !== "").length;
  const confidence =
    detection.kind === undefined || best === undefined || headers === 0
      ? 0
      : Math.min(1, best.score / headers);
  return { info, kind: detection.kind, confidence, fits: detection.candidates.map((c) => c.kind) };
}

export function detectCandidates(infos: readonly TableInfo[]): CandidateTable[] {
  return infos.map(detectCandidate);
}

/** A table by name, ignoring case as Excel does. */
export function findTable<T extends { readonly info: TableInfo } | TableInfo>(
  list: readonly T[],
  name: string,
): T | undefined {
  const lower = name.toLowerCase();
  const nameOf = (t: T) => ("info" in t ? t.info.name : t.name);
  return list.find((t) => nameOf(t) === name) ?? list.find((t) => nameOf(t).toLowerCase() === lower);
}

/**
 * The kind a run will use: the choice (an id or a word for one), else the rules' kind, else the detected
 * one. "none" and unknown words give undefined (the engine reports an unknown word as a rule problem).
 */
export function effectiveKind(
  candidate: CandidateTable,
  choice: string | undefined,
): { kind: KindId | undefined; how: "chosen" | "detected" | "none" } {
  const picked = kindIdFrom(choice ?? "auto");
  if (picked === undefined || picked === "none") return { kind: undefined, how: "none" };
  if (picked !== "auto") return { kind: picked, how: "chosen" };
  return candidate.kind === undefined
    ? { kind: undefined, how: "none" }
    : { kind: candidate.kind, how: "detected" };
}
