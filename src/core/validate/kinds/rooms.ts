/** Rooms (name, capacity) and their field specs, which calendar lookups reuse. */
import type { KindDef, KindField } from "./types";

export const ROOM_FIELDS: readonly KindField[] = [
  {
    name: "name",
    label: "Name",
    synonyms: ["room", "room name", "meeting room"],
    type: "text",
    required: true,
    rule: { unique: true },
  },
  {
    name: "capacity",
    label: "Capacity",
    synonyms: ["seats", "size", "max people", "people"],
    type: "integer",
    rule: { min: 1 },
  },
];

export const rooms: KindDef = {
  id: "rooms",
  label: "Rooms",
  fields: ROOM_FIELDS,
  needs: [[["name"]], [["capacity"]]],
  checks: [],
};
