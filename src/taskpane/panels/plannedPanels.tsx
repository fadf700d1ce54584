/** What the workflows of later releases will do, told to the user instead of an empty page. */
import { PlannedPanel } from "./PlannedPanel";

export function ReportsPanel() {
  return (
    <PlannedPanel
      title="Reports"
      purpose="Reports are built from your tables as data first, previewed here, then written to a new sheet that is replaced — never duplicated — when you run them again."
      steps={[
        "Trial balance and balance sheet / income statement from the ledger, by month.",
        "Aged receivables and payables (current, 30, 60, 90+ days) from invoices and bills.",
        "Cash position from bank statements, with the reconciliation status of each account.",
      ]}
      needs="Needs: a ledger table (date, account, debit/credit) and, for ageing, an invoices or bills table."
    />
  );
}

export function InventoryPanel() {
  return (
    <PlannedPanel
      title="Inventory"
      purpose="Keeps stock figures current from the movements you record, and tells you what to reorder."
      steps={[
        "On-hand quantity per item and location, replayed from stock movements in date order.",
        "Valuation by FIFO or moving average cost, exact to the cent.",
        "Stock count variances against the system, and items at or below their reorder point.",
      ]}
      needs="Needs: an inventory items table and a stock movements table; a stock count table for variances."
    />
  );
}

export function CalendarPanel() {
  return (
    <PlannedPanel
      title="Calendar"
      purpose="Organises meetings and appointments held in a calendar table."
      steps={[
        "Expands recurring events (RRULE) into their occurrences for a period.",
        "Finds double bookings of people and rooms, and free slots within working hours.",
        "Exports events to an .ics file your calendar program can import.",
      ]}
      needs="Needs: a calendar events table; people and rooms tables for attendees and rooms."
    />
  );
}
