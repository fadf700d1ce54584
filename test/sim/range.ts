/**
 * Range, its format (fill, font) and RangeAreas: values/valueTypes/formulas/numberFormat with Excel's
 * input and output semantics, per-cell properties, merged areas, visible cells, clear and select.
 */
import { intersection, parseRect, splitRef, type Rect } from "./address";
import { SimMisuse, simError } from "./errors";
import type { SimSheet } from "./model";
import { grid } from "./model";
import { SimClientResult, SimProxy } from "./proxy";
import type { SimContext } from "./context";
import { readFormula, readValue, readValueType } from "./values";
import { WorksheetProxy } from "./worksheet";
import {
  applyCellProperties,
  cellProperties,
  RangeAreasProxy,
  RangeFormatProxy,
  type CellPropertiesLoad,
} from "./rangeFormat";

export {
  RangeAreasProxy,
  RangeFillProxy,
  RangeFontProxy,
  RangeFormatProxy,
  type AreasTarget,
  type CellPropertiesLoad,
} from "./rangeFormat";

export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly rect: Rect;
}

function within(t: RangeTarget, r: number, c: number, h: number, w: number, where: string): RangeTarget {
  const rect = { r: t.rect.r + r, c: t.rect.c + c, h, w };
  if (rect.r < 0 || rect.c < 0 || h < 1 || w < 1 || rect.r + h > 1_048_576 || rect.c + w > 16_384)
    throw simError("InvalidArgument", where);
  return { sheet: t.sheet, rect };
}

function matrix<V>(rect: Rect, f: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let i = 0; i < rect.h; i++) {
    const row: V[] = new Array<V>(rect.w);
    for (let j = 0; j < rect.w; j++) row[j] = f(rect.r + i, rect.c + j);
    out.push(row);
  }
  return out;
}

