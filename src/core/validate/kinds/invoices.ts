/** Invoices and bills (receivables/payables): due on or after issue, paid at most the amount, number unique per party. */
import { futureDates } from "../kindChecks/datePolicy";
import { fieldOrder } from "../kindChecks/fieldOrder";
import { CURRENCY } from "./commonFields";
import type { KindDef } from "./types";

export const INVOICE_STATUSES = [
  "draft",
  "open",
  "sent",
  "approved",
  "partially paid",
  "paid",
  "overdue",
  "void",
  "cancelled",
  "canceled",
  "disputed",
] as const;

export const invoices: KindDef = {
  id: "invoices",
  label: "Invoices and bills",
  fields: [
    {
      name: "number",
      label: "Number",
      synonyms: [
        "invoice number",
        "invoice",
        "invoice id",
        "bill number",
        "bill",
        "document number",
        "invoice #",
      ],
      type: "text",
      required: true,
    },
    {
      name: "party",
      label: "Customer/Vendor",
      synonyms: [
        "customer",
        "vendor",
        "supplier",
        "client",
        "customer name",
        "vendor name",
        "bill to",
        "party",
      ],
      type: "text",
    },
    {
      name: "issueDate",
      label: "Issue date",
      synonyms: ["invoice date", "date", "bill date", "issued", "date issued", "document date"],
      type: "date",
      required: true,
    },
    {
      name: "dueDate",
      label: "Due date",
      synonyms: ["due", "payment due", "due by", "date due"],
      type: "date",
    },
    {
      name: "amount",
      label: "Amount",
      synonyms: [
        "total",
        "invoice amount",
        "amount due",
        "gross",
        "total amount",
        "invoice total",
        "gross amount",
      ],
      type: "amount",
      required: true,
    },
    {
      name: "paid",
      label: "Paid",
      synonyms: ["amount paid", "paid amount", "payments", "received"],
      type: "amount",
    },
    CURRENCY,
    {
      name: "status",
      label: "Status",
      synonyms: ["state", "invoice status", "payment status"],
      type: "text",
      rule: { allowed: [...INVOICE_STATUSES] },
    },
  ],
  needs: [[["number"]], [["issueDate"]], [["amount"]]],
  uniqueFields: [["number", "party"]],
  checks: [
    fieldOrder("dueDate", ">=", "issueDate", "due_before_issue", (due, issued) => ({ due, issued })),
    fieldOrder("paid", "<=", "amount", "paid_exceeds_amount", (paid, amount) => ({ paid, amount })),
    futureDates("issueDate"),
  ],
};
