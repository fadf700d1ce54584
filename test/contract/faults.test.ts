/**
 * Hazards 10 and 11: a host failure at every command k of a multi-sync write, for several error codes,
 * leaves the workbook exactly as before (nothing written, or restored) and the message says which; a
 * second failure during the restore is reported as "restore incomplete" with the backup kept, and a
 * later revert brings the workbook back.
 */
import { isWorkbookError } from "../../src/workbook/errors";
import { faultyDriver } from "../support/faultyDriver";
import { memoryBackend, officeBackend, type Backend } from "./backends";
import { SCENARIOS, type Scenario } from "./scenarios";

const CODES = ["GeneralException", "AccessDenied", "ItemNotFound", "InvalidArgument"];

async function prepared(s: Scenario, make: () => Backend): Promise<Backend> {
  const b = make();
  if (s.setup) await s.setup(b.port);
  return b;
}

function checkMessage(e: unknown, outcome: string): void {
  expect(isWorkbookError(e)).toBe(true);
  if (!isWorkbookError(e)) return;
  expect(e.details.outcome).toBe(outcome);
  if (outcome === "nothing_written") expect(e.message).toContain("Nothing was written");
  if (outcome === "restored") expect(e.message).toContain("as it was before");
  if (outcome === "restore_incomplete") expect(e.message).toContain("Revert");
}

describe.each(SCENARIOS)("office: $name", (s) => {
  it("survives a failure at every command, and a second failure while restoring", async () => {
    const clean = await prepared(s, () => officeBackend(s.seed));
    const before = clean.dump();
    const sim = clean.sim!;
    sim.resetStats();
    await s.op(clean.port);
    const n = sim.stats.commands;
    expect(n).toBeGreaterThan(3);
    const outcomes = new Set<string>();
    for (let k = 0; k < n; k++) {
      for (const code of CODES) {
        const b = await prepared(s, () => officeBackend(s.seed));
        b.sim!.resetStats();
        b.sim!.faults.failAtCommand(k, code);
        const e = await s.op(b.port).then(
          () => null,
          (x: unknown) => x,
        );
        expect(e).not.toBeNull();
        const outcome = isWorkbookError(e) ? e.details.outcome : "?";
        outcomes.add(outcome);
        checkMessage(e, outcome);
        expect(["nothing_written", "restored"]).toContain(outcome);
        expect(b.dump()).toEqual(before);
        if (isWorkbookError(e) && e.details.hostCode) expect(e.details.hostCode).toBe(code);
      }
    }
    expect(outcomes.has("nothing_written")).toBe(true);
    expect(outcomes.has("restored")).toBe(true);

    // Second fault: at command k, and again at each command of the restore that follows.
    for (let k = 0; k < n; k += Math.max(1, Math.floor(n / 6))) {
      const probe = await prepared(s, () => officeBackend(s.seed));
      probe.sim!.resetStats();
      probe.sim!.faults.failAtCommand(k);
      await s.op(probe.port).catch(() => undefined);
      const m = probe.sim!.stats.commands - (k + 1);
      for (let j = 0; j < m; j++) {
        const b = await prepared(s, () => officeBackend(s.seed));
        b.sim!.resetStats();
        b.sim!.faults.failAtCommand(k).failAtCommand(k + 1 + j);
        const e = await s.op(b.port).then(
          () => null,
          (x: unknown) => x,
        );
        const outcome = isWorkbookError(e) ? e.details.outcome : "?";
        checkMessage(e, outcome);
        if (outcome === "restore_incomplete") {
          expect(b.port.lastOperation()).not.toBeNull();
          b.sim!.faults.clear();
          await b.port.revertLast();
        }
        expect(b.dump()).toEqual(before);
      }
    }
  }, 120_000);
});

describe.each(SCENARIOS)("memory: $name", (s) => {
  it.each([false, true])(
    "survives a failure at every step (after applying it: %s) and during the restore",
    async (after) => {
      const base = await prepared(s, () => memoryBackend(s.seed));
      const before = base.dump();
      const counting = { count: 0 };
      const c = await prepared(s, () => memoryBackend(s.seed, (d) => faultyDriver(d, new Set(), counting)));
      counting.count = 0;
      await s.op(c.port);
      const n = counting.count;
      expect(n).toBeGreaterThan(0);
      for (let k = 0; k < n; k++) {
        const failAt = new Set<number>();
        const counter = { count: 0 };
        const b = await prepared(s, () =>
          memoryBackend(s.seed, (d) => faultyDriver(d, failAt, counter, after)),
        );
        counter.count = 0;
        failAt.add(k);
        const e = await s.op(b.port).then(
          () => null,
          (x: unknown) => x,
        );
        checkMessage(e, "restored");
        expect(b.dump()).toEqual(before);
        for (let j = 1; j <= 3; j++) {
          const fail2 = new Set<number>();
          const counter2 = { count: 0 };
          const b2 = await prepared(s, () =>
            memoryBackend(s.seed, (d) => faultyDriver(d, fail2, counter2, after)),
          );
          counter2.count = 0;
          fail2.add(k);
          fail2.add(k + j);
          const e2 = await s.op(b2.port).then(
            () => null,
            (x: unknown) => x,
          );
          const outcome = isWorkbookError(e2) ? e2.details.outcome : "?";
          checkMessage(e2, outcome);
          if (outcome === "restore_incomplete") {
            fail2.clear();
            await b2.port.revertLast();
          }
          expect(b2.dump()).toEqual(before);
        }
      }
    },
  );
});
