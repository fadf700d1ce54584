/**
 * Accumulates the rows of one generated side column by column, then lays them out as a statement would
 * (by date, Excel rows from 2) and returns the RecordSet with the map from build order to final index.
 */
import type { RecordSet, Side } from "../types";
import type { Random } from "../../random";

export interface RowSpec {
  readonly day: number;
  readonly minor: number;
  readonly reference?: string;
  readonly description: string;
  readonly party?: string;
  readonly id?: string;
}

export class SideBuilder {
  private readonly day: number[] = [];
  private readonly minor: number[] = [];
  private readonly reference: string[] = [];
  private readonly description: string[] = [];
  private readonly party: string[] = [];
  private readonly id: string[] = [];

  constructor(
    private readonly side: Side,
    private readonly table: string,
    private readonly currency: string,
  ) {}

  get size(): number {
    return this.day.length;
  }

  /** Adds a row; returns its build index. */
  add(r: RowSpec): number {
    this.day.push(r.day);
    this.minor.push(r.minor);
    this.reference.push(r.reference ?? "");
    this.description.push(r.description);
    this.party.push(r.party ?? "");
    this.id.push(r.id ?? "");
    return this.day.length - 1;
  }

  rowOf(k: number): RowSpec {
    return {
      day: this.day[k] as number,
      minor: this.minor[k] as number,
      reference: this.reference[k] as string,
      description: this.description[k] as string,
      party: this.party[k] as string,
      id: this.id[k] as string,
    };
  }

  /** Rows by date (ties in random order, as banks list same-day items); `position[k]` is row k's final index. */
  build(random: Random): { readonly set: RecordSet; readonly position: Int32Array } {
    const n = this.day.length;
    const tie = Float64Array.from({ length: n }, () => random());
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort(
      (a, b) => (this.day[a] as number) - (this.day[b] as number) || (tie[a] as number) - (tie[b] as number),
    );
    const position = new Int32Array(n);
    order.forEach((k, i) => {
      position[k] = i;
    });
    // Text read from a file or a sheet is flat; strings built here by concatenation are trees, which
    // would make every garbage collection of the benchmark walk several times more objects.
    const flat = (col: readonly string[]): string[] => JSON.parse(JSON.stringify(col)) as string[];
    const pick = (col: readonly string[]): string[] => flat(order.map((k) => col[k] as string));
    const rows = Int32Array.from({ length: n }, (_, i) => i + 2);
    const set: RecordSet = {
      side: this.side,
      table: this.table,
      sheet: this.table,
      size: n,
      keys: flat(Array.from(rows, (r) => `${this.table}!${r}`)),
      rows,
      day: Int32Array.from(order, (k) => this.day[k] as number),
      minor: Float64Array.from(order, (k) => this.minor[k] as number),
      currency: new Array<string>(n).fill(this.currency),
      reference: pick(this.reference),
      description: pick(this.description),
      party: pick(this.party),
      id: pick(this.id),
    };
    return { set, position };
  }
}
