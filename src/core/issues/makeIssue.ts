/** Builds issues from catalogue codes, so every message is worded in one place. */
import type { Issue, IssueLocation, Severity } from "./issue";
import { catalogue, type IssueCode, type IssueParams } from "./catalogue";
import { formatLocation } from "./location";

export function makeIssue<C extends IssueCode>(
  code: C,
  loc: IssueLocation,
  params: IssueParams<C>,
  extra?: { value?: string; severity?: Severity },
): Issue {
  const spec = catalogue[code] as unknown as {
    severity: Severity;
    message: (p: IssueParams<C>) => string;
    keep?: (p: IssueParams<C>) => Readonly<Record<string, unknown>>;
  };
  const where = formatLocation(loc);
  const text = spec.message(params);
  // Object.assign, not an object spread: the same properties in the same order, but a spread of
  // locations of differing shapes takes V8's slow path (about 3 µs an issue; a run can make thousands).
  const issue: Issue = Object.assign({}, loc, {
    code,
    severity: extra?.severity ?? spec.severity,
    message: where === "" ? text : `${where}: ${text}`,
  });
  if (extra?.value !== undefined) Object.assign(issue, { value: extra.value });
  return spec.keep === undefined ? issue : Object.assign(issue, { params: spec.keep(params) });
}

/** Counts issues by severity; `errors > 0` is what makes a CLI exit 1. */
export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}
