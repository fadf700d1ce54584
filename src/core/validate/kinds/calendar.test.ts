import { tableOf } from "../../../../test/support/tableLiteral";
import { validateTable, type ValidationResult } from "..";

const found = (r: ValidationResult) => r.issues.map((i) => [i.code, i.row, i.column]);
const people = tableOf({ name: "People", sheet: "Directory" })`Name | Email | Time zone | Working hours
  Ana Lima | ana@example.com | Europe/Lisbon | 09:00-17:00
  Ben Ode | ben@example.com | America/New_York | 8:30 - 16:30`;
const rooms = tableOf({ name: "Rooms", sheet: "Directory" })`Room | Capacity
  Blue | 2
  Green | 10`;
const events = tableOf({ name: "Events", sheet: "Calendar" });
const lookups = { people: "People", rooms: "Rooms" };

describe("calendar events kind", () => {
  it("checks end after start, attendees and rooms, double bookings and capacity", () => {
    const t = events`Subject | Start | End | Attendees | Room | Status | Recurrence
      Standup | 2026-03-02 09:00 | 2026-03-02 09:15 | Ana Lima; ben@example.com | Blue | Confirmed | FREQ=DAILY;COUNT=5
      Review | 2026-03-02 09:10 | 2026-03-02 10:00 | ana@example.com | Green | Confirmed |
      Planning | 2026-03-02 11:00 | 2026-03-02 10:00 | Ben Ode | Green | Tentative | FREQ=WEEKLY;BYDAY=XX
      Party | 2026-03-02 12:00 | 2026-03-02 13:00 | Ana Lima, Ben Ode, Cy Dunn | Blue |  |
      Old | 2026-03-02 12:30 | 2026-03-02 12:45 | Ben Ode | Blue | Cancelled |
      Lunch | 2026-03-02 12:30 | 2026-03-02 12:45 | Ben Ode | Attic | confirmed |`;
    const r = validateTable(t, { tables: [people, rooms], lookups });
    expect(r.kind).toBe("calendar-events");
    expect(found(r)).toEqual([
      ["double_booking", 3, "Attendees"],
      ["end_before_start", 4, "End"],
      ["rrule_invalid", 4, "Recurrence"],
      ["foreign_key", 5, "Attendees"],
      ["room_over_capacity", 5, "Attendees"],
      ["double_booking", 7, "Attendees"],
      ["foreign_key", 7, "Room"],
    ]);
    const byCode = (code: string) => r.issues.find((i) => i.code === code)?.message;
    expect(byCode("double_booking")).toBe(
      "Calendar!Events[Attendees] row 3: Ana Lima is also booked by row 2 (overlap 2026-03-02 09:10 to 2026-03-02 09:15); move one of the events or confirm the overlap.",
    );
    expect(byCode("room_over_capacity")).toBe(
      "Calendar!Events[Attendees] row 5: 3 attendees for Blue, which seats 2; choose a larger room or fewer attendees.",
    );
    expect(byCode("rrule_invalid")).toBe(
      "Calendar!Events[Recurrence] row 4: Not a recurrence rule: XX is not a valid BYDAY. Write it like FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.",
    );
    expect(r.issues.filter((i) => i.code === "double_booking").every((i) => i.severity === "warning")).toBe(
      true,
    );
  });

  it("compares events in different time zones in UTC", () => {
    const t = events`Title | Start | End | Time zone | Room
      London call | 2026-03-02 14:00 | 2026-03-02 15:00 | Europe/London | Blue
      Paris call | 2026-03-02 15:30 | 2026-03-02 16:30 | Europe/Paris | Blue
      NY call | 2026-03-02 09:00 | 2026-03-02 09:30 | America/New_York | Blue
      Bad zone | 2026-03-02 09:00 | 2026-03-02 09:30 | Mars/Olympus | Green`;
    const r = validateTable(t);
    // 15:30 Paris = 14:30 London, inside the London call; 09:00 New York = 14:00 London.
    expect(found(r)).toEqual([
      ["double_booking", 3, "Room"],
      ["double_booking", 4, "Room"],
      ["type", 5, "Time zone"],
    ]);
  });

  it("checks the people and rooms tables themselves", () => {
    const p = validateTable(tableOf({ name: "People", sheet: "D" })`Name | Email | Time zone | Working hours
      Ana | ana@example | Europe/Lisbon | 9-5
      ana | x@example.com | UTC | 09:00-17:00`);
    expect(p.kind).toBe("people");
    expect(found(p)).toEqual([
      ["type", 2, "Email"],
      ["pattern", 2, "Working hours"],
      ["unique", 3, "Name"],
    ]);
    const r = validateTable(tableOf({ name: "Rooms", sheet: "D" })`Name | Capacity
      Blue | 0
      Green | many`);
    expect(r.kind).toBe("rooms");
    expect(found(r)).toEqual([
      ["minimum", 2, "Capacity"],
      ["type", 3, "Capacity"],
    ]);
  });
});
