/**
 * Plans `writeResultColumns`: named result columns to the right of a table, never touching the user's
 * columns. For an Excel table they become table columns (appended with columns.add), so they sort and
 * filter with the rows they describe and Excel's auto-expansion cannot half-absorb them; for a plain
 * range they sit in the columns just right of it. A re-run with the same key replaces them in place.
 * Cells where new columns would go must be empty, or the write is refused as a conflict.
 */
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
import { ALL_PARTS, type Step, type WorkbookShape } from "../driver";
import { uniqueHeaders } from "../names";
import type { WriteCell } from "../outValue";
import type { ResultColumnsPlan } from "../port";
import { refuse, type Where } from "./outcome";
import type { Plan } from "./plan";
import { recordedAt, withColumns, type ColumnsPlace, type Registry } from "./registry";
import {
  describeRows,
  grid,
  lower,
  nonEmpty,
  rowsMatch,
  valuesExpect,
  type SeenTables,
} from "./columnsCommon";
import { tablePlan } from "./planTableColumns";
import { withUnchangedCheck } from "./unchangedCheck";

export type { SeenTables } from "./columnsCommon";

export function planResultColumns(
  p: ResultColumnsPlan,
  shape: WorkbookShape,
  registry: Registry,
  seen: SeenTables,
): Plan {
  let reg = registry;
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
  let prev = reg.columns[p.key];
  /** Columns another key of p.takesOver's family recorded at the same place become this plan's. */
  const takeOver = (place: ColumnsPlace): void => {
    if (p.takesOver === undefined || (prev !== undefined && recordedAt(prev, place))) return;
    for (const [key, rec] of Object.entries(reg.columns)) {
      if (key === p.key || !key.startsWith(p.takesOver) || !recordedAt(rec, place)) continue;
      prev = rec;
      reg = withColumns(reg, key, null);
      return;
    }
  };
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
    takeOver({ table: t.name });
    if (shape.sheets.find((s) => lower(s.name) === lower(t.sheet))?.protected)
      throw refuse(
        "sheet_protected",
        operation,
        where,
        `the sheet '${t.sheet}' is protected; unprotect it and try again.`,
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
    const recorded = prev && recordedAt(prev, { table: t.name }) ? prev.headers : [];
    const planned = tablePlan(p, t, headers, head, recorded, reg, operation, where, summary, shape.tables);
    return withUnchangedCheck(planned, p, t.sheet, t.area);
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
      `the sheet '${sheet.name}' is protected; unprotect it and try again.`,
    );
  if (!rowsMatch(p.rows, area.row + 1, area.rows - 1))
    throw refuse(
      "data_changed",
      operation,
      where,
      `the range holds rows ${area.row + 1}–${lastRow(area)}, but the results are for ${describeRows(p.rows)}.`,
    );
  const target: Area = { row: area.row, col: area.col + area.cols, rows: area.rows, cols: headers.length };
  takeOver({ sheet: sheet.name, row: target.row, col: target.col });
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
  const planned: Plan = {
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
          `cells ${busy.slice(0, 5).join(", ")}${busy.length > 5 ? "…" : ""} to the right of the range are not empty. Move that data, or the range, and try again.`,
        );
      const rows = [head, ...grid(p, operation, where)];
      const forward: Step[] = [
        ...(ours ? [{ op: "clearArea" as const, sheet: sheet.name, area: ours }] : []),
        { op: "writeCells", sheet: sheet.name, area: target, cells: rows },
        // Fits only the result columns (they were empty before); undo restores their cells, not widths.
        { op: "fitColumns", sheet: sheet.name, area: target },
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
  return withUnchangedCheck(planned, p, sheet.name, area);
}
