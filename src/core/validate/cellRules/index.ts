/** The per-cell rules, in report order. Adding one is adding a file and a line here. */
import { allowedRule } from "./allowed";
import { maximumRule, minimumRule } from "./bounds";
import { maxLengthRule, minLengthRule } from "./lengths";
import { patternRule } from "./pattern";
import type { CellRule, CellRuleFactory } from "./types";

export const CELL_RULES: readonly CellRuleFactory[] = [
  minimumRule,
  maximumRule,
  minLengthRule,
  maxLengthRule,
  patternRule,
  allowedRule,
];

export type { CellRule, CellRuleFactory };
