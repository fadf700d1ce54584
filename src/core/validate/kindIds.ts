/** The ids of the table kinds with built-in schemas, and the everyday words that name them. */

export const KIND_IDS = [
  "ledger",
  "chart-of-accounts",
  "bank-statement",
  "invoices",
  "inventory-items",
  "stock-movements",
  "stock-counts",
  "calendar-events",
  "people",
  "rooms",
] as const;

export type KindId = (typeof KIND_IDS)[number];

/** "none" checks only the user's column rules; "auto" detects the kind from the headers. */
export type KindChoice = KindId | "none" | "auto";

const ALIASES: Readonly<Record<string, KindId | "none" | "auto">> = {
  journal: "ledger",
  gl: "ledger",
  "general-ledger": "ledger",
  accounts: "chart-of-accounts",
  coa: "chart-of-accounts",
  chart: "chart-of-accounts",
  bank: "bank-statement",
  statement: "bank-statement",
  invoice: "invoices",
  bills: "invoices",
  bill: "invoices",
  receivables: "invoices",
  payables: "invoices",
  items: "inventory-items",
  inventory: "inventory-items",
  movements: "stock-movements",
  "stock-movement": "stock-movements",
  counts: "stock-counts",
  "stock-count": "stock-counts",
  calendar: "calendar-events",
  events: "calendar-events",
  person: "people",
  room: "rooms",
  generic: "none",
  detect: "auto",
};

/** Reads a kind as a user types it ("Bank statement", "bank_statement", "journal"); undefined if unknown. */
export function kindIdFrom(text: string): KindChoice | undefined {
  const key = text
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if ((KIND_IDS as readonly string[]).includes(key)) return key as KindId;
  if (key === "none" || key === "auto") return key;
  return ALIASES[key];
}
