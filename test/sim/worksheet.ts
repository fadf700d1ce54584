/** Worksheets and their collection: lookup by name (or null object), add with Excel's name rules, delete, protection. */
import { parseRect } from "./address";
import type { SimContext } from "./context";
import { simError } from "./errors";
import type { SimSheet } from "./model";
import { NoteCollectionProxy } from "./notes";
import { SimCollection, SimProxy } from "./proxy";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";

export class WorksheetProxy extends SimProxy<SimSheet> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => SimSheet | null,
  ) {
    super(context, path, "Worksheet");
  }

  protected resolve(): SimSheet | null {
    const s = this.resolver();
    if (s?.deleted) throw simError("ItemNotFound", "Worksheet");
    return s;
  }

  protected readProp(s: SimSheet, name: string): unknown {
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context.sim.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw new Error(`Worksheet.${name} is not simulated`);
    }
  }

  protected override nav(name: string): SimProxy<unknown> | null {
    return name === "protection" ? this.protection : null;
  }

  get name(): string {
    return this.prop("name") as string;
  }
  set name(v: string) {
    this.queueSet("name", v, (s) => this.context.sim.model.renameSheet(s, v));
  }
  get id(): string {
    return this.prop("id") as string;
  }
  get position(): number {
    return this.prop("position") as number;
  }
  get visibility(): string {
    return this.prop("visibility") as string;
  }

  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.context, `${this._path}.protection`, () =>
      this.must("Worksheet.protection"),
    );
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, `${this._path}.tables`, () =>
      this.must("Worksheet.tables"),
    );
  }

  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, `${this._path}.notes`, () => this.must("Worksheet.notes"));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      const s = this.must("Worksheet.getRange");
      if (address === undefined) return { sheet: s, rect: { r: 0, c: 0, h: 1_048_576, w: 16_384 } };
      const rect = parseRect(address);
      if (!rect || address.includes("!")) throw simError("InvalidArgument", "Worksheet.getRange");
      return { sheet: s, rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const s = this.must("Worksheet.getRangeByIndexes");
        const bad =
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > 1_048_576 ||
          startColumn + columnCount > 16_384;
        if (bad) throw simError("InvalidArgument", "Worksheet.getRangeByIndexes");
        return { sheet: s, rect: { r: startRow, c: startColumn, h: rowCount, w: columnCount } };
      },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const s = this.must("Worksheet.getUsedRangeOrNullObject");
      const rect = s.used(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
  }

  delete(): void {
    this.queue("delete", null, () => this.context.sim.model.deleteSheet(this.must("Worksheet.delete")));
  }

  activate(): void {
    this.queue("activate", null, () => {
      const s = this.must("Worksheet.activate");
      if (s.visibility !== "Visible") throw simError("InvalidOperation", "Worksheet.activate");
      this.context.sim.model.activeSheet = s;
    });
  }
}

export class WorksheetProtectionProxy extends SimProxy<SimSheet> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => SimSheet,
  ) {
    super(context, path, "WorksheetProtection");
  }
  protected resolve(): SimSheet {
    return this.resolver();
  }
  protected readProp(s: SimSheet, name: string): unknown {
    if (name === "protected") return s.protected;
    throw new Error(`WorksheetProtection.${name} is not simulated`);
  }
  get protected(): boolean {
    return this.prop("protected") as boolean;
  }
}

export class WorksheetCollectionProxy extends SimCollection<SimSheet, WorksheetProxy> {
  constructor(context: SimContext) {
    super(context, "workbook.worksheets", "WorksheetCollection");
  }

  protected resolve(): SimSheet[] {
    return [...this.context.sim.model.sheets];
  }

  protected child(item: SimSheet, index: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.items[${index}]`, () => item);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () =>
      this.context.sim.model.mustSheet(key),
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () =>
      this.context.sim.model.sheet(key),
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.getActiveWorksheet()`, () => {
      const s = this.context.sim.model.activeSheet;
      if (!s) throw simError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
      return s;
    });
  }

  /** The new sheet exists once the sync runs this command; the proxy binds to it then. */
  add(name?: string): WorksheetProxy {
    let created: SimSheet | null = null;
    this.queue("add", name ?? null, () => {
      created = this.context.sim.model.addSheet(name);
    });
    return new WorksheetProxy(this.context, `${this._path}.add(${JSON.stringify(name ?? "")})`, () => {
      if (!created) throw simError("InvalidObjectPath", "WorksheetCollection.add");
      return created;
    });
  }
}
