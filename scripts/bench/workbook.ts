/**
 * Workbook I/O figures (a script, not a timed test):
 *  1. reading a 100,000-row x 10-column table through office/ over the Excel simulator: syncs, largest
 *     request and response (must stay under 5 MB), time, against the target syncs <= 2 + chunks;
 *  2. loading a 100,000-row .xlsx into the memory workbook: time and peak memory;
 *  3. marking 10,000 scattered cells through office/: syncs and request sizes.
 * Run: node -r ./scripts/bench/register-ts.js scripts/bench/workbook.ts
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { loadXlsx } from "../../src/workbook/memory/xlsx";
import { ExcelSimulator, SimSettings, SimWorkbook, WEB_LIMITS, jsonBytes } from "../../test/sim";
import { mulberry32 } from "../../src/core/random";

const ROWS = 100_000;
const COLS = 10;
const HEADERS = [
  "Date",
  "Account",
  "Description",
  "Debit",
  "Credit",
  "Currency",
  "Reference",
  "Cost centre",
  "Posted",
  "Memo",
];

function ledgerRow(i: number, r: () => number): (string | number | boolean)[] {
  const amount = Math.round(r() * 1_000_000) / 100;
  const debit = r() < 0.5;
  return [
    45658 + Math.floor(i / 300),
    String(1000 + Math.floor(r() * 90) * 10),
    ["Office supplies", "Bank charges", "Customer receipt INV-", "Payroll", "Rent", "Utilities"][
      Math.floor(r() * 6)
    ] + String(i % 997),
    debit ? amount : 0,
    debit ? 0 : amount,
    r() < 0.9 ? "EUR" : "USD",
    `REF${String(100000 + i)}`,
    `CC-${Math.floor(r() * 40)}`,
    r() < 0.97,
    r() < 0.2 ? "checked" : "",
  ];
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function benchRead(): Promise<Record<string, unknown>> {
  const model = new SimWorkbook(["Ledger"]);
  const r = mulberry32(42);
  const sheet = model.mustSheet("Ledger");
  HEADERS.forEach((h, c) => sheet.edit(0, c, (cell) => (cell.value = h)));
  let valuesBytes = 0;
  for (let i = 0; i < ROWS; i++) {
    const row = ledgerRow(i, r);
    valuesBytes += jsonBytes(row.map((v) => (v === "" ? "" : v)));
    row.forEach((v, c) => {
      if (v !== "") sheet.edit(i + 1, c, (cell) => (cell.value = v));
    });
  }
  model.seedTable("Ledger", `A1:J${ROWS + 1}`, "Ledger");
  const sim = new ExcelSimulator({ workbook: model });
  const port = createOfficeWorkbook({
    run: sim.run,
    isSetSupported: sim.isSetSupported,
    settings: new SimSettings(),
  });
  sim.resetStats();
  const t0 = performance.now();
  const t = await port.readTable({ table: "Ledger" });
  const ms = performance.now() - t0;
  if (t.rows.length !== ROWS || t.columns.length !== COLS) throw new Error("read returned the wrong shape");
  const minChunks = Math.max(
    Math.ceil(valuesBytes / WEB_LIMITS.responseBytes),
    Math.ceil((ROWS * COLS) / WEB_LIMITS.readCells),
  );
  const out = {
    rows: ROWS,
    columns: COLS,
    valuesJson: mb(valuesBytes),
    syncs: sim.stats.syncs,
    minChunks,
    target: 2 + minChunks,
    meetsTarget: sim.stats.syncs <= 2 + minChunks,
    largestRequest: mb(sim.maxRequestBytes),
    largestResponse: mb(sim.maxResponseBytes),
    underLimit:
      sim.maxRequestBytes < WEB_LIMITS.requestBytes && sim.maxResponseBytes < WEB_LIMITS.responseBytes,
    ms: Math.round(ms),
  };
  console.log("1. Read 100,000 x 10 through office/ over the simulator");
  console.table(out);
  return out;
}

async function benchMark(): Promise<Record<string, unknown>> {
  const rowsN = 20_000;
  const model = new SimWorkbook(["Data"]);
  const s = model.mustSheet("Data");
  for (let i = 0; i < rowsN; i++)
    for (let c = 0; c < COLS; c++) s.edit(i, c, (cell) => (cell.value = i * COLS + c));
  const r = mulberry32(7);
  const picked = new Set<string>();
  while (picked.size < 10_000)
    picked.add(`${String.fromCharCode(65 + Math.floor(r() * COLS))}${1 + Math.floor(r() * rowsN)}`);
  const cells = [...picked].map((address, i) => ({
    sheet: "Data",
    address,
    note: `Check this value (${i})`,
    severity: (["error", "warning", "info"] as const)[i % 3] as "error" | "warning" | "info",
  }));
  const sim = new ExcelSimulator({ workbook: model });
  const port = createOfficeWorkbook({
    run: sim.run,
    isSetSupported: sim.isSetSupported,
    settings: new SimSettings(),
  });
  sim.resetStats();
  const t0 = performance.now();
  await port.markCells({ key: "bench", cells });
  const ms = performance.now() - t0;
  const out = {
    cells: cells.length,
    syncs: sim.stats.syncs,
    writeSyncs: sim.stats.writeSyncs,
    commands: sim.stats.commands,
    largestRequest: mb(sim.maxRequestBytes),
    largestResponse: mb(sim.maxResponseBytes),
    totalRequest: mb(sim.stats.requestBytes.reduce((a, b) => a + b, 0)),
    ms: Math.round(ms),
  };
  console.log("3. Mark 10,000 scattered cells (fill + note) through office/ over the simulator");
  console.table(out);
  return out;
}

async function ledgerXlsx(): Promise<Uint8Array> {
  const x = new ExcelJS.Workbook();
  const ws = x.addWorksheet("Ledger");
  ws.addRow(HEADERS);
  const r = mulberry32(42);
  for (let i = 0; i < ROWS; i++) ws.addRow(ledgerRow(i, r).map((v) => (v === "" ? null : v)));
  ws.getColumn(1).numFmt = "yyyy-mm-dd";
  return new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Runs in a fresh child process (with --expose-gc) so the memory figures are its own. */
