/**
 * The cascade used when the user has configured nothing: tuned for a bank statement (right) against a
 * ledger (left), where the bank books a day or a few after the ledger and carries the payer's reference
 * in a reference column or in the description. Strong evidence first; weaker rules only confirm what is
 * the only candidate left; tolerances and amount mismatches are only ever suggested.
 */
import { defineRule, type Rule } from "./rules";

export const DEFAULT_RULES: readonly Rule[] = Object.freeze([
  defineRule({
    id: "exact",
    label: "Amount, date and reference equal",
    amount: "exact",
    date: { before: 0, after: 0 },
    reference: "required",
    tieMargin: 0.3,
  }),
  defineRule({
    id: "reference",
    label: "Reference and amount equal, date within two weeks",
    amount: "exact",
    date: { before: 7, after: 14 },
    reference: "required",
    tieMargin: 0.3,
  }),
  defineRule({
    id: "amount-text",
    label: "Amount equal, similar description, date close",
    amount: "exact",
    date: { before: 3, after: 7 },
    text: 0.5,
    tieMargin: 0.08,
  }),
  defineRule({
    id: "amount-date",
    label: "Amount equal, date close, the only candidate",
    amount: "exact",
    date: { before: 2, after: 5 },
    tieMargin: 0.3,
  }),
  defineRule({
    id: "split-book",
    label: "Several ledger rows settled by one statement row",
    cardinality: "many:1",
    amount: "exact",
    date: { before: 7, after: 7 },
    reference: "required",
    party: "required",
    text: 0.5,
    evidence: "any",
    tieMargin: 0.3,
  }),
  defineRule({
    id: "split-statement",
    label: "One ledger row settled by several statement rows",
    cardinality: "1:many",
    amount: "exact",
    date: { before: 3, after: 10 },
    reference: "required",
    party: "required",
    text: 0.5,
    evidence: "any",
    tieMargin: 0.3,
  }),
  defineRule({
    id: "tolerance",
    label: "Amount within tolerance (fee, rounding, FX): suggested",
    amount: { below: { abs: 5, pct: 1 }, above: { abs: 5, pct: 1 } },
    date: { before: 3, after: 7 },
    reference: "required",
    text: 0.5,
    evidence: "any",
    autoConfirm: false,
  }),
  defineRule({
    id: "reference-amount-differs",
    label: "Reference equal, amount differs: suggested",
    amount: "any",
    date: { before: 7, after: 30 },
    reference: "required",
    autoConfirm: false,
  }),
  defineRule({
    id: "groups",
    label: "Groups of the same party or reference that net to the same sum: suggested",
    cardinality: "many:many",
    amount: "exact",
    date: { before: 7, after: 14 },
    maxGroupSize: 5,
    autoConfirm: false,
  }),
]);
