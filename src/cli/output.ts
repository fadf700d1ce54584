/**
 * The one JSON shape every command prints with --json, kept stable for scripts (documented in README):
 *   { "tool": "bo", "command", "version": 1, "ok", "sources": [...], "issues": [...], "summary": {...}, "data": ... }
 * `ok` is false exactly when an issue has severity "error" (exit status 1).
 */
import type { Cell } from "../core/cell";
import { isCellError } from "../core/cell";
import type { Issue } from "../core/issues";
import { countBySeverity } from "../core/issues";
import { visible } from "./visible";

export const JSON_VERSION = 1;

export interface SourceInfo {
  readonly file: string;
  readonly sheet: string;
  readonly table: string;
  /** A1 address of the table including its header row. */
  readonly address?: string;
  readonly rows: number;
}

export interface Envelope<D> {
  readonly tool: "bo";
  readonly command: string;
  readonly version: typeof JSON_VERSION;
  readonly ok: boolean;
  readonly sources: readonly SourceInfo[];
  readonly issues: readonly Issue[];
  readonly summary: Readonly<Record<string, number | string | boolean | null>>;
  readonly data: D;
}

export function envelope<D>(
  command: string,
  sources: readonly SourceInfo[],
  issues: readonly Issue[],
  summary: Readonly<Record<string, number | string | boolean | null>>,
  data: D,
): Envelope<D> {
  const counts = countBySeverity(issues);
  return {
    tool: "bo",
    command,
    version: JSON_VERSION,
    ok: counts.error === 0,
    sources,
    issues: issues.map(plainIssue),
    summary: { ...summary, errors: counts.error, warnings: counts.warning, infos: counts.info },
    data,
  };
}

/** Issues as plain JSON objects with their fields in a fixed order. */
function plainIssue(i: Issue): Issue {
  const out: Record<string, unknown> = { code: i.code, severity: i.severity, message: i.message };
  for (const k of ["sheet", "table", "row", "column", "address", "value"] as const) {
    if (i[k] !== undefined) out[k] = i[k];
  }
  return out as unknown as Issue;
}

/** Cells in JSON: numbers, text, booleans, null, and error cells as {"error": "#N/A"}. */
export function jsonCell(v: Cell): unknown {
  return isCellError(v) ? { error: v.code } : v;
}

/**
 * One line per issue for the terminal, errors first, as `severity  Sheet!Table[Column] row N: message`; a value
 * the message quotes shows its control characters as escapes.
 */
export function issueLines(issues: readonly Issue[]): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues]
    .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.row ?? 0) - (b.row ?? 0))
    .map((i) => `${i.severity.padEnd(7)} ${visible(i.message)}`);
}
