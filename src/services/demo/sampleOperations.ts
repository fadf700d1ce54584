/** The sample operations: inventory items and stock movements, a calendar, its people and its rooms. */
import { DATE, DATETIME, MONEY, type SampleTable, serial, serialAt } from "./sampleFormat";

export function itemsTable(): SampleTable {
  const items: [string, string, string, string, number, number, number, number][] = [
    ["SKU-1001", "Recycled kraft box 30x20x15", "each", "Main", 200, 500, 7, 0.84],
    ["SKU-1002", "Recycled kraft box 40x30x20", "each", "Main", 150, 400, 7, 1.12],
    ["SKU-2001", "Paper tape 50 mm", "roll", "Main", 60, 120, 10, 2.35],
    ["SKU-2002", "Void fill paper 5 kg", "bale", "Annex", 20, 40, 14, 18.9],
    ["SKU-3001", "Compostable mailer A4", "pack of 100", "Annex", 30, 60, 21, 11.5],
  ];
  return {
    sheet: "Items",
    table: "Items",
    headers: [
      "SKU",
      "Name",
      "Unit",
      "Location",
      "Reorder Point",
      "Reorder Qty",
      "Lead Time Days",
      "Unit Cost",
    ],
    rows: items,
    formats: [null, null, null, null, null, null, null, MONEY],
  };
}

export function movementsTable(): SampleTable {
  const m: [string, string, string, number, number | null, string, string][] = [
    ["2026-03-01", "SKU-1001", "Main", 600, 0.84, "receipt", "PO-7710"],
    ["2026-03-01", "SKU-1002", "Main", 400, 1.12, "receipt", "PO-7710"],
    ["2026-03-01", "SKU-2001", "Main", 120, 2.35, "receipt", "PO-7711"],
    ["2026-03-02", "SKU-2002", "Annex", 40, 18.9, "receipt", "PO-7712"],
    ["2026-03-04", "SKU-1001", "Main", -240, null, "issue", "SO-5120"],
    ["2026-03-06", "SKU-2001", "Main", -45, null, "issue", "SO-5124"],
    ["2026-03-09", "SKU-1002", "Main", -310, null, "issue", "SO-5131"],
    ["2026-03-11", "SKU-3001", "Annex", -12, null, "issue", "SO-5133"],
    ["2026-03-12", "SKU-3001", "Annex", 60, 11.5, "receipt", "PO-7720"],
    ["2026-03-16", "SKU-1001", "Main", -280, null, "issue", "SO-5140"],
    ["2026-03-18", "SKU-2002", "Annex", -2, null, "adjustment", "CNT-0318"],
    ["2026-03-20", "SKU-4001", "Main", 25, 6.1, "receipt", "PO-7725"],
    ["2026-03-24", "SKU-2001", "Main", -90, null, "issue", "SO-5152"],
  ];
  return {
    sheet: "Movements",
    table: "StockMovements",
    headers: ["Date", "SKU", "Location", "Quantity", "Unit Cost", "Type", "Reference"],
    rows: m.map(([d, ...rest]) => [serial(d), ...rest]),
    formats: [DATE, null, null, null, MONEY, null, null],
  };
}

export function calendarTable(): SampleTable {
  const ev: [string, string, number, number, number, number, string, string, string | null][] = [
    ["Month-end close review", "2026-03-31", 9, 0, 10, 30, "Dana Whitfield; Sam Okafor", "Board Room", null],
    ["Supplier call: Greenline", "2026-03-25", 14, 0, 14, 45, "Sam Okafor", "Huddle 2", null],
    [
      "Weekly AR stand-up",
      "2026-03-02",
      9,
      30,
      9,
      45,
      "Dana Whitfield; Priya Nair",
      "Huddle 1",
      "FREQ=WEEKLY;BYDAY=MO;COUNT=5",
    ],
    ["Auditor visit", "2026-03-31", 10, 0, 12, 0, "Dana Whitfield", "Board Room", null],
    ["Stock count", "2026-03-28", 8, 0, 7, 0, "Leo Martins", "Warehouse", null],
  ];
  return {
    sheet: "Calendar",
    table: "Events",
    headers: ["Title", "Start", "End", "Time Zone", "Attendees", "Room", "Recurrence", "Status"],
    rows: ev.map(([t, d, sh, sm, eh, em, who, room, rr]) => [
      t,
      serialAt(d, sh, sm),
      serialAt(d, eh, em),
      "Europe/London",
      who,
      room,
      rr,
      "confirmed",
    ]),
    formats: [null, DATETIME, DATETIME, null, null, null, null, null],
  };
}

export function peopleTable(): SampleTable {
  return {
    sheet: "People",
    table: "People",
    headers: ["Name", "Email", "Time Zone", "Working Hours"],
    rows: [
      ["Dana Whitfield", "dana.whitfield@example.com", "Europe/London", "09:00-17:30"],
      ["Sam Okafor", "sam.okafor@example.com", "Europe/London", "08:30-17:00"],
      ["Priya Nair", "priya.nair@example.com", "Asia/Kolkata", "10:00-18:30"],
      ["Leo Martins", "leo.martins@example", "Europe/Lisbon", "07:00-15:00"],
    ],
    formats: [null, null, null, null],
  };
}

export function roomsTable(): SampleTable {
  return {
    sheet: "Rooms",
    table: "Rooms",
    headers: ["Name", "Capacity"],
    rows: [
      ["Board Room", 12],
      ["Huddle 1", 4],
      ["Huddle 2", 4],
      ["Warehouse", 30],
    ],
    formats: [null, null],
  };
}
