/** office/-specific behaviour: suspension around big writes, older hosts, notes support, selection. */
import { memoryBackend, officeBackend } from "./backends";
import { poolOp, runPoolOp } from "./opPool";
import { LEDGER } from "./scenarios";
import fc from "fast-check";

const big = {
  key: "k",
  sheetName: "Out",
  tables: [{ name: "T", headers: ["a", "b"], rows: Array.from({ length: 3000 }, (_, i) => [`r${i}`, i]) }],
};

describe("office adapter", () => {
  it("suspends calculation and screen updating around big writes, not small ones", async () => {
    const b = officeBackend(LEDGER);
    await b.port.writeSheet({ ...big, tables: [{ name: "S", headers: ["a"], rows: [["x"]] }] });
    expect(b.sim!.stats.calcSuspensions).toBe(0);
    await b.port.writeSheet(big);
    expect(b.sim!.stats.calcSuspensions).toBeGreaterThan(0);
    expect(b.sim!.stats.screenSuspensions).toBe(b.sim!.stats.calcSuspensions);
  });

  it("leaves screen updating alone on hosts before ExcelApi 1.9, which cannot suspend it", async () => {
    const b = officeBackend(LEDGER, { apiVersion: "1.8" });
    await b.port.writeSheet(big);
    expect(b.sim!.stats.calcSuspensions).toBeGreaterThan(0);
    expect(b.sim!.stats.screenSuspensions).toBe(0);
  });

  it("does everything on an ExcelApi 1.8 host that memory does, notes aside", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(poolOp, { minLength: 1, maxLength: 3 }), async (ops) => {
        const withoutNotes = { ...LEDGER, sheets: LEDGER.sheets.map((s) => ({ ...s, notes: {} })) };
        const m = memoryBackend(withoutNotes);
        const o = officeBackend(withoutNotes, { apiVersion: "1.8" });
        for (const op of ops) {
          const a = await runPoolOp(m.port, op).then(
            () => "ok",
            (e: unknown) => (e as { code: string }).code,
          );
          const c = await runPoolOp(o.port, op).then(
            () => "ok",
            (e: unknown) => (e as { code: string }).code,
          );
          expect(c).toBe(a);
        }
        const strip = (d: ReturnType<typeof m.dump>) => ({
          ...d,
          sheets: d.sheets.map((s) => ({ ...s, notes: {} })),
          settings: {},
        });
        expect(strip(o.dump())).toEqual(strip(m.dump()));
        while (o.port.lastOperation()) await o.port.revertLast();
        expect(o.dump()).toEqual(officeBackend(withoutNotes).dump());
      }),
      { numRuns: 25 },
    );
  });

  it("marks with fill only, and says so, where the host has no notes API", async () => {
    const b = officeBackend(LEDGER, { apiVersion: "1.17" });
    const r = await b.port.markCells({
      key: "v",
      cells: [{ sheet: "Ledger", address: "C4", note: "n", severity: "error" }],
    });
    expect(r.summary).toMatch(/cannot add notes, so the cells were only coloured/);
    const sheet = b.dump().sheets[0]!;
    expect(JSON.parse(sheet.cells.C4 ?? "{}").fill).toBe("#FFC7CE");
    expect(sheet.notes).toEqual({ D4: "user note" });
  });

  it("selects a cell and shows its sheet", async () => {
    const b = officeBackend(LEDGER);
    await b.port.selectCell("Other", "B2");
    expect(b.sim!.model.activeSheet?.name).toBe("Other");
    expect(b.sim!.model.selection?.rect).toEqual({ r: 1, c: 1, h: 1, w: 1 });
    await expect(b.port.selectCell("Nope", "A1")).rejects.toMatchObject({ code: "data_changed" });
  });

  it("keeps the document's settings in step when saving them fails", async () => {
    const b = officeBackend(LEDGER);
    await b.port.setSetting("demo.option", 1);
    b.settings!.failNextSaves = 1;
    await expect(b.port.setSetting("demo.option", 2)).rejects.toMatchObject({ code: "host_error" });
    expect(await b.port.getSetting("demo.option")).toBe(1);
    b.settings!.failNextSaves = 1;
    const before = b.dump();
    const e = await b.port.writeSheet({ key: "x", sheetName: "Y", tables: [] }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "host_error", details: { outcome: "restored" } });
    expect(b.dump()).toEqual(before);
  });
});
