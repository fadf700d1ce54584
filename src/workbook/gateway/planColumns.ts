/**
 * Plans `writeResultColumns`: named result columns to the right of a table, never touching the user's
 * columns. For an Excel table they become table columns (appended with columns.add), so they sort and
 * filter with the rows they describe and Excel's auto-expansion cannot half-absorb them; for a plain
 * range they sit in the columns just right of it. A re-run with the same key replaces them in place.
 * Cells where new columns would go must be empty, or the write is refused as a conflict.
 */
import type { Cell } from "../../core/cell";
import {
  splitSheetAddress,
  MAX_COLUMNS,
  areasIntersect,
  formatArea,
  lastRow,
  parseArea,
  unionArea,
  type Area,
} from "../address";
import {
  ALL_PARTS,
  type AreaState,
  type Capture,
  type Expectation,
  type Step,
  type TableShape,
  type WorkbookShape,
} from "../driver";
import { uniqueHeaders } from "../names";
import { expectedRead, outValueProblem, toWriteCell, type WriteCell } from "../outValue";
import type { ResultColumnsPlan } from "../port";
import { refuse, type Where } from "./outcome";
import type { Plan } from "./plan";
import { withColumns, type Registry } from "./registry";

/** Tables and ranges this port has read, to tell "changed since read" from "never existed". */
export type SeenTables = ReadonlyMap<string, { readonly sheet: string; readonly headerRow: number }>;

const lower = (s: string) => s.toLowerCase();

function rowsMatch(expected: readonly number[], first: number, count: number): boolean {
  return expected.length === count && expected.every((r, i) => r === first + i);
}

function describeRows(rows: readonly number[]): string {
  if (rows.length === 0) return "no rows";
  return `rows ${rows[0]}–${rows[rows.length - 1]} (${rows.length} row${rows.length === 1 ? "" : "s"})`;
}

function nonEmpty(state: AreaState | undefined, skip?: Area): string[] {
  const out: string[] = [];
  for (const c of state?.cells ?? []) {
    if (c.kind === "empty") continue;
    if (
      skip &&
      c.row >= skip.row &&
      c.row <= lastRow(skip) &&
      c.col >= skip.col &&
      c.col < skip.col + skip.cols
    )
      continue;
    out.push(formatArea({ row: c.row, col: c.col, rows: 1, cols: 1 }));
  }
  return out;
}

function grid(p: ResultColumnsPlan, operation: string, where: Where): WriteCell[][] {
  return p.rows.map((_, i) =>
    p.columns.map((c) => {
      const v = c.values[i] ?? null;
      const problem = outValueProblem(v);
      if (problem)
        throw refuse(
          problem.code,
          operation,
          where,
          `column "${c.header}", row ${p.rows[i]}: ${problem.reason}.`,
        );
      return toWriteCell(v);
    }),
  );
}

function valuesExpect(sheet: string, area: Area, rows: readonly (readonly WriteCell[])[]): Expectation {
  return { kind: "values", sheet, area, values: rows.map((r) => r.map((c): Cell => expectedRead(c))) };
}

