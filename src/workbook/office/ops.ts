/** Translates gateway steps into Excel API ops: writes, structure changes and restores. */
import { formatArea, qualify } from "../address";
import type { Step } from "../driver";
import { describeStep } from "../steps";
import type { Budget } from "./budget";
import { range, simple, type Op } from "./op";
import { restoreOps, restoreTablesOp, tableColumns } from "./restoreOps";
import { fillOps, noteOps, writeCellsOps } from "./writeOps";

export type { Op, Probe } from "./op";
export { noteKey } from "./op";
export { restoreInput, wouldCoerce } from "./restoreOps";

/**
 * A structural step on a sheet or table that may already be gone (a restore after a partial failure):
 * a probe asks for it with an *OrNullObject lookup, and the step acts only when it still exists.
 */
function ifExists(
  step: number,
  s: Step,
  find: (ctx: Excel.RequestContext) => { isNullObject: boolean },
  act: (ctx: Excel.RequestContext) => void,
): Op {
  return {
    ...simple(step, s, true, () => undefined),
    probe: {
      structure: true,
      noteCells: [],
      queue(ctx) {
        const found = find(ctx);
        return () => !found.isNullObject;
      },
    },
    queue(ctx, exists) {
      if (exists) act(ctx);
    },
  };
}

export function opsFor(steps: readonly Step[], budget: Budget): Op[] {
  const ops: Op[] = [];
  steps.forEach((s, step) => {
    switch (s.op) {
      case "addSheet":
        ops.push(simple(step, s, true, (ctx) => void ctx.workbook.worksheets.add(s.sheet)));
        return;
      case "deleteSheet":
        ops.push(
          ifExists(
            step,
            s,
            (ctx) => ctx.workbook.worksheets.getItemOrNullObject(s.sheet).load("name"),
            (ctx) => ctx.workbook.worksheets.getItem(s.sheet).delete(),
          ),
        );
        return;
      case "clearArea":
        ops.push(
          simple(step, s, false, (ctx) => {
            const r = range(ctx, s.sheet, s.area);
            r.clear("Contents");
            r.clear("Formats");
          }),
        );
        return;
      case "writeCells":
        ops.push(...writeCellsOps(step, s, budget));
        return;
      case "setBold":
        ops.push(simple(step, s, false, (ctx) => void (range(ctx, s.sheet, s.area).format.font.bold = true)));
        return;
      case "fitColumns":
        // ExcelApi 1.2; every host with the SharedRuntime the manifest requires has it.
        ops.push(simple(step, s, false, (ctx) => range(ctx, s.sheet, s.area).format.autofitColumns()));
        return;
      case "addTable":
        ops.push(
          simple(step, s, true, (ctx) => {
            const t = ctx.workbook.tables.add(qualify(s.sheet, formatArea(s.area)), true);
            t.name = s.name;
            if (s.style) t.style = s.style;
          }),
        );
        return;
      case "dropTable":
        ops.push(
          ifExists(
            step,
            s,
            (ctx) => ctx.workbook.tables.getItemOrNullObject(s.table).load("name"),
            (ctx) => ctx.workbook.tables.getItem(s.table).convertToRange(),
          ),
        );
        return;
      case "addTableColumns":
        ops.push({
          ...simple(step, s, true, () => undefined),
          asyncProbe: (ctx) => tableColumns(ctx, s.table),
          queue(ctx, names) {
            const have = new Set(((names as string[] | null) ?? []).map((n) => n.toLowerCase()));
            const cols = ctx.workbook.tables.getItem(s.table).columns;
            for (const h of s.headers) if (!have.has(h.toLowerCase())) cols.add(undefined, undefined, h);
          },
        });
        return;
      case "trimTableColumns":
        ops.push({
          ...simple(step, s, true, () => undefined),
          asyncProbe: (ctx) => tableColumns(ctx, s.table),
          queue(ctx, names) {
            const list = (names as string[] | null) ?? [];
            // From the right end, so each remaining column keeps its position until deleted.
            for (let i = list.length - 1; i >= Math.max(1, s.keep); i--)
              ctx.workbook.tables
                .getItem(s.table)
                .columns.getItem(list[i] as string)
                .delete();
          },
        });
        return;
      case "setFills":
        ops.push(...fillOps(step, s.sheet, s.fills, describeStep(s)));
        return;
      case "setNotes":
        ops.push(...noteOps(step, s.sheet, s.notes, describeStep(s)));
        return;
      case "restoreCells":
        ops.push(...restoreOps(step, s.state, s.state.area.rows * s.state.area.cols > 400, budget));
        return;
      case "restoreTables":
        ops.push(restoreTablesOp(step, s));
        return;
    }
  });
  return ops;
}
