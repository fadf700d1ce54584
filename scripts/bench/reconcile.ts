/**
 * Benchmark of the reconciliation engine on generated ledger/bank pairs (src/core/reconcile/generate).
 * Prints quality per class against the generator's answer key, and run time (wall and CPU, median of the
 * timed runs after untimed warm-up runs), peak RSS, and a straightforward per-row nested-loop matcher on the same
 * 10,000 x 10,000 data as the baseline ratio. Runs alternate between fresh memory and a kept Workspace (the
 * buffers of the previous run reused, as on a re-run in the pane or a recalculation), and both are reported. Targets: 100k x 100k <= 0.5 s, 1M x 1M <= 5 s, peak <= 2 GB,
 * confirmed precision >= 99.9%, 1:1 recall >= 99.5%, many:1 recall >= 95%, no ambiguous pair confirmed.
 *
 * Run: node scripts/bench/reconcile.js [sizes…] [--runs N] [--warmup N] [--seed S] [--huge-pages]
 * (default sizes: 10000 100000 1000000; --huge-pages: see reconcile.js)
 */
import * as os from "os";
import { dayFromIso } from "../../src/core/dates";
import { reconcile, Workspace, type ReconcileResult, type RecordSet } from "../../src/core/reconcile";
import { generatePair } from "../../src/core/reconcile/generate/generatePair";
import { gradeResult, type Grade } from "../../src/core/reconcile/generate/grade";
import { mulberry32 } from "../../src/core/random";
import { TRUTH_KINDS } from "../../src/core/reconcile/generate/truth";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option("--runs", 3);
/** Untimed runs first: the JIT compiles the hot paths during them. */
const WARMUP = option("--warmup", 2);
const SEED = option("--seed", 20260331);
const sizes = args.filter((a, k) => !a.startsWith("--") && !args[k - 1]?.startsWith("--")).map(Number);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
const START = dayFromIso("2025-01-01") as number;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 20);

/** A percentage to three decimals, or more where three would round a shortfall up to 100%. */
function pct(x: number): string {
  let digits = 3;
  while (x < 1 && digits < 8 && (100 * x).toFixed(digits) === (100).toFixed(digits)) digits++;
  return `${(100 * x).toFixed(digits)}%`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * The baseline: for each ledger row, walk every bank row and take the first open one with the same
 * amount, a date 0-3 days later and no contradicting reference. Quadratic, as a per-row lookup in a
 * spreadsheet (or a VLOOKUP per row) is.
 */
function nestedLoop(left: RecordSet, right: RecordSet): number {
  const taken = new Uint8Array(right.size);
  let matched = 0;
  for (let i = 0; i < left.size; i++) {
    for (let j = 0; j < right.size; j++) {
      if (taken[j] === 1 || right.minor[j] !== left.minor[i]) continue;
      const lag = (right.day[j] as number) - (left.day[i] as number);
      if (lag < 0 || lag > 3) continue;
      const a = left.reference[i] as string;
      const b = right.reference[j] as string;
      if (a !== "" && b !== "" && a.replace(/\W/g, "").toUpperCase() !== b.replace(/\W/g, "").toUpperCase())
        continue;
      taken[j] = 1;
      matched++;
      break;
    }
  }
  return matched;
}

/**
 * What the operating system charges for memory a process touches for the first time (page faults and
 * zeroing): one byte written per 4 KiB page of a new buffer, then again. On a virtual machine the first
 * pass can cost over a second for a few hundred megabytes; it is most of what separates a fresh run from
 * one with a kept workspace.
 */
function firstTouch(bytes: number): { first: number; again: number } {
  const b = new Uint8Array(bytes);
  const t0 = performance.now();
  for (let i = 0; i < b.length; i += 4096) b[i] = 1;
  const t1 = performance.now();
  for (let i = 0; i < b.length; i += 4096) b[i] = 2;
  return { first: t1 - t0, again: performance.now() - t1 };
}

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  collect();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  sampleRss();
  return { value, wall, cpu: (c.user + c.system) / 1e6 };
}