export function planResultColumns(
  p: ResultColumnsPlan,
  shape: WorkbookShape,
  reg: Registry,
  seen: SeenTables,
): Plan {
  const label = "table" in p.table ? `table '${p.table.table}'` : `range ${p.table.sheet}!${p.table.address}`;
  let operation = `write result columns beside ${label}`;
  if (p.columns.length === 0) throw refuse("invalid_output", operation, {}, "no columns were given.");
  for (const c of p.columns)
    if (c.values.length !== p.rows.length)
      throw refuse(
        "invalid_output",
        operation,
        {},
        `column "${c.header}" has ${c.values.length} values for ${p.rows.length} rows.`,
      );
  const headers = uniqueHeaders(p.columns.map((c) => c.header));
  const head = headers.map((h): WriteCell => ({ kind: "text", text: h }));
  const prev = reg.columns[p.key];
  const summary = (where: string) =>
    `Wrote ${headers.length} result column${headers.length === 1 ? "" : "s"} (${headers.join(", ")}) for ${p.rows.length} row${p.rows.length === 1 ? "" : "s"} ${where}`;

  if ("table" in p.table) {
    const name = p.table.table;
    const t = shape.tables.find((x) => lower(x.name) === lower(name));
    const where: Where = { table: name, ...(t ? { sheet: t.sheet } : {}) };
    if (!t) {
      if (seen.has(lower(name)))
        throw refuse(
          "data_changed",
          operation,
          where,
          "the table was renamed or deleted after it was read. Run the operation again.",
        );
      throw refuse("not_found", operation, where, `there is no table named '${name}' in this workbook.`);
    }
    operation = `write result columns to table '${t.name}'`;
    if (shape.sheets.find((s) => lower(s.name) === lower(t.sheet))?.protected)
      throw refuse(
        "sheet_protected",
        operation,
        where,
        `the sheet '${t.sheet}' is protected; unprotect it and run again.`,
      );
    const first = t.area.row + 1;
    const count = t.area.rows - 1 - (t.showTotals ? 1 : 0);
    if (!rowsMatch(p.rows, first, count))
      throw refuse(
        "data_changed",
        operation,
        where,
        `the table now has ${describeRows(Array.from({ length: count }, (_, i) => first + i))}, but the results are for ${describeRows(p.rows)}. Rows were inserted, deleted or moved since it was read; run the operation again.`,
      );
    const recorded = prev?.table && lower(prev.table) === lower(t.name) ? prev.headers : [];
    return tablePlan(p, t, headers, head, recorded, reg, operation, where, summary, shape.tables);
  }

  const ref = p.table;
  const sheet = shape.sheets.find((s) => lower(s.name) === lower(ref.sheet));
  const where: Where = { sheet: ref.sheet };
  if (!sheet) {
    if (seen.has(lower(`${ref.sheet}!${ref.address}`)))
      throw refuse(
        "data_changed",
        operation,
        where,
        "the sheet was renamed or deleted after the range was read. Run the operation again.",
      );
    throw refuse("not_found", operation, where, `there is no sheet named '${ref.sheet}' in this workbook.`);
  }
  let area: Area;
  try {
    area = parseArea(splitSheetAddress(ref.address).address);
  } catch {
    throw refuse("not_found", operation, where, `"${ref.address}" is not a range address such as A1:F200.`);
  }
  if (sheet.protected)
    throw refuse(
      "sheet_protected",
      operation,
      where,
      `the sheet '${sheet.name}' is protected; unprotect it and run again.`,
    );
  if (!rowsMatch(p.rows, area.row + 1, area.rows - 1))
    throw refuse(
      "data_changed",
      operation,
      where,
      `the range holds rows ${area.row + 1}–${lastRow(area)}, but the results are for ${describeRows(p.rows)}.`,
    );
  const target: Area = { row: area.row, col: area.col + area.cols, rows: area.rows, cols: headers.length };
  if (target.col + target.cols > MAX_COLUMNS)
    throw refuse("too_large", operation, where, "there are not enough columns to the right of the range.");
  const prevArea =
    prev && !prev.table && prev.address && lower(prev.sheet) === lower(sheet.name)
      ? parseArea(prev.address)
      : null;
  const ours = prevArea && prevArea.row === target.row && prevArea.col === target.col ? prevArea : null;
  const capArea = ours ? unionArea(ours, target) : target;
  const clash = shape.tables.find(
    (t) => lower(t.sheet) === lower(sheet.name) && areasIntersect(t.area, capArea),
  );
  if (clash)
    throw refuse(
      "conflict",
      operation,
      where,
      `table '${clash.name}' is where the result columns would go (${formatArea(target)}).`,
    );
  return {
    kind: "writeResultColumns",
    operation,
    where,
    captures: [{ sheet: sheet.name, area: capArea, parts: ALL_PARTS }],
    build: (states) => {
      const busy = nonEmpty(states[0], ours ?? undefined);
      if (busy.length > 0)
        throw refuse(
          "conflict",
          operation,
          where,
          `cells ${busy.slice(0, 5).join(", ")}${busy.length > 5 ? "…" : ""} to the right of the range are not empty. Move that data, or the range, and run again.`,
        );
      const rows = [head, ...grid(p, operation, where)];
      const forward: Step[] = [
        ...(ours ? [{ op: "clearArea" as const, sheet: sheet.name, area: ours }] : []),
        { op: "writeCells", sheet: sheet.name, area: target, cells: rows },
      ];
      return {
        forward,
        undo: states.map((state): Step => ({ op: "restoreCells", state })),
        expect: [valuesExpect(sheet.name, target, rows)],
        registry: withColumns(reg, p.key, { sheet: sheet.name, address: formatArea(target), headers }),
        receipt: {
          kind: "writeResultColumns",
          summary: summary(`beside ${ref.sheet}!${ref.address}`),
          sheet: sheet.name,
          address: formatArea(target),
          cellsWritten: target.rows * target.cols,
        },
      };
    },
  };
}

