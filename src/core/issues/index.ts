export type { Issue, IssueLocation, Severity } from "./issue";
export { formatLocation, quoteSheet } from "./location";
export { makeIssue, countBySeverity } from "./makeIssue";
export { catalogue, codeSpec, type IssueCode, type IssueParams } from "./catalogue";
