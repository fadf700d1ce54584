/**
 * Several DATEV booking batches of one delivery joined into one book. A bookkeeping program exports a
 * batch per period (January, February, March) or per journal (bank, cash), and a quarter's or a year's
 * reconciliation needs them all. They are joined only when they are parts of the same books: the same
 * consultant and client, the same fiscal year and account length, the same columns. Each batch keeps its
 * own first line above the table, and its dates are given their year from its own period.
 */
import { datevDateIssues, datevLayout, FIELD, mendDatevDates, type DatevDates } from "./datevBatch";
import type { Issue } from "./issues";

/** A booking batch's parsed lines (parseCsv's output; its dates are rewritten in place when joined). */
export interface DatevBatchFile {
  readonly name: string;
  readonly lines: string[][];
}

export interface JoinedBatches {
  /**
   * Each batch's own first line, in the order joined, then the column headers, then the batches' records
   * in the same order (blank lines left out), booking dates as ISO days of their batch's period.
   */
  readonly lines: string[][];
  /** 0-based index of the column-header line in `lines`. */
  readonly headerIndex: number;
  /** Each batch's mended dates, their line indices into `lines`; empty without a date column. */
  readonly dates: readonly DatevDates[];
  /** The batches' names, in the order joined: by the first day of their period, then by name. */
  readonly names: readonly string[];
}

/**
 * Where a ledger export's column headers are and its booking dates as mended: a join's, or one file's
 * (batchLayout).
 */
export type BatchLayout = Pick<JoinedBatches, "headerIndex" | "dates">;

/**
 * The layout of a ledger export's parsed lines: the join's when they are booking batches joined (their
 * dates mended there); else the file's own, a booking batch's dates given their year here, in place.
 */
export function batchLayout(lines: string[][], joined?: BatchLayout): BatchLayout {
  if (joined !== undefined) return joined;
  const datev = datevLayout(lines);
  const headerIndex = datev?.headerIndex ?? 0;
  const mended = datev?.bookingBatch === true ? mendDatevDates(lines, headerIndex, datev.period) : null;
  return { headerIndex, dates: mended === null ? [] : [mended] };
}

export type JoinOutcome =
  { readonly ok: true; readonly joined: JoinedBatches } | { readonly ok: false; readonly problem: string };

/** 0-based fields of the first line that say whose books a batch belongs to, as DATEV documents them. */
const SAME_BOOKS = [
  { field: FIELD.consultant, what: "consultant number (Beraternummer)" },
  { field: FIELD.client, what: "client number (Mandantennummer)" },
  { field: FIELD.fiscalYearStart, what: "fiscal year (WJ-Beginn)" },
  { field: FIELD.accountLength, what: "account length (Sachkontenlänge)" },
] as const;

const field = (line: readonly string[] | undefined, k: number): string => (line?.[k] ?? "").trim();

/** The column headers as compared: trimmed, in lower case, without trailing empty fields. */
function columnsKey(line: readonly string[] | undefined): string {
  const names = (line ?? []).map((h) => h.trim().toLowerCase());
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  return names.join("\u0001");
}

const isBlank = (line: readonly string[]): boolean => line.every((v) => v.trim() === "");

/** A batch's records as one text, to tell two batches holding the same bookings. */
const recordsKey = (lines: readonly (readonly string[])[]): string =>
  lines
    .slice(2)
    .filter((l) => !isBlank(l))
    .map((l) => l.join("\u0001"))
    .join("\u0002");

/**
 * The booking batches joined, or the problem that keeps them apart, naming the files: batches of other
 * books, with other columns, or two holding the same bookings (a delivery's batch twice would count each
 * entry twice). Batches of the same books whose periods overlap are joined: DATEV keeps a batch per
 * journal, so a month may have several.
 */
export function joinDatevBatches(files: readonly DatevBatchFile[]): JoinOutcome {
  const batches = files.map((f) => ({ ...f, layout: datevLayout(f.lines) }));
  const notBatch = batches.find((b) => b.layout?.bookingBatch !== true);
  if (notBatch !== undefined) return { ok: false, problem: `"${notBatch.name}" is no DATEV booking batch` };
  const [first, ...rest] = batches;
  if (first === undefined) return { ok: false, problem: "there is no booking batch to join" };
  for (const b of rest) {
    for (const { field: k, what } of SAME_BOOKS) {
      const [x, y] = [field(first.lines[0], k), field(b.lines[0], k)];
      if (x !== y)
        return {
          ok: false,
          problem: `"${first.name}" and "${b.name}" are batches of different books: their ${what} is ${x || "blank"} and ${y || "blank"}`,
        };
    }
    if (columnsKey(first.lines[1]) !== columnsKey(b.lines[1]))
      return {
        ok: false,
        problem: `"${first.name}" and "${b.name}" lay out their columns differently (format versions ${field(first.lines[0], FIELD.formatVersion) || "blank"} and ${field(b.lines[0], FIELD.formatVersion) || "blank"}); export them again with the same program version`,
      };
  }
  const seen = new Map<string, string>();
  for (const b of batches) {
    const key = recordsKey(b.lines);
    const twin = seen.get(key);
    if (twin !== undefined) return { ok: false, problem: `"${twin}" and "${b.name}" hold the same bookings` };
    seen.set(key, b.name);
  }
  const from = (b: (typeof batches)[number]): number => b.layout?.period?.from ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...batches].sort(
    (a, b) => from(a) - from(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const headerIndex = ordered.length;
  const lines: string[][] = [...ordered.map((b) => b.lines[0] as string[]), first.lines[1] as string[]];
  const dates: DatevDates[] = [];
  for (const b of ordered) {
    const mended = mendDatevDates(b.lines, 1, b.layout?.period ?? null);
    const joinedIndex = new Map<number, number>();
    for (let i = 2; i < b.lines.length; i++) {
      const line = b.lines[i] as string[];
      if (isBlank(line)) continue;
      joinedIndex.set(i, lines.length);
      lines.push(line);
    }
    if (mended !== null)
      dates.push({
        ...mended,
        unread: mended.unread.map((u) => ({ ...u, index: joinedIndex.get(u.index) ?? u.index })),
      });
  }
  return { ok: true, joined: { lines, headerIndex, dates, names: ordered.map((b) => b.name) } };
}

/**
 * The issues of the mended dates of one batch or several joined (datevDateIssues), a batch that names no
 * period said once: `place` finds a date's cell from its batch and line index.
 */
export function batchDateIssues(
  dates: readonly DatevDates[],
  at: { readonly sheet: string; readonly table: string },
  place: (dates: DatevDates, index: number) => { readonly row: number; readonly address: string },
): Issue[] {
  const issues = dates.flatMap((d) => datevDateIssues(d, at, (index) => place(d, index)));
  const periodMissing = issues.findIndex((i) => i.code === "datev_period_missing");
  return issues.filter((i, k) => i.code !== "datev_period_missing" || k === periodMissing);
}
