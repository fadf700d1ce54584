/**
 * Result columns of an Excel table: appended as table columns (columns.add), re-run in place when the
 * headers are the same, or trimmed by position and re-added when they change (then they must still be
 * the table's last columns).
 */
import { MAX_COLUMNS, areasIntersect, formatArea, type Area } from "../address";
import { ALL_PARTS, type Capture, type Step, type TableShape } from "../driver";
import type { WriteCell } from "../outValue";
import type { ResultColumnsPlan } from "../port";
import { grid, lower, nonEmpty, valuesExpect } from "./columnsCommon";
import { refuse, type Where } from "./outcome";
import type { Plan } from "./plan";
import { withColumns, type Registry } from "./registry";

export function tablePlan(
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
        // Header through last row of each of our columns, wherever it is; the user's columns keep their widths.
        // The undo puts the cells back and leaves the widths: a width is presentation, not data.
        const fits = positions.map((pos): Step => ({
          op: "fitColumns",
          sheet: t.sheet,
          area: { row: t.area.row, col: t.area.col + pos, rows: 1 + p.rows.length, cols: 1 },
        }));
        return {
          forward: [
            ...live.map((area, j): Step => ({
              op: "writeCells",
              sheet: t.sheet,
              area,
              cells: cols[j] as WriteCell[][],
            })),
            ...fits,
          ],
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
        `the add-in's result columns (${ours.join(", ")}) are no longer the table's last columns; move them back to the end or delete them, then try again.`,
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
          `cells ${busy.slice(0, 5).join(", ")}${busy.length > 5 ? "…" : ""} to the right of the table are not empty, so result columns cannot be added there. Move that data and try again.`,
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
        // Only the columns added: the undo removes them, and their widths do not matter once they are gone.
        { op: "fitColumns", sheet: t.sheet, area: block },
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
