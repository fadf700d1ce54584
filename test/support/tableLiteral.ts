/**
 * Test fixtures that read like the domain:
 *   table`Date | Account | Debit | Credit
 *          2026-01-02 | 1000 | 100.00 | `
 * Cells: blank -> null, plain numbers -> number, "quoted" -> text as written, TRUE/FALSE -> boolean,
 * #N/A-style -> error cell, anything else -> text. The header is Excel row 1 unless `at` says otherwise.
 */
import { cellError, EXCEL_ERROR_CODES, type Cell } from "../../src/core/cell";
import { tableFromRows, type TableData } from "../../src/core/table";

const ERRORS = new Set<string>(EXCEL_ERROR_CODES);

export function parseLiteralCell(raw: string): Cell {
  const s = raw.trim();
  if (s === "") return null;
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1);
  if (s === "TRUE") return true;
  if (s === "FALSE") return false;
  if (ERRORS.has(s)) return cellError(s);
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

export interface LiteralOptions {
  readonly name?: string;
  readonly sheet?: string;
  /** Excel row of the header (records follow on the next rows). */
  readonly headerRow?: number;
  readonly firstColumn?: number;
}

function build(opts: LiteralOptions, text: string): TableData {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const [head, ...body] = lines;
  if (head === undefined) throw new Error("table literal needs a header line");
  const headers = head.split("|").map((h) => h.trim());
  const records = body.map((line) => {
    const cells = line.split("|").map(parseLiteralCell);
    while (cells.length < headers.length) cells.push(null);
    return cells;
  });
  return tableFromRows({
    name: opts.name ?? "Table1",
    sheet: opts.sheet ?? "Sheet1",
    headers,
    records,
    headerRow: opts.headerRow ?? 1,
    firstColumn: opts.firstColumn ?? 0,
  });
}

/** Tagged template with default name "Table1" on "Sheet1". */
export function table(strings: TemplateStringsArray, ...values: unknown[]): TableData {
  return build({}, String.raw({ raw: strings }, ...values));
}

/** The same with a name, sheet or position: tableOf({ name: "Bank", sheet: "Bank" })`...`. */
export function tableOf(opts: LiteralOptions) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TableData =>
    build(opts, String.raw({ raw: strings }, ...values));
}
