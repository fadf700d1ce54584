/**
 * Tables (ListObjects): the collection with Excel's add rules (no overlap with tables or merged cells,
 * headers made unique), names, header/data/totals ranges, columns added at the end or deleted.
 */
import { parseRect, splitRef } from "./address";
import type { SimContext } from "./context";
import { SimMisuse, simError } from "./errors";
import type { SimSheet, SimTable } from "./model";
import { SimCollection, SimProxy } from "./proxy";
import { RangeProxy, type RangeTarget } from "./range";
import { WorksheetProxy } from "./worksheet";

export class TableProxy extends SimProxy<SimTable> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => SimTable | null,
  ) {
    super(context, path, "Table");
  }

  protected resolve(): SimTable | null {
    const t = this.resolver();
    if (t?.deleted) throw simError("ItemNotFound", "Table");
    return t;
  }

  protected readProp(t: SimTable, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return String(t.id);
      case "showTotals":
        return t.showTotals;
      case "showHeaders":
        return t.showHeaders;
      case "style":
        return t.style;
      default:
        throw new SimMisuse(`Table.${name} is not simulated`);
    }
  }

  protected override nav(name: string): SimProxy<unknown> | null {
    return name === "worksheet" ? this.worksheet : name === "columns" ? this.columns : null;
  }

  get name(): string {
    return this.prop("name") as string;
  }
  set name(v: string) {
    this.queueSet("name", v, (t) => this.context.sim.model.renameTable(t, v));
  }
  get id(): string {
    return this.prop("id") as string;
  }
  get showTotals(): boolean {
    return this.prop("showTotals") as boolean;
  }
  set showTotals(v: boolean) {
    this.queueSet("showTotals", v, (t) => {
      if (v === t.showTotals) return;
      this.context.sim.model.assertWritable(t.sheet, "Table.showTotals");
      t.rect = { ...t.rect, h: t.rect.h + (v ? 1 : -1) };
      t.showTotals = v;
    });
  }
  get showHeaders(): boolean {
    return this.prop("showHeaders") as boolean;
  }
  get style(): string {
    return this.prop("style") as string;
  }
  set style(v: string) {
    this.queueSet("style", v, (t) => {
      t.style = v;
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      `${this._path}.worksheet`,
      () => this.must("Table.worksheet").sheet,
    );
  }

  get columns(): TableColumnCollectionProxy {
    return new TableColumnCollectionProxy(this.context, `${this._path}.columns`, () =>
      this.must("Table.columns"),
    );
  }

  private part(label: string, f: (t: SimTable) => RangeTarget | null): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.${label}()`, () => f(this.must(`Table.${label}`)));
  }

  getRange(): RangeProxy {
    return this.part("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (t) => ({ sheet: t.sheet, rect: t.headerRect }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (t) => ({ sheet: t.sheet, rect: t.dataRect }));
  }
  getTotalRowRange(): RangeProxy {
    return this.part("getTotalRowRange", (t) => {
      const r = t.totalsRect;
      if (!r) throw simError("ItemNotFound", "Table.getTotalRowRange");
      return { sheet: t.sheet, rect: r };
    });
  }

  delete(): void {
    this.queue("delete", null, () => this.context.sim.model.deleteTable(this.must("Table.delete")));
  }

  convertToRange(): RangeProxy {
    let rect: RangeTarget | null = null;
    this.queue("convertToRange", null, () => {
      const t = this.must("Table.convertToRange");
      rect = { sheet: t.sheet, rect: t.rect };
      this.context.sim.model.convertToRange(t);
    });
    return new RangeProxy(this.context, `${this._path}.convertToRange()`, () => rect);
  }
}

export class TableCollectionProxy extends SimCollection<SimTable, TableProxy> {
  constructor(
    context: SimContext,
    path: string,
    /** The sheet for a worksheet's collection; undefined for the workbook's. */
    private readonly scope?: () => SimSheet,
  ) {
    super(context, path, "TableCollection");
  }

  protected resolve(): SimTable[] {
    const all = this.context.sim.model.tables;
    if (!this.scope) return [...all];
    const s = this.scope();
    return all.filter((t) => t.sheet === s);
  }

  protected child(item: SimTable, index: number): TableProxy {
    return new TableProxy(this.context, `${this._path}.items[${index}]`, () => item);
  }

  private find(key: string): SimTable | null {
    return (
      this.must("TableCollection.getItem").find((t) => t.name.toLowerCase() === key.toLowerCase()) ?? null
    );
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const t = this.find(key);
      if (!t) throw simError("ItemNotFound", "TableCollection.getItem");
      return t;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () =>
      this.find(key),
    );
  }

  /** `address` is "Sheet!A1:D5" on the workbook's collection, or "A1:D5" on a worksheet's. */
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: SimTable | null = null;
    this.queue("add", [address, hasHeaders], () => {
      const model = this.context.sim.model;
      const { sheet, address: a1 } = splitRef(address);
      const s = this.scope
        ? this.scope()
        : sheet !== null
          ? model.mustSheet(sheet, "TableCollection.add")
          : null;
      if (!s || (this.scope && sheet !== null)) throw simError("InvalidArgument", "TableCollection.add");
      const rect = parseRect(a1);
      if (!rect) throw simError("InvalidArgument", "TableCollection.add");
      created = model.addTable(s, rect, hasHeaders);
    });
    return new TableProxy(this.context, `${this._path}.add(${JSON.stringify(address)})`, () => created);
  }
}

export interface ColumnTarget {
  readonly table: SimTable;
  readonly index: number;
}

export class TableColumnProxy extends SimProxy<ColumnTarget> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => ColumnTarget | null,
  ) {
    super(context, path, "TableColumn");
  }
  protected resolve(): ColumnTarget | null {
    return this.resolver();
  }
  protected readProp(t: ColumnTarget, name: string): unknown {
    if (name === "name") return t.table.columnNames()[t.index];
    if (name === "index") return t.index;
    throw new SimMisuse(`TableColumn.${name} is not simulated`);
  }
  get name(): string {
    return this.prop("name") as string;
  }
  get index(): number {
    return this.prop("index") as number;
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getDataBodyRange()`, () => {
      const t = this.must("TableColumn.getDataBodyRange");
      return { sheet: t.table.sheet, rect: { ...t.table.dataRect, c: t.table.rect.c + t.index, w: 1 } };
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, () => {
      const t = this.must("TableColumn.getRange");
      return { sheet: t.table.sheet, rect: { ...t.table.rect, c: t.table.rect.c + t.index, w: 1 } };
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      const t = this.must("TableColumn.delete");
      this.context.sim.model.deleteTableColumn(t.table, t.index);
    });
  }
}

