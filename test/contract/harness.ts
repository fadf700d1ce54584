/**
 * The contract harness: what a backend offers, how it is seeded from a literal description and how it
 * is dumped into one comparable shape, so one suite can run against memory/ and office/ and compare
 * "before" with "after".
 */
import { isCellError, type Cell } from "../../src/core/cell";
import type { GatewayPort } from "../../src/workbook/gateway/createPort";
import type { Driver } from "../../src/workbook/driver";
import type { MemoryWorkbook } from "../../src/workbook/memory/model";
import type { ExcelSimulator, SimSettings } from "../sim";

export interface SeedSheet {
  readonly name: string;
  /** Rows of cells from `at` (default A1). Strings are text, cellError(...) error cells. */
  readonly rows?: readonly (readonly Cell[])[];
  readonly at?: string;
  readonly protected?: boolean;
  readonly merged?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly fills?: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly formats?: Readonly<Record<string, string>>;
}

export interface Seed {
  readonly sheets: readonly SeedSheet[];
  readonly tables?: readonly { name: string; sheet: string; address: string; totals?: boolean }[];
  readonly date1904?: boolean;
}

export interface Dump {
  sheets: {
    name: string;
    protected: boolean;
    cells: Record<string, string>;
    notes: Record<string, string>;
  }[];
  tables: { name: string; sheet: string; address: string; totals: boolean; style: string }[];
  settings: Record<string, unknown>;
}

/** What a user does between the add-in's syncs. */
export interface UserActions {
  setCell(sheet: string, a1: string, v: Cell): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  insertRows(sheet: string, beforeRow: number, count: number): void;
  protect(sheet: string): void;
  setFill(sheet: string, a1: string, color: string | null): void;
}

export interface Backend {
  readonly name: "memory" | "office";
  readonly port: GatewayPort;
  readonly driver: Driver;
  dump(): Dump;
  user: UserActions;
  /** The simulator, for office. */
  readonly sim?: ExcelSimulator;
  readonly settings?: SimSettings;
  readonly memory?: MemoryWorkbook;
}

export function encode(parts: {
  v: unknown;
  f?: string | null;
  fmt?: string;
  fill?: string | null;
  bold?: boolean;
}): string {
  const o: Record<string, unknown> = { v: parts.v };
  if (parts.f) o.f = parts.f;
  if (parts.fmt && parts.fmt !== "General") o.fmt = parts.fmt;
  if (parts.fill) o.fill = parts.fill.toUpperCase();
  if (parts.bold) o.b = true;
  return JSON.stringify(o);
}

export function cellTag(v: Cell): unknown {
  return isCellError(v) ? { error: v.code } : v;
}
