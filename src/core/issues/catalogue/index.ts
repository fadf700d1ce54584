/**
 * The one catalogue of issue codes. Each area keeps its codes in its own file; this file joins them
 * and the type system keeps every code's parameters honest.
 */
import type { CodeSpec } from "./types";
import { tableCodes } from "./tables";
import { valueCodes } from "./values";
import { reconcileCodes } from "./reconcile";
import { validationCodes } from "./validation";

export const catalogue = {
  ...valueCodes,
  ...tableCodes,
  ...reconcileCodes,
  ...validationCodes,
};

export type Catalogue = typeof catalogue;
export type IssueCode = keyof Catalogue;
export type IssueParams<C extends IssueCode> = Catalogue[C] extends CodeSpec<infer P> ? P : never;

export function codeSpec(code: IssueCode): CodeSpec<never> {
  return catalogue[code] as CodeSpec<never>;
}