function printGrade(g: Grade): void {
  console.log(
    `  confirmed: ${g.confirmed.total} matches, ${g.confirmed.correct} correct, precision ${pct(g.confirmed.precision)}`,
  );
  const wrong = Object.entries(g.confirmed.wrongByRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (wrong.length > 0)
    console.log(`  wrong confirmations by rule: ${wrong.map(([rule, n]) => `${rule} ${n}`).join(", ")}`);
  console.log(`  suggested: ${g.suggested.total} matches, ${g.suggested.correct} exactly a true group`);
  console.log(`  ambiguous rows auto-confirmed: ${g.ambiguousConfirmed}`);
  console.log(
    "  class               total  confirmed  suggested  recall(conf)  recall(conf+sugg)  slips flagged",
  );
  for (const kind of TRUTH_KINDS) {
    const c = g.classes[kind];
    if (c.total === 0) continue;
    const flagged = kind.includes("_") && c.flagged > 0 ? String(c.flagged) : "";
    console.log(
      `  ${kind.padEnd(18)} ${String(c.total).padStart(6)} ${String(c.confirmed).padStart(10)} ${String(c.suggested).padStart(10)}` +
        `  ${pct(c.confirmed / c.total).padStart(12)}  ${pct((c.confirmed + c.suggested) / c.total).padStart(17)}  ${flagged.padStart(13)}`,
    );
  }
  console.log(`  ledger-only rows left open: ${g.leftOnly.leftOpen}/${g.leftOnly.total}`);
  console.log(`  bank-only rows left open:   ${g.rightOnly.leftOpen}/${g.rightOnly.total}`);
  console.log(`  duplicate imports flagged:  ${g.duplicates.flagged}/${g.duplicates.total}`);
}

function main(): void {
  console.log(
    `reconcile bench: node ${process.version}, ${os.cpus().length} cpus, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}, seed ${SEED}`,
  );
  const huge = /glibc\.malloc\.hugetlb=1/.test(process.env.GLIBC_TUNABLES ?? "");
  console.log(`huge pages for large buffers: ${huge ? "asked for (glibc.malloc.hugetlb=1)" : "no"}`);
  if (collect === undefined) console.log("(run with --expose-gc to collect generator garbage before timing)");
  for (const size of SIZES) {
    const gen = timed(() => generatePair({ size, random: mulberry32(SEED), startDay: START }));
    const { left, right, truth } = gen.value;
    console.log(
      `\n${left.size} ledger rows x ${right.size} bank rows (generated in ${gen.wall.toFixed(1)} s)`,
    );
    // The generator's garbage: one full collection frees it, V8 gives its pages back to the system on a
    // later one. Collected until the process stops shrinking, so the runs' peak is the engine's own.
    for (let k = 0, rss = Infinity; k < 4 && process.memoryUsage().rss < rss; k++) {
      rss = process.memoryUsage().rss;
      collect();
    }
    const rssBefore = process.memoryUsage().rss;
    const peakBefore = peakRss;
    peakRss = rssBefore;
    let result: ReconcileResult | null = null;
    // The previous result stays alive during each run, as it does in the pane until the new one replaces it.
    const workspace = new Workspace();
    const kinds = [
      { name: "fresh memory", options: {}, walls: [] as number[], cpus: [] as number[], summary: "" },
      {
        name: "kept workspace",
        options: { workspace },
        walls: [] as number[],
        cpus: [] as number[],
        summary: "",
      },
    ];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
        const t = timed(() => reconcile(left, right, undefined, undefined, kind.options));
        result = t.value;
        kind.summary = JSON.stringify(result.summary);
        if (run < WARMUP) continue;
        kind.walls.push(t.wall);
        kind.cpus.push(t.cpu);
      }
    }
    if (result === null) continue;
    const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
    for (const kind of kinds)
      console.log(
        `  engine, ${kind.name}: wall ${median(kind.walls).toFixed(3)} s (runs ${kind.walls.map((w) => w.toFixed(3)).join(", ")}), cpu ${median(kind.cpus).toFixed(3)} s`,
      );
    console.log(
      `  workspace: holds ${mib(workspace.heldBytes)} between runs; same summary as fresh memory: ${kinds[0]?.summary === kinds[1]?.summary ? "yes" : "NO"}`,
    );
    const touch = firstTouch(workspace.heldBytes);
    console.log(
      `  this machine: writing ${mib(workspace.heldBytes)} of new memory once takes ${touch.first.toFixed(0)} ms, again ${touch.again.toFixed(0)} ms (a fresh run pays the first; a kept workspace was paid for earlier)`,
    );
    const walls = kinds[0]?.walls ?? [];
    console.log(
      `  memory: rss ${mib(rssBefore)} with the inputs loaded, peak ${mib(peakRss)} during the runs (+${mib(peakRss - rssBefore)}); generation peaked at ${mib(peakBefore)}`,
    );
    peakRss = Math.max(peakRss, peakBefore);
    printGrade(gradeResult(result, truth));
    if (size <= 10_000) {
      const base = timed(() => nestedLoop(left, right));
      console.log(
        `  baseline nested loop: ${base.value} pairs in ${base.wall.toFixed(3)} s wall; engine ${(base.wall / median(walls)).toFixed(1)}x faster`,
      );
    }
    result = null;
  }
  console.log(
    `\npeak rss ${(peakRss / 2 ** 20).toFixed(0)} MiB (generation included), load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  clearInterval(sampler);
}

main();
