/**
 * Hazard 7: payload and read-size limits. With the simulator's limits shrunk (and the adapter's budgets
 * with them), tables whose row counts sit at chunk boundaries n*chunk-1, n*chunk, n*chunk+1 read and
 * write exactly, no request or response goes over the limit, syncs stay at 2 + chunks, and a limit
 * that cannot be met gives a clear error with nothing left half-written.
 */
import fc from "fast-check";
import { cellError, type Cell } from "../../src/core/cell";
import { rowBytes } from "../../src/workbook/office/budget";
import { isWorkbookError } from "../../src/workbook/errors";
import { BACKENDS, officeBackend, type Seed } from "./backends";

const LIMIT = 8_000;
const small = {
  limits: { requestBytes: LIMIT, responseBytes: LIMIT, readCells: 800 },
  host: { budget: { payload: 6_000, readCells: 600, sampleRows: 10 } },
};
const CELL = "abcdefghij";
const SAFETY = 1.1;
const chunk = Math.min(Math.floor(6_000 / (rowBytes([CELL, CELL, CELL]) * SAFETY)), Math.floor(600 / 3));

function tableSeed(rows: Cell[][]): Seed {
  return {
    sheets: [{ name: "S", rows: [["A", "B", "C"], ...rows] }],
    tables: [{ name: "T", sheet: "S", address: `A1:C${rows.length + 1}` }],
  };
}

describe("office at chunk boundaries", () => {
  const boundary = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(-1, 0, 1))
    .map(([n, d]) => 10 + n * chunk + d);

  it("reads every row exactly, under the limits, in 3 + chunks syncs", async () => {
    await fc.assert(
      fc.asyncProperty(
        boundary,
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 6 }),
        async (n, errorsAt) => {
          const rows: Cell[][] = Array.from({ length: n }, () => [CELL, CELL, CELL]);
          for (const e of errorsAt) if (e < n) rows[e] = [cellError("#N/A"), "#N/A", CELL];
          const b = officeBackend(tableSeed(rows), small);
          b.sim!.resetStats();
          const t = await b.port.readTable({ table: "T" });
          expect(t.rows).toHaveLength(n);
          rows.forEach((r, i) => {
            expect(t.columns[0]?.[i]).toBe(r[0]);
            expect(t.columns[1]?.[i]).toBe(r[1]);
          });
          expect(b.sim!.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
          expect(b.sim!.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
          const minChunks = Math.ceil((n * rowBytes([CELL, CELL, CELL])) / LIMIT);
          // The metadata's two, the chunks, and one for the rows beside the table (balance lines).
          expect(b.sim!.stats.syncs).toBeLessThanOrEqual(
            3 + Math.ceil(((n - 10) * SAFETY * rowBytes([CELL, CELL, CELL])) / 6_000) + 1,
          );
          expect(b.sim!.stats.syncs).toBeGreaterThanOrEqual(minChunks);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("writes every row exactly, under the limits, never a sync per row", async () => {
    await fc.assert(
      fc.asyncProperty(boundary, async (n) => {
        const b = officeBackend({ sheets: [{ name: "S" }] }, small);
        const rows = Array.from({ length: n }, (_, i) => [`=r${i}`, i, CELL]);
        b.sim!.resetStats();
        await b.port.writeSheet({
          key: "k",
          sheetName: "Out",
          tables: [{ name: "Big", headers: ["A", "B", "C"], rows }],
        });
        expect(b.sim!.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
        expect(b.sim!.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
        expect(b.sim!.stats.syncs).toBeLessThan(n / 10);
        const t = await b.port.readTable({ table: "Big" });
        expect(t.columns[0]).toEqual(rows.map((r) => r[0]));
        expect(t.columns[1]).toEqual(rows.map((r) => r[1]));
      }),
      { numRuns: 10 },
    );
  });

  it("still reads correctly when the host returns null for a read above its cell limit", async () => {
    const rows: Cell[][] = Array.from({ length: 400 }, (_, i) => [CELL, i, CELL]);
    const b = officeBackend(tableSeed(rows), {
      limits: { requestBytes: 1e7, responseBytes: 1e7, readCells: 300 },
      host: { budget: { payload: 5e6, readCells: 4e6, sampleRows: 10 } },
    });
    const t = await b.port.readTable({ table: "T" });
    expect(t.columns[1]).toEqual(rows.map((r) => r[1]));
  });

  it("gives a clear error, with nothing left half-written, when one row is larger than a request may be", async () => {
    const b = officeBackend({ sheets: [{ name: "S" }] }, small);
    const before = b.dump();
    const e = await b.port
      .writeSheet({
        key: "k",
        sheetName: "Out",
        tables: [{ name: "T", headers: ["A"], rows: [["ok"], ["x".repeat(9_000)]] }],
      })
      .catch((x: unknown) => x);
    expect(isWorkbookError(e) && e.code).toBe("too_large");
    expect(["nothing_written", "restored"]).toContain(isWorkbookError(e) ? e.details.outcome : null);
    expect((e as Error).message).toMatch(/'Out'/);
    expect(b.dump()).toEqual(before);
  });

  it("names the rows when one row is too large to read", async () => {
    const b = officeBackend(
      tableSeed([
        [CELL, CELL, CELL],
        ["y".repeat(9_000), CELL, CELL],
      ]),
      small,
    );
    const e = await b.port.readTable({ table: "T" }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "too_large", details: { table: "T", sheet: "S" } });
    expect((e as Error).message).toMatch(/rows? 3/);
  });
});

describe.each(BACKENDS)("$name: cell limits", ({ make }) => {
  it("refuses text longer than a cell holds before writing anything, naming the cell", async () => {
    const b = make({ sheets: [{ name: "S" }] });
    const before = b.dump();
    const e = await b.port
      .writeSheet({
        key: "k",
        sheetName: "Out",
        tables: [{ name: "T", headers: ["Memo"], rows: [["ok"], ["z".repeat(32_768)]] }],
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "too_large", details: { outcome: "nothing_written" } });
    expect((e as Error).message).toMatch(/Row 2, column "Memo" of table 'T'.*32768 characters/);
    expect(b.dump()).toEqual(before);
  });

  it("refuses numbers a cell cannot hold", async () => {
    const b = make({ sheets: [{ name: "S" }] });
    await expect(
      b.port.writeSheet({
        key: "k",
        sheetName: "Out",
        tables: [{ name: "T", headers: ["N"], rows: [[Number.NaN]] }],
      }),
    ).rejects.toMatchObject({
      code: "invalid_output",
    });
  });
});
