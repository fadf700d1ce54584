/**
 * Worksheet functions for reconciliation: two ranges with header rows in, the engine's matches or its
 * summary out as a spilled array. Thin: ranges -> tables -> core -> 2-D result; they never write.
 */
import type { Cell } from "../core/cell";
import { bareMessage } from "../core/issues";
import { currencyDecimals, minorToNumber } from "../core/money";
import { parseReconcileConfig, reconcile, type ReconcileResult, type SideTotals } from "../core/reconcile";
import {
  clearedWith,
  earlierMatchId,
  readSide,
  ROW_UNREADABLE,
  sideEarlier,
  splitResultColumns,
  type SideEarlier,
  type SideRecords,
  type SplitTable,
} from "../core/reconcileInput";
import { tableFromRows } from "../core/table";
import type { DateSystem } from "../core/dates";
import { workbookDateSystem } from "./dateSystem";
import { invalidValue } from "./errors";
import { LastRun, type RunInputs } from "./lastRun";

/** Rows a side may have: the engine copes with more, but a function call must answer in seconds. */
const MAX_INPUT_ROWS = 200_000;
/** Spilled rows: about 100 bytes each keeps the answer far below the 5 MB payload limit on the web. */
const MAX_OUTPUT_ROWS = 20_000;

type Grid = (string | number | boolean)[][];

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** The Excel row of a range's first row from "Sheet1!B4:F20" (or "'My sheet'!$B$4"); null if unknown. */
export function firstRowOf(address: string | undefined): number | null {
  if (!address) return null;
  const m = /\$?[A-Za-z]{1,3}\$?(\d+)(?::|$)/.exec(address.slice(address.lastIndexOf("!") + 1));
  return m ? Number(m[1]) : null;
}

/** A range as a table, our result columns (an earlier Apply's) split off. */
function tableOf(
  name: string,
  // Excel hands a range over as rows of plain values.
  values: RunInputs["left"],
  address: string | undefined,
): SplitTable {
  if (!Array.isArray(values) || values.length < 2 || !Array.isArray(values[0]))
    throw invalidValue(
      `${name}: give a range whose first row holds the headers and at least one row of data.`,
    );
  const [head, ...body] = values as unknown[][];
  if (body.length > MAX_INPUT_ROWS)
    throw invalidValue(
      `${name} has ${body.length} rows; at most ${MAX_INPUT_ROWS} fit a worksheet function.`,
    );
  const first = firstRowOf(address);
  // Blank rows (a range reaching past the data) are left out; the others keep their row numbers.
  const records: Cell[][] = [];
  const rows: number[] = [];
  body.forEach((r, i) => {
    const cells = r.map(toCell);
    if (!cells.some((c) => c !== null)) return;
    records.push(cells);
    rows.push(first === null ? i + 1 : first + 1 + i);
  });
  return splitResultColumns(
    tableFromRows({
      name,
      sheet: name,
      headers: (head ?? []).map((h) => (h === null || h === undefined ? "" : String(h))),
      records,
      rows,
      headerRow: first ?? 0,
    }),
  );
}

function sideOf(name: string, split: SplitTable, options: Parameters<typeof readSide>[1]): SideRecords {
  const read = readSide(split.table, options);
  if (read.amountMode === null) {
    const datev = read.issues.find((i) => i.code === "recon_datev_opened");
    const missing = read.issues.find((i) => i.code === "header_missing");
    // The range's place is the caller's: the message without its location.
    const why = datev ? bareMessage(datev) : missing?.message;
    throw invalidValue(`${name}: ${why ?? "needs a Date column and an Amount (or Debit and Credit) column"}`);
  }
  return read;
}

interface Run {
  readonly left: SideRecords;
  readonly right: SideRecords;
  /** What an earlier Apply's result columns in each range held, and the rows it cleared elsewhere. */
  readonly earlier: { readonly left: SideEarlier | null; readonly right: SideEarlier | null };
  readonly result: ReconcileResult;
  /** Whether rows are Excel rows (parameter addresses known) or positions within the ranges. */
  readonly excelRows: boolean;
}

/** =BO.MATCH and =BO.RECONCILE over the same ranges in one recalculation share one run. */
export const sharedRuns = new LastRun<Run>();

function run(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  leftTable: any[][],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rightTable: any[][],
  rulesJson: unknown,
  invocation: CustomFunctions.Invocation | undefined,
  dateSystem: DateSystem,
): Run {
  const inputs: RunInputs = {
    left: leftTable,
    right: rightTable,
    // An omitted optional argument comes as null or undefined: both are the default rules, as is "".
    rules: rulesJson === null || rulesJson === undefined ? "" : rulesJson,
    addresses: (invocation?.parameterAddresses ?? []).slice(0, 2),
    dateSystem,
  };
  return sharedRuns.get(inputs, () => runAfresh(inputs));
}

