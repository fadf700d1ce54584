/**
 * Codes of the validation engine (src/core/validate): column constraints, keys, row rules, the built-in
 * rules of each table kind, and problems with a rule set itself. Frictionless types are given where one
 * has the same meaning, so reports can be compared with Frictionless Table Schema validators.
 */
import { defineCodes } from "./types";

export const validationCodes = defineCodes({
  required: {
    severity: "error",
    message: (_: Record<string, never>) => `Is required but the cell is blank; fill it in.`,
    frictionless: "constraint-error",
  },
  type: {
    severity: "error",
    message: (p: { expected: string; example: string }) =>
      `Not ${p.expected}; enter a value such as ${p.example}.`,
    frictionless: "type-error",
  },
  error_cell: {
    severity: "error",
    message: (p: { code: string }) =>
      `The cell holds the error ${p.code}; fix the formula or value behind it.`,
    frictionless: "type-error",
  },
  rrule_invalid: {
    severity: "error",
    message: (p: { reason: string }) =>
      `Not a recurrence rule: ${p.reason}. Write it like FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.`,
    frictionless: "type-error",
  },
  minimum: {
    severity: "error",
    message: (p: { limit: string }) => `Is below the minimum of ${p.limit}; correct the value or the rule.`,
    frictionless: "constraint-error",
  },
  maximum: {
    severity: "error",
    message: (p: { limit: string }) => `Is above the maximum of ${p.limit}; correct the value or the rule.`,
    frictionless: "constraint-error",
  },
  min_length: {
    severity: "error",
    message: (p: { limit: number; length: number }) =>
      `Has ${p.length} characters, fewer than the ${p.limit} required; complete the value.`,
    frictionless: "constraint-error",
  },
  max_length: {
    severity: "error",
    message: (p: { limit: number; length: number }) =>
      `Has ${p.length} characters, more than the ${p.limit} allowed; shorten the value.`,
    frictionless: "constraint-error",
  },
  pattern: {
    severity: "error",
    message: (p: { pattern: string }) =>
      `Does not have the expected form (${p.pattern}); correct the value or the rule's pattern.`,
    frictionless: "constraint-error",
  },
  not_allowed: {
    severity: "error",
    message: (p: { allowed: string }) => `Is not one of the allowed values (${p.allowed}); pick one of them.`,
    frictionless: "constraint-error",
  },
  unique: {
    severity: "error",
    message: (p: { first: number }) =>
      `Repeats the value of row ${p.first}; each row needs its own value here, so correct or remove one of them.`,
    frictionless: "unique-error",
  },
  duplicate_key: {
    severity: "error",
    message: (p: { columns: string; key: string; first: number }) =>
      `The combination ${p.columns} = ${p.key} repeats row ${p.first}; correct or remove one of the rows.`,
    frictionless: "primary-key",
  },
  key_blank: {
    severity: "error",
    message: (p: { columns: string }) => `The key ${p.columns} is blank; fill it in.`,
    frictionless: "primary-key",
  },
  foreign_key: {
    severity: "error",
    message: (p: { key: string; target: string }) =>
      `${p.key} is not found in ${p.target}; add it there or correct the value.`,
    frictionless: "foreign-key",
  },
  row_rule: {
    severity: "error",
    message: (p: { rule: string; left: string; right: string }) =>
      `Breaks the rule ${p.rule} (${p.left} vs ${p.right}); correct one of the values.`,
    frictionless: "row-constraint",
  },
  debit_and_credit: {
    severity: "error",
    message: (p: { debit: string; credit: string }) =>
      `Has both ${p.debit} and ${p.credit}; keep one of them and move the other to its own row.`,
    frictionless: "row-constraint",
  },
  debit_or_credit_missing: {
    severity: "error",
    message: (p: { debit: string; credit: string }) =>
      `Has neither ${p.debit} nor ${p.credit}; enter one of them or delete the row.`,
    frictionless: "row-constraint",
  },
  unbalanced_entry: {
    severity: "error",
    message: (p: { entry: string; difference: string }) =>
      `Entry ${p.entry} does not balance: debits minus credits is ${p.difference}; correct its lines so they sum to zero.`,
    frictionless: "row-constraint",
  },
  locked_period: {
    severity: "error",
    message: (p: { date: string; lockDate: string }) =>
      `Posted on ${p.date}, on or before the lock date ${p.lockDate}; post it in an open period or ask for the period to be reopened.`,
    frictionless: "constraint-error",
  },
  date_in_future: {
    severity: "warning",
    message: (p: { date: string; asOf: string }) =>
      `Dated ${p.date}, after ${p.asOf}; check the date (a typo in the year or month is common).`,
    frictionless: "constraint-error",
  },
  account_cycle: {
    severity: "error",
    message: (p: { path: string }) =>
      `The parent accounts loop back on themselves (${p.path}); give one of them a different parent.`,
    frictionless: "foreign-key",
  },
  balance_break: {
    severity: "error",
    message: (p: { expected: string; found: string; difference: string }) =>
      `The running balance should be ${p.expected} after this row's amount but is ${p.found} (off by ${p.difference}); look for a missing, duplicated or mistyped line here.`,
    frictionless: "row-constraint",
  },
  due_before_issue: {
    severity: "error",
    message: (p: { due: string; issued: string }) =>
      `The due date ${p.due} is before the issue date ${p.issued}; correct one of the dates.`,
    frictionless: "row-constraint",
  },
  paid_exceeds_amount: {
    severity: "error",
    message: (p: { paid: string; amount: string }) =>
      `Paid ${p.paid} is more than the amount ${p.amount}; check the payment or record the overpayment as a credit.`,
    frictionless: "row-constraint",
  },
  negative_stock: {
    severity: "error",
    message: (p: { item: string; date: string; balance: string }) =>
      `Stock of ${p.item} goes negative (${p.balance}) with this movement on ${p.date}; a receipt is missing, dated too late, or this quantity is wrong.`,
    frictionless: "row-constraint",
  },
  movement_sign: {
    severity: "warning",
    message: (p: { type: string; quantity: string; expected: string }) =>
      `A ${p.type} should have a ${p.expected} quantity but has ${p.quantity}; check the sign or the type.`,
    frictionless: "row-constraint",
  },
  end_before_start: {
    severity: "error",
    message: (p: { start: string; end: string }) =>
      `Ends (${p.end}) at or before it starts (${p.start}); correct the start or the end.`,
    frictionless: "row-constraint",
  },
  double_booking: {
    severity: "warning",
    message: (p: { who: string; other: number; from: string; to: string }) =>
      `${p.who} is also booked by row ${p.other} (overlap ${p.from} to ${p.to}); move one of the events or confirm the overlap.`,
  },
  room_over_capacity: {
    severity: "warning",
    message: (p: { room: string; attendees: number; capacity: number }) =>
      `${p.attendees} attendees for ${p.room}, which seats ${p.capacity}; choose a larger room or fewer attendees.`,
  },
  referenced_table_missing: {
    severity: "error",
    message: (p: { name: string; purpose: string }) =>
      `The table "${p.name}" needed to ${p.purpose} was not found; check its name in the rules or open the workbook that has it.`,
  },
  rule_invalid: {
    severity: "error",
    message: (p: { rule: string; reason: string }) =>
      `The rule ${p.rule} cannot be applied: ${p.reason}. Correct the rule set.`,
    frictionless: "schema-error",
  },
  rules_invalid: {
    severity: "error",
    message: (p: { details: string }) => `The rule set is not valid: ${p.details}. Correct it and run again.`,
    frictionless: "schema-error",
  },
  rule_not_applied: {
    severity: "info",
    message: (p: { rule: string; reason: string }) => `The rule ${p.rule} was not checked: ${p.reason}.`,
  },
  kind_undetected: {
    severity: "info",
    message: (p: { candidates: string }) =>
      `Could not tell which kind of table this is (${p.candidates}); only the column rules were checked. Choose a kind to check its built-in rules.`,
  },
});
