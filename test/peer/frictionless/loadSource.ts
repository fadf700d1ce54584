/**
 * A case's data as a table: CSV through the project's loader (src/workbook/memory: loadCsv, read back
 * through the memory workbook's port, as the command line reads a file), JSON fixtures, XLSX through
 * exceljs, or inline rows. Physical row numbers are kept (a blank line is a row), as Frictionless counts
 * them with the header as row 1. The loader pads short rows with blanks and widens the table to its
 * longest row (extra cells land under blank headers), so Frictionless's missing-cell / extra-cell are
 * not reported as such (see docs/validation.md).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Cell } from "../../../src/core/cell";
import { tableFromRows, type TableData } from "../../../src/core/table";
import { createMemoryWorkbook, loadCsv, parseCsv } from "../../../src/workbook/memory";
import type { CaseInput } from "./caseInput";
import type { PyValue } from "./pyLiteral";

type RawRow = { readonly row: number; readonly cells: readonly Cell[] };

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object" && v !== null && "richText" in v)
    return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  if (typeof v === "object" && v !== null && "result" in v) return cellOf((v as { result: unknown }).result);
  return String(v);
}

async function readXlsx(file: string): Promise<RawRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (ws === undefined) return [];
  const width = ws.columnCount;
  const out: RawRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push({ row: r, cells: Array.from({ length: width }, (_, c) => cellOf(row.getCell(c + 1).value)) });
  }
  return out;
}

/** The first row as headers, the rest as records padded with blanks to the header's width. */
function rowsToTable(raw: readonly RawRow[], input: CaseInput): TableData | string {
  const headered = input.headerless === undefined;
  const [head, ...rest] = headered ? raw : [undefined, ...raw];
  const headers = headered
    ? (head?.cells ?? []).map((h) => (h === null ? "" : String(h)))
    : [...(input.headerless ?? [])];
  if (headers.length === 0) return "the data has no header row";
  const body = input.limitRows === undefined ? rest : rest.slice(0, input.limitRows);
  const records = body.map((r) => headers.map((_, c) => (r as RawRow).cells[c] ?? null));
  const table = tableFromRows({
    name: "data",
    sheet: "data",
    headers,
    records,
    headerRow: head?.row ?? 0,
    rows: body.map((r) => (r as RawRow).row),
  });
  // Rows with more or fewer values than the header are noted, as the project's CSV loader notes them.
  const raggedRows = (body as RawRow[]).flatMap((r) =>
    r.cells.length === headers.length ? [] : [{ row: r.row, cells: r.cells.length }],
  );
  return raggedRows.length > 0 ? { ...table, notes: { raggedRows } } : table;
}

export async function loadSource(dir: string, input: CaseInput): Promise<TableData | string> {
  const { source } = input;
  if ("rows" in source) {
    const raw = source.rows.map((cells, k) => ({ row: k + 1, cells: cells.map((v: PyValue) => cellOf(v)) }));
    return rowsToTable(raw, input);
  }
  const file = path.join(dir, source.file);
  if (!fs.existsSync(file)) return `${source.file} is not in the suite`;
  if (file.endsWith(".xlsx")) return rowsToTable(await readXlsx(file), input);
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    const rows = JSON.parse(text) as unknown[][];
    return rowsToTable(
      rows.map((cells, k) => ({ row: k + 1, cells: cells.map(cellOf) })),
      input,
    );
  }
  if (text.length === 0) return "the file is empty";
  if (input.headerless !== undefined)
    return rowsToTable(
      parseCsv(text).map((cells, k) => ({ row: k + 1, cells: cells.map((v) => (v === "" ? null : v)) })),
      input,
    );
  const port = createMemoryWorkbook(loadCsv(text, { name: path.basename(file) }));
  const [info] = await port.listTables();
  if (info === undefined) return "the loader found no table";
  const table = await port.readTable({ table: info.name });
  if (input.limitRows === undefined) return table;
  const keep = input.limitRows;
  return { ...table, rows: table.rows.slice(0, keep), columns: table.columns.map((c) => c.slice(0, keep)) };
}
