/**
 * `double_booking` (warning): a person or room in two events at once. Bookings are grouped per person or
 * room and swept in start order (O(n log n)), each overlapping event reported once per person/room with
 * the row it collides with. Cancelled events free their slot. Times in different time zones are compared
 * in UTC; occurrences of recurring events are not expanded (only the stated one is checked).
 */
import type { Issue } from "../../issues";
import { showDateTime } from "../show";
import { zonedToUtcMinutes } from "../timeZones";
import type { Check, CheckContext, ColumnValues } from "../types";
import { relatedTable } from "./lookups";
import { PEOPLE_FIELDS } from "../kinds/people";

interface Booking {
  readonly row: number;
  readonly start: number;
  readonly end: number;
  /** Local wall-clock start and end, for messages. */
  readonly shownStart: number;
  readonly shownEnd: number;
}

const CANCELLED = new Set(["cancelled", "canceled"]);

/** UTC minutes of each event's start and end, or NaN when they cannot be placed. */
function instants(
  ctx: CheckContext,
  start: ColumnValues,
  end: ColumnValues,
): { s: Float64Array; e: Float64Array } {
  const n = start.status.length;
  const s = new Float64Array(n).fill(NaN);
  const e = new Float64Array(n).fill(NaN);
  const zoneText = ctx.field("timeZone")?.text;
  const zones = new Set<string>();
  if (zoneText !== undefined) for (const z of zoneText) if (z !== null) zones.add(z);
  const convert = zones.size > 1;
  for (let i = 0; i < n; i++) {
    const a = start.num?.[i] as number;
    const b = end.num?.[i] as number;
    if (a !== a || b !== b || b <= a) continue;
    const z = convert ? zoneText?.[i] : undefined;
    if (z !== undefined && z !== null) {
      s[i] = zonedToUtcMinutes(a, z) ?? NaN;
      e[i] = zonedToUtcMinutes(b, z) ?? NaN;
    } else {
      s[i] = a;
      e[i] = b;
    }
  }
  return { s, e };
}

export const doubleBooking: Check = (ctx) => {
  const start = ctx.field("start");
  const end = ctx.field("end");
  if (start?.num === undefined || end?.num === undefined) return [];
  const room = ctx.field("room");
  const attendees = ctx.field("attendees");
  const status = ctx.field("status");
  const { s, e } = instants(ctx, start, end);
  // With a people table, "Ana Lima" and "ana@example.com" are one person.
  const { related: people } = relatedTable(ctx, "people", PEOPLE_FIELDS, ["name", "email"]);
  const byResource = new Map<string, { who: string; column: ColumnValues; bookings: Booking[] }>();
  const add = (key: string, who: string, column: ColumnValues, b: Booking): void => {
    let r = byResource.get(key);
    if (r === undefined) byResource.set(key, (r = { who, column, bookings: [] }));
    r.bookings.push(b);
  };
  const statuses = status?.text;
  const rooms = room?.text;
  const lists = attendees?.items;
  for (let i = 0; i < start.status.length; i++) {
    const si = s[i] as number;
    const ei = e[i] as number;
    if (si !== si || ei !== ei) continue;
    const st = statuses?.[i];
    if (st !== undefined && st !== null && CANCELLED.has(st.toLowerCase())) continue;
    const b: Booking = {
      row: i,
      start: si,
      end: ei,
      shownStart: start.num[i] as number,
      shownEnd: end.num[i] as number,
    };
    const r = rooms?.[i];
    if (room !== undefined && r !== undefined && r !== null) add(`room:${r.toLowerCase()}`, r, room, b);
    for (const person of lists?.[i] ?? []) {
      const p = people?.find(person) ?? -1;
      const key = p >= 0 ? `person#${p}` : `person:${person.toLowerCase()}`;
      if (attendees !== undefined) add(key, person, attendees, b);
    }
  }
  const issues: Issue[] = [];
  let checked = 0;
  for (const { who, column, bookings } of byResource.values()) {
    bookings.sort((x, y) => x.start - y.start || x.row - y.row);
    let latest: Booking | undefined;
    for (const b of bookings) {
      checked++;
      if (latest !== undefined && b.start < latest.end) {
        const from = Math.max(b.shownStart, latest.shownStart);
        const to = Math.min(b.shownEnd, latest.shownEnd);
        issues.push(
          column.issues.at(b.row, "double_booking", {
            who,
            other: ctx.table.rows[latest.row] as number,
            from: showDateTime(from),
            to: showDateTime(to),
          }),
        );
      }
      if (latest === undefined || b.end > latest.end) latest = b;
    }
  }
  return [{ rule: "double_booking", code: "double_booking", checked, failed: issues.length, issues }];
};
