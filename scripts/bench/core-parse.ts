/**
 * Benchmark: parsing 1,000,000 amount cells and 1,000,000 date cells in core, on one core.
 * Target: >= 10 million cells/s for each fast path (parseAmountMinor, parseDateDay).
 * Run: npm run bench -- core-parse   (or node -r ./scripts/bench/register-ts.js scripts/bench/core-parse.ts)
 */
import type { Cell } from "../../src/core/cell";
import { parseDate, parseDateDay } from "../../src/core/dates";
import { parseAmount, parseAmountMinor } from "../../src/core/money";
import { mulberry32 } from "../../src/core/random";

const CELLS = 1_000_000;
const RUNS = 7;

/** What an amount column holds: mostly typed doubles, computed doubles with float noise, some text. */
function amountCells(n: number): Cell[] {
  const rnd = mulberry32(1);
  const cells: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const cents = Math.floor(rnd() * 10_000_000) - 2_000_000;
    const r = rnd();
    if (r < 0.6)
      cells[i] = cents / 100; // typed: 1234.56
    else if (r < 0.7)
      cells[i] = (Math.floor(rnd() * 100_000) / 100) * (1 + Math.floor(rnd() * 12)); // price × quantity
    else if (r < 0.8)
      cells[i] = cents / 100 + Math.floor(rnd() * 1000) / 100 - 0.1; // sums with noise
    else {
      const abs = Math.abs(cents);
      const whole = Math.floor(abs / 100).toLocaleString("en-US");
      const text = `${whole}.${String(abs % 100).padStart(2, "0")}`;
      const k = Math.floor(rnd() * 4);
      cells[i] = k === 0 ? text : k === 1 ? `(${text})` : k === 2 ? `€${text}` : `-${text}`;
    }
  }
  return cells;
}

/** What a date column holds: mostly serials (some with times), some ISO and DMY text. */
function dateCells(n: number): Cell[] {
  const rnd = mulberry32(2);
  const cells: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const serial = 43831 + Math.floor(rnd() * 2922); // 2020-01-01 .. 2027-12-31
    const r = rnd();
    if (r < 0.6) cells[i] = serial;
    else if (r < 0.8) cells[i] = serial + Math.floor(rnd() * 1440) / 1440;
    else {
      const date = new Date((serial - 25569) * 86400000);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const two = (x: number) => String(x).padStart(2, "0");
      cells[i] = r < 0.9 ? `${y}-${two(m)}-${two(d)}` : `${two(d)}/${two(m)}/${y}`;
    }
  }
  return cells;
}

interface Row {
  readonly what: string;
  readonly cells: number;
  readonly seconds: number;
  readonly rejected: number;
}

/** Best and median of RUNS timed passes; `pass` returns how many cells it rejected. */
function measure(what: string, cells: readonly Cell[], pass: (cells: readonly Cell[]) => number): Row[] {
  pass(cells); // warm up: let the JIT settle on the hot path
  const times: number[] = [];
  let rejected = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    rejected = pass(cells);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return [
    { what: `${what} (best)`, cells: cells.length, seconds: times[0] as number, rejected },
    { what: `${what} (median)`, cells: cells.length, seconds: times[RUNS >> 1] as number, rejected },
  ];
}

function amountMinorPass(cells: readonly Cell[]): number {
  let bad = 0;
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = parseAmountMinor(cells[i] as Cell, 2);
    if (v === v) sum += v;
    else bad++;
  }
  return sum === 0.5 ? -1 : bad; // keeps the sum alive
}

function amountResultPass(cells: readonly Cell[]): number {
  let bad = 0;
  for (let i = 0; i < cells.length; i++) if (!parseAmount(cells[i] as Cell, { decimals: 2 }).ok) bad++;
  return bad;
}

function dateDayPass(cells: readonly Cell[]): number {
  let bad = 0;
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = parseDateDay(cells[i] as Cell, 1900, "DMY");
    if (v === v) sum += v;
    else bad++;
  }
  return sum === 0.5 ? -1 : bad;
}

function dateResultPass(cells: readonly Cell[]): number {
  let bad = 0;
  for (let i = 0; i < cells.length; i++)
    if (!parseDate(cells[i] as Cell, { system: 1900, order: "DMY" }).ok) bad++;
  return bad;
}

function print(rows: readonly Row[]): void {
  const lines = [["what", "cells", "seconds", "cells/s", "rejected"]];
  for (const r of rows) {
    lines.push([
      r.what,
      r.cells.toLocaleString("en-US"),
      r.seconds.toFixed(4),
      `${(r.cells / r.seconds / 1e6).toFixed(1)} M`,
      String(r.rejected),
    ]);
  }
  const widths = (lines[0] as string[]).map((_, c) => Math.max(...lines.map((l) => (l[c] as string).length)));
  for (const l of lines)
    console.log(
      l.map((x, c) => (c === 0 ? x.padEnd(widths[c] as number) : x.padStart(widths[c] as number))).join("  "),
    );
}

const amounts = amountCells(CELLS);
const dates = dateCells(CELLS);
console.log(`core-parse: ${RUNS} timed passes each after one warm-up, node ${process.version}`);
print([
  ...measure("amounts: parseAmountMinor", amounts, amountMinorPass),
  ...measure("dates: parseDateDay", dates, dateDayPass),
  ...measure("amounts: parseAmount (result objects)", amounts, amountResultPass),
  ...measure("dates: parseDate (result objects)", dates, dateResultPass),
]);
