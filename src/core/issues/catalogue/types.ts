/** Shape of a catalogue entry: severity, message template and the Frictionless error type it maps to. */
import type { Severity } from "../issue";

export interface CodeSpec<P> {
  readonly severity: Severity;
  /** Renders what is wrong and what to do; the location is prefixed by `makeIssue`. */
  readonly message: (p: P) => string;
  /** Frictionless Table Schema error type with the same meaning, when there is one. */
  readonly frictionless?: string;
  /**
   * For the few codes whose parameters a consumer reads back: what an issue keeps of them as
   * `Issue.params`, so nobody parses the message. Other codes keep nothing, and their issues stay small.
   */
  readonly keep?: (p: P) => Readonly<Record<string, unknown>>;
}

/** Declares a catalogue area with each entry's parameter type inferred from its template. */
export function defineCodes<T extends Record<string, CodeSpec<never>>>(codes: T): T {
  return codes;
}