function tablePlan(
  p: ResultColumnsPlan,
  t: TableShape,
  headers: readonly string[],
  head: readonly WriteCell[],
  recorded: readonly string[],
  reg: Registry,
  operation: string,
  where: Where,
  summary: (where: string) => string,
  others: readonly TableShape[],
): Plan {
  const ours = recorded.filter((h) => t.headers.some((x) => lower(x) === lower(h)));
  const userHeaders = t.headers.filter((h) => !ours.some((o) => lower(o) === lower(h)));
  const taken = headers.find((h) => userHeaders.some((u) => lower(u) === lower(h)));
  if (taken !== undefined)
    throw refuse(
      "conflict",
      operation,
      where,
      `the table already has a column named "${taken}" that the add-in did not write; rename it or choose another header.`,
    );
  const dataFirst = t.area.row + 1;
  const registry = withColumns(reg, p.key, { table: t.name, sheet: t.sheet, headers: [...headers] });
  const sameSet =
    ours.length === headers.length && ours.every((h, i) => lower(h) === lower(headers[i] as string));
  const receiptFor = (area: Area) => ({
    kind: "writeResultColumns" as const,
    summary: summary(`in table '${t.name}'`),
    sheet: t.sheet,
    address: formatArea(area),
    cellsWritten: p.rows.length * headers.length,
  });

  if (sameSet && ours.length > 0) {
    // Re-run with the same headers: replace the values in place, wherever the user moved the columns.
    const positions = headers.map((h) => t.headers.findIndex((x) => lower(x) === lower(h)));
    const areas = positions.map((pos) => ({
      row: dataFirst,
      col: t.area.col + pos,
      rows: p.rows.length,
      cols: 1,
    }));
    const captures: Capture[] = areas.map((area) => ({
      sheet: t.sheet,
      area,
      parts: { ...ALL_PARTS, notes: false },
    }));
    return {
      kind: "writeResultColumns",
      operation,
      where,
      captures: p.rows.length > 0 ? captures : [],
      build: (states) => {
        const body = grid(p, operation, where);
        const cols = areas.map((_, j) => body.map((r) => [r[j] as WriteCell]));
        const live = p.rows.length > 0 ? areas : [];
        return {
          forward: live.map((area, j): Step => ({
            op: "writeCells",
            sheet: t.sheet,
            area,
            cells: cols[j] as WriteCell[][],
          })),
          undo: states.map((state): Step => ({ op: "restoreCells", state })),
          expect: live.map((area, j) => valuesExpect(t.sheet, area, cols[j] as WriteCell[][])),
          registry,
          receipt: receiptFor({ row: t.area.row, col: t.area.col, rows: t.area.rows, cols: t.area.cols }),
        };
      },
    };
  }

  // New or changed headers: our old columns (which must be the table's last ones) go, the new ones are appended.
  if (ours.length > 0) {
    const tail = t.headers.slice(t.headers.length - ours.length);
    const trailing = tail.every((h, i) => lower(h) === lower(ours[i] as string));
    if (!trailing)
      throw refuse(
        "conflict",
        operation,
        where,
        `the add-in's result columns (${ours.join(", ")}) are no longer the table's last columns; move them back to the end or delete them, then run again.`,
      );
  }
  const baseCols = t.area.cols - ours.length;
  const oursArea: Area | null =
    ours.length > 0
      ? { row: t.area.row, col: t.area.col + baseCols, rows: t.area.rows, cols: ours.length }
      : null;
  const extraCols = headers.length - ours.length;
  const extra: Area | null =
    extraCols > 0
      ? { row: t.area.row, col: t.area.col + t.area.cols, rows: t.area.rows, cols: extraCols }
      : null;
  if (extra && extra.col + extra.cols > MAX_COLUMNS)
    throw refuse("too_large", operation, where, "there are not enough columns to the right of the table.");
  const clash =
    extra &&
    others.find(
      (o) =>
        lower(o.sheet) === lower(t.sheet) && lower(o.name) !== lower(t.name) && areasIntersect(o.area, extra),
    );
  if (clash)
    throw refuse(
      "conflict",
      operation,
      where,
      `table '${clash.name}' is right next to the table, where the result columns would go.`,
    );
  const captures: Capture[] = [];
  if (oursArea) captures.push({ sheet: t.sheet, area: oursArea, parts: ALL_PARTS });
  if (extra) captures.push({ sheet: t.sheet, area: extra, parts: ALL_PARTS });
  const finalArea: Area = { ...t.area, cols: baseCols + headers.length };
  const block: Area = {
    row: t.area.row,
    col: t.area.col + baseCols,
    rows: 1 + p.rows.length,
    cols: headers.length,
  };
  return {
    kind: "writeResultColumns",
    operation,
    where,
    captures,
    build: (states) => {
      const extraState = extra ? states[states.length - 1] : undefined;
      const busy = nonEmpty(extraState);
      if (busy.length > 0)
        throw refuse(
          "conflict",
          operation,
          where,
          `cells ${busy.slice(0, 5).join(", ")}${busy.length > 5 ? "…" : ""} to the right of the table are not empty, so result columns cannot be added there. Move that data and run again.`,
        );
      const rows = [head, ...grid(p, operation, where)];
      const body = rows.slice(1);
      const forward: Step[] = [
        ...(ours.length > 0 ? [{ op: "trimTableColumns" as const, table: t.name, keep: baseCols }] : []),
        { op: "addTableColumns", table: t.name, headers },
        ...(body.length > 0
          ? [
              {
                op: "writeCells" as const,
                sheet: t.sheet,
                area: { ...block, row: dataFirst, rows: body.length },
                cells: body,
              },
            ]
          : []),
      ];
      const undo: Step[] = [
        { op: "trimTableColumns", table: t.name, keep: baseCols },
        ...(ours.length > 0 ? [{ op: "addTableColumns" as const, table: t.name, headers: ours }] : []),
        ...states.map((state): Step => ({ op: "restoreCells", state })),
      ];
      return {
        forward,
        undo,
        expect: [
          valuesExpect(t.sheet, block, rows),
          { kind: "table", table: t.name, sheet: t.sheet, area: finalArea },
        ],
        registry,
        receipt: receiptFor(finalArea),
      };
    },
  };
}
