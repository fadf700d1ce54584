/**
 * Syntax of an RRULE value (RFC 5545 §3.3.10) as typed into a calendar table: known parts, legal values,
 * FREQ present, not both COUNT and UNTIL. It checks the text only; expanding occurrences is the calendar's.
 */

const FREQS = new Set(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
const WEEKDAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY = /^([+-]?([1-9]|[1-4]\d|5[0-3]))?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^\d{8}(T\d{6}Z?)?$/;

function intList(value: string, min: number, max: number, signed: boolean): boolean {
  return value.split(",").every((v) => {
    if (!/^[+-]?\d{1,3}$/.test(v)) return false;
    const n = Number(v);
    if (!signed && n < 0) return false;
    const a = Math.abs(n);
    return a >= min && a <= max;
  });
}

const PARTS: Readonly<Record<string, (v: string) => boolean>> = {
  FREQ: (v) => FREQS.has(v),
  UNTIL: (v) => UNTIL.test(v),
  COUNT: (v) => /^\d+$/.test(v) && Number(v) >= 1,
  INTERVAL: (v) => /^\d+$/.test(v) && Number(v) >= 1,
  BYSECOND: (v) => intList(v, 0, 60, false),
  BYMINUTE: (v) => intList(v, 0, 59, false),
  BYHOUR: (v) => intList(v, 0, 23, false),
  BYDAY: (v) => v.split(",").every((d) => BYDAY.test(d)),
  BYMONTHDAY: (v) => intList(v, 1, 31, true),
  BYYEARDAY: (v) => intList(v, 1, 366, true),
  BYWEEKNO: (v) => intList(v, 1, 53, true),
  BYMONTH: (v) => intList(v, 1, 12, false),
  BYSETPOS: (v) => intList(v, 1, 366, true),
  WKST: (v) => WEEKDAY.test(v),
};

/** Why the text is not a recurrence rule, or undefined when it is one. */
export function rruleProblem(text: string): string | undefined {
  const body = text.trim().replace(/^RRULE:/i, "");
  if (body === "") return "it is empty";
  const seen = new Set<string>();
  for (const part of body.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return `"${part}" is not NAME=VALUE`;
    const name = part.slice(0, eq).trim().toUpperCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    const valid = PARTS[name];
    if (valid === undefined) return `${name} is not a recurrence rule part`;
    if (seen.has(name)) return `${name} is given twice`;
    seen.add(name);
    if (!valid(value)) return `${value === "" ? "(nothing)" : value} is not a valid ${name}`;
  }
  if (!seen.has("FREQ")) return "FREQ is missing";
  if (seen.has("COUNT") && seen.has("UNTIL")) return "COUNT and UNTIL cannot both be given";
  return undefined;
}
