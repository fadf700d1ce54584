/** Excel's value semantics in the simulator: formulas from "=", text under "@", error cells vs typed text. */
import { ExcelSimulator, SimWorkbook } from "../../sim";

async function writeThenRead(input: unknown[][], format?: string) {
  const s = new ExcelSimulator({ workbook: new SimWorkbook(["S"]) });
  const w = input[0]?.length ?? 1;
  const address = `A1:${String.fromCharCode(64 + w)}${input.length}`;
  return s.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("S").getRange(address);
    if (format) r.numberFormat = input.map((row) => row.map(() => format));
    r.values = input;
    r.load("values, valueTypes, formulas, numberFormat");
    await ctx.sync();
    return { values: r.values, types: r.valueTypes, formulas: r.formulas, formats: r.numberFormat };
  });
}

describe("values written through the API", () => {
  it("turns =, + and - text into formulas unless the cell is formatted as text", async () => {
    const plain = await writeThenRead([["=1+1", "+2*3", "-abc", "=SUM(A1)", "@x"]]);
    expect(plain.values[0]).toEqual([2, 6, "#NAME?", "#NAME?", "#NAME?"]);
    expect(plain.types[0]).toEqual(["Double", "Double", "Error", "Error", "Error"]);
    expect(plain.formulas[0]).toEqual(["=1+1", "=+2*3", "=-abc", "=SUM(A1)", "=@x"]);
    const text = await writeThenRead([["=1+1", "+2*3", "-abc", "=SUM(A1)", "@x"]], "@");
    expect(text.values[0]).toEqual(["=1+1", "+2*3", "-abc", "=SUM(A1)", "@x"]);
    expect(text.types[0]).toEqual(["String", "String", "String", "String", "String"]);
  });

  it("coerces numbers, booleans, dates and error literals as Excel does", async () => {
    const r = await writeThenRead([["123", "1,234.5", "TRUE", "#N/A", "2026-01-31", "00123", "-5"]]);
    expect(r.values[0]).toEqual([123, 1234.5, true, "#N/A", 46053, 123, -5]);
    expect(r.types[0]).toEqual(["Double", "Double", "Boolean", "Error", "Double", "Double", "Double"]);
    expect(r.formats[0]?.[4]).toBe("yyyy-mm-dd");
  });

  it("keeps an apostrophe-prefixed entry as text without the apostrophe", async () => {
    const r = await writeThenRead([["'=1+1", "'00123"]]);
    expect(r.values[0]).toEqual(["=1+1", "00123"]);
    expect(r.types[0]).toEqual(["String", "String"]);
  });

  it("tells an error cell from the same text typed into a text cell", async () => {
    const err = await writeThenRead([["#N/A"]]);
    const txt = await writeThenRead([["#N/A"]], "@");
    expect(err.values).toEqual(txt.values);
    expect(err.types).toEqual([["Error"]]);
    expect(txt.types).toEqual([["String"]]);
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const s = new ExcelSimulator({ workbook: new SimWorkbook(["S"]) });
    s.model.type("S", "A1", [["keep", "clear"]]);
    await s.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
      await ctx.sync();
    });
    expect(s.model.sheet("S")?.get(0, 0)?.value).toBe("keep");
    expect(s.model.sheet("S")?.get(0, 1)).toBeUndefined();
  });

  it("rejects a 2-D array whose shape differs from the range", async () => {
    await expect(writeThenRead([["a"], ["b", "c"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects text longer than 32,767 characters", async () => {
    await expect(writeThenRead([["x".repeat(32_768)]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reports fills as Excel does: white for none, null when mixed; per cell through cell properties", async () => {
    const s = new ExcelSimulator({ workbook: new SimWorkbook(["S"]) });
    s.model.put("S", "A1", "x", { fill: "#FF0000" });
    const out = await s.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const one = ws.getRange("B1").format.fill.load("color");
      const mixed = ws.getRange("A1:B1").format.fill.load("color");
      const props = ws
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      ws.getRange("A1:B1").setCellProperties([
        [{ format: { fill: { pattern: "None" } } }, { format: { fill: { color: "#00FF00" } } }],
      ]);
      await ctx.sync();
      return { one: one.color, mixed: mixed.color, props: props.value };
    });
    expect(out.one).toBe("#FFFFFF");
    expect(out.mixed).toBeNull();
    expect(out.props[0]).toEqual([
      { format: { fill: { color: "#FF0000", pattern: "Solid" } } },
      { format: { fill: { color: "#FFFFFF", pattern: "None" } } },
    ]);
    expect(s.model.sheet("S")?.get(0, 0)?.fill).toBeNull();
    expect(s.model.sheet("S")?.get(0, 1)?.fill).toBe("#00FF00");
  });
});
