/**
 * The day a statement side runs to, from its rows that are not its records: a bank lists a pending or
 * void line by the day it would book, states its closing balance on a dated row, and a row cleared earlier
 * against another table still belongs to its period.
 */
import type { Cell } from "../cell";
import { parseDate, parseDateDay, type DateOrder, type DateSystem } from "../dates";
import { ROW_PENDING, type SideRecords } from "./readSide";

function dayOf(cell: Cell, system: DateSystem, order: DateOrder | undefined): number | null {
  const fast = parseDateDay(cell, system, order);
  if (fast === fast) return fast;
  const r = parseDate(cell, { system, ...(order ? { order } : {}) });
  return r.ok ? r.day : null;
}

/**
 * The latest day a side's rows that are not among its records say its statement runs to: a pending or
 * void line's date (a bank lists it by the day it would book), a closing (or unnamed) balance row's day,
 * a row cleared earlier against another table. Undefined when none says a day; a pending line whose date
 * cell holds no date ("offen") says none. The engine takes the later of it and the side's last record.
 */
export function statementEndOf(side: SideRecords, dateSystem: DateSystem): number | undefined {
  let end: number | undefined;
  const later = (day: number | null | undefined): void => {
    if (day !== null && day !== undefined && (end === undefined || day > end)) end = day;
  };
  const dates = side.map.date === undefined ? undefined : side.table.columns[side.map.date];
  if (dates !== undefined)
    for (let i = 0; i < side.state.length; i++)
      if (side.state[i] === ROW_PENDING) later(dayOf(dates[i] ?? null, dateSystem, side.dateOrder));
  for (const b of side.balanceRows) if (b.kind !== "opening") later(b.day);
  for (const day of side.cleared.each.day) later(day);
  return end;
}

/** The engine's `statementEnd` option for the statement side: nothing when no row says a day. */
export function statementEndOption(
  right: SideRecords,
  dateSystem: DateSystem,
): { readonly statementEnd?: number } {
  const end = statementEndOf(right, dateSystem);
  return end === undefined ? {} : { statementEnd: end };
}
