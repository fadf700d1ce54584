/**
 * Properties over generated ledger/bank pairs: row order never changes the outcome (same matches by row
 * keys, same ids), every row ends in exactly one place, totals are conserved, the statement identity
 * holds, and no ambiguous pair is ever confirmed by a rule.
 */
import fc from "fast-check";
import { sumMinor } from "../money";
import { generatePair } from "./generate/generatePair";
import { mulberry32, shuffleInPlace } from "../random";
import { reconcile } from "./reconcile";
import { recordSet, selectRecords } from "./records";
import type { ReconcileResult, RecordSet } from "./types";

const START = 20454; // 2026-01-01

function canonical(r: ReconcileResult) {
  const lk = (i: number) => r.left.keys[i] as string;
  const rk = (j: number) => r.right.keys[j] as string;
  return {
    matches: r.matches
      .map(
        (m) =>
          `${m.id}|${m.status}|${m.rule}|${m.left.map(lk).sort().join(",")}|${m.right.map(rk).sort().join(",")}|${m.difference}`,
      )
      .sort(),
    open: [...r.unmatched.left.map(lk), "|", ...r.unmatched.right.map(rk)],
    findings: r.findings.map(
      (f) => `${f.kind}|${f.left.map(lk).join(",")}|${f.right.map(rk).join(",")}|${f.amount}`,
    ),
    statements: r.statements.map((s) => s.lines.map((l) => `${l.kind}:${l.effect}:${l.count}`).join(";")),
    summary: r.summary,
  };
}

const pairArb = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  size: fc.integer({ min: 20, max: 260 }),
});

describe("reconciliation properties", () => {
  it("is independent of row order on both sides (matches by keys, ids, open rows, findings, statement)", () => {
    fc.assert(
      fc.property(pairArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ seed, size }, shuffleSeed) => {
        const g = generatePair({ size, random: mulberry32(seed), startDay: START });
        const random = mulberry32(shuffleSeed);
        const lo = shuffleInPlace(
          random,
          Array.from({ length: g.left.size }, (_, k) => k),
        );
        const ro = shuffleInPlace(
          random,
          Array.from({ length: g.right.size }, (_, k) => k),
        );
        const a = reconcile(g.left, g.right);
        const b = reconcile(selectRecords(g.left, lo), selectRecords(g.right, ro));
        expect(canonical(b)).toEqual(canonical(a));
      }),
      { numRuns: 25 },
    );
  });

  it("pairs as many rows when a table is sorted otherwise and its rows are keyed by their new places", () => {
    // A table's rows are keyed by their place (Ledger!2, Ledger!3, …): sorting the table changes every key.
    const byPlace = (set: RecordSet, order: readonly number[]) =>
      recordSet(
        set.side,
        set.table,
        order.map((i) => ({
          day: set.day[i] as number,
          minor: set.minor[i] as number,
          reference: set.reference[i] as string,
          description: set.description[i] as string,
          party: set.party[i] as string,
          currency: set.currency[i] as string,
        })),
      );
    const counts = (r: ReconcileResult) => [
      r.summary.confirmed,
      r.summary.suggested,
      r.unmatched.left.length,
      r.unmatched.right.length,
    ];
    fc.assert(
      fc.property(pairArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ seed, size }, shuffleSeed) => {
        const g = generatePair({ size, random: mulberry32(seed), startDay: START });
        const random = mulberry32(shuffleSeed);
        const identity = (n: number) => Array.from({ length: n }, (_, k) => k);
        const a = reconcile(byPlace(g.left, identity(g.left.size)), byPlace(g.right, identity(g.right.size)));
        const b = reconcile(
          byPlace(g.left, shuffleInPlace(random, identity(g.left.size))),
          byPlace(g.right, shuffleInPlace(random, identity(g.right.size))),
        );
        expect(counts(b)).toEqual(counts(a));
      }),
      { numRuns: 25 },
    );
  });

  it("puts every row in exactly one of confirmed, suggested or open, and conserves totals", () => {
    fc.assert(
      fc.property(pairArb, ({ seed, size }) => {
        const g = generatePair({ size, random: mulberry32(seed), startDay: START });
        const r = reconcile(g.left, g.right);
        for (const [set, match, open, side] of [
          [r.left, r.leftMatch, r.unmatched.left, "left"],
          [r.right, r.rightMatch, r.unmatched.right, "right"],
        ] as const) {
          const seen = new Int32Array(set.size);
          r.matches.forEach((m, k) =>
            (side === "left" ? m.left : m.right).forEach((i) => {
              seen[i] = (seen[i] as number) + 1;
              expect(match[i]).toBe(k);
            }),
          );
          open.forEach((i) => {
            seen[i] = (seen[i] as number) + 1;
            expect(match[i]).toBe(-1);
          });
          expect(Array.from(seen).every((c) => c === 1)).toBe(true);
          const s = r.summary;
          const parts = [
            s.confirmed[side].total,
            s.suggested[side].total,
            s.unmatched[side].total,
          ] as number[];
          expect(sumMinor(parts)).toBe(sumMinor(Array.from(set.minor)));
          expect(s.confirmed[side].rows + s.suggested[side].rows + s.unmatched[side].rows).toBe(set.size);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("holds the statement identity exactly: book + every line = statement, from the raw rows", () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        ({ seed, size }, opening) => {
          const g = generatePair({ size, random: mulberry32(seed), startDay: START });
          const r = reconcile(g.left, g.right, undefined, undefined, {
            currency: "USD",
            balances: { currency: "USD", leftOpening: opening, rightOpening: opening },
          });
          const st = r.statements[0];
          expect(st?.identityHolds).toBe(true);
          expect(st?.unexplained).toBe(0);
          expect(st?.bookBalance).toBe(sumMinor([opening, ...Array.from(g.left.minor)]));
          expect(st?.statementBalance).toBe(sumMinor([opening, ...Array.from(g.right.minor)]));
          expect(sumMinor([st?.bookBalance ?? 0, ...(st?.lines ?? []).map((l) => l.effect)])).toBe(
            st?.statementBalance,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("never confirms an ambiguous pair (identical twins, or a duplicated bank line)", () => {
    fc.assert(
      fc.property(pairArb, ({ seed, size }) => {
        const g = generatePair({ size: size + 200, random: mulberry32(seed), startDay: START });
        const r = reconcile(g.left, g.right);
        const twinsLeft = new Set<number>();
        const twinsRight = new Set<number>();
        for (const t of g.truth.groups) {
          if (t.kind !== "ambiguous" && t.kind !== "duplicated_pair") continue;
          t.left.forEach((i) => twinsLeft.add(i));
          t.right.forEach((j) => twinsRight.add(j));
        }
        for (const m of r.matches) {
          if (m.status !== "confirmed") continue;
          expect(m.left.some((i) => twinsLeft.has(i)) || m.right.some((j) => twinsRight.has(j))).toBe(false);
        }
      }),
      { numRuns: 20 },
    );
  });
});
