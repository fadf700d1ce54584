/**
 * Ledger / journal lines: debit xor credit (or one signed amount), entries balance per entry id and
 * currency, accounts exist in the chart of accounts when one is given, nothing posted on or before the
 * lock date, and (with "today") nothing dated in the future.
 */
import { balancedEntries } from "../kindChecks/balancedEntries";
import { futureDates, lockedPeriod } from "../kindChecks/datePolicy";
import { mustExist } from "../kindChecks/lookups";
import { twoSided } from "../kindChecks/twoSided";
import { CHART_FIELDS } from "./chartOfAccounts";
import { CURRENCY, REFERENCE } from "./commonFields";
import type { KindDef } from "./types";

export const ledger: KindDef = {
  id: "ledger",
  label: "Ledger / journal",
  fields: [
    {
      name: "date",
      label: "Date",
      synonyms: [
        "posting date",
        "entry date",
        "transaction date",
        "journal date",
        "gl date",
        "document date",
      ],
      type: "date",
      required: true,
    },
    {
      name: "entry",
      label: "Entry",
      synonyms: [
        "entry id",
        "entry number",
        "journal",
        "journal id",
        "journal number",
        "journal entry",
        "je",
        "je number",
        "voucher",
        "voucher number",
        "transaction id",
        "transaction number",
      ],
      type: "text",
      required: true,
    },
    {
      name: "account",
      label: "Account",
      synonyms: [
        "account code",
        "account number",
        "account id",
        "gl account",
        "gl code",
        "ledger account",
        "nominal code",
      ],
      type: "text",
      required: true,
    },
    {
      name: "description",
      label: "Description",
      synonyms: ["memo", "narrative", "narration", "details", "particulars"],
      type: "text",
    },
    { name: "debit", label: "Debit", synonyms: ["debit amount", "debits"], type: "amount" },
    { name: "credit", label: "Credit", synonyms: ["credit amount", "credits"], type: "amount" },
    { name: "amount", label: "Amount", synonyms: ["signed amount", "net amount", "value"], type: "amount" },
    CURRENCY,
    {
      name: "party",
      label: "Customer/Vendor",
      synonyms: ["customer", "vendor", "supplier", "client", "party", "counterparty", "contact"],
      type: "text",
    },
    REFERENCE,
  ],
  needs: [[["date"]], [["account"]], [["amount"], ["debit", "credit"]]],
  checks: [
    twoSided("debit", "credit"),
    balancedEntries,
    mustExist("account", "chartOfAccounts", CHART_FIELDS, ["account"]),
    lockedPeriod("date"),
    futureDates("date"),
  ],
};
