/**
 * Plans `writeSheet`: lay out title, lines and tables on a sheet; write a new sheet, or replace the sheet
 * this key wrote before (cleared and rewritten in place, its old content snapshotted for undo).
 */
import type { Cell } from "../../core/cell";
import { formatArea, MAX_COLUMNS, MAX_ROWS, unionArea, type Area } from "../address";
import {
  ALL_PARTS,
  type Capture,
  type Expectation,
  type Step,
  type TableShape,
  type WorkbookShape,
} from "../driver";
import { uniqueHeaders, uniqueSheetName, uniqueTableName } from "../names";
import { expectedRead, outValueProblem, toWriteCell, type WriteCell } from "../outValue";
import type { OutValue, SheetOutput } from "../port";
import { refuse } from "./outcome";
import type { Plan } from "./plan";
import { withSheet, type Registry } from "./registry";

interface Block {
  readonly area: Area;
  readonly cells: WriteCell[][];
}

interface Layout {
  readonly blocks: Block[];
  readonly bold: Area | null;
  /** Lines and tables, whose columns are fitted to them; the title is left out so it cannot widen column A. */
  readonly fit: Area | null;
  readonly tables: { name: string; area: Area; full: Area }[];
  readonly area: Area;
  readonly records: number;
  readonly cells: number;
}

function cellsOf(
  values: readonly OutValue[],
  width: number,
  describe: (j: number) => string,
  operation: string,
  sheet: string,
): WriteCell[] {
  if (values.length > width)
    throw refuse(
      "invalid_output",
      operation,
      { sheet },
      `${describe(width)} has ${values.length} values for ${width} columns.`,
    );
  const out: WriteCell[] = [];
  for (let j = 0; j < width; j++) {
    const v = values[j] ?? null;
    const problem = outValueProblem(v);
    if (problem) throw refuse(problem.code, operation, { sheet }, `${describe(j)}: ${problem.reason}.`);
    out.push(toWriteCell(v));
  }
  return out;
}

function layout(out: SheetOutput, sheet: string, takenTables: Set<string>, operation: string): Layout {
  const blocks: Block[] = [];
  let row = 1;
  let width = 1;
  let bold: Area | null = null;
  let cells = 0;
  if (out.title !== undefined) {
    const c = cellsOf([out.title], 1, () => "The title", operation, sheet);
    blocks.push({ area: { row, col: 0, rows: 1, cols: 1 }, cells: [c] });
    bold = { row, col: 0, rows: 1, cols: 1 };
    row++;
    cells++;
  }
  const lines = out.lines ?? [];
  if (lines.length > 0) {
    const w = Math.max(1, ...lines.map((l) => l.length));
    const rows = lines.map((l, i) => cellsOf(l, w, () => `Line ${i + 1}`, operation, sheet));
    blocks.push({ area: { row, col: 0, rows: rows.length, cols: w }, cells: rows });
    width = Math.max(width, w);
    row += rows.length;
    cells += rows.length * w;
  }
  if (row > 1) row++;
  const tables: Layout["tables"] = [];
  let records = 0;
  out.tables.forEach((t, ti) => {
    if (ti > 0) row++;
    const headers = uniqueHeaders(t.headers);
    if (headers.length === 0)
      throw refuse("invalid_output", operation, { sheet }, `Table '${t.name}' has no columns.`);
    if (headers.length > MAX_COLUMNS)
      throw refuse(
        "too_large",
        operation,
        { sheet },
        `Table '${t.name}' has ${headers.length} columns; a sheet holds ${MAX_COLUMNS}.`,
      );
    const head = headers.map((h): WriteCell => ({ kind: "text", text: h }));
    const body = t.rows.map((r, i) =>
      cellsOf(
        r,
        headers.length,
        (j) => `Row ${i + 1}${j < headers.length ? `, column "${headers[j]}"` : ""} of table '${t.name}'`,
        operation,
        sheet,
      ),
    );
    const rows = [head, ...body];
    const area = { row, col: 0, rows: rows.length, cols: headers.length };
    // Excel gives a header-only table one blank data row; the layout leaves room for it.
    const full = { ...area, rows: Math.max(2, rows.length) };
    if (full.row + full.rows - 1 > MAX_ROWS)
      throw refuse(
        "too_large",
        operation,
        { sheet },
        `the output needs ${full.row + full.rows - 1} rows; a sheet holds ${MAX_ROWS}.`,
      );
    blocks.push({ area, cells: rows });
    const name = uniqueTableName(t.name, takenTables);
    takenTables.add(name);
    tables.push({ name, area, full });
    width = Math.max(width, headers.length);
    row += full.rows;
    records += t.rows.length;
    cells += rows.length * headers.length;
  });
  const used = [
    ...blocks.map((b) => b.area.row + b.area.rows - 1),
    ...tables.map((t) => t.full.row + t.full.rows - 1),
  ];
  const height = Math.max(1, ...used);
  const fit = blocks
    .slice(out.title !== undefined ? 1 : 0)
    .reduce<Area | null>((a, b) => (a ? unionArea(a, b.area) : b.area), null);
  return { blocks, bold, fit, tables, area: { row: 1, col: 0, rows: height, cols: width }, records, cells };
}

