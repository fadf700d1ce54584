/**
 * Tables into reconciliation records: the columns each side needs, row selection, parsing with located
 * issues, and balances from a running Balance column. Shared by the service, the functions and the CLI.
 */
export { RECONCILE_FIELDS, fieldLabel, type ReconcileField } from "./fields";
export {
  selectionText,
  selectionColumns,
  valueCounts,
  matchesSelection,
  selectedSign,
  type Selection,
} from "./selection";
export {
  readSide,
  readSideSteps,
  mapReconcileColumns,
  ROW_USED,
  ROW_EXCLUDED,
  ROW_UNREADABLE,
  ROW_BLANK,
  ROW_CLEARED,
  ROW_PENDING,
  ROW_BALANCE,
  type ClearedRows,
  type RowState,
  type AmountMode,
  type SideReading,
  type ReadSideOptions,
  type SideRecords,
} from "./readSide";
export { balancesFromColumn, columnRows, type ColumnBalances } from "./balances";
export { type BalanceRow, type BalanceKind } from "./balanceRows";
export {
  statedBalances,
  statedDisagreements,
  type StatedBalance,
  type StatedBalances,
  type GivenBalances,
} from "./statedBalances";
export { fileBalances, fileDisagreement, readBalanceText, type TakenFrom } from "./fileBalances";
export { oneCurrency, takesDefaultCurrency, readInOneCurrency, rereadIn } from "./runCurrency";
export { inferDecimalSeparator } from "./decimalSeparator";
export { readingByHeaders, type HeaderWords } from "./headerWords";
export { textOf } from "./cells";
export {
  RESULT_HEADERS,
  splitResultColumns,
  sideEarlier,
  clearedWith,
  earlierMatchId,
  carriedValues,
  type EarlierResults,
  type SplitTable,
  type SideEarlier,
  type ThisPair,
} from "./earlierResults";
