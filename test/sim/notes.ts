/** Notes (ExcelApi 1.18): one per cell, added by cell address, found by address, deleted. */
import { parseRect, splitRef } from "./address";
import type { SimContext } from "./context";
import { SimMisuse, simError } from "./errors";
import type { SimNote, SimSheet } from "./model";
import { SimCollection, SimProxy } from "./proxy";
import { RangeProxy } from "./range";

export class NoteProxy extends SimProxy<SimNote> {
  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => SimNote | null,
  ) {
    super(context, path, "Note");
  }
  protected resolve(): SimNote | null {
    this.context.requires("1.18", "Note");
    return this.resolver();
  }
  protected readProp(n: SimNote, name: string): unknown {
    if (name === "content") return n.content;
    if (name === "authorName") return n.author;
    throw new SimMisuse(`Note.${name} is not simulated`);
  }
  get content(): string {
    return this.prop("content") as string;
  }
  set content(v: string) {
    this.queueSet("content", v, (n) => {
      this.context.sim.model.assertWritable(n.sheet, "Note.content");
      n.content = v;
    });
  }
  get authorName(): string {
    return this.prop("authorName") as string;
  }
  delete(): void {
    this.queue("delete", null, () => this.context.sim.model.deleteNote(this.must("Note.delete")));
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getLocation()`, () => {
      const n = this.must("Note.getLocation");
      return { sheet: n.sheet, rect: { r: n.r, c: n.c, h: 1, w: 1 } };
    });
  }
}

export class NoteCollectionProxy extends SimCollection<SimNote, NoteProxy> {
  constructor(
    context: SimContext,
    path: string,
    /** The sheet for a worksheet's notes; undefined for the workbook's. */
    private readonly scope?: () => SimSheet,
  ) {
    super(context, path, "NoteCollection");
  }

  protected resolve(): SimNote[] {
    this.context.requires("1.18", "NoteCollection");
    const all = this.context.sim.model.notes;
    if (!this.scope) return [...all];
    const s = this.scope();
    return all.filter((n) => n.sheet === s);
  }

  protected child(item: SimNote, index: number): NoteProxy {
    return new NoteProxy(this.context, `${this._path}.items[${index}]`, () => item);
  }

  private cell(address: string, where: string): { sheet: SimSheet; r: number; c: number } {
    const { sheet, address: a1 } = splitRef(address);
    const model = this.context.sim.model;
    const s = this.scope ? this.scope() : sheet !== null ? model.sheet(sheet) : null;
    const rect = parseRect(a1);
    if (
      !s ||
      !rect ||
      rect.h !== 1 ||
      rect.w !== 1 ||
      (this.scope && sheet !== null && model.sheet(sheet) !== s)
    )
      throw simError("InvalidArgument", where, "InvalidCellAddress");
    return { sheet: s, r: rect.r, c: rect.c };
  }

  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      this.context.requires("1.18", "NoteCollection.getItemOrNullObject");
      const at = this.cell(key, "NoteCollection.getItemOrNullObject");
      return this.context.sim.model.note(at.sheet, at.r, at.c);
    });
  }

  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      this.context.requires("1.18", "NoteCollection.getItem");
      const at = this.cell(key, "NoteCollection.getItem");
      const n = this.context.sim.model.note(at.sheet, at.r, at.c);
      if (!n) throw simError("ItemNotFound", "NoteCollection.getItem");
      return n;
    });
  }

  add(cellAddress: string, content: string): NoteProxy {
    let created: SimNote | null = null;
    this.queue("add", [cellAddress, content], () => {
      this.context.requires("1.18", "NoteCollection.add");
      const at = this.cell(cellAddress, "NoteCollection.add");
      created = this.context.sim.model.addNote(at.sheet, at.r, at.c, String(content));
    });
    return new NoteProxy(this.context, `${this._path}.add(${JSON.stringify(cellAddress)})`, () => created);
  }
}
