/**
 * Calendar events: end after start, attendees among the people and rooms among the rooms when those
 * tables are given, double bookings of a person or room (warning), rooms over capacity (warning).
 */
import { doubleBooking } from "../kindChecks/doubleBooking";
import { fieldOrder } from "../kindChecks/fieldOrder";
import { mustExist } from "../kindChecks/lookups";
import { roomCapacity } from "../kindChecks/roomCapacity";
import { TIME_ZONE } from "./commonFields";
import { PEOPLE_FIELDS } from "./people";
import { ROOM_FIELDS } from "./rooms";
import type { KindDef } from "./types";

export const EVENT_STATUSES = ["confirmed", "tentative", "cancelled", "canceled"] as const;

export const calendarEvents: KindDef = {
  id: "calendar-events",
  label: "Calendar events",
  fields: [
    {
      name: "title",
      label: "Title",
      synonyms: ["subject", "event", "summary", "meeting", "event name"],
      type: "text",
      required: true,
    },
    {
      name: "start",
      label: "Start",
      synonyms: ["start time", "starts", "begin", "start date", "from", "dtstart"],
      type: "datetime",
      required: true,
    },
    {
      name: "end",
      label: "End",
      synonyms: ["end time", "ends", "finish", "end date", "to", "until", "dtend"],
      type: "datetime",
      required: true,
    },
    TIME_ZONE,
    {
      name: "attendees",
      label: "Attendees",
      synonyms: ["participants", "guests", "invitees", "people", "attendee"],
      type: "list",
    },
    {
      name: "room",
      label: "Room",
      synonyms: ["location", "venue", "meeting room", "resource"],
      type: "text",
    },
    {
      name: "recurrence",
      label: "Recurrence",
      synonyms: ["rrule", "repeat", "repeats", "recurrence rule"],
      type: "rrule",
    },
    {
      name: "status",
      label: "Status",
      synonyms: ["state", "event status"],
      type: "text",
      rule: { allowed: [...EVENT_STATUSES] },
    },
  ],
  needs: [[["title"]], [["start"]]],
  checks: [
    fieldOrder("end", ">", "start", "end_before_start", (end, start) => ({ end, start })),
    mustExist("attendees", "people", PEOPLE_FIELDS, ["name", "email"]),
    mustExist("room", "rooms", ROOM_FIELDS, ["name"]),
    doubleBooking,
    roomCapacity,
  ],
};
