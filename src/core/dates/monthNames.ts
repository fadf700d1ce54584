/** English month and weekday names as they appear in text dates: "Mar", "March", "Sept", "Tue", "Tuesday". */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

function table(names: readonly string[], extra: Record<string, number>): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  names.forEach((name, i) => {
    m.set(name, i);
    m.set(name.slice(0, 3), i);
  });
  for (const [k, v] of Object.entries(extra)) m.set(k, v);
  return m;
}

const MONTH_INDEX = table(MONTHS, { sept: 8 });
const WEEKDAY_INDEX = table(WEEKDAYS, { tues: 1, thur: 3, thurs: 3 });

/** 1..12 for a month name or its abbreviation (any case), else 0. */
export function monthOfName(word: string): number {
  const i = MONTH_INDEX.get(word.toLowerCase());
  return i === undefined ? 0 : i + 1;
}

/** 0 (Monday) .. 6 (Sunday) for a weekday name or its abbreviation (any case), else -1. */
export function weekdayOfName(word: string): number {
  return WEEKDAY_INDEX.get(word.toLowerCase()) ?? -1;
}

/** "March" for 3. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Tuesday" for 1. */
export function weekdayName(weekday: number): string {
  const name = WEEKDAYS[weekday] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}
