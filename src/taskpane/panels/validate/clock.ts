/** The pane reads the clock (core never does): today's date for the run, and a stamp for the report. */

const two = (n: number) => String(n).padStart(2, "0");

/** Today in the user's time zone, YYYY-MM-DD. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** "2026-03-31 14:05", as the report's header shows when the check ran. */
export function localStamp(now: Date): string {
  return `${localDate(now)} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
