/** RangeFormat.autofitColumns in the simulator: only the range's cells count; protection and API set apply. */
import { ExcelSimulator, SimWorkbook } from "../../sim";

function sim(opts: ConstructorParameters<typeof ExcelSimulator>[0] = {}): ExcelSimulator {
  const wb = new SimWorkbook(["S"]);
  wb.type("S", "A1", [
    ["A title far wider than the column under it", null],
    ["Ledger balance", 18420.35],
    [null, null],
  ]);
  wb.mustSheet("S").edit(1, 1, (c) => (c.numberFormat = "#,##0.00"));
  return new ExcelSimulator({ workbook: wb, ...opts });
}

const fit = (s: ExcelSimulator, address: string) =>
  s.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange(address).format.autofitColumns();
    await ctx.sync();
  });

describe("RangeFormat.autofitColumns", () => {
  it("fits each column to the longest shown text of the range's own cells", async () => {
    const s = sim();
    await fit(s, "A2:B3");
    const widths = s.model.mustSheet("S").columnWidths;
    expect(widths.get(0)).toBe("Ledger balance".length + 1);
    expect(widths.get(1)).toBe("18,420.35".length + 1);
  });

  it("leaves a column with nothing in the range as it was", async () => {
    const s = sim();
    await fit(s, "A3:B3");
    expect(s.model.mustSheet("S").columnWidths.size).toBe(0);
  });

  it("refuses a protected sheet", async () => {
    const s = sim();
    s.model.mustSheet("S").protected = true;
    await expect(fit(s, "A2:B2")).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("needs ExcelApi 1.2", async () => {
    await expect(fit(sim({ apiVersion: "1.1" }), "A2:B2")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
