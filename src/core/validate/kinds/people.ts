/** People (name, email, time zone, working hours) and their field specs, which calendar lookups reuse. */
import { TIME_ZONE } from "./commonFields";
import type { KindDef, KindField } from "./types";

/** "09:00-17:30": two 24-hour times. */
export const WORKING_HOURS = "([01]?\\d|2[0-3]):[0-5]\\d\\s*[-–]\\s*([01]?\\d|2[0-4]):[0-5]\\d";

export const PEOPLE_FIELDS: readonly KindField[] = [
  {
    name: "name",
    label: "Name",
    synonyms: ["full name", "person", "employee", "display name", "attendee"],
    type: "text",
    required: true,
    rule: { unique: true },
  },
  {
    name: "email",
    label: "Email",
    synonyms: ["e-mail", "email address", "mail"],
    type: "email",
    rule: { unique: true },
  },
  TIME_ZONE,
  {
    name: "workingHours",
    label: "Working hours",
    synonyms: ["hours", "work hours", "office hours", "availability"],
    type: "text",
    rule: { pattern: WORKING_HOURS },
  },
];

export const people: KindDef = {
  id: "people",
  label: "People",
  fields: PEOPLE_FIELDS,
  needs: [[["name"]], [["email"], ["timeZone"], ["workingHours"]]],
  checks: [],
};
