/**
 * Stock movements and calendars, where a defect's consequence depends on other rows: the expected
 * findings come from plain reference implementations (a sorted replay; an all-pairs overlap test), so
 * the engine's single-pass replay and sweep are checked against the obvious definitions.
 */
import fc from "fast-check";
import type { Cell } from "../../../../src/core/cell";
import { validateTable } from "../../../../src/core/validate";
import { showDateTime } from "../../../../src/core/validate/show";
import { DAY_2026_01_01, dateCell, findings, rowOf, sortFindings, tableOfRecords, type Finding } from "./gen";

const MOVES = ["Date", "SKU", "Location", "Qty", "Type"];
const SKUS = ["A-1", "B-2", "C-3"];
const items = tableOfRecords(
  "Items",
  ["SKU", "Name"],
  SKUS.map((s) => [s, `Item ${s}`]),
);

interface Move {
  day: number;
  sku: string;
  location: string;
  qty: number;
}

/** The obvious definition: per SKU x location, movements by (date, row); the first that takes stock below 0. */
function expectedNegatives(moves: readonly Move[]): Finding[] {
  const order = moves.map((m, k) => ({ ...m, k })).sort((a, b) => a.day - b.day || a.k - b.k);
  const stock = new Map<string, number>();
  const out: Finding[] = [];
  for (const m of order) {
    const key = `${m.sku.toLowerCase()}|${m.location.toLowerCase()}`;
    const after = (stock.get(key) ?? 0) + m.qty;
    if (after < 0 && !stock.has(`${key}!`)) {
      out.push(["negative_stock", rowOf(m.k), "Qty"]);
      stock.set(`${key}!`, 1);
    }
    stock.set(key, after);
  }
  return out;
}

const moveArb: fc.Arbitrary<Move> = fc.record({
  day: fc.integer({ min: 0, max: 20 }),
  sku: fc.constantFrom(...SKUS, "a-1"),
  location: fc.constantFrom("Main", "North", "main"),
  qty: fc.integer({ min: -50, max: 50 }).filter((q) => q !== 0),
});

describe("stock movement properties", () => {
  it("reports the first negative movement per SKU x location exactly where the reference replay does", () => {
    fc.assert(
      fc.property(
        fc.array(moveArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (moves, unknown) => {
          const rows: Cell[][] = moves.map((m, k) => [
            dateCell(DAY_2026_01_01 + m.day, k),
            m.sku,
            m.location,
            m.qty,
            m.qty > 0 ? "Receipt" : "Issue",
          ]);
          for (const p of unknown) {
            const k = p % rows.length;
            if ((rows[k] as Cell[])[1] === "Z-9") continue;
            // An unknown SKU is its own SKU x location in the replay: recompute the reference with it.
            (rows[k] as Cell[])[1] = "Z-9";
            (moves[k] as Move).sku = "Z-9";
          }
          const expected = [
            ...expectedNegatives(moves),
            ...moves.flatMap((m, k): Finding[] =>
              m.sku === "Z-9" ? [["foreign_key", rowOf(k), "SKU"]] : [],
            ),
          ];
          const r = validateTable(tableOfRecords("Moves", MOVES, rows), {
            tables: [items],
            lookups: { items: "Items" },
          });
          expect(r.kind).toBe("stock-movements");
          expect(findings(r.issues)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 150 },
    );
  });
});

const EVENTS = ["Title", "Start", "End", "Attendees", "Room", "Status"];

interface Event {
  start: number;
  length: number;
  people: string[];
  room: string;
  cancelled: boolean;
}

/** The obvious definition: event b collides on a resource with an event a that sorts before it and ends after b starts. */
function expectedBookings(events: readonly Event[]): Finding[] {
  const out: Finding[] = [];
  const live = events.map((e, k) => ({ ...e, k })).filter((e) => !e.cancelled);
  const clash = (b: (typeof live)[number], has: (e: Event) => boolean): boolean =>
    live.some(
      (a) =>
        a.k !== b.k &&
        has(a) &&
        (a.start < b.start || (a.start === b.start && a.k < b.k)) &&
        a.start + a.length > b.start,
    );
  for (const b of live) {
    if (clash(b, (a) => a.room === b.room)) out.push(["double_booking", rowOf(b.k), "Room"]);
    for (const p of new Set(b.people)) {
      if (clash(b, (a) => a.people.includes(p))) out.push(["double_booking", rowOf(b.k), "Attendees"]);
    }
  }
  return out;
}

const eventArb: fc.Arbitrary<Event> = fc.record({
  start: fc.integer({ min: 0, max: 48 }).map((q) => 540 + q * 15),
  length: fc.integer({ min: 1, max: 8 }).map((q) => q * 15),
  people: fc.uniqueArray(fc.constantFrom("Ana", "Ben", "Cy"), { minLength: 1, maxLength: 3 }),
  room: fc.constantFrom("Blue", "Green"),
  cancelled: fc.boolean(),
});

describe("calendar properties", () => {
  it("reports double bookings exactly where the all-pairs reference does, and swapped times as end_before_start", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 2 }),
        (events, swaps) => {
          const day = DAY_2026_01_01 * 1440;
          const rows: Cell[][] = events.map((e, k) => [
            `Event ${k}`,
            showDateTime(day + e.start),
            showDateTime(day + e.start + e.length),
            e.people.join("; "),
            e.room,
            e.cancelled ? "Cancelled" : "Confirmed",
          ]);
          const swapped = new Set<number>();
          for (const s of swaps) {
            const k = s % rows.length;
            if (swapped.has(k)) continue;
            swapped.add(k);
            const r = rows[k] as Cell[];
            [r[1], r[2]] = [r[2] ?? null, r[1] ?? null];
          }
          // A swapped event is invalid: it is reported and books nothing.
          const booked = events.map((e, k) => (swapped.has(k) ? { ...e, cancelled: true } : e));
          const expected = [
            ...expectedBookings(booked),
            ...[...swapped].map((k): Finding => ["end_before_start", rowOf(k), "End"]),
          ];
          const r = validateTable(tableOfRecords("Events", EVENTS, rows));
          expect(r.kind).toBe("calendar-events");
          expect(findings(r.issues)).toEqual(sortFindings(expected));
        },
      ),
      { numRuns: 150 },
    );
  });
});
