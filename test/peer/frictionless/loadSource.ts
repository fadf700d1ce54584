/**
 * A case's data as a table: CSV and JSON fixtures, XLSX through exceljs, or inline rows. Physical row
 * numbers are kept (a blank line is a row), as Frictionless counts them with the header as row 1.
 *
 * CSV: the project's CSV loader (src/workbook/memory) has not landed yet; until it does, `readCsv` below
 * is a plain RFC 4180 reader used only by this harness. To switch, replace `readCsv` with the loader and
 * keep `rowsToTable`. Ragged rows are padded with blanks here; Frictionless's missing-cell / extra-cell
 * errors need the loader to record short and long rows (see docs/validation.md).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Cell } from "../../../src/core/cell";
import { tableFromRows, type TableData } from "../../../src/core/table";
import type { CaseInput } from "./caseInput";
import type { PyValue } from "./pyLiteral";

type RawRow = { readonly row: number; readonly cells: readonly Cell[] };

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; a final newline ends the file. */
export function readCsv(text: string): RawRow[] {
  const out: RawRow[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, "");
  for (let k = 0; k < src.length; k++) {
    const c = src[k] as string;
    if (quoted) {
      if (c === '"' && src[k + 1] === '"') {
        field += '"';
        k++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[k + 1] === "\n") k++;
      row.push(field);
      out.push({ row: start, cells: row });
      row = [];
      field = "";
      line++;
      start = line;
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    out.push({ row: start, cells: row });
  }
  return out;
}

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
  return tableFromRows({
    name: "data",
    sheet: "data",
    headers,
    records,
    headerRow: head?.row ?? 0,
    rows: body.map((r) => (r as RawRow).row),
  });
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
  return rowsToTable(readCsv(text), input);
}
