/** Sheets, tables and notes of the simulated workbook, and the shape rules Excel applies to them. */
import { key, unkey, type Rect } from "./address";
import { simError } from "./errors";
import { blankCell, isDefaultCell, isEmptyCell, type SimCell } from "./values";

export interface SimNote {
  sheet: SimSheet;
  r: number;
  c: number;
  content: string;
  readonly author: string;
}

export class SimSheet {
  readonly cells = new Map<number, SimCell>();
  merged: Rect[] = [];
  readonly hiddenRows = new Set<number>();
  /** Widths set by autofitColumns, by column, in characters; other columns have the default width. */
  readonly columnWidths = new Map<number, number>();
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get(r: number, c: number): SimCell | undefined {
    return this.cells.get(key(r, c));
  }

  /** The cell to change; stored only while it differs from a default cell. */
  edit(r: number, c: number, change: (cell: SimCell) => void): void {
    const k = key(r, c);
    const cell = this.cells.get(k) ?? blankCell();
    change(cell);
    if (isDefaultCell(cell)) this.cells.delete(k);
    else this.cells.set(k, cell);
  }

  /** Bounding rectangle of cells with content (or any formatting unless valuesOnly). */
  used(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && isEmptyCell(cell)) continue;
      const { r, c } = unkey(k);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r: r0, c: c0, h: r1 - r0 + 1, w: c1 - c0 + 1 };
  }

  /** Cells in the rectangle that are stored (have content or format), row-major. */
  *stored(rect: Rect): Iterable<[number, number, SimCell]> {
    if (rect.h * rect.w <= this.cells.size) {
      for (let r = rect.r; r < rect.r + rect.h; r++)
        for (let c = rect.c; c < rect.c + rect.w; c++) {
          const cell = this.cells.get(key(r, c));
          if (cell) yield [r, c, cell];
        }
      return;
    }
    for (const [k, cell] of this.cells) {
      const { r, c } = unkey(k);
      if (r >= rect.r && r < rect.r + rect.h && c >= rect.c && c < rect.c + rect.w) yield [r, c, cell];
    }
  }
}

export class SimTable {
  showHeaders = true;
  showTotals = false;
  style = "TableStyleMedium2";
  deleted = false;
  constructor(
    readonly id: number,
    public name: string,
    public sheet: SimSheet,
    /** The whole table: header, data body and totals row. */
    public rect: Rect,
  ) {}

  get headerRect(): Rect {
    return { ...this.rect, h: 1 };
  }
  get dataRect(): Rect {
    return {
      r: this.rect.r + 1,
      c: this.rect.c,
      h: this.rect.h - 1 - (this.showTotals ? 1 : 0),
      w: this.rect.w,
    };
  }
  get totalsRect(): Rect | null {
    return this.showTotals
      ? { r: this.rect.r + this.rect.h - 1, c: this.rect.c, h: 1, w: this.rect.w }
      : null;
  }
  columnNames(): string[] {
    const names: string[] = [];
    for (let c = this.rect.c; c < this.rect.c + this.rect.w; c++) {
      const v = this.sheet.get(this.rect.r, c)?.value;
      names.push(v === null || v === undefined ? "" : typeof v === "object" ? v.error : String(v));
    }
    return names;
  }
}

/** Blank headers become "ColumnN" and repeated ones get a number, as Excel does. */
export function normalizeHeaders(t: SimTable): void {
  const used = new Set<string>();
  const s = t.sheet;
  for (let j = 0; j < t.rect.w; j++) {
    const c = t.rect.c + j;
    const v = s.get(t.rect.r, c)?.value;
    let name =
      v === null || v === undefined || v === ""
        ? `Column${j + 1}`
        : typeof v === "object"
          ? v.error
          : String(v);
    const base = name;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    if (v !== name)
      s.edit(t.rect.r, c, (cell) => {
        cell.value = name;
        cell.formula = null;
      });
  }
}

export function normalizeColor(color: string, where: string): string {
  const named: Record<string, string> = {
    red: "#FF0000",
    yellow: "#FFFF00",
    white: "#FFFFFF",
    green: "#008000",
  };
  const c = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw simError("InvalidArgument", where);
  return c.toUpperCase();
}

/** Accessor for a 2-D input matching the rectangle, or a single value applied to every cell. */
export function grid(input: unknown, rect: Rect, where: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.h)
    throw simError("InvalidArgument", where, "The number of rows does not match the range.");
  for (const row of input)
    if (!Array.isArray(row) || row.length !== rect.w)
      throw simError("InvalidArgument", where, "The number of columns does not match the range.");
  return (i, j) => (input[i] as unknown[])[j];
}
