/**
 * Per-cell constraints (bounds, lengths, pattern, allowed values): each a small independent rule that the
 * column pass applies to every cell holding a value of the column's type, while the cell is at hand —
 * a million-row column is walked once, not once per constraint.
 */
import type { Cell } from "../../cell";
import type { Issue, IssueCode } from "../../issues";
import type { ColumnIssues } from "../issueAt";
import type { ColumnParseSetup } from "../parseColumn";
import type { ResolvedColumn } from "../types";

export interface CellRule {
  /** The rule's name within the column: its id is "<header>:<what>". */
  readonly what: string;
  readonly code: IssueCode;
  /** Text-like columns: true when the (trimmed) text passes. */
  readonly text?: (t: string) => boolean;
  /** Numeric columns: true when the value (minor units, day number, …) of record i passes. */
  readonly num?: (x: number, i: number) => boolean;
  /** List columns: true when the items pass. */
  readonly items?: (items: readonly string[]) => boolean;
  /** The issue for a cell that failed. */
  readonly issue: (issues: ColumnIssues, i: number, cell: Cell) => Issue;
}

/** Makes a column's rule from its resolved rules, or nothing when the rule does not apply. */
export type CellRuleFactory = (col: ResolvedColumn, setup: ColumnParseSetup) => CellRule | undefined;
