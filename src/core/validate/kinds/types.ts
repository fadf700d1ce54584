/** What a table kind declares: its fields (types, synonyms, default rules), what it needs, and its checks. */
import type { FieldSpec } from "../../columnMap";
import type { FieldType } from "../fieldTypes";
import type { KindId } from "../kindIds";
import type { ColumnRule } from "../ruleSet";
import type { Check } from "../types";

export interface KindField extends FieldSpec {
  readonly type: FieldType;
  readonly required?: boolean;
  /** Default constraints (min, allowed values, …); the user's column rules override them. */
  readonly rule?: Omit<ColumnRule, "type" | "required">;
}

export interface KindDef {
  readonly id: KindId;
  readonly label: string;
  readonly fields: readonly KindField[];
  /**
   * Each entry lists alternatives of which one must be mapped, e.g. [["amount"], ["debit", "credit"]]:
   * a table that lacks one is reported (header_missing) and is not detected as this kind.
   */
  readonly needs: readonly (readonly (readonly string[])[])[];
  /** Field combinations that must not repeat (e.g. invoice number per party). */
  readonly uniqueFields?: readonly (readonly string[])[];
  /** The kind's own rules beyond column constraints. */
  readonly checks: readonly Check[];
}
