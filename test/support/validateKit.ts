/** Shared by the validateTable tests: tables written as literals on a sheet, runs without a kind, findings as tuples. */
import { validateTable, type TableRules, type ValidationResult } from "../../src/core/validate";
import { tableOf } from "./tableLiteral";

/** A table "Items" on the sheet "Stock", written as a literal. */
export const sheet = tableOf({ name: "Items", sheet: "Stock" });

/** (code, row, column) of each issue, the way a reviewer reads a report. */
export const found = (r: ValidationResult): [string, number | undefined, string | undefined][] =>
  r.issues.map((i) => [i.code, i.row, i.column]);

/** Validates with the user's rules only (no table kind). */
export const run = (t: ReturnType<typeof sheet>, rules: TableRules, extra = {}) =>
  validateTable(t, { kind: "none", rules, ...extra });
