/**
 * Validation benchmark: a generated ledger of N rows x 10 mixed columns with ~1% bad cells, validated
 * (a) with the ledger kind's rules plus column rules and a chart-of-accounts lookup, (b) with the same
 * per-cell rules only, and (c) row by row with a zod schema of those per-cell rules (the baseline).
 * Run: node --expose-gc -r ./scripts/bench/register-ts.js scripts/bench/validate.ts [rows...] [--only=full,cells,zod]
 * (`--only` runs just those variants, e.g. `--only=full 1000000` for a truly cold first call at 1M rows, or
 * under --cpu-prof; REPEATS=n sets the runs per variant.)
 * Peak memory is the process's maximum resident set size (getrusage), which includes the table itself.
 * Times are wall and CPU seconds (the machine is shared: CPU time shows how much waiting was contention).
 */
import * as os from "os";
import type { Cell } from "../../src/core/cell";
import { tableFromRows, type TableData } from "../../src/core/table";
import { validateTable, type TableRules, type ValidateOptions } from "../../src/core/validate";
import { rowObject, zodRowSchemaFor } from "../../src/core/validate/zodRow";
import { mulberry32 } from "../../src/core/random";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const HEADERS = [
  "Date",
  "Entry",
  "Account",
  "Description",
  "Debit",
  "Credit",
  "Currency",
  "Customer",
  "Reference",
  "Cost Center",
];
const ACCOUNTS = Array.from({ length: 50 }, (_, k) => String(1000 + k * 10));
const CENTERS = Array.from({ length: 10 }, (_, k) => `CC${String(k + 1).padStart(2, "0")}`);

/** Two lines per entry (a debit and a credit of the same amount); about 1% of cells are made bad. */
function ledgerTable(rows: number): { table: TableData; bad: number } {
  const r = mulberry32(42);
  const cols: Cell[][] = HEADERS.map(() => new Array<Cell>(rows));
  let bad = 0;
  const hit = (p: number): boolean => {
    const yes = r() < p;
    if (yes) bad++;
    return yes;
  };
  let amount = 0;
  for (let i = 0; i < rows; i++) {
    const entry = i >> 1;
    const debitLine = (i & 1) === 0;
    if (debitLine) amount = Math.round(r() * 500000) / 100 + 0.1 + 0.2 - 0.3; // float noise on purpose
    const serial = 46023 + (entry % 365);
    cols[0]![i] = hit(0.012)
      ? "31/02/2026"
      : r() < 0.05
        ? `2026-${String(1 + (entry % 12)).padStart(2, "0")}-15`
        : serial;
    cols[1]![i] = hit(0.006) ? null : `JE${String(entry).padStart(7, "0")}`;
    cols[2]![i] = hit(0.012) ? "9999" : hit(0.006) ? "" : ACCOUNTS[entry % 50]!;
    cols[3]![i] = hit(0.006) ? "x".repeat(70) : `Invoice payment ${entry}`;
    const garbled = hit(0.012);
    const both = hit(0.006);
    cols[4]![i] = debitLine ? (garbled ? "12,3.4x" : amount) : both ? amount : null;
    cols[5]![i] = debitLine ? null : garbled ? "12,3.4x" : amount;
    cols[6]![i] = hit(0.012) ? "US$" : entry % 10 === 0 ? "EUR" : "USD";
    cols[7]![i] = r() < 0.01 ? "-" : `Customer ${entry % 997}`;
    cols[8]![i] = hit(0.012) ? "INV-12" : `INV-${String(entry % 1000000).padStart(6, "0")}`;
    cols[9]![i] = hit(0.012) ? "CC99" : CENTERS[entry % 10]!;
  }
  const table = tableFromRows({ name: "Journal", sheet: "Ledger", headers: HEADERS, records: [] });
  return { table: { ...table, columns: cols, rows: Array.from({ length: rows }, (_, i) => i + 2) }, bad };
}

const chart = tableFromRows({
  name: "Accounts",
  sheet: "Chart",
  headers: ["Account", "Name", "Type"],
  records: ACCOUNTS.map((a, k) => [
    a,
    `Account ${a}`,
    ["asset", "liability", "equity", "income", "expense"][k % 5]!,
  ]),
});

const COLUMN_RULES: TableRules["columns"] = {
  Description: { maxLength: 60 },
  Customer: { maxLength: 40 },
  Reference: { type: "text", pattern: "INV-\\d{6}", required: true },
  "Cost Center": { type: "text", allowed: CENTERS, required: true },
};

const FULL: ValidateOptions = {
  kind: "ledger",
  rules: { missingValues: ["-"], lookups: { chartOfAccounts: "Accounts" }, columns: COLUMN_RULES },
  tables: [chart],
  lockDate: "2025-12-31",
};

/** The same per-cell rules without the kind: what a row schema can express. */
const PER_CELL: ValidateOptions = {
  kind: "none",
  rules: {
    missingValues: ["-"],
    columns: {
      ...COLUMN_RULES,
      Date: { type: "date", required: true },
      Entry: { type: "text", required: true },
      Account: { type: "text", required: true },
      Description: { type: "text", maxLength: 60 },
      Debit: { type: "amount" },
      Credit: { type: "amount" },
      Currency: { type: "currency" },
      Customer: { type: "text", maxLength: 40 },
    },
  },
};

