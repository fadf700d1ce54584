/** Cancellation and progress: reads stop between chunks; a cancelled write is undone; progress names its phases. */
import type { Progress } from "../../src/workbook/port";
import { BACKENDS, officeBackend } from "./backends";
import { LEDGER } from "./scenarios";

const big = (n: number) => ({
  key: "k",
  sheetName: "Out",
  tables: [{ name: "T", headers: ["a", "b"], rows: Array.from({ length: n }, (_, i) => [`r${i}`, i]) }],
});
const small = {
  limits: { requestBytes: 8_000, responseBytes: 8_000 },
  host: { budget: { payload: 6_000, readCells: 600, sampleRows: 10 } },
};

describe.each(BACKENDS)("$name: cancellation", ({ make }) => {
  it("refuses to start when already cancelled, writing nothing", async () => {
    const b = make(LEDGER);
    const before = b.dump();
    const c = new AbortController();
    c.abort();
    await expect(b.port.writeSheet(big(3), { signal: c.signal })).rejects.toMatchObject({
      code: "cancelled",
      details: { outcome: "nothing_written" },
    });
    await expect(b.port.readTable({ table: "Entries" }, { signal: c.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
    expect(b.dump()).toEqual(before);
  });

  it("reports progress through snapshot, writing and verifying", async () => {
    const b = make(LEDGER);
    const phases: Progress[] = [];
    await b.port.writeSheet(big(5), { onProgress: (p) => phases.push(p) });
    const names = phases.map((p) => p.phase);
    expect(names).toContain("writing");
    expect(names).toContain("verifying");
    expect(names[names.length - 1]).toBe("done");
    const reads: Progress[] = [];
    await b.port.readTable({ table: "T" }, { onProgress: (p) => reads.push(p) });
    expect(reads[reads.length - 1]).toMatchObject({ phase: "reading", done: 5, total: 5 });
  });
});

describe("office: cancelling midway", () => {
  it("undoes a write cancelled between its requests", async () => {
    const b = officeBackend(LEDGER, small);
    const before = b.dump();
    const c = new AbortController();
    const e = await b.port
      .writeSheet(big(400), {
        signal: c.signal,
        onProgress: (p) => p.phase === "writing" && p.done > 0 && c.abort(),
      })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "cancelled", details: { outcome: "restored" } });
    expect((e as Error).message).toMatch(/undone/);
    expect(b.dump()).toEqual(before);
  });

  it("stops a read between chunks", async () => {
    const b = officeBackend(LEDGER, small);
    await b.port.writeSheet(big(400));
    const c = new AbortController();
    let chunks = 0;
    await expect(
      b.port.readTable({ table: "T" }, { signal: c.signal, onProgress: () => ++chunks === 2 && c.abort() }),
    ).rejects.toMatchObject({
      code: "cancelled",
    });
    expect(chunks).toBe(2);
  });
});
