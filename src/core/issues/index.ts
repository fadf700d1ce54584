export type { Issue, IssueLocation, Severity } from "./issue";
export { bareMessage, formatLocation, quoteSheet } from "./location";
export { makeIssue, countBySeverity } from "./makeIssue";
export { catalogue, codeSpec, type IssueCode, type IssueParams } from "./catalogue";
