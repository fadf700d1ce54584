/**
 * Commands that write cells: values with their number formats (text under "@", set before the values in
 * the same request, so Excel never reads it as a formula, number or date — hazard 8), fills and notes.
 * Big writes are split into row chunks that fit the request budget.
 */
import { cellA1, formatArea, qualify, type Area } from "../address";
import type { Step } from "../driver";
import type { WriteCell } from "../outValue";
import { rowBytes, utf8Length, type Budget } from "./budget";
import { chunked, noteKey, range, type Op } from "./op";

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

export function writeCellsOps(step: number, s: Extract<Step, { op: "writeCells" }>, budget: Budget): Op[] {
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

export function fillOps(
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
export function noteOps(
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
