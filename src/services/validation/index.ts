/** The validation service and the shapes it hands out; see validationService.ts. */
export {
  createValidationService,
  type ValidationService,
  type MarkOutcome,
  type RangeRef,
} from "./validationService";
export type {
  CandidateTable,
  FieldMapping,
  IssueGroup,
  LookupChoices,
  LookupProposal,
  MappingProposal,
  RunChoices,
  UsedLookup,
  ValidationRun,
} from "./types";
export { RULES_SETTING, RuleSetError, type Imported, type StoredRules } from "./rulesStore";
export { ROLE_INFO, rolesOf } from "./roles";
export { markKey, markNote } from "./marks";
export { reportKey, validationReport, MAX_REPORT_ISSUES } from "./report";
export { bareMessage, issueCell, selectionCell, type CellTarget } from "./targets";
export { groupIssues } from "./groups";
export {
  KIND_OPTIONS,
  TYPE_OPTIONS,
  kindLabel,
  rulesProblem,
  type KindOption,
  type TypeOption,
} from "./choices";
export { ruleTitle, codeTitle } from "./titles";
