/**
 * Proxy objects with Excel's load/sync contract: methods and property sets queue commands; `load`
 * queues a read whose result arrives only after `context.sync()`; reading a property that was not
 * loaded throws PropertyNotLoaded. A proxy binds to the model object when its first command runs.
 */
import { SimError, SimMisuse, simError } from "./errors";
import type { SimContext } from "./context";

export interface Command {
  /** "Range.values", "Worksheet.delete"… for messages and request sizing. */
  readonly label: string;
  /** What the request carries for this command (object path and arguments). */
  readonly payload: unknown;
  /** Applies the command to the model; loads return the data the response carries. */
  run(): unknown;
  /** Hands the loaded data to the proxy once the whole sync succeeded. */
  deliver?(data: unknown): void;
}

export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

/** "a, b/c" or ["a", "b/c"] or {select} into trimmed property paths. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const raw =
    typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : (spec.select ?? "").split(",");
  return raw.map((s) => s.trim()).filter((s) => s !== "");
}

export abstract class SimProxy<T> {
  private bound = false;
  private target: T | null = null;
  /** Collections re-resolve on every command: their membership changes as commands run. */
  protected memo = true;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: SimContext,
    /** Object path as the request would name it, e.g. `worksheets.getItem("S").getRange("A1")`. */
    readonly _path: string,
    private readonly typeName: string,
  ) {}

  /** Finds the model object now; null for an *OrNullObject that found nothing. May throw a SimError. */
  protected abstract resolve(): T | null;
  /** Reads one scalar property from the bound object, for a load. */
  protected abstract readProp(target: T, name: string): unknown;
  /** A navigation property for loads such as "worksheet/name". */
  protected nav(_name: string): SimProxy<unknown> | null {
    return null;
  }

  /** @internal The bound model object, or null for a null object. */
  bind(): T | null {
    if (!this.memo) return this.resolve();
    if (!this.bound) {
      this.target = this.resolve();
      this.bound = true;
    }
    return this.target;
  }

  /** @internal The bound object; commands on a null object fail like Excel's. */
  must(where: string): T {
    const t = this.bind();
    if (t === null) throw simError("ItemNotFound", where);
    return t;
  }

  /** @internal Reads a property now (for a collection's load of its items). */
  readFor(name: string): unknown {
    return this.readProp(this.must(`${this.typeName}.load`), name);
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject") as boolean;
  }

  protected prop(name: string): unknown {
    if (!this.loaded.has(name))
      throw new SimError("PropertyNotLoaded", undefined, `${this.typeName}.${name}`);
    return this.loaded.get(name);
  }

  /** @internal */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected queue(label: string, args: unknown, run: () => unknown, deliver?: (data: unknown) => void): void {
    this.context.enqueue({
      label: `${this.typeName}.${label}`,
      payload: [this._path, label, args],
      run,
      ...(deliver ? { deliver } : {}),
    });
  }

  protected queueSet(name: string, value: unknown, apply: (t: T) => void): void {
    this.queue(name, value, () => apply(this.must(`${this.typeName}.${name}`)));
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    if (paths.length === 0)
      throw new SimMisuse(
        `${this.typeName}.load() with no properties loads everything; load only what you need`,
      );
    const own = paths.filter((p) => !p.includes("/"));
    const nested = new Map<string, string[]>();
    for (const p of paths.filter((q) => q.includes("/"))) {
      const [head, ...rest] = p.split("/");
      const list = nested.get(head as string) ?? [];
      list.push(rest.join("/"));
      nested.set(head as string, list);
    }
    for (const [head, rest] of nested) this.loadNested(head, rest);
    this.queue(
      "load",
      own,
      () => {
        const t = this.bind();
        if (t === null) return { isNullObject: true };
        const out: Record<string, unknown> = { isNullObject: false };
        for (const name of own) out[name] = this.readProp(t, name);
        return out;
      },
      (data) => {
        for (const [k, v] of Object.entries(data as Record<string, unknown>)) this.loaded.set(k, v);
      },
    );
    return this;
  }

  protected loadNested(head: string, rest: string[]): void {
    const child = this.nav(head);
    if (!child) throw new SimMisuse(`${this.typeName} has no navigation property "${head}" in the simulator`);
    child.load(rest);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A value returned by a method (getCellProperties, functions.date…): readable after sync. */
export class SimClientResult<V> {
  private has = false;
  private v: V | undefined;
  get value(): V {
    if (!this.has)
      throw new SimError("ValueNotLoaded", "The value of the result object has not been loaded yet.");
    return this.v as V;
  }
  /** @internal */
  set(v: V): void {
    this.v = v;
    this.has = true;
  }
}

/** A collection proxy: `items` is readable after `load("items/…")` (or `load("name")`) and sync. */
export abstract class SimCollection<T, P extends SimProxy<unknown>> extends SimProxy<T[]> {
  protected override memo = false;
  protected abstract child(item: T, index: number): P;

  get items(): P[] {
    return this.prop("items") as P[];
  }

  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec).map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    if (paths.length === 0 || paths.includes("items"))
      throw new SimMisuse("Load collection items with the properties you need, e.g. load('items/name')");
    this.queue(
      "load",
      paths,
      () => {
        const list = this.must("load");
        return list.map((item, i) => {
          const p = this.child(item, i);
          const row: Record<string, unknown> = {};
          for (const name of paths) row[name] = p.readFor(name);
          return row;
        });
      },
      (data) => {
        const rows = data as Record<string, unknown>[];
        const list = this.bind() ?? [];
        const items = rows.map((row, i) => {
          const p = this.child(list[i] as T, i);
          p.setLoaded("isNullObject", false);
          for (const [k, v] of Object.entries(row)) p.setLoaded(k, v);
          return p;
        });
        this.setLoaded("items", items);
      },
    );
    return this;
  }

  protected readProp(): unknown {
    throw new SimMisuse("collections have no scalar properties in the simulator");
  }
}
