/**
 * Worksheet functions for reconciliation: two ranges with header rows in, the engine's matches or its
 * summary out as a spilled array. Thin: ranges -> tables -> core -> 2-D result; they never write.
 */
import { currencyDecimals, minorToNumber } from "../core/money";
import type { ReconcileResult, RecordSet, SideTotals } from "../core/reconcile";
import {
  clearedWith,
  earlierMatchId,
  ROW_BALANCE,
  ROW_PENDING,
  ROW_UNREADABLE,
  type SideEarlier,
  type SideRecords,
} from "../core/reconcileInput";
import { workbookDateSystem } from "./dateSystem";
import { run } from "./reconcileRun";
import { columnWarnings, rowNote, type SideKey } from "./sideIssues";

// The run MATCH and RECONCILE share lives beside them; the benchmark reaches it through this module.
export { sharedRuns } from "./reconcileRun";

/** Spilled rows: about 100 bytes each keeps the answer far below the 5 MB payload limit on the web. */
const MAX_OUTPUT_ROWS = 20_000;

type Grid = (string | number | boolean)[][];

function amount(minor: number, currency: string): number {
  return minorToNumber(minor, currencyDecimals(currency));
}

function rowsText(rows: Int32Array, idx: readonly number[]): string | number {
  return idx.length === 1 ? (rows[idx[0] as number] as number) : idx.map((i) => rows[i] as number).join(", ");
}

function capped(grid: Grid, width: number): Grid {
  if (grid.length <= MAX_OUTPUT_ROWS + 1) return grid;
  const more = grid.length - 1 - MAX_OUTPUT_ROWS;
  const last: (string | number)[] = [`… ${more} more rows not shown: filter the ranges to see them`];
  while (last.length < width) last.push("");
  return [...grid.slice(0, MAX_OUTPUT_ROWS + 1), last];
}

/**
 * Rows that could not be read, or (with ROW_PENDING) that the bank lists as not booked yet, with the first
 * reason (without its location, naming its column).
 */
function rowsIn(
  key: SideKey,
  side: SideRecords,
  state: typeof ROW_UNREADABLE | typeof ROW_PENDING | typeof ROW_BALANCE,
): { row: number; status: string; note: string }[] {
  const out: { row: number; status: string; note: string }[] = [];
  side.state.forEach((s, i) => {
    if (s !== state) return;
    const issue = side.rowIssues.get(i)?.[0];
    const status =
      state === ROW_UNREADABLE
        ? "unreadable"
        : state === ROW_BALANCE
          ? "balance"
          : issue?.code === "recon_row_void"
            ? "void"
            : "pending";
    const fallback =
      state === ROW_PENDING
        ? "pending, not booked yet"
        : state === ROW_BALANCE
          ? "states a balance"
          : "cannot be read";
    out.push({ row: side.table.rows[i] as number, status, note: issue ? rowNote(key, issue) : fallback });
  });
  return out;
}

/** Rows cleared earlier against another range, with the match id and table their result columns name. */
function clearedRows(side: SideRecords, earlier: SideEarlier | null): { row: number; note: string }[] {
  if (earlier === null) return [];
  return side.cleared.each.record.map((i, k) => {
    const table = clearedWith(earlier, i);
    const id = earlierMatchId(earlier, i);
    return {
      row: side.cleared.each.row[k] as number,
      note: `Cleared earlier${table ? ` with ${table}` : ""}: BO Match ID ${id}; takes no part`,
    };
  });
}

// functions.json takes a JSDoc description with its line breaks, which Excel shows: each is one line.
/**
 * Matches two tables: one row per match (match id, left and right rows, status, rule, difference, reason), then the rows left open, the rows an earlier Apply cleared against another range (their result columns in the range say so), the rows that could not be read (the note names the column and why) and warnings about the ranges' columns. Rows are the worksheet's row numbers. Rows that name no currency are in the one currency the ranges name. Columns it cannot read (none for the date or the amount, two that could be one, a header rulesJson names that is not there) answer #VALUE! saying so.
 * @customfunction MATCH
 * @requiresParameterAddresses
 * @param {any[][]} leftTable The book side with its header row (Date, Amount or Debit/Credit, Reference, ...).
 * @param {any[][]} rightTable The statement side with its header row.
 * @param {string} [rulesJson] Rules and how to read each side, as JSON (see the reconciliation guide).
 * @param {CustomFunctions.Invocation} invocation Where the ranges are, to report worksheet rows.
 * @returns {Promise<any[][]>} A spilled table of matches and open rows.
 */
