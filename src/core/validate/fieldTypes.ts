/**
 * The value types a column can be declared as, with how each reads to a user ("a whole number") and an
 * example to put in messages. Frictionless names are given so rule sets map onto Table Schema.
 */

export const FIELD_TYPES = [
  "text",
  "integer",
  "number",
  "amount",
  "quantity",
  "date",
  "datetime",
  "boolean",
  "email",
  "currency",
  "timezone",
  "rrule",
  "list",
  "any",
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldTypeInfo {
  /** "a whole number", as in "Not a whole number". */
  readonly expected: string;
  readonly example: string;
  /** The Frictionless Table Schema type with the same lexical space, when there is one. */
  readonly frictionless?: string;
  /** Values compare as numbers (min/max are numbers or, for dates, ISO dates). */
  readonly numeric: boolean;
}

export const FIELD_TYPE_INFO: Readonly<Record<FieldType, FieldTypeInfo>> = {
  text: { expected: "text", example: "Office rent", frictionless: "string", numeric: false },
  integer: { expected: "a whole number", example: "42", frictionless: "integer", numeric: true },
  number: { expected: "a number", example: "3.5", frictionless: "number", numeric: true },
  amount: { expected: "an amount", example: "1234.50", frictionless: "number", numeric: true },
  quantity: { expected: "a quantity", example: "12 or 2.5", frictionless: "number", numeric: true },
  date: { expected: "a date", example: "2026-03-31", frictionless: "date", numeric: true },
  datetime: {
    expected: "a date and time",
    example: "2026-03-31 14:30",
    frictionless: "datetime",
    numeric: true,
  },
  boolean: { expected: "TRUE or FALSE", example: "TRUE", frictionless: "boolean", numeric: false },
  email: { expected: "an email address", example: "ana@example.com", frictionless: "string", numeric: false },
  currency: { expected: "a currency code", example: "USD", frictionless: "string", numeric: false },
  timezone: { expected: "a time zone", example: "Europe/Paris", frictionless: "string", numeric: false },
  rrule: {
    expected: "a recurrence rule",
    example: "FREQ=WEEKLY;BYDAY=MO",
    frictionless: "string",
    numeric: false,
  },
  list: { expected: "a list", example: "Ana; Ben", frictionless: "array", numeric: false },
  any: { expected: "a value", example: "anything", frictionless: "any", numeric: false },
};

export function isFieldType(s: string): s is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(s);
}
