/**
 * Worksheet functions for validation: a range with its header row checked against a table kind and the
 * user's rules, its issues spilled; one value checked against a type. Thin: range -> table -> core ->
 * 2-D result; they never write to the workbook.
 */
import { cellError, type Cell } from "../core/cell";
import { formatLocation, type Issue } from "../core/issues";
import { tableFromRows } from "../core/table";
import {
  KIND_IDS,
  kindIdFrom,
  readTableRules,
  validateTable,
  validateValue,
  type TableRules,
} from "../core/validate";
import { workbookDateSystem } from "./dateSystem";
import { invalidValue } from "./errors";

/** Cells a range may have: validation reads about a million cells a second, and a function must answer. */
const MAX_INPUT_CELLS = 2_000_000;
/** Spilled issues: about 200 bytes each keeps the answer far below the 5 MB payload limit on the web. */
const MAX_OUTPUT_ROWS = 5_000;

type Grid = (string | number)[][];

/** Excel passes a blank cell as "" (or null) and an error cell, where it passes one, as an error object. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("#")) return cellError(code);
  return String(v);
}

/** Sheet and first cell of a range address such as "Books!B4:F20" or "'My sheet'!$B$4:$F$20". */
export function rangeOrigin(
  address: string | undefined,
): { sheet: string; row: number; column: number } | null {
  if (!address) return null;
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::|$)/.exec(address.slice(bang + 1));
  if (!m) return null;
  let column = 0;
  for (const ch of (m[1] as string).toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { sheet, row: Number(m[2]), column: column - 1 };
}

function tableOf(
  // Excel hands a range over as rows of plain values.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  values: any[][],
  address: string | undefined,
) {
  if (!Array.isArray(values) || values.length < 1 || !Array.isArray(values[0]))
    throw invalidValue("table: give a range whose first row holds the headers.");
  const [head, ...body] = values as unknown[][];
  const width = (head ?? []).length;
  if (width * body.length > MAX_INPUT_CELLS)
    throw invalidValue(
      `table has ${(width * body.length).toLocaleString("en-US")} cells; a worksheet function checks at most ${MAX_INPUT_CELLS.toLocaleString("en-US")}. Use the task pane for larger tables.`,
    );
  const records = body.map((r) => (Array.isArray(r) ? r.map(toCell) : [toCell(r)]));
  // A range reaching past the data ends in blank rows: those are not records; blank rows within are.
  let end = records.length;
  while (end > 0 && (records[end - 1] as Cell[]).every((c) => c === null)) end--;
  const origin = rangeOrigin(address);
  const headerRow = origin?.row ?? 1;
  const name = address === undefined ? "Range" : address.slice(address.lastIndexOf("!") + 1);
  return {
    table: tableFromRows({
      name,
      sheet: origin?.sheet || "Range",
      headers: (head ?? []).map((h) => (h === null || h === undefined ? "" : String(h))),
      records: records.slice(0, end),
      headerRow,
      firstColumn: origin?.column ?? 0,
    }),
    excelRows: origin !== null,
  };
}

function kindOf(kind: unknown): string {
  if (kind === null || kind === undefined || kind === "") return "auto";
  const text = String(kind);
  if (kindIdFrom(text) === undefined)
    throw invalidValue(
      `kind: "${text}" is not a kind of table; use one of ${KIND_IDS.join(", ")}, auto or none.`,
    );
  return text;
}

function rulesOf(rulesJson: unknown, tableName: string): TableRules | undefined {
  if (rulesJson === null || rulesJson === undefined || rulesJson === "") return undefined;
  if (typeof rulesJson !== "string") throw invalidValue("rulesJson: give the rules as JSON text.");
  const read = readTableRules(rulesJson, tableName);
  if (!read.ok) throw invalidValue(`rulesJson: ${read.error}.`);
  return read.value;
}

/** The message without the location the Row and Column cells already give. */
function bare(issue: Issue): string {
  const where = formatLocation(issue);
  return where !== "" && issue.message.startsWith(`${where}: `)
    ? issue.message.slice(where.length + 2)
    : issue.message;
}

// functions.json takes a JSDoc description with its line breaks, which Excel shows: each is one line.
/**
 * Checks a table for every problem: its kind's rules (ledger, bank statement, invoices, inventory, calendar…) and yours. Spills one row per issue — row, column, code, message, severity — under a header row, or a single "No issues" row. Rows are worksheet rows.
 * @customfunction VALIDATE
 * @requiresParameterAddresses
 * @param {any[][]} table The table with its header row.
 * @param {string} [kind] The kind of table: ledger, bank-statement, invoices, … (default: detected from the headers; none: your rules only).
 * @param {string} [rulesJson] Your rules for this table as JSON (see the validation guide).
 * @param {CustomFunctions.Invocation} invocation Where the range is, to report worksheet rows.
 * @returns {Promise<any[][]>} A spilled table of issues.
 */
export async function validate(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: any[][],
  // Optional through the JSDoc brackets: a `?` cannot come before the invocation parameter.
  kind: string,
  rulesJson: string,
  invocation: CustomFunctions.Invocation,
  // A spilled mix of numbers and text is any[][] for the metadata generator.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any[][]> {
  const { table: data, excelRows } = tableOf(table, invocation?.parameterAddresses?.[0]);
  const rules = rulesOf(rulesJson, data.name);
  const dateSystem = await workbookDateSystem();
  const result = validateTable(data, {
    kind: kindOf(kind),
    dateSystem,
    ...(rules === undefined ? {} : { rules }),
  });
  if (result.issues.length === 0)
    return [[`No issues (${result.records.toLocaleString("en-US")} records checked)`]];
  // Without the range's address, rows count from the range's first row (the header row is row 1).
  const grid: Grid = [[excelRows ? "Row" : "Row (in range)", "Column", "Code", "Message", "Severity"]];
  for (const i of result.issues.slice(0, MAX_OUTPUT_ROWS))
    grid.push([i.row ?? "", i.column ?? "", i.code, bare(i), i.severity]);
  const more = result.issues.length - MAX_OUTPUT_ROWS;
  if (more > 0)
    grid.push([
      "",
      "",
      "truncated",
      `${more.toLocaleString("en-US")} more issues not shown: use the task pane or bo validate to see them all.`,
      "",
    ]);
  return grid;
}

/**
 * Whether one value is of a type: text, integer, number, amount, quantity, date, datetime, boolean, email, currency, timezone, rrule, list or any — and, when given, matches a pattern. A blank is FALSE.
 * @customfunction ISVALID
 * @param {any} value The value or cell to check.
 * @param {string} type The type it must have, e.g. date, amount, email.
 * @param {string} [pattern] A regular expression the whole value must match, e.g. INV-\d{4}.
 * @returns {Promise<boolean>} TRUE when the value is of the type (and matches the pattern).
 */
// Excel passes numbers, text and booleans to one `any` parameter; the metadata generator knows no `unknown`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function isValid(value: any, type: string, pattern?: string): Promise<boolean> {
  if (Array.isArray(value)) throw invalidValue("value: give one cell or one value, not a range.");
  if (typeof type !== "string" || type.trim() === "")
    throw invalidValue("type: say which type, e.g. date or amount.");
  const dateSystem = await workbookDateSystem();
  const check = validateValue(toCell(value), type, {
    dateSystem,
    ...(pattern === null || pattern === undefined ? {} : { pattern }),
  });
  if ("badArgument" in check) throw invalidValue(`${check.message}.`);
  return check.valid;
}
