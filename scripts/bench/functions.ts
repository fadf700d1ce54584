/**
 * Worksheet-function benchmark: =BO.MATCH then =BO.RECONCILE over the same two generated ranges (as Excel
 * hands them: rows of plain values with a header row, each call its own copy), once with the shared run
 * and once with it forgotten between the calls (what two independent runs cost). The figures include
 * reading the ranges into records, not Excel's own marshalling of the values.
 * Run: node --expose-gc -r ./scripts/bench/register-ts.js scripts/bench/functions.ts [rows] [--runs N]
 */
import * as os from "os";
import { dayFromIso } from "../../src/core/dates";
import { mulberry32 } from "../../src/core/random";
import type { RecordSet } from "../../src/core/reconcile";
import { generatePair } from "../../src/core/reconcile/generate/generatePair";
import "../../src/functions/runtime";
import { match, reconcileSummary, sharedRuns } from "../../src/functions/reconcile";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const size = Number(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ?? 100_000);

/** 1900-system serial of a day number (days since 1970-01-01). */
const serial = (day: number) => day + 25569;

function grid(set: RecordSet, amountHeader: string): (string | number)[][] {
  const out: (string | number)[][] = [["Date", "Description", "Reference", amountHeader]];
  for (let i = 0; i < set.size; i++)
    out.push([
      serial(set.day[i] as number),
      set.description[i] as string,
      set.reference[i] as string,
      (set.minor[i] as number) / 100,
    ]);
  return out;
}

const { left, right } = generatePair({
  size,
  random: mulberry32(20260331),
  startDay: dayFromIso("2025-01-01") as number,
});
const ledger = grid(left, "Amount");
const bank = grid(right, "Amount");
const rules = "";
const where = {
  parameterAddresses: [`Ledger!A1:D${ledger.length}`, `Bank!A1:D${bank.length}`, ""],
} as unknown as CustomFunctions.Invocation;

let confirmed = 0;

async function both(shared: boolean): Promise<number> {
  sharedRuns.forget();
  const copies = [ledger, bank, ledger, bank].map((g) => structuredClone(g));
  gc();
  const t0 = performance.now();
  const listing = await match(copies[0]!, copies[1]!, rules, where);
  if (!shared) sharedRuns.forget();
  const summary = await reconcileSummary(copies[2]!, copies[3]!, rules, where);
  const ms = performance.now() - t0;
  confirmed = Number(summary[1]?.[1]);
  if (listing.length < 2 || !(confirmed > 0)) throw new Error("no answer");
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

(async () => {
  console.log(
    `functions bench: node ${process.version}, ${os.cpus().length} cpus, load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `${ledger.length - 1} ledger rows x ${bank.length - 1} bank rows (a warm-up pair of calls first)`,
  );
  await both(true);
  const sharedMs: number[] = [];
  const separateMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    separateMs.push(await both(false));
    sharedMs.push(await both(true));
  }
  const show = (xs: number[]) =>
    `${(median(xs) / 1000).toFixed(3)} s (runs ${xs.map((x) => (x / 1000).toFixed(3)).join(", ")})`;
  console.log(`  MATCH + RECONCILE, each its own run: ${show(separateMs)}`);
  console.log(`  MATCH + RECONCILE, one shared run:   ${show(sharedMs)}`);
  console.log(
    `  confirmed matches: ${confirmed}; runs reused: ${sharedRuns.reused}, computed: ${sharedRuns.computed}`,
  );
  sharedRuns.forget();
})();
