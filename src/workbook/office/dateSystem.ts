/**
 * Which date system the open workbook uses, learned without touching a cell: DATE(1904,1,1) is 0 in a
 * 1904 workbook and 1462 in a 1900 one. Used by the office driver and by the functions bundle's entry.
 */
import type { DateSystem } from "../port";
import type { ExcelRun } from "./host";

export async function probeDateSystem(run: ExcelRun): Promise<DateSystem> {
  const v = await run(async (ctx) => {
    const r = ctx.workbook.functions.date(1904, 1, 1);
    r.load("value");
    await ctx.sync();
    return r.value as unknown;
  });
  return v === 0 ? 1904 : 1900;
}
