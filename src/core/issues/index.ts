export type { Issue, IssueLocation, Severity } from "./issue";
export { bareMessage, formatLocation, quoteSheet } from "./location";
export { makeIssue, countBySeverity } from "./makeIssue";
export { keptParams } from "./keptParams";
export {
  catalogue,
  codeSpec,
  type IssueCode,
  type IssueParams,
  type KeptCode,
  type KeptParams,
} from "./catalogue";
