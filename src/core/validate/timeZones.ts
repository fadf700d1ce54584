/**
 * IANA time zones through the platform's Intl (present in every runtime the add-in runs in): whether a
 * name is one, and local wall-clock minutes to UTC so events in different zones can be compared.
 */

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(zone: string): Intl.DateTimeFormat | null {
  const key = zone.trim();
  let f = formats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: key,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      });
    } catch {
      f = null;
    }
    formats.set(key, f);
  }
  return f;
}

/** True for "Europe/Paris", "UTC", "America/New_York"; false for offsets and made-up names. */
export function isTimeZone(zone: string): boolean {
  return formatFor(zone) !== null;
}

/** The zone's offset from UTC, in minutes, at a UTC instant given in minutes since 1970. */
function offsetAt(f: Intl.DateTimeFormat, utcMinutes: number): number {
  const parts = f.formatToParts(utcMinutes * 60000);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const localDay = daysFromCivil(get("year"), get("month"), get("day"));
  const local = localDay * 1440 + get("hour") * 60 + get("minute");
  return local - utcMinutes;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * UTC minutes of a wall-clock time in a zone (minutes since 1970 as if the wall clock were UTC). In a
 * spring-forward gap the later offset is used; in a fall-back overlap, the first occurrence.
 */
export function zonedToUtcMinutes(localMinutes: number, zone: string): number | undefined {
  const f = formatFor(zone);
  if (f === null) return undefined;
  const first = offsetAt(f, localMinutes);
  const guess = localMinutes - first;
  const second = offsetAt(f, guess);
  return second === first ? guess : localMinutes - Math.max(first, second);
}