function runAfresh({ left: leftTable, right: rightTable, rules, addresses, dateSystem }: RunInputs): Run {
  const given = typeof rules === "string" && rules.trim() !== "";
  if (!given && rules !== "") throw invalidValue("rulesJson: give the rules as JSON text.");
  const parsed = parseReconcileConfig(given ? rules : {});
  if (!parsed.ok) throw invalidValue(`rulesJson: ${parsed.errors.join("; ")}`);
  const config = parsed.config;
  const tables = {
    left: tableOf("leftTable", leftTable, addresses[0]),
    right: tableOf("rightTable", rightTable, addresses[1]),
  };
  // Rows an earlier reconciliation cleared against another range take no part (a function sees ranges,
  // not tables: the match ids the ranges share tell which, see sideEarlier).
  const earlier = {
    left: sideEarlier(tables.left.earlier, tables.right.earlier, null),
    right: sideEarlier(tables.right.earlier, tables.left.earlier, null),
  };
  const left = sideOf("leftTable", tables.left, {
    side: "left",
    reading: { debitCredit: "debit-positive", ...(config.left ?? {}) },
    dateSystem,
    cleared: earlier.left?.cleared ?? null,
  });
  const right = sideOf("rightTable", tables.right, {
    side: "right",
    reading: { debitCredit: "credit-positive", ...(config.right ?? {}) },
    dateSystem,
    cleared: earlier.right?.cleared ?? null,
  });
  const named = new Set([...left.currencies, ...right.currencies].filter((c) => c !== ""));
  const currency = named.size === 1 ? ([...named][0] as string) : "";
  const result = reconcile(left.set, right.set, config.rules, undefined, { currency });
  return { left, right, earlier, result, excelRows: firstRowOf(addresses[0]) !== null };
}

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

/** Rows that could not be read, with the first reason (without its location prefix). */
function unreadableRows(side: SideRecords): { row: number; note: string }[] {
  const out: { row: number; note: string }[] = [];
  side.state.forEach((s, i) => {
    if (s !== ROW_UNREADABLE) return;
    const issue = side.rowIssues.get(i)?.[0];
    const note = issue ? bareMessage(issue) : "cannot be read";
    out.push({ row: side.table.rows[i] as number, note });
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

/**
 * Matches two tables: one row per match (match id, left and right rows, status, rule, difference, reason),
 * then the rows left open, the rows an earlier Apply cleared against another range (their result columns in
 * the range say so) and the rows that could not be read. Rows are the worksheet's row numbers.
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
      amount(m.difference, m.currency),
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
  for (const u of unreadableRows(r.left)) grid.push(["", u.row, "", "unreadable", "", "", u.note]);
  for (const u of unreadableRows(r.right)) grid.push(["", "", u.row, "unreadable", "", "", u.note]);
  return capped(grid, 7);
}

function totals(t: SideTotals, currency: string): (string | number)[] {
  return [t.rows, t.total === null ? "mixed currencies" : amount(t.total, currency)];
}

/** How many rows a side left out as cleared earlier, and their total (in the side's sign). */
function clearedTotals(side: SideRecords): (string | number)[] {
  const { rows, minor } = side.cleared;
  if (minor.size > 1) return [rows, "mixed currencies"];
  const [code, sum] = [...minor][0] ?? ["", 0];
  return [rows, amount(sum, code)];
}

/**
 * Summarises a reconciliation: counts and totals of confirmed, suggested and unmatched rows on each side,
 * rows an earlier Apply cleared against another range (left out), rows that could not be read, and the
 * difference no match or open row explains.
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
  const s = r.result.summary;
  const c = s.currency ?? "";
  const unreadable = (side: SideRecords) => side.state.filter((x) => x === ROW_UNREADABLE).length;
  return [
    ["", "Matches", "Left rows", "Left total", "Right rows", "Right total"],
    ["Confirmed", s.confirmed.matches, ...totals(s.confirmed.left, c), ...totals(s.confirmed.right, c)],
    ["Suggested", s.suggested.matches, ...totals(s.suggested.left, c), ...totals(s.suggested.right, c)],
    ["Unmatched", "", ...totals(s.unmatched.left, c), ...totals(s.unmatched.right, c)],
    ["Cleared earlier", "", ...clearedTotals(r.left), ...clearedTotals(r.right)],
    ["Unreadable", "", unreadable(r.left), "", unreadable(r.right), ""],
    [
      "Unexplained difference",
      s.unexplained === null ? "mixed currencies" : amount(s.unexplained, c),
      "",
      "",
      "",
      c,
    ],
  ];
}
