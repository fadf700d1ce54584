/** Reconciliation engine: two tables, an ordered rule cascade, matches, open items, findings and a statement. */
export type {
  Adjustment,
  AdjustmentKind,
  Cardinality,
  Finding,
  FindingKind,
  Match,
  MatchStatus,
  ReconcileResult,
  ReconcileSummary,
  RecordSet,
  Side,
  SideTotals,
  Statement,
  StatementLine,
  StatementLineKind,
} from "./types";
export {
  RuleSchema,
  RuleListSchema,
  MAX_RULES,
  RULE_ID,
  RULE_LIMITS,
  ReconcileConfigSchema,
  parseReconcileConfig,
  defineRule,
  type Rule,
  type RuleInput,
  type SideConfig,
  type ReconcileConfig,
  type ParseConfigResult,
} from "./rules";
export { DEFAULT_RULES } from "./defaultRules";
export { allowanceBoundIn, amountAllowed, compileRule, type CompiledRule } from "./evaluate";
export { findSubsets } from "./subsetSearch";
export { recordSet, selectRecords, type RecordInput } from "./records";
export { DecisionsSchema, type ManualDecisions } from "./decisions";
export type { Balances } from "./balancePlaces";
export type { StatementWording } from "./statement";
export { unreadRowsOf, type UnreadRows, type UnreadOptions } from "./unreadRows";
export {
  reconcile,
  startReconcile,
  type ReconcileOptions,
  type ReconcileProgress,
  type ReconcileRun,
} from "./reconcile";
export { Workspace } from "./workspace";
export { matchIdOf } from "./matchId";
export { normalizeReference, referenceNumber, normalizeParty } from "./normalize";
export { textSimilarity } from "./similarity";
export type { PartyNames } from "./partyNames";
export { knownParties } from "./runParties";
export { reconcileTables, type ReconcileTablesOptions, type ReconcileTablesResult } from "./reconcileTables";
