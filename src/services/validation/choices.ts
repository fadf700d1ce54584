/**
 * The lists the pane offers and the checks it runs on a draft: table kinds and value types with the
 * words users read, and a draft's rules checked against the schema with one readable message.
 */
import {
  describeZodError,
  FIELD_TYPE_INFO,
  FIELD_TYPES,
  KIND_IDS,
  KINDS,
  tableRulesSchema,
  type FieldType,
  type KindId,
  type TableRules,
} from "../../core/validate";

export interface KindOption {
  readonly id: KindId;
  readonly label: string;
}

export const KIND_OPTIONS: readonly KindOption[] = KIND_IDS.map((id) => ({ id, label: KINDS[id].label }));

export function kindLabel(id: KindId): string {
  return KINDS[id].label;
}

export interface TypeOption {
  readonly id: FieldType;
  /** "a whole number", as messages say it. */
  readonly expected: string;
  readonly example: string;
}

export const TYPE_OPTIONS: readonly TypeOption[] = FIELD_TYPES.map((id) => ({
  id,
  expected: FIELD_TYPE_INFO[id].expected,
  example: FIELD_TYPE_INFO[id].example,
}));

/** Why the rules would be refused (every problem with its path), or null when they are fine. */
export function rulesProblem(rules: TableRules): string | null {
  const r = tableRulesSchema.safeParse(rules);
  return r.success ? null : describeZodError(r.error);
}
