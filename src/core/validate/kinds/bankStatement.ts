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
      // Beside the booking date, as a statement file's table has it ("Bank Value Date").
      name: "valueDate",
      label: "Bank value date",
      synonyms: ["valuta date", "valutadatum", "wertstellung"],
      type: "date",
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
      synonyms: ["cheque number", "check number", "bank reference"],
      type: "text",
    },
    {
      name: "party",
      label: "Counterparty",
      synonyms: ["payer", "beneficiary", "remitter", "counterparty name"],
      type: "text",
    },
    {
      // The bank's own id of the line (OFX FITID, camt AcctSvcrRef).
      name: "transactionId",
      label: "Transaction ID",
      synonyms: ["fitid", "bank id", "bank transaction id", "unique id"],
      type: "text",
    },
    {
      name: "statement",
      label: "Statement",
      synonyms: ["statement number", "statement no", "statement id"],
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
