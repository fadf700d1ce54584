/**
 * Hazard 12: Excel in cell-edit mode at the start or midway. The adapter waits (delayForCellEdit on
 * ExcelApi 1.11+), or retries with an awaited backoff on older hosts, then fails with a clear message;
 * nothing is left half-written.
 */
import { isWorkbookError } from "../../src/workbook/errors";
import { officeBackend } from "./backends";
import { LEDGER } from "./scenarios";

const out = {
  key: "k",
  sheetName: "Out",
  tables: [
    {
      name: "T",
      headers: ["a", "b"],
      rows: [
        ["x", 1],
        ["y", 2],
      ],
    },
  ],
};

describe("cell-edit mode", () => {
  it("waits for the user to leave the cell on hosts that can delay requests", async () => {
    const b = officeBackend(LEDGER);
    b.sim!.setCellEditMode(true);
    const done = b.port.writeSheet(out);
    await new Promise((r) => setTimeout(r, 10));
    expect(b.dump().sheets.map((s) => s.name)).toEqual(["Ledger", "Other"]);
    b.sim!.setCellEditMode(false);
    await expect(done).resolves.toMatchObject({ sheet: "Out" });
    expect(b.sim!.runOptions.every((o) => o?.delayForCellEdit === true)).toBe(true);
  });

  it("retries with an awaited backoff on older hosts, and succeeds once the user is done", async () => {
    const delays: number[] = [];
    let release: () => void = () => undefined;
    const b = officeBackend(LEDGER, {
      apiVersion: "1.10",
      host: {
        sleep: (ms) => {
          delays.push(ms);
          return new Promise<void>((r) => (release = r));
        },
      },
    });
    b.sim!.setCellEditMode(true);
    let settled = false;
    const done = b.port.writeSheet(out).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(delays).toEqual([250]);
    expect(settled).toBe(false);
    release();
    await new Promise((r) => setTimeout(r, 5));
    expect(delays).toEqual([250, 500]);
    b.sim!.setCellEditMode(false);
    release();
    await expect(done).resolves.toMatchObject({ sheet: "Out" });
  });

  it("gives up with a clear message and nothing written when the user never leaves the cell", async () => {
    const delays: number[] = [];
    const b = officeBackend(LEDGER, {
      apiVersion: "1.10",
      host: { sleep: async (ms) => void delays.push(ms) },
    });
    const before = b.dump();
    b.sim!.setCellEditMode(true);
    const e = await b.port.writeSheet(out).catch((x: unknown) => x);
    expect(isWorkbookError(e) && e.code).toBe("cell_edit_mode");
    expect(isWorkbookError(e) && e.details.outcome).toBe("nothing_written");
    expect((e as Error).message).toMatch(/Press Enter or Esc/);
    expect(delays).toEqual([250, 500, 1000, 2000]);
    expect(b.dump()).toEqual(before);
  });

  it("rides out cell-edit mode that starts midway through a write", async () => {
    const b = officeBackend(LEDGER, {
      apiVersion: "1.10",
      host: { sleep: async () => b.sim!.setCellEditMode(false) },
    });
    b.sim!.resetStats();
    for (let i = 0; i < 12; i++) b.sim!.faults.beforeSync(i, (api) => i === 5 && api.setCellEditMode(true));
    await b.port.writeSheet(out);
    const t = await b.port.readTable({ table: "T" });
    expect(t.columns[0]).toEqual(["x", "y"]);
  });

  it("reports an unfinished restore when cell-edit mode outlasts the retries midway, and reverts later", async () => {
    let incomplete = 0;
    for (let at = 2; at < 9; at++) {
      const b = officeBackend(LEDGER, { apiVersion: "1.10", host: { sleep: async () => undefined } });
      const before = b.dump();
      b.sim!.resetStats();
      b.sim!.faults.beforeSync(at, (api) => api.setCellEditMode(true));
      const e = await b.port.writeSheet(out).catch((x: unknown) => x);
      if (e === undefined || !isWorkbookError(e)) {
        b.sim!.setCellEditMode(false);
        continue;
      }
      expect(e.code).toBe("cell_edit_mode");
      expect(["nothing_written", "restore_incomplete"]).toContain(e.details.outcome);
      b.sim!.setCellEditMode(false);
      if (e.details.outcome === "restore_incomplete") {
        incomplete++;
        expect(e.message).toContain("Use Revert");
        await b.port.revertLast();
      }
      expect(b.dump()).toEqual(before);
    }
    expect(incomplete).toBeGreaterThan(0);
  });
});
