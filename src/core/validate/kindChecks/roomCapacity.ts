/** `room_over_capacity` (warning): more attendees than the room seats, when a rooms table gives capacities. */
import { detectColumnMap } from "../../columnMap";
import type { Issue } from "../../issues";
import { ROOM_FIELDS } from "../kinds/rooms";
import { parseIntegerCell } from "../parseCell";
import type { Check } from "../types";
import { relatedTable } from "./lookups";

export const roomCapacity: Check = (ctx) => {
  const room = ctx.field("room");
  const attendees = ctx.field("attendees");
  if (room?.text === undefined || attendees?.items === undefined) return [];
  const { related } = relatedTable(ctx, "rooms", ROOM_FIELDS, ["name"]);
  if (related === undefined) return [];
  const capacityColumn = detectColumnMap(related.table, ROOM_FIELDS).map.capacity;
  if (capacityColumn === undefined) return [];
  const capacities = related.table.columns[capacityColumn] ?? [];
  const issues: Issue[] = [];
  let checked = 0;
  const rooms = room.text;
  const lists = attendees.items;
  for (let i = 0; i < room.status.length; i++) {
    const r = rooms[i];
    const people = lists[i];
    if (r === null || r === undefined || people === null || people === undefined) continue;
    const j = related.find(r);
    if (j < 0) continue;
    const capacity = parseIntegerCell(capacities[j] ?? null);
    if (capacity !== capacity) continue;
    checked++;
    if (people.length > capacity)
      issues.push(
        attendees.issues.at(i, "room_over_capacity", { room: r, attendees: people.length, capacity }),
      );
  }
  return [
    {
      rule: "room_over_capacity",
      code: "room_over_capacity",
      column: attendees.col.header,
      checked,
      failed: issues.length,
      issues,
    },
  ];
};
