/** The generic checks every run makes, in report order. A kind adds its own after these. */
import type { Check } from "../types";
import { checkAllowed } from "./allowed";
import { checkBlankRows } from "./blankRows";
import { checkBounds } from "./bounds";
import { checkCompositeKeys } from "./compositeKeys";
import { checkForeignKeys } from "./foreignKeys";
import { checkRequired } from "./required";
import { checkRowRules } from "./rowRules";
import { checkTextRules } from "./textRules";
import { checkUnique } from "./unique";

export interface NamedCheck {
  readonly name: string;
  readonly run: Check;
}

export const GENERIC_CHECKS: readonly NamedCheck[] = [
  { name: "blank rows", run: checkBlankRows },
  { name: "required values", run: checkRequired },
  { name: "minimum and maximum", run: checkBounds },
  { name: "lengths and patterns", run: checkTextRules },
  { name: "allowed values", run: checkAllowed },
  { name: "unique values", run: checkUnique },
  { name: "keys", run: checkCompositeKeys },
  { name: "foreign keys", run: checkForeignKeys },
  { name: "row rules", run: checkRowRules },
];