export async function match(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  leftTable: any[][],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rightTable: any[][],
  // Optional through the JSDoc brackets: a `?` cannot come before the invocation parameter.
  rulesJson: string,
  invocation: CustomFunctions.Invocation,
  // The metadata generator maps only plain element types; a spilled mix of text and numbers is any[][].
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[][]> {
  const r = run(leftTable, rightTable, rulesJson, invocation, await workbookDateSystem());
  const { result } = r;
  const rowWord = r.excelRows ? "row" : "row (in range)";
  const grid: Grid = [
    ["Match ID", `Left ${rowWord}`, `Right ${rowWord}`, "Status", "Rule", "Difference", "Note"],
  ];
  for (const m of result.matches)
    grid.push([
      m.id,
      rowsText(result.left.rows, m.left),
      rowsText(result.right.rows, m.right),
      m.status,
      m.rule,
      amount(m.difference, m.currency || r.currency),
      m.reason,
    ]);
  for (const i of result.unmatched.left)
    grid.push(["", result.left.rows[i] as number, "", "unmatched", "", "", `not in rightTable`]);
  for (const j of result.unmatched.right)
    grid.push(["", "", result.right.rows[j] as number, "unmatched", "", "", `not in leftTable`]);
  for (const u of clearedRows(r.left, r.earlier.left))
    grid.push(["", u.row, "", "cleared earlier", "", "", u.note]);
  for (const u of clearedRows(r.right, r.earlier.right))
    grid.push(["", "", u.row, "cleared earlier", "", "", u.note]);
  for (const state of [ROW_UNREADABLE, ROW_PENDING, ROW_BALANCE] as const) {
    for (const u of rowsIn("left", r.left, state)) grid.push(["", u.row, "", u.status, "", "", u.note]);
    for (const u of rowsIn("right", r.right, state)) grid.push(["", "", u.row, u.status, "", "", u.note]);
  }
  for (const u of columnWarnings("left", r.left)) grid.push(["", u.row, "", "warning", "", "", u.note]);
  for (const u of columnWarnings("right", r.right)) grid.push(["", "", u.row, "warning", "", "", u.note]);
  return capped(grid, 7);
}

/** The one currency of some records ("" for the run's), or null when they are in several. */
function currencyOf(set: RecordSet, records: Iterable<number>, run: string): string | null {
  let found: string | null = null;
  for (const i of records) {
    const c = (set.currency[i] as string) || run;
    if (found === null) found = c;
    else if (c !== found) return null;
  }
  return found ?? run;
}

/** A side's row count and total, in the decimals of its rows' currency; "mixed currencies" for several. */
function totals(t: SideTotals, currency: string | null): (string | number)[] {
  return [t.rows, t.total === null || currency === null ? "mixed currencies" : amount(t.total, currency)];
}

/** Each side's records in matches of a status. */
function inMatches(
  result: ReconcileResult,
  status: "confirmed" | "suggested",
  side: "left" | "right",
): number[] {
  return result.matches.filter((m) => m.status === status).flatMap((m) => m[side]);
}

/** How many rows a side left out as cleared earlier, and their total (in the side's sign). */
function clearedTotals(side: SideRecords): (string | number)[] {
  const { rows, minor } = side.cleared;
  if (minor.size > 1) return [rows, "mixed currencies"];
  const [code, sum] = [...minor][0] ?? ["", 0];
  return [rows, amount(sum, code)];
}

/**
 * Summarises a reconciliation: counts and totals of confirmed, suggested and unmatched rows on each side, rows an earlier Apply cleared against another range (left out), rows that could not be read, and the difference no match or open row explains; its last cell names the currency. Rows that name no currency are in the one currency the ranges name. Where the ranges name several, each total is in the currency of its rows, to its decimals, or says "mixed currencies" when its rows are in more than one, and the last cell names them all.
 * @customfunction RECONCILE
 * @requiresParameterAddresses
 * @param {any[][]} leftTable The book side with its header row.
 * @param {any[][]} rightTable The statement side with its header row.
 * @param {string} [rulesJson] Rules and how to read each side, as JSON.
 * @param {CustomFunctions.Invocation} invocation Where the ranges are.
 * @returns {Promise<any[][]>} A spilled summary table.
 */
export async function reconcileSummary(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  leftTable: any[][],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rightTable: any[][],
  // Optional through the JSDoc brackets: a `?` cannot come before the invocation parameter.
  rulesJson: string,
  invocation: CustomFunctions.Invocation,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[][]> {
  // With the ranges' addresses, rows are keyed by worksheet rows as in =BO.MATCH: beside it over the same
  // ranges this is the same run, so the summary agrees with the listing.
  const r = run(leftTable, rightTable, rulesJson, invocation, await workbookDateSystem());
  const { result } = r;
  const s = result.summary;
  const c = s.currency ?? r.currency;
  const of = (side: "left" | "right", records: Iterable<number>) => currencyOf(result[side], records, c);
  const status = (x: "confirmed" | "suggested", side: "left" | "right") =>
    totals(s[x][side], of(side, inMatches(result, x, side)));
  const unreadable = (side: SideRecords) => side.state.filter((x) => x === ROW_UNREADABLE).length;
  const named = new Set([...result.left.currency, ...result.right.currency].filter((x) => x !== ""));
  return [
    ["", "Matches", "Left rows", "Left total", "Right rows", "Right total"],
    ["Confirmed", s.confirmed.matches, ...status("confirmed", "left"), ...status("confirmed", "right")],
    ["Suggested", s.suggested.matches, ...status("suggested", "left"), ...status("suggested", "right")],
    [
      "Unmatched",
      "",
      ...totals(s.unmatched.left, of("left", result.unmatched.left)),
      ...totals(s.unmatched.right, of("right", result.unmatched.right)),
    ],
    ["Cleared earlier", "", ...clearedTotals(r.left), ...clearedTotals(r.right)],
    ["Unreadable", "", unreadable(r.left), "", unreadable(r.right), ""],
    [
      "Unexplained difference",
      s.unexplained === null ? "mixed currencies" : amount(s.unexplained, c),
      "",
      "",
      "",
      s.currency ?? [...named].sort().join(", "),
    ],
  ];
}
