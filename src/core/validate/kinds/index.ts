/** The registry of table kinds with built-in schemas. */
import type { KindId } from "../kindIds";
import { bankStatement } from "./bankStatement";
import { calendarEvents } from "./calendarEvents";
import { chartOfAccounts } from "./chartOfAccounts";
import { inventoryItems, stockCounts, stockMovements } from "./inventory";
import { invoices } from "./invoices";
import { ledger } from "./ledger";
import { people } from "./people";
import { rooms } from "./rooms";
import type { KindDef } from "./types";

export const KINDS: Readonly<Record<KindId, KindDef>> = {
  ledger,
  "chart-of-accounts": chartOfAccounts,
  "bank-statement": bankStatement,
  invoices,
  "inventory-items": inventoryItems,
  "stock-movements": stockMovements,
  "stock-counts": stockCounts,
  "calendar-events": calendarEvents,
  people,
  rooms,
};

export function kindDef(id: KindId): KindDef {
  return KINDS[id];
}
