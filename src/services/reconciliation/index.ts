/** Reconciliation for the task pane, the command line and tests: one service over a workbook port. */
export { createReconciliationService, type ReconciliationService } from "./service";
export { PRESETS, presetById, type PresetId, type ReconcilePreset } from "./presets";
export { describeSide, type SetupProposal, type SideProposal } from "./propose";
export type { ReconcileSetup, SideSetup, BalanceSetup } from "./setup";
export { refName, pairKey } from "./setup";
export { readTypedBalance, type BalanceKey, type TypedBalance, type TypedBalanceSide } from "./typedBalance";
export { BalanceError } from "./typedBalances";
export type { ReconcileOutcome, ResolvedBalance } from "./runEngine";
export { rowDetail } from "./runEngine";
export type { DecisionAction } from "./decide";
export { acceptedIds, DecisionError, describeDecisions } from "./decide";
export type { ApplyReceipt } from "./apply";
export { StatementImportError, type ChosenFile, type StatementImport } from "./importStatement";
export type { LedgerImport } from "./importLedger";
export { RESULT_HEADERS, resultColumnsPlan, type RowStatus } from "./resultColumns";
export { statementSheet, SHEET_NAME } from "./statementSheet";
export { settingKey, savedValue, type SavedPair } from "./savedPair";
export {
  addRule,
  applyForm,
  describeRule,
  formOf,
  moveRule,
  removeRule,
  type EvidenceMode,
  type RuleForm,
  type RuleFormError,
  type RuleFormField,
} from "./ruleForm";
export {
  otherCandidates,
  otherGroups,
  type CandidateView,
  type GroupCandidate,
  type RowCandidates,
  type SplitCandidates,
} from "./candidates";
export { otherNetGroups, type NetCandidates, type NetGroup } from "./netCandidates";
export {
  clearedNotes,
  counted,
  displayMoney,
  findMatches,
  findOpen,
  matchViews,
  matchView,
  matchViewList,
  MatchViewList,
  openItems,
  type MatchView,
  type OpenItemView,
  type OpenPairing,
  type RowRef,
} from "./views";
