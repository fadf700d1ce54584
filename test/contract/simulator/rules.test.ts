/** Host rules in the simulator: payload and read limits, cell-edit mode, protection, tables, notes. */
import { ExcelSimulator, SimWorkbook } from "../../sim";

function sim(opts: ConstructorParameters<typeof ExcelSimulator>[0] = {}): ExcelSimulator {
  return new ExcelSimulator({ workbook: new SimWorkbook(["S"]), ...opts });
}

describe("limits", () => {
  it("refuses a request over the payload limit and applies none of it", async () => {
    const s = sim({ limits: { requestBytes: 2_000 } });
    await expect(
      s.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [["small"]];
        ws.getRange("A2:A100").values = Array.from({ length: 99 }, () => ["0123456789012345678901234567890"]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(s.model.sheet("S")?.cells.size).toBe(0);
  });

  it("fails a response over the limit", async () => {
    const s = sim({ limits: { responseBytes: 1_000 } });
    s.model.type(
      "S",
      "A1",
      Array.from({ length: 200 }, (_, i) => [`row ${i}`]),
    );
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A200").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("returns null for a read of more cells than the read limit", async () => {
    const s = sim({ limits: { readCells: 100 } });
    const out = await s.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const big = ws.getRange("A1:J11").load("values");
      const ok = ws.getRange("A1:J10").load("values");
      await ctx.sync();
      return { big: big.values, ok: ok.values.length };
    });
    expect(out.big).toBeNull();
    expect(out.ok).toBe(10);
  });

  it("measures each request and response in bytes", async () => {
    const s = sim();
    await s.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(1000)]];
      await ctx.sync();
    });
    expect(s.stats.requestBytes[0]).toBeGreaterThan(1000);
    expect(s.stats.requestBytes[0]).toBeLessThan(1200);
  });
});

describe("cell-edit mode", () => {
  it("fails every request while the user edits a cell", async () => {
    const s = sim();
    s.setCellEditMode(true);
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(s.model.sheet("S")?.cells.size).toBe(0);
  });

  it("delays the request until the user leaves edit mode when asked to", async () => {
    const s = sim();
    s.setCellEditMode(true);
    const done = s.run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await ctx.sync();
      },
      { delayForCellEdit: true },
    );
    await new Promise((r) => setTimeout(r, 5));
    expect(s.model.sheet("S")?.cells.size).toBe(0);
    s.setCellEditMode(false);
    await done;
    expect(s.model.sheet("S")?.get(0, 0)?.value).toBe("x");
  });

  it("ignores delayForCellEdit on hosts below ExcelApi 1.11", async () => {
    const s = sim({ apiVersion: "1.10" });
    s.setCellEditMode(true);
    await expect(
      s.run(
        async (ctx) => {
          ctx.workbook.worksheets.getItem("S").load("name");
          await ctx.sync();
        },
        { delayForCellEdit: true },
      ),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("protection, tables and notes", () => {
  it("denies writes on a protected sheet", async () => {
    const s = sim();
    s.model.mustSheet("S").protected = true;
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses overlapping tables, duplicate and cell-like names, and renames bad headers", async () => {
    const s = sim();
    s.model.type("S", "A1", [
      ["Amount", "", "Amount"],
      [1, 2, 3],
    ]);
    s.model.seedTable("S", "A1:C2", "Ledger");
    expect(s.model.table("Ledger")?.columnNames()).toEqual(["Amount", "Column2", "Amount2"]);
    const add = (address: string, name?: string) =>
      s.run(async (ctx) => {
        const t = ctx.workbook.tables.add(address, true);
        if (name) t.name = name;
        await ctx.sync();
      });
    await expect(add("S!B2:D5")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("S!F1:G3", "ledger")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("S!J1:K3", "A1")).rejects.toMatchObject({ code: "InvalidArgument" });
    s.model.merge("S", "M2:N2");
    await expect(add("S!M1:N3")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("gives a header-only table one blank data row", async () => {
    const s = sim();
    s.model.type("S", "A1", [["X", "Y"]]);
    const addr = await s.run(async (ctx) => {
      const t = ctx.workbook.tables.add("S!A1:B1", true);
      const r = t.getRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(addr).toBe("S!A1:B2");
  });

  it("adds a column at the table's end only into empty cells, and deletes columns within the table", async () => {
    const s = sim();
    s.model.type("S", "A1", [
      ["K", "V"],
      [1, 2],
    ]);
    s.model.seedTable("S", "A1:B2", "T");
    s.model.put("S", "E2", "user");
    await s.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").columns.add(undefined, undefined, "BO Status");
      await ctx.sync();
    });
    expect(s.model.table("T")?.columnNames()).toEqual(["K", "V", "BO Status"]);
    await s.run(async (ctx) => {
      ctx.workbook.tables.getItem("T").columns.getItemOrNullObject("V").delete();
      await ctx.sync();
    });
    expect(s.model.table("T")?.columnNames()).toEqual(["K", "BO Status"]);
    expect(s.model.sheet("S")?.get(1, 4)?.value).toBe("user");
    s.model.put("S", "C2", "in the way");
    await expect(
      s.run(async (ctx) => {
        ctx.workbook.tables.getItem("T").columns.add(undefined, undefined, "More");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("keeps one note per cell and finds notes by address", async () => {
    const s = sim();
    const out = await s.run(async (ctx) => {
      ctx.workbook.notes.add("S!B2", "first");
      await ctx.sync();
      const n = ctx.workbook.notes.getItemOrNullObject("S!B2").load("content");
      const none = ctx.workbook.notes.getItemOrNullObject("S!C2").load("content");
      await ctx.sync();
      ctx.workbook.notes.add("S!B2", "second");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      return { content: n.content, none: none.isNullObject };
    });
    expect(out).toEqual({ content: "first", none: true });
  });

  it("reports merged areas and visible rows as RangeAreas", async () => {
    const s = sim();
    s.model.merge("S", "B3:C3");
    s.model.hideRows("S", 4, 2);
    const out = await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:C8");
      const merged = r.getMergedAreasOrNullObject().load("address");
      const visible = r.getSpecialCellsOrNullObject("Visible").load("address");
      await ctx.sync();
      return { merged: merged.address, visible: visible.address };
    });
    expect(out).toEqual({ merged: "S!B3:C3", visible: "S!A1:C3, S!A6:C8" });
  });
});