function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** Wall and CPU seconds of one call. No forced GC around it: V8's forced full GC also drops compiled code. */
function time<T>(f: () => T): { value: T; t: Timing } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, t: { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 } };
}

interface Line {
  run: string;
  rows: number;
  first: Timing;
  /** Median of the later runs (compiled code warm), when there are any. */
  warm: Timing | undefined;
  /** The fastest later run. */
  best: Timing | undefined;
  issues: number;
  peakMb: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
}

function measure(run: string, rows: number, repeats: number, f: () => number): Line {
  const times: Timing[] = [];
  let issues = 0;
  for (let k = 0; k < repeats; k++) {
    const { value, t } = time(f);
    issues = value;
    times.push(t);
  }
  const later = times.slice(1);
  const warm =
    later.length === 0
      ? undefined
      : { wall: median(later.map((t) => t.wall)), cpu: median(later.map((t) => t.cpu)) };
  const best = later.length === 0 ? undefined : later.reduce((a, b) => (b.wall < a.wall ? b : a));
  return { run, rows, first: times[0] as Timing, warm, best, issues, peakMb: peakMb() };
}

type Variant = "full" | "cells" | "zod";
const VARIANTS: readonly Variant[] = ["full", "cells", "zod"];

function bench(rows: number, repeats: number, only: ReadonlySet<Variant>): Map<Variant, Line> {
  const { table, bad } = ledgerTable(rows);
  gc();
  const pct = ((bad / (rows * HEADERS.length)) * 100).toFixed(2);
  console.log(
    `\n${rows.toLocaleString("en-US")} rows x ${HEADERS.length} columns, ${bad.toLocaleString("en-US")} bad cells injected (${pct}%); RSS after generating: ${peakMb()} MB`,
  );
  const lines = new Map<Variant, Line>();
  if (only.has("full"))
    lines.set(
      "full",
      measure(
        "engine: ledger kind + rules + lookup",
        rows,
        repeats,
        () => validateTable(table, FULL).issues.length,
      ),
    );
  if (only.has("cells"))
    lines.set(
      "cells",
      measure(
        "engine: per-cell rules only",
        rows,
        repeats,
        () => validateTable(table, PER_CELL).issues.length,
      ),
    );
  if (only.has("zod")) {
    const schema = zodRowSchemaFor(table, PER_CELL);
    const objects = Array.from({ length: rows }, (_, i) => rowObject(table, HEADERS, i));
    lines.set(
      "zod",
      measure("zod safeParse per row, per-cell rules", rows, Math.min(repeats, 3), () => {
        let failures = 0;
        for (const o of objects) {
          const r = schema.safeParse(o);
          if (!r.success) failures += r.error.issues.length;
        }
        return failures;
      }),
    );
  }
  return lines;
}

function print(lines: readonly Line[]): void {
  const head = [
    "run",
    "rows",
    "first s",
    "first cpu s",
    "warm s",
    "warm cpu s",
    "best s",
    "best cpu s",
    "warm rows/s",
    "issues",
    "peak RSS MB",
  ];
  const f = (x: number | undefined): string => (x === undefined ? "-" : x.toFixed(3));
  const body = lines.map((l) => [
    l.run,
    l.rows.toLocaleString("en-US"),
    f(l.first.wall),
    f(l.first.cpu),
    f(l.warm?.wall),
    f(l.warm?.cpu),
    f(l.best?.wall),
    f(l.best?.cpu),
    l.warm === undefined ? "-" : Math.round(l.rows / l.warm.wall).toLocaleString("en-US"),
    l.issues.toLocaleString("en-US"),
    String(l.peakMb),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => (b[c] as string).length)));
  const row = (cells: string[]): string =>
    cells
      .map((s, c) => (c === 0 ? s.padEnd(widths[c] as number) : s.padStart(widths[c] as number)))
      .join("  ");
  console.log(row(head));
  for (const b of body) console.log(row(b));
}

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = new Set<Variant>(
  onlyArg === undefined
    ? VARIANTS
    : onlyArg
        .slice("--only=".length)
        .split(",")
        .filter((v): v is Variant => (VARIANTS as readonly string[]).includes(v)),
);
const repeats = Math.max(1, Number(process.env.REPEATS ?? 7));
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs, load average ${load()}; ${repeats} runs per engine variant (first: compiled code cold, as in a one-shot CLI; warm: median of the rest; best: fastest of the rest)`,
);
for (const rows of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
  const lines = bench(rows, repeats, only);
  print([...lines.values()]);
  const full = lines.get("full");
  const cells = lines.get("cells");
  const zod = lines.get("zod");
  const ratio = (a: Timing | undefined, b: Timing | undefined): string =>
    a === undefined || b === undefined ? "-" : (a.wall / b.wall).toFixed(1);
  if (zod !== undefined)
    console.log(
      `zod / engine (warm wall time): per-cell rules ${ratio(zod.warm ?? zod.first, cells?.warm)}x; full ledger ${ratio(zod.warm ?? zod.first, full?.warm)}x`,
    );
}
console.log(`load average at the end: ${load()}`);
