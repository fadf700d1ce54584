/** Codes for single cell values: amounts, dates, numbers, text. */
import { defineCodes } from "./types";

export const valueCodes = defineCodes({
  amount_blank: {
    severity: "error",
    message: (_: { field: string }) => `The ${_.field} is blank; enter an amount (0 if there is none).`,
    frictionless: "constraint-error",
  },
  amount_invalid: {
    severity: "error",
    message: (p: { reason: string }) => `Not an amount: ${p.reason}. Enter a number such as 1234.50.`,
    frictionless: "type-error",
  },
  amount_precision: {
    severity: "error",
    message: (p: { decimals: number; currency: string }) =>
      `Has more than ${p.decimals} decimal places for ${p.currency}; round it or check the currency.`,
    frictionless: "constraint-error",
  },
  amount_overflow: {
    severity: "error",
    message: (p: { reason: string }) =>
      `The amount cannot be held exactly: ${p.reason}. Check the value and its unit.`,
    frictionless: "constraint-error",
  },
  amount_error_cell: {
    severity: "error",
    message: (p: { code: string }) =>
      `The cell holds the error ${p.code}; fix the formula or value behind it.`,
    frictionless: "type-error",
  },
  formula_not_calculated: {
    severity: "warning",
    message: (p: { formula: string }) =>
      `The formula ${p.formula} was never calculated: the program that wrote the file stored no value for it, so the cell reads as blank; open the file in Excel and save it, so the formula's value is stored, then read it again.`,
  },
  date_blank: {
    severity: "error",
    message: (p: { field: string }) => `The ${p.field} is blank; enter a date such as 2026-03-31.`,
    frictionless: "constraint-error",
  },
  date_invalid: {
    severity: "error",
    message: (p: { reason: string }) => `Not a date: ${p.reason}. Enter a date such as 2026-03-31.`,
    frictionless: "type-error",
  },
  date_ambiguous: {
    severity: "error",
    message: (p: { text: string; readings: string }) =>
      `The date "${p.text}" can be read as ${p.readings}; set the date order (DMY/MDY) for this table or write it as YYYY-MM-DD.`,
    frictionless: "type-error",
  },
  date_out_of_range: {
    severity: "error",
    message: (p: { reason: string }) => `Date out of range: ${p.reason}.`,
    frictionless: "type-error",
  },
  date_error_cell: {
    severity: "error",
    message: (p: { code: string }) =>
      `The cell holds the error ${p.code} instead of a date; fix the formula or value behind it.`,
    frictionless: "type-error",
  },
});
