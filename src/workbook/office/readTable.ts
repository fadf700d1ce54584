/**
 * Reads a table or range through the Excel API in chunks sized from the data: the first request fetches
 * the table's metadata and a sample of its first rows; later requests fetch as many rows as fit the
 * payload and cell budgets, judged from the bytes per row seen so far. Only `values` is loaded in bulk;
 * cells that read like an error ("#N/A") get their `valueTypes` checked in the next request, so an error
 * cell and the same text typed by a user stay apart.
 */
import { cellError, EXCEL_ERROR_CODES, type Cell } from "../../core/cell";
import type { TableData } from "../../core/table";
import type { Area } from "../address";
import { DriverFailure } from "../driver";
import { WorkbookError } from "../errors";
import { throwIfAborted } from "../failures";
import type { RunOptions, TableRef } from "../port";
import { buildTableData, hiddenFromVisible } from "../tableData";
import { rowBytes, type Budget } from "./budget";
import { areasOfAddress } from "./officeAddress";
import { hostCodeOf, type Runner } from "./runner";
import { readMeta, type Chunk, type Meta } from "./readTableMeta";
import { balancesAround } from "./readAround";
import { toCell } from "./cellValue";

/** Head-room over the bytes per row seen so far. */
const SAFETY = 1.1;
const ERROR_TEXTS = new Set<string>(EXCEL_ERROR_CODES);

/** Suspect cells grouped into vertical runs, so a column of error cells costs one load, not one per cell. */
function suspectRuns(
  cells: readonly { row: number; col: number }[],
): { row: number; col: number; rows: number }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { row: number; col: number; rows: number }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.row + last.rows === c.row) last.rows++;
    else out.push({ row: c.row, col: c.col, rows: 1 });
  }
  return out;
}

function chunkRows(cols: number, bytesPerRow: number, budget: Budget): number {
  const byBytes = Math.floor(budget.payload / Math.max(1, bytesPerRow * SAFETY));
  const byCells = Math.floor(budget.readCells / Math.max(1, cols));
  return Math.max(1, Math.min(byBytes, byCells));
}

export class OfficeTableReader {
  constructor(private readonly runner: Runner) {}

