/** Chart of accounts: account, name, type (asset/liability/equity/income/expense), parent; parents form a tree. */
import { accountTree } from "../kindChecks/accountTree";
import type { KindDef, KindField } from "./types";

export const ACCOUNT_TYPES = ["asset", "liability", "equity", "income", "expense"] as const;

export const CHART_FIELDS: readonly KindField[] = [
  {
    name: "account",
    label: "Account",
    synonyms: [
      "account code",
      "account number",
      "account id",
      "code",
      "gl code",
      "gl account",
      "nominal code",
    ],
    type: "text",
    required: true,
    rule: { unique: true },
  },
  {
    name: "name",
    label: "Name",
    synonyms: ["account name", "title", "account title", "description"],
    type: "text",
    required: true,
  },
  {
    name: "type",
    label: "Type",
    synonyms: ["account type", "category", "class", "account class"],
    type: "text",
    rule: { allowed: [...ACCOUNT_TYPES] },
  },
  {
    name: "parent",
    label: "Parent",
    synonyms: ["parent account", "parent code", "parent account code", "rolls up to", "summary account"],
    type: "text",
  },
];

export const chartOfAccounts: KindDef = {
  id: "chart-of-accounts",
  label: "Chart of accounts",
  fields: CHART_FIELDS,
  needs: [[["account"]], [["name"]]],
  checks: [accountTree],
};
