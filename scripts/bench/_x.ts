import { generatePair } from "../../src/core/reconcile/generate/generatePair";
import { mulberry32 } from "../../src/core/random";
import { reconcile, Workspace } from "../../src/core/reconcile";
import { dayFromIso } from "../../src/core/dates";
const size = Number(process.argv[2] ?? 1_000_000);
const { left, right } = generatePair({ size, random: mulberry32(20260331), startDay: dayFromIso("2025-01-01") as number });
const gc = (globalThis as { gc?: () => void }).gc!;
const ws = new Workspace();
for (let run = 0; run < 3; run++) {
  gc();
  const marks: [string, number][] = [];
  let last = "";
  (globalThis as any).__T = [];
  const t0 = performance.now();
  reconcile(left, right, undefined, undefined, {
    workspace: ws,
    onProgress: (p) => {
      if (p.phase !== last) {
        marks.push([p.phase, performance.now() - t0]);
        last = p.phase;
      }
    },
  });
  const total = performance.now() - t0;
  marks.push(["end", total]);
  console.log(`run ${run}: ${(total / 1000).toFixed(2)} s; prepare ${(marks[0]![1] / 1000).toFixed(3)}`);
  console.log("  finish: " + (globalThis as any).__T.map(([w, t]: [string, number]) => `${w} ${(t / 1000).toFixed(3)}`).join(", "));
  for (let k = 0; k + 1 < marks.length; k++)
    console.log(`  ${marks[k]![0].padEnd(28)} ${((marks[k + 1]![1] - marks[k]![1]) / 1000).toFixed(3)}`);
}
