/**
 * Apply under host failures (hazards 10, 11): a fault at every command of the three writes of an Apply
 * leaves the workbook exactly as before (earlier writes are taken back), on the office adapter over the
 * Excel simulator and on the memory workbook; a second fault while taking back is reported as
 * "restore incomplete" and Revert then brings the workbook back; a cancel midway writes nothing.
 */
import { isWorkbookError } from "../../../src/workbook/errors";
import { createReconciliationService, type ReconcileOutcome } from "../../../src/services/reconciliation";
import { memoryBackend, officeBackend, type Backend } from "../../contract/backends";
import { faultyDriver } from "../../support/faultyDriver";
import { bankSetup, BOOKS, NEXT_MONTH } from "./fixtures";

async function ready(b: Backend): Promise<{ outcome: ReconcileOutcome; apply: () => Promise<unknown> }> {
  const svc = createReconciliationService(b.port);
  let outcome = await svc.run(await bankSetup(svc));
  const first = outcome.result.matches.find((m) => m.status === "suggested");
  outcome = await svc.decide(outcome, { kind: "accept", matchId: first?.id ?? "" });
  return { outcome, apply: () => svc.apply(outcome) };
}

function expectAsBefore(e: unknown): void {
  expect(isWorkbookError(e)).toBe(true);
  if (!isWorkbookError(e)) return;
  expect(["nothing_written", "restored"]).toContain(e.details.outcome);
  expect(e.message).toMatch(/^Could not apply the reconciliation: /);
  expect(e.message).toContain("as it was before");
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (x: unknown) => x,
  );

describe("apply on the office adapter over the Excel simulator", () => {
  it("leaves the workbook as before when any command of the Apply fails", async () => {
    const probe = officeBackend(BOOKS);
    const { apply } = await ready(probe);
    probe.sim?.resetStats();
    await apply();
    const n = probe.sim?.stats.commands ?? 0;
    expect(n).toBeGreaterThan(10);
    const outcomes = new Set<string>();
    for (let k = 0; k < n; k++) {
      for (const code of k % 3 === 0 ? ["GeneralException", "AccessDenied"] : ["GeneralException"]) {
        const b = officeBackend(BOOKS);
        const run = await ready(b);
        const before = b.dump();
        b.sim?.resetStats();
        b.sim?.faults.failAtCommand(k, code);
        const e = await failure(run.apply());
        expectAsBefore(e);
        if (isWorkbookError(e)) outcomes.add(e.details.outcome);
        expect(b.dump()).toEqual(before);
        expect(b.port.lastOperation()).toBeNull();
      }
    }
    expect(outcomes).toEqual(new Set(["nothing_written", "restored"]));
  }, 120_000);

  it("says restore is incomplete when taking back fails too, and Revert then restores", async () => {
    const probe = officeBackend(BOOKS);
    const { apply } = await ready(probe);
    probe.sim?.resetStats();
    await apply();
    const n = probe.sim?.stats.commands ?? 0;
    let incomplete = 0;
    for (let k = Math.floor(n / 3); k < n; k += Math.max(1, Math.floor(n / 12))) {
      for (const later of [1, 4, 9]) {
        const b = officeBackend(BOOKS);
        const run = await ready(b);
        const before = b.dump();
        b.sim?.resetStats();
        b.sim?.faults.failAtCommand(k).failAtCommand(k + later);
        const e = await failure(run.apply());
        expect(isWorkbookError(e)).toBe(true);
        if (isWorkbookError(e) && e.details.outcome === "restore_incomplete") {
          incomplete++;
          expect(e.message).toMatch(/Revert/);
          b.sim?.faults.clear();
          while (b.port.lastOperation()) await b.port.revertLast();
        }
        expect(b.dump()).toEqual(before);
      }
    }
    expect(incomplete).toBeGreaterThan(0);
  }, 120_000);

  it("takes back what was written when the user cancels midway", async () => {
    const b = officeBackend(BOOKS);
    const { outcome } = await ready(b);
    const before = b.dump();
    const ctrl = new AbortController();
    const svc = createReconciliationService(b.port);
    const e = await failure(
      svc.apply(outcome, {
        signal: ctrl.signal,
        onProgress: (p) => {
          if (p.phase.includes("Bank")) ctrl.abort();
        },
      }),
    );
    expect((e as Error).name).toBe("AbortError");
    expect(b.dump()).toEqual(before);
  });
});

describe("next month's Apply on the office adapter, taking over last month's result columns", () => {
  /** March applied; April run with its suggestion accepted, ready to apply over March's columns. */
  async function april(b: Backend): Promise<() => Promise<unknown>> {
    const svc = createReconciliationService(b.port);
    await svc.apply(await svc.run(await bankSetup(svc)));
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "April" }, "bank-ledger");
    let o = await svc.run(p.setup);
    expect(o.left.cleared.rows).toBe(2);
    const first = o.result.matches.find((m) => m.status === "suggested");
    o = await svc.decide(o, { kind: "accept", matchId: first?.id ?? "" });
    return () => svc.apply(o);
  }

  it("leaves March's cells and the record of who wrote them as they were when any command fails", async () => {
    const probe = officeBackend(NEXT_MONTH);
    const apply = await april(probe);
    probe.sim?.resetStats();
    await apply();
    const n = probe.sim?.stats.commands ?? 0;
    expect(n).toBeGreaterThan(10);
    for (let k = 0; k < n; k++) {
      const b = officeBackend(NEXT_MONTH);
      const run = await april(b);
      const before = b.dump();
      const journal = b.port.lastOperation();
      b.sim?.resetStats();
      b.sim?.faults.failAtCommand(k, "GeneralException");
      expectAsBefore(await failure(run()));
      // The cells, and the settings: March's pair still owns the ledger's columns.
      expect(b.dump()).toEqual(before);
      expect(b.port.lastOperation()).toEqual(journal);
      expect((await b.port.readTable({ table: "Ledger" })).notes?.resultColumnsKey).toBe(
        "reconcile:Ledger|Bank:left",
      );
    }
  }, 180_000);
});

describe("apply on the memory workbook", () => {
  it("leaves the workbook as before when any step of the Apply fails", async () => {
    const counter = { count: 0 };
    const probe = memoryBackend(BOOKS, (d) => faultyDriver(d, new Set(), counter));
    const { apply } = await ready(probe);
    counter.count = 0;
    await apply();
    const n = counter.count;
    expect(n).toBeGreaterThan(2);
    for (let k = 0; k < n; k++) {
      const failAt = new Set<number>();
      const c = { count: 0 };
      const b = memoryBackend(BOOKS, (d) => faultyDriver(d, failAt, c));
      const run = await ready(b);
      const before = b.dump();
      c.count = 0;
      failAt.add(k);
      const e = await failure(run.apply());
      expectAsBefore(e);
      expect(b.dump()).toEqual(before);
    }
  });
});
