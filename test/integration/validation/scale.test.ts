/**
 * Marking 10,000 scattered bad cells on the office port over the simulator: the cells go to the port in one
 * plan, which groups contiguous runs and batches its requests, so the syncs stay a small constant rather
 * than one per cell; clearing restores every fill.
 */
import { officeBackend } from "../../contract/backends";
import { createValidationService } from "../../../src/services/validation";
import type { Cell } from "../../../src/core/cell";

const ROWS = 20_000;

function scattered(): Cell[][] {
  const rows: Cell[][] = [["Code", "Qty", "Memo"]];
  for (let i = 0; i < ROWS; i++) {
    // Every other record has one bad cell, alternating columns: no two bad cells touch.
    const badQty = i % 4 === 0;
    const badCode = i % 4 === 2;
    rows.push([badCode ? `X${i}` : `A${i}`, badQty ? "many" : i % 7, `line ${i}`]);
  }
  return rows;
}

describe("marking 10,000 scattered cells in Excel", () => {
  it("uses a bounded number of syncs and clears back to the original fills", async () => {
    const b = officeBackend({
      sheets: [{ name: "Data", rows: scattered() }],
      tables: [{ name: "Lines", sheet: "Data", address: `A1:C${ROWS + 1}` }],
    });
    const service = createValidationService(b.port);
    const rules = {
      kind: "none" as const,
      columns: { Code: { pattern: "A\\d+" }, Qty: { type: "integer" as const } },
    };
    const run = await service.run("Lines", { rules });
    expect(run.result.issues.length).toBe(ROWS / 2);

    const before = b.dump();
    const syncs0 = b.sim!.stats.syncs;
    const started = performance.now();
    const { receipt } = await service.markIssues(run);
    const ms = performance.now() - started;
    const syncs = b.sim!.stats.syncs - syncs0;
    console.warn(`marked ${receipt.cellsWritten} scattered cells with ${syncs} syncs in ${ms.toFixed(0)} ms`);
    expect(receipt.cellsWritten).toBe(ROWS / 2);
    expect(syncs).toBeLessThan(30);

    await service.clearMarks("Lines");
    expect(b.dump()).toEqual(before);
  }, 120_000);
});
