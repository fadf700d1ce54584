/** The simulator keeps Excel's load/sync contract: queued commands, loads delivered at sync, non-atomic batches. */
import { ExcelSimulator, SimMisuse, SimWorkbook } from "../../sim";

function sim(opts: ConstructorParameters<typeof ExcelSimulator>[0] = {}): ExcelSimulator {
  return new ExcelSimulator({ workbook: new SimWorkbook(["Data"]), ...opts });
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const s = sim();
    await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, in order", async () => {
    const s = sim();
    await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      r.values = [["first"]];
      r.values = [["second"]];
      expect(s.model.sheet("Data")?.get(0, 0)).toBeUndefined();
      await ctx.sync();
    });
    expect(s.model.sheet("Data")?.get(0, 0)?.value).toBe("second");
    expect(s.stats.syncs).toBe(1);
  });

  it("leaves the commands before a failing one applied (a batch is not a transaction)", async () => {
    const s = sim();
    await expect(
      s.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [["kept"]];
        ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        ws.getRange("A2").values = [["never"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(s.model.sheet("Data")?.get(0, 0)?.value).toBe("kept");
    expect(s.model.sheet("Data")?.get(1, 0)).toBeUndefined();
  });

  it("withholds loads queued in a sync that failed", async () => {
    const s = sim();
    await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      r.load("address");
      ctx.workbook.worksheets.getItem("Missing").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => r.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives null objects for *OrNullObject lookups and fails commands on them", async () => {
    const s = sim();
    await s.run(async (ctx) => {
      const t = ctx.workbook.tables.getItemOrNullObject("Nope");
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Data");
      t.load("name");
      ws.load("name");
      await ctx.sync();
      expect(t.isNullObject).toBe(true);
      expect(ws.isNullObject).toBe(false);
      expect(ws.name).toBe("Data");
      t.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("refuses a blanket load() and commands left unsynced", async () => {
    const s = sim();
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").load();
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(SimMisuse);
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      }),
    ).rejects.toBeInstanceOf(SimMisuse);
  });

  it("loads collection items with the listed properties only", async () => {
    const s = sim();
    s.model.addSheet("Other");
    await s.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      expect(sheets.items.map((w) => w.name)).toEqual(["Data", "Other"]);
      expect(() => sheets.items[0]?.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts syncs and commands, and fails a chosen command with a chosen code", async () => {
    const s = sim();
    s.faults.failAtCommand(1, "GeneralException");
    await expect(
      s.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [[1]];
        ws.getRange("A2").values = [[2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(s.model.sheet("Data")?.get(0, 0)?.value).toBe(1);
    expect(s.model.sheet("Data")?.get(1, 0)).toBeUndefined();
    expect(s.stats.commands).toBe(2); // attempted: the applied one and the failing one
  });

  it("runs a user's edit between syncs", async () => {
    const s = sim();
    s.faults.beforeSync(1, ({ model }) => model.renameSheet(model.mustSheet("Data"), "Renamed"));
    await s.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").load("name");
      await ctx.sync();
      const again = ctx.workbook.worksheets.getItemOrNullObject("Data");
      again.load("name");
      await ctx.sync();
      expect(again.isNullObject).toBe(true);
    });
  });

  it("fails API calls above the host's requirement set with ApiNotFound", async () => {
    const s = sim({ apiVersion: "1.8" });
    expect(s.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(s.isSetSupported("ExcelApi", "1.7")).toBe(true);
    await expect(
      s.run(async (ctx) => {
        ctx.application.suspendScreenUpdatingUntilNextSync();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("evaluates DATE in the workbook's date system", async () => {
    const s = sim();
    const read = () =>
      s.run(async (ctx) => {
        const d = ctx.workbook.functions.date(1904, 1, 1);
        d.load("value");
        await ctx.sync();
        return d.value;
      });
    expect(await read()).toBe(1462);
    s.model.date1904 = true;
    expect(await read()).toBe(0);
  });
});
