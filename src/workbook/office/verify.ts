/**
 * Reads back what a write meant to leave, in budget-sized requests: values (with valueTypes for cells
 * that read like errors), fills, and tables' names and places. Returns the differences in words.
 */
import { cellError, EXCEL_ERROR_CODES, type Cell } from "../../core/cell";
import { cellA1, formatArea, qualify, type Area } from "../address";
import { describeValue, sameCell } from "../cellCompare";
import type { Expectation } from "../driver";
import { runLoadJobs, type LoadJob } from "./loadBatches";
import { areaOfAddress } from "./officeAddress";
import type { Runner } from "./runner";

const ERROR_TEXTS = new Set<string>(EXCEL_ERROR_CODES);
const READ_BYTES_PER_CELL = 40;

type ValuesExpectation = Extract<Expectation, { kind: "values" }>;

function valueJob(sheet: string, area: Area): LoadJob<unknown[][]> {
  return {
    requestBytes: 200,
    responseBytes: area.rows * area.cols * READ_BYTES_PER_CELL,
    queue(ctx) {
      const r = ctx.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(area.row - 1, area.col, area.rows, area.cols)
        .load("values");
      return () => r.values;
    },
  };
}

function typeJob(sheet: string, row: number, col: number): LoadJob<string> {
  return {
    requestBytes: 200,
    responseBytes: 40,
    queue(ctx) {
      const r = ctx.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(row - 1, col, 1, 1)
        .load("valueTypes");
      return () => String(r.valueTypes[0]?.[0]);
    },
  };
}

async function verifyValues(
  runner: Runner,
  list: readonly ValuesExpectation[],
  signal?: AbortSignal,
): Promise<string[]> {
  const jobs: LoadJob<unknown[][]>[] = [];
  const pieces: { e: ValuesExpectation; offset: number; area: Area }[] = [];
  for (const e of list) {
    const rowsPer = Math.max(1, Math.floor(runner.budget.payload / (e.area.cols * READ_BYTES_PER_CELL)));
    for (let off = 0; off < e.area.rows; off += rowsPer) {
      const area = { ...e.area, row: e.area.row + off, rows: Math.min(rowsPer, e.area.rows - off) };
      jobs.push(valueJob(e.sheet, area));
      pieces.push({ e, offset: off, area });
    }
  }
  const read = await runLoadJobs(runner, jobs, signal);
  const problems: string[] = [];
  const doubtful: { sheet: string; row: number; col: number; got: string; want: Cell | undefined }[] = [];
  pieces.forEach((p, k) => {
    const values = read[k] ?? [];
    for (let i = 0; i < p.area.rows; i++)
      for (let j = 0; j < p.area.cols; j++) {
        const want = p.e.values[p.offset + i]?.[j];
        const raw = values[i]?.[j];
        const row = p.area.row + i;
        const col = p.area.col + j;
        if (typeof raw === "string" && ERROR_TEXTS.has(raw)) {
          doubtful.push({ sheet: p.e.sheet, row, col, got: raw, want });
          continue;
        }
        if (want === undefined) continue;
        const got: Cell = raw === "" || raw === null || raw === undefined ? null : (raw as Cell);
        if (!sameCell(got, want))
          problems.push(
            `${qualify(p.e.sheet, cellA1(row, col))} reads ${describeValue(got)}, not ${describeValue(want)}`,
          );
      }
  });
  if (doubtful.length > 0) {
    const types = await runLoadJobs(
      runner,
      doubtful.map((d) => typeJob(d.sheet, d.row, d.col)),
      signal,
    );
    doubtful.forEach((d, i) => {
      if (d.want === undefined) return;
      const got: Cell = types[i] === "Error" ? cellError(d.got) : d.got;
      if (!sameCell(got, d.want))
        problems.push(
          `${qualify(d.sheet, cellA1(d.row, d.col))} reads ${describeValue(got)}, not ${describeValue(d.want)}`,
        );
    });
  }
  return problems;
}

async function verifyFills(
  runner: Runner,
  list: readonly Extract<Expectation, { kind: "fills" }>[],
  signal?: AbortSignal,
): Promise<string[]> {
  const jobs: LoadJob<string | null>[] = list.map((e) => ({
    requestBytes: 220,
    responseBytes: 60,
    queue(ctx) {
      const f = ctx.workbook.worksheets
        .getItem(e.sheet)
        .getRangeByIndexes(e.area.row - 1, e.area.col, e.area.rows, e.area.cols)
        .format.fill.load("color");
      return () => f.color;
    },
  }));
  const colors = await runLoadJobs(runner, jobs, signal);
  const problems: string[] = [];
  list.forEach((e, i) => {
    const got = colors[i] ?? null;
    // Excel reports "no fill" as white.
    const ok =
      e.color === null ? got === "#FFFFFF" : got !== null && got.toUpperCase() === e.color.toUpperCase();
    if (!ok)
      problems.push(
        `${qualify(e.sheet, formatArea(e.area))} has fill ${got ?? "(mixed)"}, not ${e.color ?? "none"}`,
      );
  });
  return problems;
}

async function verifyTables(
  runner: Runner,
  list: readonly Extract<Expectation, { kind: "table" }>[],
): Promise<string[]> {
  const found = await runner.run(async (ctx) => {
    const all = ctx.workbook.tables.load("items/name");
    await ctx.sync();
    const ranges = all.items.map((t) => ({ name: t.name, r: t.getRange().load("address") }));
    await ctx.sync();
    return ranges.map((x) => ({ name: x.name, ...areaOfAddress(x.r.address) }));
  });
  const problems: string[] = [];
  for (const e of list) {
    const t = found.find((x) => x.name.toLowerCase() === e.table.toLowerCase());
    if (!t) problems.push(`table '${e.table}' is missing`);
    else if (t.sheet.toLowerCase() !== e.sheet.toLowerCase() || formatArea(t.area) !== formatArea(e.area))
      problems.push(
        `table '${e.table}' is at ${qualify(t.sheet, formatArea(t.area))}, not ${qualify(e.sheet, formatArea(e.area))}`,
      );
  }
  return problems;
}

export async function verifyExpectations(
  runner: Runner,
  list: readonly Expectation[],
  signal?: AbortSignal,
): Promise<string[]> {
  const values = list.filter((e): e is ValuesExpectation => e.kind === "values");
  const fills = list.filter((e): e is Extract<Expectation, { kind: "fills" }> => e.kind === "fills");
  const tables = list.filter((e): e is Extract<Expectation, { kind: "table" }> => e.kind === "table");
  const out: string[] = [];
  if (values.length) out.push(...(await verifyValues(runner, values, signal)));
  if (fills.length) out.push(...(await verifyFills(runner, fills, signal)));
  if (tables.length) out.push(...(await verifyTables(runner, tables)));
  return out;
}
