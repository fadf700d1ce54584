/**
 * A workspace hands a run buffers that an earlier run gave back. Runs with one give the same results as
 * runs without, and no result reads a buffer after its run gave it back: the workspace here scribbles
 * over every buffer it is given, and results taken before are compared afterwards.
 */
import fc from "fast-check";
import { generatePair } from "./generate/generatePair";
import { mulberry32 } from "../random";
import { reconcile } from "./reconcile";
import { DEFAULT_RULES } from "./defaultRules";
import type { ReconcileResult } from "./types";
import { Lease, Workspace } from "./workspace";

const START = 20454; // 2026-01-01

/** Overwrites every buffer a run gives back, as the next run's work would. */
class Scribbling extends Workspace {
  override keep(buffers: readonly ArrayBuffer[]): void {
    for (const b of buffers) new Uint8Array(b).fill(0xa5);
    super.keep(buffers);
  }
}

/** Everything a result shows, read through its public surface (reasons are rendered on demand). */
function everything(r: ReconcileResult): string {
  return JSON.stringify({
    matches: r.matches.map((m) => [
      m.id,
      m.status,
      m.rule,
      m.cardinality,
      m.left,
      m.right,
      m.score,
      m.reason,
      m.ambiguous,
      m.alternatives,
      m.decidedBy,
      m.difference,
      m.currency,
    ]),
    leftMatch: Array.from(r.leftMatch),
    rightMatch: Array.from(r.rightMatch),
    unmatched: r.unmatched,
    adjustments: r.adjustments,
    findings: r.findings,
    statements: r.statements,
    summary: r.summary,
    issues: r.issues,
  });
}

function pair(size: number, seed: number) {
  return generatePair({ size, random: mulberry32(seed), startDay: START });
}

describe("Workspace", () => {
  it("hands back a kept buffer that fits, zeroed where asked, and keeps only the last run's buffers", () => {
    const ws = new Workspace();
    const a = new ArrayBuffer(1000);
    new Uint8Array(a).fill(7);
    const b = new ArrayBuffer(100_000);
    ws.keep([a, b]);
    const got = ws.take(900);
    expect(got).toBe(a);
    expect(Array.from(new Uint8Array(got, 0, 900)).every((x) => x === 0)).toBe(true);
    // Far larger than asked: a new buffer, the large one stays a spare.
    const small = ws.take(16);
    expect(small).not.toBe(b);
    expect(ws.heldBytes).toBe(100_000);
    // Too small: new.
    expect(ws.take(200_000).byteLength).toBe(200_000);
    ws.keep([got]);
    expect(ws.heldBytes).toBe(1000);
    ws.clear();
    expect(ws.heldBytes).toBe(0);
  });

  it("lets a run reuse what it dropped, and gives everything back when it ends", () => {
    const ws = new Workspace();
    const lease = new Lease(ws);
    const first = lease.i32(1000);
    first.fill(9);
    lease.drop(first);
    const again = lease.i32(1000);
    expect(again.buffer).toBe(first.buffer);
    expect(again.every((x) => x === 0)).toBe(true);
    const other = lease.f64(10);
    lease.end();
    expect(ws.heldBytes).toBe(again.buffer.byteLength + other.buffer.byteLength);
    // A second run takes the same buffers again.
    const next = new Lease(ws);
    expect(next.i32(1000).buffer).toBe(first.buffer);
    expect(next.f64(10).buffer).toBe(other.buffer);
  });

  it("gives runs the same results as fresh memory, and no result reads a buffer given back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 20, max: 400 }), seed: fc.integer() }), {
          minLength: 2,
          maxLength: 4,
        }),
        (runs) => {
          const ws = new Scribbling();
          const kept: { result: ReconcileResult; want: string }[] = [];
          for (const { size, seed } of runs) {
            const { left, right } = pair(size, seed);
            const want = everything(reconcile(left, right));
            const result = reconcile(left, right, DEFAULT_RULES, undefined, { workspace: ws });
            expect(everything(result)).toBe(want);
            kept.push({ result, want });
          }
          for (const k of kept) expect(everything(k.result)).toBe(k.want);
        },
      ),
      { numRuns: 12 },
    );
  });
});