function expectations(sheet: string, l: Layout): Expectation[] {
  const out: Expectation[] = l.blocks.map((b) => ({
    kind: "values" as const,
    sheet,
    area: b.area,
    values: b.cells.map((r) => r.map((c): Cell => expectedRead(c))),
  }));
  for (const t of l.tables) out.push({ kind: "table", table: t.name, sheet, area: t.full });
  return out;
}

function writes(sheet: string, l: Layout): Step[] {
  const steps: Step[] = l.blocks.map((b) => ({
    op: "writeCells" as const,
    sheet,
    area: b.area,
    cells: b.cells,
  }));
  if (l.bold) steps.push({ op: "setBold", sheet, area: l.bold });
  for (const t of l.tables) steps.push({ op: "addTable", sheet, area: t.area, name: t.name });
  // Last, so the fit sees the tables' bold headers. A width is not data: undo deletes a new sheet, and a
  // replaced sheet keeps the fitted widths when its old content is restored.
  if (l.fit) steps.push({ op: "fitColumns", sheet, area: l.fit });
  return steps;
}

export function planWriteSheet(
  out: SheetOutput,
  shape: WorkbookShape,
  reg: Registry,
  canNotes: boolean,
): Plan {
  const previous = reg.sheets[out.key]?.sheet;
  const existing = previous
    ? shape.sheets.find((s) => s.name.toLowerCase() === previous.toLowerCase())
    : undefined;
  const sheet = existing
    ? existing.name
    : uniqueSheetName(
        out.sheetName,
        shape.sheets.map((s) => s.name),
      );
  const operation = `write sheet '${sheet}'`;
  const where = { sheet };
  if (existing?.protected)
    throw refuse(
      "sheet_protected",
      operation,
      where,
      "the sheet is protected; unprotect it (Review > Unprotect Sheet) and try again.",
    );
  const onSheet = (t: TableShape) => t.sheet.toLowerCase() === sheet.toLowerCase();
  const oldTables = existing ? shape.tables.filter(onSheet) : [];
  const taken = new Set(shape.tables.filter((t) => !existing || !onSheet(t)).map((t) => t.name));
  const l = layout(out, sheet, taken, operation);
  const registry = withSheet(reg, out.key, { sheet });
  const receipt = {
    kind: "writeSheet" as const,
    summary: `${existing ? "Replaced" : "Wrote"} sheet '${sheet}': ${l.records} row${l.records === 1 ? "" : "s"} in ${out.tables.length} table${out.tables.length === 1 ? "" : "s"}`,
    sheet,
    address: formatArea(l.area),
    cellsWritten: l.cells,
  };
  if (!existing) {
    return {
      kind: "writeSheet",
      operation,
      where,
      captures: [],
      build: () => ({
        forward: [{ op: "addSheet", sheet }, ...writes(sheet, l)],
        undo: [{ op: "deleteSheet", sheet }],
        expect: expectations(sheet, l),
        registry,
        receipt,
      }),
    };
  }
  // The old tables count too: a header-only table's blank row holds nothing, so no used range shows it.
  const area = [existing.used, ...oldTables.map((t) => t.area)].reduce<Area>(
    (a, b) => (b ? unionArea(a, b) : a),
    l.area,
  );
  const parts = canNotes ? ALL_PARTS : { ...ALL_PARTS, notes: false };
  const captures: Capture[] = [{ sheet, area, parts }];
  return {
    kind: "writeSheet",
    operation,
    where,
    captures,
    build: (states) => {
      const before = states[0];
      const notes = (before?.cells ?? [])
        .filter((c) => c.note !== null)
        .map((c) => ({ row: c.row, col: c.col, text: null }));
      const forward: Step[] = [
        ...oldTables.map((t): Step => ({ op: "dropTable", table: t.name })),
        { op: "clearArea", sheet, area },
        ...(notes.length > 0 ? [{ op: "setNotes" as const, sheet, notes }] : []),
        ...writes(sheet, l),
      ];
      const undo: Step[] = [
        ...l.tables.map((t): Step => ({ op: "dropTable", table: t.name })),
        ...(before ? [{ op: "restoreCells" as const, state: before }] : []),
        { op: "restoreTables", sheet, area, tables: oldTables },
      ];
      return { forward, undo, expect: expectations(sheet, l), registry, receipt };
    },
  };
}
