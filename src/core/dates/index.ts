/** Dates: day numbers, Excel serials in both date systems, and text dates read by a declared order. */
export type { DateSystem, DateOrder, DateFailureCode } from "./types";
export {
  dayFromYmd,
  ymdFromDay,
  isValidYmd,
  isoFromDay,
  dayFromIso,
  weekdayOfDay,
  addMonthsToDay,
  daysInMonth,
  isLeapYear,
  compactDateDay,
  type Ymd,
} from "./day";
export { serialToDay, dayToSerial, serialToIsoDateTime, MAX_SERIAL_1900, MAX_SERIAL_1904 } from "./serial";
export { parseDate, parseDateDay, type DateOptions, type DateResult } from "./parseDate";
export { parseDateTime, type DateTimeResult } from "./parseDateTime";
export { inferDateOrder } from "./inferDateOrder";
export type { DateFailure } from "./dateFailures";
