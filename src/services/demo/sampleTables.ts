/**
 * The demo's sample workbook as plain tables: a month of a small wholesaler's books and operations, with
 * a few cells carrying the mistakes real sheets carry, so every workflow has something to find.
 */
import { bankTable, chartTable, invoicesTable, ledgerTable } from "./sampleBooks";
import type { SampleTable } from "./sampleFormat";
import { calendarTable, itemsTable, movementsTable, peopleTable, roomsTable } from "./sampleOperations";

export type { SampleTable } from "./sampleFormat";

/** Every sample table, one per sheet, in the order the demo shows them. */
export function sampleTables(): SampleTable[] {
  return [
    ledgerTable(),
    bankTable(),
    chartTable(),
    invoicesTable(),
    itemsTable(),
    movementsTable(),
    calendarTable(),
    peopleTable(),
    roomsTable(),
  ];
}
