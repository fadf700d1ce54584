/**
 * The table-level checks every run makes, in report order (per-cell rules run in the column pass, see
 * cellRules/). A kind adds its own checks after these.
 */
import type { Check } from "../types";
import { checkBlankRows } from "./blankRows";
import { checkCompositeKeys } from "./compositeKeys";
import { checkForeignKeys } from "./foreignKeys";
import { checkRequired } from "./required";
import { checkRowRules } from "./rowRules";
import { checkTableNotes } from "./tableNotes";
import { checkUnique } from "./unique";

export interface NamedCheck {
  readonly name: string;
  readonly run: Check;
}

export const GENERIC_CHECKS: readonly NamedCheck[] = [
  { name: "hidden rows, totals and merged cells", run: checkTableNotes },
  { name: "blank rows", run: checkBlankRows },
  { name: "required values", run: checkRequired },
  { name: "unique values", run: checkUnique },
  { name: "keys", run: checkCompositeKeys },
  { name: "foreign keys", run: checkForeignKeys },
  { name: "row rules", run: checkRowRules },
];
