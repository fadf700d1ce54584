/** Bank statement lines: amount (or paid in / paid out) and a running balance that must agree with them. */
import { futureDates } from "../kindChecks/datePolicy";
import { runningBalance } from "../kindChecks/runningBalance";
import { twoSided } from "../kindChecks/twoSided";
import { CURRENCY } from "./commonFields";
import type { KindDef } from "./types";

export const bankStatement: KindDef = {
  id: "bank-statement",
  label: "Bank statement",
  fields: [
    {
      name: "date",
      label: "Date",
      synonyms: ["value date", "booking date", "posting date", "transaction date", "txn date"],
      type: "date",
      required: true,
    },
    {
      name: "description",
      label: "Description",
      synonyms: ["details", "narrative", "memo", "payee", "particulars", "transaction details", "text"],
      type: "text",
    },
    {
      name: "amount",
      label: "Amount",
      synonyms: ["value", "transaction amount", "signed amount"],
      type: "amount",
    },
    {
      name: "paidIn",
      label: "Paid in",
      synonyms: ["credit", "credits", "deposit", "deposits", "money in", "receipts"],
      type: "amount",
    },
    {
      name: "paidOut",
      label: "Paid out",
      synonyms: ["debit", "debits", "withdrawal", "withdrawals", "money out", "payments"],
      type: "amount",
    },
    {
      name: "reference",
      label: "Reference",
      synonyms: ["cheque number", "check number", "transaction id", "bank reference"],
      type: "text",
    },
    {
      name: "balance",
      label: "Balance",
      synonyms: ["running balance", "balance after", "closing balance", "account balance", "ledger balance"],
      type: "amount",
    },
    CURRENCY,
  ],
  needs: [[["date"]], [["amount"], ["paidIn", "paidOut"]]],
  checks: [twoSided("paidOut", "paidIn", "balance"), runningBalance, futureDates("date")],
};
