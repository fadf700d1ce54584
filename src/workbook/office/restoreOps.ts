/**
 * Commands that put a snapshot back: cells (values as they were typed, formats, fills, bold, notes) and
 * the tables of an area. Every restore is idempotent, so a restore that failed can simply run again.
 */
import { cellA1, formatArea, lastRow, qualify, type Area } from "../address";
import type { AreaState, CellState, Step, TableShape } from "../driver";
import { describeStep } from "../steps";
import { rowBytes, utf8Length, type Budget } from "./budget";
import { areaOfAddress } from "./officeAddress";
import { range, runsOf, type Op } from "./op";
import { fillOps, noteOps } from "./writeOps";

/**
 * Text that Excel would turn into something else when typed into a cell that is not formatted as text.
 * Conservative: anything with a digit, a leading sign or symbol, or a boolean/error word.
 */
export function wouldCoerce(text: string): boolean {
  const t = text.trim();
  return /^[=+\-@'#]/.test(t) || /\d/.test(t) || /^(true|false)$/i.test(t) || text !== text.trimStart();
}

/** What to write back for a captured cell so it becomes that cell again. */
export function restoreInput(c: CellState): string | number | boolean | null {
  switch (c.kind) {
    case "empty":
      return null;
    case "text": {
      const t = String(c.input ?? "");
      return c.format === "@" || !wouldCoerce(t) ? t : `'${t}`;
    }
    default:
      return c.input;
  }
}

export function restoreOps(step: number, st: AreaState, bigNotes: boolean, budget: Budget): Op[] {
  const { sheet, area, parts } = st;
  const doing = `restoring ${qualify(sheet, formatArea(area))}`;
  const ops: Op[] = [
    {
      step,
      doing,
      bytes: 300,
      cells: 0,
      structural: false,
      writesNotes: [],
      queue(ctx) {
        const r = range(ctx, sheet, area);
        if (parts.contents) r.clear("Contents");
        if (parts.formats) r.clear("Formats");
        else if (parts.fills) r.format.fill.clear();
      },
    },
  ];
  const stored = st.cells.filter((c) => c.kind !== "empty" || c.format !== "General");
  if ((parts.contents || parts.formats) && stored.length > 0) {
    const first = stored[0]?.row ?? area.row;
    const last = stored[stored.length - 1]?.row ?? area.row;
    const byRow = new Map<number, CellState[]>();
    for (const c of stored) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    let from = first;
    let bytes = 0;
    const flush = (to: number) => {
      const block: Area = { row: from, col: area.col, rows: to - from, cols: area.cols };
      const fmts: (string | null)[][] = [];
      const vals: (string | number | boolean | null)[][] = [];
      for (let r = from; r < to; r++) {
        const f = new Array<string | null>(area.cols).fill(null);
        const v = new Array<string | number | boolean | null>(area.cols).fill(null);
        for (const c of byRow.get(r) ?? []) {
          if (c.format !== "General") f[c.col - area.col] = c.format;
          v[c.col - area.col] = restoreInput(c);
        }
        fmts.push(f);
        vals.push(v);
      }
      ops.push({
        step,
        doing,
        bytes: 200 + fmts.reduce((n, r) => n + rowBytes(r), 0) + vals.reduce((n, r) => n + rowBytes(r), 0),
        cells: block.rows * block.cols,
        structural: false,
        writesNotes: [],
        queue(ctx) {
          const r = range(ctx, sheet, block);
          if (parts.formats) r.numberFormat = fmts;
          if (parts.contents) r.formulas = vals;
        },
      });
    };
    for (let r = first; r <= last; r++) {
      const b =
        area.cols * 12 +
        (byRow.get(r) ?? []).reduce(
          (n, c) => n + 16 + (typeof c.input === "string" ? utf8Length(c.input) : 0),
          0,
        );
      if (r > from && bytes + b > budget.payload * 0.98) {
        flush(r);
        from = r;
        bytes = 0;
      }
      bytes += b;
    }
    flush(last + 1);
  }
  if (parts.formats || parts.fills) {
    const fills = runsOf(
      st.cells.map((c) => ({ row: c.row, col: c.col, v: c.fill })),
      (v) => v === null,
    );
    ops.push(
      ...fillOps(
        step,
        sheet,
        fills.map((f) => ({ area: f.area, color: f.v })),
        doing,
      ),
    );
  }
  if (parts.formats) {
    const bold = runsOf(
      st.cells.map((c) => ({ row: c.row, col: c.col, v: c.bold })),
      (v) => !v,
    );
    if (bold.length > 0)
      ops.push({
        step,
        doing,
        bytes: bold.length * 150,
        cells: 0,
        structural: false,
        writesNotes: [],
        queue(ctx) {
          for (const b of bold) range(ctx, sheet, b.area).format.font.bold = true;
        },
      });
  }
  if (parts.notes) {
    const wanted = new Map(
      st.cells.filter((c) => c.note !== null).map((c) => [`${c.row},${c.col}`, c.note as string]),
    );
    if (!bigNotes) {
      const all: { row: number; col: number; text: string | null }[] = [];
      for (let r = area.row; r <= lastRow(area); r++)
        for (let c = area.col; c < area.col + area.cols; c++)
          all.push({ row: r, col: c, text: wanted.get(`${r},${c}`) ?? null });
      ops.push(...noteOps(step, sheet, all, doing));
    } else {
      ops.push({
        step,
        doing,
        bytes: 400 + [...wanted.values()].reduce((n, t) => n + 200 + utf8Length(t), 0),
        cells: 0,
        structural: true,
        writesNotes: [],
        asyncProbe: async (ctx) => {
          const coll = ctx.workbook.worksheets.getItem(sheet).notes.load("items/content");
          await ctx.sync();
          const located = coll.items.map((n) => ({ n, loc: n.getLocation().load("rowIndex,columnIndex") }));
          await ctx.sync();
          const inArea = located.filter(
            ({ loc }) =>
              loc.rowIndex + 1 >= area.row &&
              loc.rowIndex + 1 <= lastRow(area) &&
              loc.columnIndex >= area.col &&
              loc.columnIndex < area.col + area.cols,
          );
          return new Map(inArea.map(({ n, loc }) => [`${loc.rowIndex + 1},${loc.columnIndex}`, n.content]));
        },
        queue(ctx, probed) {
          const current = probed as Map<string, string>;
          for (const [k, content] of current) {
            const [row, col] = k.split(",").map(Number) as [number, number];
            const at = qualify(sheet, cellA1(row, col));
            const want = wanted.get(k);
            if (want === undefined) ctx.workbook.notes.getItem(at).delete();
            else if (want !== content) ctx.workbook.notes.getItem(at).content = want;
          }
          for (const [k, text] of wanted) {
            if (current.has(k)) continue;
            const [row, col] = k.split(",").map(Number) as [number, number];
            ctx.workbook.notes.add(qualify(sheet, cellA1(row, col)), text);
          }
        },
      });
    }
  }
  return ops;
}

export async function tableColumns(ctx: Excel.RequestContext, table: string): Promise<string[] | null> {
  const t = ctx.workbook.tables.getItemOrNullObject(table);
  t.load("name");
  await ctx.sync();
  if (t.isNullObject) return null;
  const cols = t.columns.load("items/name");
  await ctx.sync();
  return cols.items.map((c) => c.name);
}

export function restoreTablesOp(step: number, s: Extract<Step, { op: "restoreTables" }>): Op {
  const same = (a: Area, b: Area) =>
    a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
  const inside = (a: Area) =>
    a.row >= s.area.row &&
    lastRow(a) <= lastRow(s.area) &&
    a.col >= s.area.col &&
    a.col + a.cols <= s.area.col + s.area.cols;
  const touches = (a: Area) =>
    a.row <= lastRow(s.area) &&
    s.area.row <= lastRow(a) &&
    a.col < s.area.col + s.area.cols &&
    s.area.col < a.col + a.cols;
  return {
    step,
    doing: describeStep(s),
    bytes: 400 + s.tables.length * 300,
    cells: 0,
    structural: true,
    writesNotes: [],
    asyncProbe: async (ctx) => {
      const all = ctx.workbook.tables.load("items/name,items/style");
      await ctx.sync();
      const ranges = all.items.map((t) => ({
        name: t.name,
        style: t.style,
        r: t.getRange().load("address"),
      }));
      await ctx.sync();
      return ranges.map((x) => ({ name: x.name, style: x.style, ...areaOfAddress(x.r.address) }));
    },
    queue(ctx, probed) {
      const current = probed as { name: string; style: string; sheet: string; area: Area }[];
      const here = current.filter((t) => t.sheet.toLowerCase() === s.sheet.toLowerCase() && touches(t.area));
      for (const t of here) {
        const want = s.tables.find((w: TableShape) => w.name.toLowerCase() === t.name.toLowerCase());
        if (!want || !same(want.area, t.area)) ctx.workbook.tables.getItem(t.name).convertToRange();
        else if (want.style !== t.style) ctx.workbook.tables.getItem(t.name).style = want.style;
      }
      const kept = new Set(
        here
          .filter((t) =>
            s.tables.some((w) => w.name.toLowerCase() === t.name.toLowerCase() && same(w.area, t.area)),
          )
          .map((t) => t.name.toLowerCase()),
      );
      for (const w of s.tables) {
        if (kept.has(w.name.toLowerCase()) || !inside(w.area)) continue;
        const t = ctx.workbook.tables.add(qualify(s.sheet, formatArea(w.area)), true);
        t.name = w.name;
        t.style = w.style;
      }
    },
  };
}
