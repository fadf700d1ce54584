/** Range formats (fill, font), per-cell properties and RangeAreas: the parts of a range beyond its values. */
import type { Rect } from "./address";
import type { SimContext } from "./context";
import { SimMisuse } from "./errors";
import type { SimSheet } from "./model";
import { SimProxy } from "./proxy";
import type { RangeTarget } from "./range";

export interface CellPropertiesLoad {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { bold?: boolean } };
}

export function cellProperties(
  ctx: SimContext,
  sheet: SimSheet,
  r: number,
  c: number,
  o: CellPropertiesLoad,
): unknown {
  const cell = sheet.get(r, c);
  const out: Record<string, unknown> = {};
  if (o.address) out.address = ctx.sim.model.address(sheet, { r, c, h: 1, w: 1 });
  if (o.format) {
    const unknown = Object.keys(o.format).filter((k) => k !== "fill" && k !== "font");
    if (unknown.length) throw new SimMisuse(`cell properties ${unknown.join(",")} are not simulated`);
    const format: Record<string, unknown> = {};
    if (o.format.fill) {
      const fill: Record<string, unknown> = {};
      if (o.format.fill.color) fill.color = cell?.fill ?? "#FFFFFF";
      if (o.format.fill.pattern) fill.pattern = cell?.fill ? "Solid" : "None";
      format.fill = fill;
    }
    if (o.format.font) format.font = o.format.font.bold ? { bold: cell?.bold ?? false } : {};
    out.format = format;
  }
  return out;
}

export function applyCellProperties(
  ctx: SimContext,
  sheet: SimSheet,
  r: number,
  c: number,
  p: unknown,
): void {
  if (p === null || p === undefined) return;
  const props = p as { format?: { fill?: { color?: string; pattern?: string }; font?: { bold?: boolean } } };
  const extra = Object.keys(props).filter((k) => k !== "format");
  if (extra.length) throw new SimMisuse(`setCellProperties ${extra.join(",")} is not simulated`);
  const rect = { r, c, h: 1, w: 1 };
  const fill = props.format?.fill;
  if (fill?.pattern === "None") ctx.sim.model.setFill(sheet, rect, null, "Range.setCellProperties");
  else if (fill?.color !== undefined)
    ctx.sim.model.setFill(sheet, rect, fill.color, "Range.setCellProperties");
  const bold = props.format?.font?.bold;
  if (bold !== undefined) ctx.sim.model.setBold(sheet, rect, bold, "Range.setCellProperties");
}

export class RangeFormatProxy extends SimProxy<RangeTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => RangeTarget,
  ) {
    super(context, path, "RangeFormat");
  }
  protected resolve(): RangeTarget {
    return this.resolver();
  }
  protected readProp(_t: RangeTarget, name: string): unknown {
    throw new SimMisuse(`RangeFormat.${name} is not simulated`);
  }
  protected override nav(name: string): SimProxy<unknown> | null {
    return name === "fill" ? this.fill : name === "font" ? this.font : null;
  }
  get fill(): RangeFillProxy {
    return new RangeFillProxy(this.context, `${this._path}.fill`, () => this.must("RangeFormat.fill"));
  }
  get font(): RangeFontProxy {
    return new RangeFontProxy(this.context, `${this._path}.font`, () => this.must("RangeFormat.font"));
  }
  /** The one RangeFormat method simulated: others (autofitRows…) are absent, and properties are SimMisuse. */
  autofitColumns(): void {
    this.queue("autofitColumns", null, () => {
      this.context.requires("1.2", "RangeFormat.autofitColumns");
      const t = this.must("RangeFormat.autofitColumns");
      this.context.sim.model.autofitColumns(t.sheet, t.rect, "RangeFormat.autofitColumns");
    });
  }
}

function uniform<V>(t: RangeTarget, f: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  for (let r = t.rect.r; r < t.rect.r + t.rect.h; r++)
    for (let c = t.rect.c; c < t.rect.c + t.rect.w; c++) {
      const v = f(r, c);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  return first ?? null;
}

export class RangeFillProxy extends SimProxy<RangeTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => RangeTarget,
  ) {
    super(context, path, "RangeFill");
  }
  protected resolve(): RangeTarget {
    return this.resolver();
  }
  protected readProp(t: RangeTarget, name: string): unknown {
    if (name !== "color") throw new SimMisuse(`RangeFill.${name} is not simulated`);
    // Excel reports "no fill" as white, and null when the cells differ.
    return uniform(t, (r, c) => t.sheet.get(r, c)?.fill ?? "#FFFFFF");
  }
  get color(): string | null {
    return this.prop("color") as string | null;
  }
  set color(v: string | null) {
    this.queueSet("color", v, (t) =>
      this.context.sim.model.setFill(t.sheet, t.rect, v ?? "#FFFFFF", "RangeFill.color"),
    );
  }
  clear(): void {
    this.queue("clear", null, () => {
      const t = this.must("RangeFill.clear");
      this.context.sim.model.setFill(t.sheet, t.rect, null, "RangeFill.clear");
    });
  }
}

export class RangeFontProxy extends SimProxy<RangeTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => RangeTarget,
  ) {
    super(context, path, "RangeFont");
  }
  protected resolve(): RangeTarget {
    return this.resolver();
  }
  protected readProp(t: RangeTarget, name: string): unknown {
    if (name !== "bold") throw new SimMisuse(`RangeFont.${name} is not simulated`);
    return uniform(t, (r, c) => t.sheet.get(r, c)?.bold ?? false);
  }
  get bold(): boolean | null {
    return this.prop("bold") as boolean | null;
  }
  set bold(v: boolean | null) {
    this.queueSet("bold", v, (t) =>
      this.context.sim.model.setBold(t.sheet, t.rect, v === true, "RangeFont.bold"),
    );
  }
}

export interface AreasTarget {
  readonly sheet: SimSheet;
  readonly rects: readonly Rect[];
}

export class RangeAreasProxy extends SimProxy<AreasTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => AreasTarget | null,
  ) {
    super(context, path, "RangeAreas");
  }
  protected resolve(): AreasTarget | null {
    return this.resolver();
  }
  protected readProp(t: AreasTarget, name: string): unknown {
    if (name === "address") return t.rects.map((r) => this.context.sim.model.address(t.sheet, r)).join(", ");
    if (name === "areaCount") return t.rects.length;
    throw new SimMisuse(`RangeAreas.${name} is not simulated`);
  }
  get address(): string {
    return this.prop("address") as string;
  }
  get areaCount(): number {
    return this.prop("areaCount") as number;
  }
}
