/**
 * The validation engine: table kinds with built-in schemas, user rule sets (versioned JSON, zod-checked),
 * a column-wise runner that reports every issue with per-rule stats, and a single-value check.
 */
export { validateTable, validateTableSteps } from "./validateTable";
export { validateValue, fieldTypeFrom, type ValueCheck, type ValueOptions } from "./validateValue";
export { detectKind, type KindDetection } from "./detectKind";
export { KIND_IDS, kindIdFrom, type KindId, type KindChoice } from "./kindIds";
export { KINDS, kindDef } from "./kinds";
export type { KindDef, KindField } from "./kinds/types";
export { FIELD_TYPES, FIELD_TYPE_INFO, isFieldType, type FieldType } from "./fieldTypes";
export {
  ruleSetSchema,
  tableRulesSchema,
  columnRuleSchema,
  rowRuleSchema,
  foreignKeySchema,
  type RuleSet,
  type TableRules,
  type ColumnRule,
  type RowRule,
  type ForeignKeyRule,
} from "./ruleSet";
export {
  readRuleSet,
  readTableRules,
  checkRuleSet,
  writeRuleSet,
  tableRulesFor,
  describeZodError,
  type ReadResult,
} from "./readRules";
export type {
  ValidateOptions,
  ValidationResult,
  ValidationProgress,
  RuleStat,
  ColumnReport,
  TableLookup,
  LookupRole,
} from "./types";
