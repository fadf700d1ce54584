/** The office driver: the gateway's primitives over the Excel JavaScript API, through one Runner. */
import { cellError, EXCEL_ERROR_CODES, type Cell } from "../../core/cell";
import type { Area } from "../address";
import type { Driver } from "../driver";
import type { DateSystem } from "../port";
import { applySteps } from "./apply";
import { captureAreas } from "./capture";
import { probeDateSystem } from "./dateSystem";
import type { OfficeHost } from "./host";
import { runLoadJobs } from "./loadBatches";
import { OfficeTableReader } from "./readTable";
import { Runner } from "./runner";
import { officeSettings } from "./settings";
import { listOfficeTables, readShape } from "./shape";
import { verifyExpectations } from "./verify";

const ERROR_TEXTS = new Set<string>(EXCEL_ERROR_CODES);

export function createOfficeDriver(host: OfficeHost): Driver & { readonly runner: Runner } {
  const runner = new Runner(host);
  const reader = new OfficeTableReader(runner);
  return {
    host: "excel",
    runner,
    supportsNotes: host.isSetSupported("ExcelApi", "1.18"),
    settings: officeSettings(host.settings),
    shape: () => readShape(runner),
    listTables: () => listOfficeTables(runner),
    readTable: (ref, opts) => reader.read(ref, opts),

    async dateSystem(): Promise<DateSystem> {
      if (!host.isSetSupported("ExcelApi", "1.2")) return 1900;
      return probeDateSystem((batch) => runner.run(batch));
    },

    capture: (captures, opts) => captureAreas(runner, captures, opts?.signal),

    async readValues(sheet, area, opts = {}): Promise<Cell[][]> {
      const cellBytes = opts.cellBytes ?? 80;
      const rowsPer = Math.max(1, Math.floor(runner.budget.payload / (area.cols * cellBytes)));
      const pieces: Area[] = [];
      for (let off = 0; off < area.rows; off += rowsPer)
        pieces.push({ ...area, row: area.row + off, rows: Math.min(rowsPer, area.rows - off) });
      const read = await runLoadJobs(
        runner,
        pieces.map((p) => ({
          requestBytes: 200,
          responseBytes: p.rows * p.cols * cellBytes,
          queue(ctx: Excel.RequestContext) {
            const r = ctx.workbook.worksheets
              .getItem(sheet)
              .getRangeByIndexes(p.row - 1, p.col, p.rows, p.cols)
              .load("values,valueTypes");
            return () => ({ values: r.values, types: r.valueTypes });
          },
        })),
      );
      return read.flatMap(({ values, types }) =>
        values.map((row, i) =>
          row.map((v, j): Cell => {
            if (v === "" || v === null || v === undefined) return null;
            if (typeof v === "string" && ERROR_TEXTS.has(v) && types[i]?.[j] === "Error") return cellError(v);
            return v as Cell;
          }),
        ),
      );
    },

    apply: (steps, opts) => applySteps(runner, steps, opts),
    verify: (expectations, opts) => verifyExpectations(runner, expectations, opts?.signal),

    async selectCell(sheet: string, address: string): Promise<void> {
      await runner.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      });
    },
  };
}
