/** Reads back, typed, the parameters an issue of a code that keeps them was made with. */
import type { Issue } from "./issue";
import type { KeptCode, KeptParams } from "./catalogue";

/**
 * The parameters `issue` keeps when it has code `code`; undefined for another code, or for an issue that
 * was not made by `makeIssue` (one rebuilt field by field, say).
 */
export function keptParams<C extends KeptCode>(issue: Issue, code: C): KeptParams<C> | undefined {
  return issue.code === code ? (issue.params as KeptParams<C> | undefined) : undefined;
}
