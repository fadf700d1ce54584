/**
 * The balances a bank's own lines state on the sheet above and below an Excel table (its export opened in
 * Excel and the transactions made a table): one more request after the table's chunks, reading those rows'
 * values and number formats, and the places of the sheet's other tables, whose rows are not such lines.
 */
import type { FileBalanceLines } from "../../core/table";
import { sheetBalanceLines, type SheetLine } from "../balanceLines";
import { linesAround } from "../tableLines";
import type { Area } from "../address";
import { toCell } from "./cellValue";
import { areaOfAddress } from "./officeAddress";
import type { Runner } from "./runner";

/**
 * The balances stated around the table `name` at `area` of `sheet`; none when the sheet holds no such
 * line, or when Excel cannot give those rows (the table itself is read all the same).
 */
export async function balancesAround(
  runner: Runner,
  sheet: string,
  name: string,
  area: Area,
): Promise<FileBalanceLines> {
  try {
    return await runner.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const tables = ws.tables.load("items/name");
      const { rows, cols } = linesAround(area, []);
      // The rows above and below in a block each; one request, and a second only to learn where the
      // sheet's other tables are when a line was found and there are others.
      const blocks = [rows.filter((r) => r < area.row), rows.filter((r) => r > area.row)]
        .filter((b) => b.length > 0)
        .map((b) => {
          const first = b[0] as number;
          const count = (b[b.length - 1] as number) - first + 1;
          return {
            first,
            range: ws.getRangeByIndexes(first - 1, 0, count, cols).load("values,numberFormat"),
          };
        });
      await ctx.sync();
      const lines: SheetLine[] = blocks.flatMap(({ first, range }) =>
        range.values.map((values, i) => ({
          row: first + i,
          cells: values.map(toCell),
          formats: ((range.numberFormat[i] ?? []) as unknown[]).map((f) => String(f)),
        })),
      );
      const found = sheetBalanceLines(lines);
      const others = tables.items.filter((t) => t.name !== name);
      if ((!found.opening && !found.closing) || others.length === 0) return found;
      const ranges = others.map((t) => t.getRange().load("address"));
      await ctx.sync();
      const keep = new Set(
        linesAround(
          area,
          ranges.map((r) => areaOfAddress(r.address).area),
        ).rows,
      );
      return sheetBalanceLines(lines.filter((l) => keep.has(l.row)));
    });
  } catch {
    return {};
  }
}
