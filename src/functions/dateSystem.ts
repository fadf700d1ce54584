/**
 * The date system of the workbook a function is calculated in. Excel hands a function cell values, not
 * the workbook's settings: a date cell arrives as a serial, and in a 1904 workbook the same serial is a
 * day 1,462 days later than in a 1900 one. Reading it as 1900 would shift every serial date by four years
 * while text dates stay put, so a 1904 workbook with both kinds would match and validate wrongly.
 *
 * The bundle's entry installs a source that asks Excel (see index.ts); without one (the browser demo,
 * Node) the answer is 1900. A recalculation calls many functions at once, so one answer serves every call
 * for a few seconds; after that the next call asks again, since the user can switch the system in Excel's
 * options while the workbook is open.
 */
import type { DateSystem } from "../core/dates";
import { notAvailable } from "./errors";

export type DateSystemSource = () => Promise<DateSystem>;

/** How long one answer serves: longer than a recalculation burst, shorter than a trip to the options. */
export const DATE_SYSTEM_TTL_MS = 5_000;

let source: DateSystemSource | null = null;
let clock: () => number = () => Date.now();
let kept: { readonly at: number; readonly answer: Promise<DateSystem> } | null = null;

/** Installs where the answer comes from (null: always 1900); `now` is for tests. */
export function useDateSystemSource(
  from: DateSystemSource | null,
  now: () => number = () => Date.now(),
): void {
  source = from;
  clock = now;
  kept = null;
}

/**
 * The workbook's date system. Rejects with #N/A when Excel cannot say: reading serials in the wrong system
 * gives wrong answers that look right, so the function fails visibly and a recalculation asks again.
 */
export function workbookDateSystem(): Promise<DateSystem> {
  if (source === null) return Promise.resolve(1900);
  const now = clock();
  if (kept !== null && now - kept.at < DATE_SYSTEM_TTL_MS) return kept.answer;
  const asked = source().catch((e: unknown) => {
    // A failed answer is not kept: the next call asks again.
    if (kept?.answer === asked) kept = null;
    throw notAvailable(
      `Excel did not say whether this workbook uses the 1900 or the 1904 date system (${
        e instanceof Error ? e.message : String(e)
      }); recalculate to try again.`,
    );
  });
  kept = { at: now, answer: asked };
  return asked;
}