export class RangeProxy extends SimProxy<RangeTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, path, "Range");
  }

  protected resolve(): RangeTarget | null {
    return this.resolver();
  }

  private get model() {
    return this.context.sim.model;
  }

  protected readProp(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    if (sheet.deleted) throw simError("ItemNotFound", `Range.${name}`);
    const big = rect.h * rect.w > this.context.sim.limits.readCells;
    switch (name) {
      case "address":
        return this.model.address(sheet, rect);
      case "rowCount":
        return rect.h;
      case "columnCount":
        return rect.w;
      case "rowIndex":
        return rect.r;
      case "columnIndex":
        return rect.c;
      case "cellCount":
        return rect.h * rect.w;
      case "values":
        return big ? null : matrix(rect, (r, c) => readValue(sheet.get(r, c)));
      case "valueTypes":
        return big ? null : matrix(rect, (r, c) => readValueType(sheet.get(r, c)));
      case "formulas":
        return big ? null : matrix(rect, (r, c) => readFormula(sheet.get(r, c)));
      case "numberFormat":
        return big ? null : matrix(rect, (r, c) => sheet.get(r, c)?.numberFormat ?? "General");
      case "rowHidden": {
        let hidden = 0;
        for (let r = rect.r; r < rect.r + rect.h; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rect.h ? true : null;
      }
      default:
        throw new SimMisuse(`Range.${name} is not simulated`);
    }
  }

  protected override nav(name: string): SimProxy<unknown> | null {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return null;
  }

  get address(): string {
    return this.prop("address") as string;
  }
  get rowCount(): number {
    return this.prop("rowCount") as number;
  }
  get columnCount(): number {
    return this.prop("columnCount") as number;
  }
  get rowIndex(): number {
    return this.prop("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.prop("columnIndex") as number;
  }
  get cellCount(): number {
    return this.prop("cellCount") as number;
  }
  get rowHidden(): boolean | null {
    return this.prop("rowHidden") as boolean | null;
  }
  get values(): unknown[][] {
    return this.prop("values") as unknown[][];
  }
  set values(v: unknown) {
    this.queue("values", v, () => {
      const t = this.must("Range.values");
      this.model.writeInputs(t.sheet, t.rect, v, "Range.values");
    });
  }
  get formulas(): unknown[][] {
    return this.prop("formulas") as unknown[][];
  }
  set formulas(v: unknown) {
    this.queue("formulas", v, () => {
      const t = this.must("Range.formulas");
      this.model.writeInputs(t.sheet, t.rect, v, "Range.formulas");
    });
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes") as string[][];
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat") as string[][];
  }
  set numberFormat(v: unknown) {
    this.queue("numberFormat", v, () => {
      const t = this.must("Range.numberFormat");
      this.model.writeFormats(t.sheet, t.rect, v, "Range.numberFormat");
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `${this._path}.format`, () => this.must("Range.format"));
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this._path}.worksheet`,
      () => this.must("Range.worksheet").sheet,
    );
  }

  private sub(label: string, f: (t: RangeTarget) => RangeTarget | null): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.${label}`, () => f(this.must(`Range.${label}`)));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.sub(`getCell(${row},${column})`, (t) => within(t, row, column, 1, 1, "Range.getCell"));
  }
  getRow(row: number): RangeProxy {
    return this.sub(`getRow(${row})`, (t) => within(t, row, 0, 1, t.rect.w, "Range.getRow"));
  }
  getColumn(column: number): RangeProxy {
    return this.sub(`getColumn(${column})`, (t) => within(t, 0, column, t.rect.h, 1, "Range.getColumn"));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.sub(`getResizedRange(${deltaRows},${deltaColumns})`, (t) =>
      within(t, 0, 0, t.rect.h + deltaRows, t.rect.w + deltaColumns, "Range.getResizedRange"),
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.sub(`getOffsetRange(${rowOffset},${columnOffset})`, (t) =>
      within(t, rowOffset, columnOffset, t.rect.h, t.rect.w, "Range.getOffsetRange"),
    );
  }
  getIntersectionOrNullObject(other: string): RangeProxy {
    return this.sub(`getIntersectionOrNullObject(${JSON.stringify(other)})`, (t) => {
      const rect = parseRect(splitRef(other).address);
      if (!rect) throw simError("InvalidArgument", "Range.getIntersectionOrNullObject");
      const i = intersection(t.rect, rect);
      return i ? { sheet: t.sheet, rect: i } : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.sub(`getUsedRangeOrNullObject(${valuesOnly})`, (t) => {
      const used = t.sheet.used(valuesOnly);
      const i = used && intersection(used, t.rect);
      return i ? { sheet: t.sheet, rect: i } : null;
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      this.context.requires("1.13", "Range.getMergedAreasOrNullObject");
      const t = this.must("Range.getMergedAreasOrNullObject");
      const rects = t.sheet.merged.filter((m) => intersection(m, t.rect) !== null);
      return rects.length === 0 ? null : { sheet: t.sheet, rects };
    });
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this._path}.getSpecialCellsOrNullObject(${cellType})`, () => {
      this.context.requires("1.9", "Range.getSpecialCellsOrNullObject");
      if (cellType !== "Visible") throw new SimMisuse(`getSpecialCells(${cellType}) is not simulated`);
      const t = this.must("Range.getSpecialCellsOrNullObject");
      const rects: Rect[] = [];
      for (let r = t.rect.r; r < t.rect.r + t.rect.h; r++) {
        if (t.sheet.hiddenRows.has(r)) continue;
        const last = rects[rects.length - 1];
        if (last && last.r + last.h === r) rects[rects.length - 1] = { ...last, h: last.h + 1 };
        else rects.push({ r, c: t.rect.c, h: 1, w: t.rect.w });
      }
      return rects.length === 0 ? null : { sheet: t.sheet, rects };
    });
  }

  getCellProperties(options: CellPropertiesLoad): SimClientResult<unknown[][]> {
    const result = new SimClientResult<unknown[][]>();
    this.queue(
      "getCellProperties",
      options,
      () => {
        this.context.requires("1.9", "Range.getCellProperties");
        const t = this.must("Range.getCellProperties");
        return matrix(t.rect, (r, c) => cellProperties(this.context, t.sheet, r, c, options));
      },
      (data) => result.set(data as unknown[][]),
    );
    return result;
  }

  setCellProperties(values: unknown): void {
    this.queue("setCellProperties", values, () => {
      this.context.requires("1.9", "Range.setCellProperties");
      const t = this.must("Range.setCellProperties");
      const at = grid(values, t.rect, "Range.setCellProperties");
      this.model.assertWritable(t.sheet, "Range.setCellProperties");
      for (let i = 0; i < t.rect.h; i++)
        for (let j = 0; j < t.rect.w; j++)
          applyCellProperties(this.context, t.sheet, t.rect.r + i, t.rect.c + j, at(i, j));
    });
  }

  clear(applyTo: string = "All"): void {
    this.queue("clear", applyTo, () => {
      const t = this.must("Range.clear");
      this.model.clear(t.sheet, t.rect, applyTo, "Range.clear");
    });
  }

  select(): void {
    this.queue("select", null, () => {
      const t = this.must("Range.select");
      this.model.selection = { sheet: t.sheet, rect: t.rect };
      this.model.activeSheet = t.sheet;
    });
  }
}