export class TableColumnCollectionProxy extends SimCollection<ColumnTarget, TableColumnProxy> {
  constructor(
    context: SimContext,
    path: string,
    private readonly table: () => SimTable,
  ) {
    super(context, path, "TableColumnCollection");
  }
  protected resolve(): ColumnTarget[] {
    const t = this.table();
    return t.columnNames().map((_, index) => ({ table: t, index }));
  }
  protected child(item: ColumnTarget, index: number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this._path}.items[${index}]`, () => item);
  }
  getItemOrNullObject(key: string): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const t = this.table();
        const index = t.columnNames().findIndex((n) => n.toLowerCase() === key.toLowerCase());
        return index < 0 ? null : { table: t, index };
      },
    );
  }
  getItem(key: string): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const t = this.table();
      const index = t.columnNames().findIndex((n) => n.toLowerCase() === key.toLowerCase());
      if (index < 0) throw simError("ItemNotFound", "TableColumnCollection.getItem");
      return { table: t, index };
    });
  }
  /** Only appending at the end without values is simulated (the adapter writes values separately). */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    let created: ColumnTarget | null = null;
    this.queue("add", [index ?? null, values ?? null, name ?? null], () => {
      const t = this.table();
      if (
        (index !== undefined && index !== null && index !== t.rect.w) ||
        (values !== undefined && values !== null)
      )
        throw new SimMisuse("TableColumnCollection.add is simulated only at the end and without values");
      this.context.sim.model.addTableColumn(t, name);
      created = { table: t, index: t.rect.w - 1 };
    });
    return new TableColumnProxy(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? "")})`,
      () => created,
    );
  }
}
