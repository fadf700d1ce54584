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

/** The codes whose issues keep their parameters as `Issue.params` (their entry has `keep`). */
export type KeptCode = {
  [C in IssueCode]: Catalogue[C] extends { readonly keep: (p: never) => unknown } ? C : never;
}[IssueCode];
/** What an issue of such a code keeps: its entry's `keep` of the parameters it was made with. */
export type KeptParams<C extends KeptCode> = Catalogue[C] extends { readonly keep: (p: never) => infer K }
  ? Readonly<K>
  : never;

export function codeSpec(code: IssueCode): CodeSpec<never> {
  return catalogue[code] as CodeSpec<never>;
}
