/**
 * Translates gateway steps into Excel API commands ("ops"), each with its request size. Text is written
 * under the "@" number format, set before the values in the same request, so Excel never reads it as a
 * formula, number or date (hazard 8). Big writes are split into row chunks that fit the request budget.
 */
import { cellA1, formatArea, lastRow, qualify, type Area } from "../address";
import type { AreaState, CellState, Step, TableShape } from "../driver";
import { describeStep } from "../steps";
import type { WriteCell } from "../outValue";
import { rowBytes, utf8Length, type Budget } from "./budget";
import { areaOfAddress } from "./officeAddress";

export interface Probe {
  /** Whether the answer depends on sheets/tables that structural ops change. */
  readonly structure: boolean;
  /** Cells (sheet!A1, lower case) whose notes the answer depends on. */
  readonly noteCells: readonly string[];
  queue(ctx: Excel.RequestContext): () => unknown;
}

export interface Op {
  readonly step: number;
  readonly doing: string;
  /** Estimated request bytes (commands and probe loads). */
  readonly bytes: number;
  /** Cells written, to decide on suspending calculation and screen updating. */
  readonly cells: number;
  /** Adds, deletes or reshapes sheets or tables. */
  readonly structural: boolean;
  /** Cells (sheet!A1, lower case) whose notes this op writes. */
  readonly writesNotes: readonly string[];
  /** Loads sent in the probe sync of the op's request, before any command of the request. */
  readonly probe?: Probe;
  /** Reads that need their own syncs; such an op starts a request of its own. */
  readonly asyncProbe?: (ctx: Excel.RequestContext) => Promise<unknown>;
  queue(ctx: Excel.RequestContext, probed: unknown): void;
  /** The same op as two halves (rows), when a request turned out too large. */
  split?(): [Op, Op] | null;
}

const noteKey = (sheet: string, row: number, col: number) => `${sheet}!${cellA1(row, col)}`.toLowerCase();

function range(ctx: Excel.RequestContext, sheet: string, a: Area): Excel.Range {
  return ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(a.row - 1, a.col, a.rows, a.cols);
}

function encode(c: WriteCell): { value: string | number | boolean; format: string } {
  switch (c.kind) {
    case "blank":
      return { value: "", format: "General" };
    case "text":
      return { value: c.text, format: "@" };
    case "number":
      return { value: c.value, format: c.format };
    case "boolean":
      return { value: c.value, format: "General" };
    case "link":
      return { value: c.formula, format: "General" };
  }
}

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

function writeCellsOps(step: number, s: Extract<Step, { op: "writeCells" }>, budget: Budget): Op[] {
  const rows = s.cells.map((r) => r.map(encode));
  const ops: Op[] = [];
  const make = (from: number, to: number): Op => {
    const vals = rows.slice(from, to).map((r) => r.map((c) => c.value));
    const fmts = rows.slice(from, to).map((r) => r.map((c) => c.format));
    const area: Area = { row: s.area.row + from, col: s.area.col, rows: to - from, cols: s.area.cols };
    const hasLink = s.cells.slice(from, to).some((r) => r.some((c) => c.kind === "link"));
    const bytes = 200 + vals.reduce((n, r) => n + rowBytes(r), 0) + fmts.reduce((n, r) => n + rowBytes(r), 0);
    return {
      step,
      doing: `writing ${qualify(s.sheet, formatArea(area))}`,
      bytes,
      cells: area.rows * area.cols,
      structural: false,
      writesNotes: [],
      queue(ctx) {
        const r = range(ctx, s.sheet, area);
        // The format first: a cell formatted as text keeps "=x", "+1", "00123" exactly as written.
        r.numberFormat = fmts;
        if (hasLink) r.formulas = vals;
        else r.values = vals;
      },
      split: () =>
        to - from > 1
          ? [make(from, from + Math.floor((to - from) / 2)), make(from + Math.floor((to - from) / 2), to)]
          : null,
    };
  };
  let from = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as { value: unknown; format: string }[];
    const b = rowBytes(row.map((c) => c.value)) + rowBytes(row.map((c) => c.format));
    if (i > from && bytes + b > budget.payload * 0.98) {
      ops.push(make(from, i));
      from = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows.length > from || rows.length === 0) ops.push(make(from, rows.length));
  return ops;
}

function simple(
  step: number,
  s: Step,
  structural: boolean,
  queue: (ctx: Excel.RequestContext) => void,
  bytes = 250,
): Op {
  return { step, doing: describeStep(s), bytes, cells: 0, structural, writesNotes: [], queue };
}