  async read(ref: TableRef, opts: RunOptions = {}): Promise<TableData> {
    const where = "table" in ref ? { table: ref.table } : { sheet: ref.sheet };
    throwIfAborted(opts.signal, "read the table", where);
    const { meta, sample } = await readMeta(this.runner, ref);
    const total = meta.body.rows;
    const cols = meta.body.cols;
    const columns: Cell[][] = Array.from({ length: cols }, () => new Array<Cell>(total).fill(null));
    const hidden: number[] = [];
    let suspects: { row: number; col: number }[] = [];
    let bytes = 0;
    let done = 0;

    const take = (chunk: Chunk, at: number, rows: number) => {
      for (let i = 0; i < rows; i++) {
        const row = chunk.values[i] ?? [];
        bytes += rowBytes(row);
        for (let j = 0; j < cols; j++) {
          const v = row[j];
          (columns[j] as Cell[])[at + i] = toCell(v);
          if (typeof v === "string" && ERROR_TEXTS.has(v)) suspects.push({ row: at + i, col: j });
        }
      }
      if (chunk.visible) {
        const area = { ...meta.body, row: meta.body.row + at, rows, cols: 1 };
        hidden.push(...hiddenFromVisible(area, chunk.visible));
      }
    };

    if (sample) {
      const n = Math.min(total, sample.values.length);
      take(sample, 0, n);
      done = n;
      opts.onProgress?.({ phase: "reading", done, total });
    }
    let rows = chunkRows(cols, done > 0 ? bytes / done : 200 * cols, this.runner.budget);
    while (done < total || suspects.length > 0) {
      throwIfAborted(opts.signal, "read the table", where);
      const count = Math.min(rows, total - done);
      const pending = suspects;
      let result: { chunk: Chunk | null; types: Map<string, string> };
      try {
        result = await this.chunk(meta, done, count, pending);
      } catch (e) {
        const code = hostCodeOf(e);
        if (
          (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") &&
          count > 1
        ) {
          rows = Math.max(1, Math.floor(count / 2));
          continue;
        }
        throw this.failure(e, meta, done, count);
      }
      if (count > 0 && (result.chunk === null || result.chunk.values === null)) {
        if (count === 1)
          throw this.failure(
            new DriverFailure("RangeExceedsLimit", "Excel returned no data", done, "reading"),
            meta,
            done,
            count,
          );
        rows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      suspects = [];
      for (const s of pending) {
        if (result.types.get(`${s.row},${s.col}`) === "Error") {
          const col = columns[s.col] as Cell[];
          col[s.row] = cellError(String(col[s.row]));
        }
      }
      if (result.chunk && count > 0) {
        take(result.chunk, done, count);
        done += count;
        opts.onProgress?.({ phase: "reading", done, total });
        rows = chunkRows(cols, bytes / done, this.runner.budget);
      }
    }
    // An Excel table's sheet may hold the bank's balance lines above or below it (readAround.ts).
    const lastRow = meta.totalsRow ?? meta.body.row + meta.body.rows - 1;
    const area = {
      row: meta.headerRow,
      col: meta.body.col,
      rows: lastRow - meta.headerRow + 1,
      cols: meta.body.cols,
    };
    const fileBalances = "table" in ref ? await balancesAround(this.runner, meta.sheet, meta.name, area) : {};
    return buildTableData({
      name: meta.name,
      sheet: meta.sheet,
      headers: meta.headers,
      columns,
      headerRow: meta.headerRow,
      recordCount: total,
      firstColumn: meta.body.col,
      facts: {
        hiddenRows: hidden.sort((a, b) => a - b),
        totalsRow: meta.totalsRow,
        mergedAreas: meta.merged,
        ...(fileBalances.opening || fileBalances.closing ? { fileBalances } : {}),
      },
    });
  }

  private failure(e: unknown, meta: Meta, done: number, count: number): WorkbookError {
    const code = hostCodeOf(e) ?? "GeneralException";
    const rows = `rows ${meta.body.row + done}–${meta.body.row + done + count - 1}`;
    const detail = e instanceof Error ? e.message : String(e);
    const tooLarge = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
    const changed = code === "ItemNotFound" || code === "InvalidObjectPath";
    const why = tooLarge
      ? `a single row is larger than Excel can return in one response (${detail}).`
      : changed
        ? "the sheet or table was renamed or deleted while it was being read. Run again."
        : `Excel reported ${code} (${detail}).`;
    return new WorkbookError(
      tooLarge
        ? "too_large"
        : changed
          ? "data_changed"
          : code === "InvalidOperationInCellEditMode"
            ? "cell_edit_mode"
            : "host_error",
      `Could not read table '${meta.name}' (sheet '${meta.sheet}', ${rows}): ${why}`,
      {
        operation: "read the table",
        sheet: meta.sheet,
        table: meta.name,
        outcome: "not_a_write",
        hostCode: code,
      },
    );
  }

  /** Metadata and, where it is safe to ask for, a sample of the first rows. */ private async chunk(
    meta: Meta,
    at: number,
    count: number,
    suspects: readonly { row: number; col: number }[],
  ): Promise<{ chunk: Chunk | null; types: Map<string, string> }> {
    const visible19 = this.runner.supports("1.9");
    return this.runner.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(meta.sheet);
      const range =
        count > 0
          ? ws.getRangeByIndexes(meta.body.row - 1 + at, meta.body.col, count, meta.body.cols).load("values")
          : null;
      const visible =
        range && visible19 ? range.getColumn(0).getSpecialCellsOrNullObject("Visible").load("address") : null;
      const rowHidden = range && !visible19 ? range.load("rowHidden") : null;
      const typeRanges = suspectRuns(suspects).map((run) => ({
        run,
        r: ws
          .getRangeByIndexes(meta.body.row - 1 + run.row, meta.body.col + run.col, run.rows, 1)
          .load("valueTypes"),
      }));
      await ctx.sync();
      const types = new Map<string, string>();
      for (const { run, r } of typeRanges)
        for (let i = 0; i < run.rows; i++)
          types.set(`${run.row + i},${run.col}`, String(r.valueTypes[i]?.[0]));
      if (!range) return { chunk: null, types };
      let vis: Area[] | null = null;
      if (visible) vis = visible.isNullObject ? [] : areasOfAddress(visible.address);
      else if (rowHidden) {
        const all: Area = { row: meta.body.row + at, col: meta.body.col, rows: count, cols: 1 };
        vis = rowHidden.rowHidden === true ? [] : rowHidden.rowHidden === false ? [all] : null;
      }
      return { chunk: { values: range.values, visible: vis }, types };
    });
  }
}
