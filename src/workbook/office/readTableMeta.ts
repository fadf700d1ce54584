/**
 * The first request of a table read: the table's name, sheet, header, data rows, totals row and merged
 * areas, with a sample of the first rows to measure the data before the chunks are sized.
 */
import { splitSheetAddress, areasIntersect, formatArea, parseArea, type Area } from "../address";
import { WorkbookError } from "../errors";
import { badAddress, notFound } from "../failures";
import type { TableRef } from "../port";
import { areaOfAddress, areasOfAddress } from "./officeAddress";
import { hostCodeOf, type Runner } from "./runner";

export interface Meta {
  name: string;
  sheet: string;
  headers: string[];
  headerRow: number;
  /** Data rows (header and totals excluded). */
  body: Area;
  totalsRow: number | null;
  merged: string[];
}

export interface Chunk {
  values: unknown[][];
  visible: Area[] | null;
}

function toHeader(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

export async function readMeta(runner: Runner, ref: TableRef): Promise<{ meta: Meta; sample: Chunk | null }> {
  try {
    return await metaOnce(runner, ref, true);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = hostCodeOf(e);
    if (code === "InvalidArgument" || code === "ResponsePayloadSizeLimitExceeded")
      return metaOnce(runner, ref, false);
    throw metaFailure(e, ref);
  }
}

function metaFailure(e: unknown, ref: TableRef): WorkbookError {
  const code = hostCodeOf(e);
  if (code === "ItemNotFound") return notFound("read", ref);
  return new WorkbookError(
    code === "InvalidOperationInCellEditMode" ? "cell_edit_mode" : "host_error",
    `Could not read ${"table" in ref ? `table '${ref.table}'` : `${ref.sheet}!${ref.address}`}: Excel reported ${code ?? "an error"} (${e instanceof Error ? e.message : String(e)}).`,
    {
      operation: "read the table",
      ...("table" in ref ? { table: ref.table } : { sheet: ref.sheet }),
      outcome: "not_a_write",
      ...(code ? { hostCode: code } : {}),
    },
  );
}

async function metaOnce(
  runner: Runner,
  ref: TableRef,
  withSample: boolean,
): Promise<{ meta: Meta; sample: Chunk | null }> {
  const merged13 = runner.supports("1.13");
  const visible19 = runner.supports("1.9");
  if ("table" in ref) {
    return runner.run(async (ctx) => {
      const t = ctx.workbook.tables.getItemOrNullObject(ref.table);
      t.load("name,showTotals");
      await ctx.sync();
      if (t.isNullObject) throw notFound("read", ref);
      const range = t.getRange().load("address");
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("address");
      const merged = merged13 ? range.getMergedAreasOrNullObject().load("address") : null;
      const sample = withSample
        ? t
            .getHeaderRowRange()
            .getOffsetRange(1, 0)
            .getResizedRange(runner.budget.sampleRows - 1, 0)
            .load("values")
        : null;
      const visible =
        sample && visible19
          ? sample.getColumn(0).getSpecialCellsOrNullObject("Visible").load("address")
          : null;
      await ctx.sync();
      const whole = areaOfAddress(range.address);
      const data = areaOfAddress(body.address).area;
      const meta: Meta = {
        name: t.name,
        sheet: whole.sheet,
        headers: (header.values[0] ?? []).map(toHeader),
        headerRow: whole.area.row,
        body: data,
        totalsRow: t.showTotals ? whole.area.row + whole.area.rows - 1 : null,
        merged: merged && !merged.isNullObject ? areasOfAddress(merged.address).map(formatArea) : [],
      };
      return {
        meta,
        sample: sample
          ? {
              values: sample.values,
              visible: visible ? (visible.isNullObject ? [] : areasOfAddress(visible.address)) : null,
            }
          : null,
      };
    });
  }
  let area: Area;
  try {
    area = parseArea(splitSheetAddress(ref.address).address);
  } catch {
    throw badAddress("read", ref, `"${ref.address}" is not a range address such as A1:F200.`);
  }
  if (area.rows < 1) throw badAddress("read", ref, "the range has no header row.");
  const body: Area = { row: area.row + 1, col: area.col, rows: area.rows - 1, cols: area.cols };
  return runner.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(ref.sheet);
    ws.load("name");
    await ctx.sync();
    if (ws.isNullObject) throw notFound("read", ref);
    const header = ws.getRangeByIndexes(area.row - 1, area.col, 1, area.cols).load("values");
    const merged = merged13
      ? ws
          .getRangeByIndexes(area.row - 1, area.col, area.rows, area.cols)
          .getMergedAreasOrNullObject()
          .load("address")
      : null;
    const n = withSample ? Math.min(runner.budget.sampleRows, body.rows) : 0;
    const sample = n > 0 ? ws.getRangeByIndexes(body.row - 1, body.col, n, body.cols).load("values") : null;
    const visible =
      sample && visible19 ? sample.getColumn(0).getSpecialCellsOrNullObject("Visible").load("address") : null;
    await ctx.sync();
    const meta: Meta = {
      name: `${ws.name}!${formatArea(area)}`,
      sheet: ws.name,
      headers: (header.values[0] ?? []).map(toHeader),
      headerRow: area.row,
      body,
      totalsRow: null,
      merged:
        merged && !merged.isNullObject
          ? areasOfAddress(merged.address)
              .filter((m) => areasIntersect(m, area))
              .map(formatArea)
          : [],
    };
    return {
      meta,
      sample: sample
        ? {
            values: sample.values,
            visible: visible ? (visible.isNullObject ? [] : areasOfAddress(visible.address)) : null,
          }
        : withSample
          ? { values: [], visible: [] }
          : null,
    };
  });
}

/** One request: the next rows (if any) and the valueTypes of cells that read like errors. */