/** Vertical runs of equal values per column, skipping `skip` values. */
function runsOf<T>(
  cells: readonly { row: number; col: number; v: T }[],
  skip: (v: T) => boolean,
): { area: Area; v: T }[] {
  const sorted = cells.filter((c) => !skip(c.v)).sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { area: Area; v: T }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.area.col === c.col && last.area.row + last.area.rows === c.row && last.v === c.v)
      last.area = { ...last.area, rows: last.area.rows + 1 };
    else out.push({ area: { row: c.row, col: c.col, rows: 1, cols: 1 }, v: c.v });
  }
  return out;
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function fillOps(
  step: number,
  sheet: string,
  fills: readonly { area: Area; color: string | null }[],
  doing: string,
): Op[] {
  return chunked(fills, 4000).map((group) => ({
    step,
    doing,
    bytes: group.length * 160,
    cells: 0,
    structural: false,
    writesNotes: [],
    queue(ctx) {
      for (const f of group) {
        const fill = range(ctx, sheet, f.area).format.fill;
        if (f.color === null) fill.clear();
        else fill.color = f.color;
      }
    },
  }));
}

/** Notes of single cells: probe each cell, then add, change or delete. */
function noteOps(
  step: number,
  sheet: string,
  notes: readonly { row: number; col: number; text: string | null }[],
  doing: string,
): Op[] {
  return chunked(notes, 2000).map((group) => {
    const keys = group.map((n) => noteKey(sheet, n.row, n.col));
    return {
      step,
      doing,
      bytes: group.reduce((b, n) => b + 320 + (n.text ? utf8Length(n.text) : 0), 0),
      cells: 0,
      structural: false,
      writesNotes: keys,
      probe: {
        structure: false,
        noteCells: keys,
        queue(ctx) {
          const found = group.map((n) =>
            ctx.workbook.notes.getItemOrNullObject(qualify(sheet, cellA1(n.row, n.col))).load("content"),
          );
          return () => found.map((f) => (f.isNullObject ? null : f.content));
        },
      },
      queue(ctx, probed) {
        const current = probed as (string | null)[];
        group.forEach((n, i) => {
          const cur = current[i] ?? null;
          const at = qualify(sheet, cellA1(n.row, n.col));
          if (n.text === null) {
            if (cur !== null) ctx.workbook.notes.getItem(at).delete();
          } else if (cur === null) ctx.workbook.notes.add(at, n.text);
          else if (cur !== n.text) ctx.workbook.notes.getItem(at).content = n.text;
        });
      },
    };
  });
}

function restoreOps(step: number, st: AreaState, bigNotes: boolean, budget: Budget): Op[] {
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

async function tableColumns(ctx: Excel.RequestContext, table: string): Promise<string[] | null> {
  const t = ctx.workbook.tables.getItemOrNullObject(table);
  t.load("name");
  await ctx.sync();
  if (t.isNullObject) return null;
  const cols = t.columns.load("items/name");
  await ctx.sync();
  return cols.items.map((c) => c.name);
}

function restoreTablesOp(step: number, s: Extract<Step, { op: "restoreTables" }>): Op {
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
        const t = ctx.workbook.worksheets.getItem(s.sheet).tables.add(formatArea(w.area), true);
        t.name = w.name;
        t.style = w.style;
      }
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
        ops.push({
          ...simple(step, s, true, () => undefined),
          probe: {
            structure: true,
            noteCells: [],
            queue(ctx) {
              const ws = ctx.workbook.worksheets.getItemOrNullObject(s.sheet).load("name");
              return () => !ws.isNullObject;
            },
          },
          queue(ctx, exists) {
            if (exists) ctx.workbook.worksheets.getItem(s.sheet).delete();
          },
        });
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
      case "addTable":
        ops.push(
          simple(step, s, true, (ctx) => {
            const t = ctx.workbook.worksheets.getItem(s.sheet).tables.add(formatArea(s.area), true);
            t.name = s.name;
            if (s.style) t.style = s.style;
          }),
        );
        return;
      case "dropTable":
        ops.push({
          ...simple(step, s, true, () => undefined),
          probe: {
            structure: true,
            noteCells: [],
            queue(ctx) {
              const t = ctx.workbook.tables.getItemOrNullObject(s.table).load("name");
              return () => !t.isNullObject;
            },
          },
          queue(ctx, exists) {
            if (exists) ctx.workbook.tables.getItem(s.table).convertToRange();
          },
        });
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

export { noteKey };