async function xlsxChild(file: string): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  global.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const t0 = performance.now();
  const wb = await loadXlsx(bytes);
  const ms = performance.now() - t0;
  clearInterval(timer);
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  global.gc?.();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  const cells = wb.mustSheet("Ledger").cells.size;
  process.send?.({
    ms: Math.round(ms),
    cells,
    peakRss: peakRss - base.rss,
    peakHeap: peakHeap - base.heapUsed,
    retained,
    baseRss: base.rss,
  });
}

async function benchXlsx(): Promise<Record<string, unknown>> {
  const dir = path.resolve(__dirname, "../../bench-results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "ledger-100k.xlsx");
  fs.writeFileSync(file, await ledgerXlsx());
  const child = fork(__filename, ["--xlsx-child", file], {
    execArgv: ["--expose-gc", "-r", path.resolve(__dirname, "register-ts.js")],
  });
  const r = await new Promise<{
    ms: number;
    cells: number;
    peakRss: number;
    peakHeap: number;
    retained: number;
    baseRss: number;
  }>((resolve, reject) => {
    child.on("message", (m) => resolve(m as never));
    child.on("error", reject);
    child.on("exit", (code) => code !== 0 && reject(new Error(`child exited with ${code}`)));
  });
  const out = {
    file: mb(fs.statSync(file).size),
    rows: ROWS,
    cellsLoaded: r.cells,
    ms: r.ms,
    peakHeapGrowth: mb(r.peakHeap),
    peakRssGrowth: mb(r.peakRss),
    retainedHeap: mb(r.retained),
  };
  console.log("2. Load a 100,000-row .xlsx into the memory workbook (fresh process)");
  console.table(out);
  return out;
}

async function main(): Promise<void> {
  const xlsx = await benchXlsx();
  const read = await benchRead();
  const mark = await benchMark();
  const dir = path.resolve(__dirname, "../../bench-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "workbook.json"),
    JSON.stringify({ node: process.version, read, xlsx, mark }, null, 2),
  );
}

const childAt = process.argv.indexOf("--xlsx-child");
(childAt >= 0 ? xlsxChild(process.argv[childAt + 1] as string) : main()).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
