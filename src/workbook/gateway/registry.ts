/**
 * The add-in's record of its own outputs, kept in the document's settings so a re-run replaces what an
 * earlier session wrote instead of adding a second copy. It holds structure only (sheet and table
 * names, addresses, headers, colours), never cell contents or personal data (hazard 22).
 */
import type { TableData } from "../../core/table";
import { parseArea } from "../address";
import type { DocumentSettings } from "../driver";

export const REGISTRY_KEY = "bo.workbook.outputs";

export interface SheetRecord {
  readonly sheet: string;
}

export interface ColumnsRecord {
  /** Excel table the columns belong to, or absent for a plain range. */
  readonly table?: string;
  readonly sheet: string;
  /** For a plain range: A1 address of the written block (header row included). */
  readonly address?: string;
  readonly headers: readonly string[];
}

export interface MarkedCell {
  readonly sheet: string;
  readonly address: string;
  /** Fill before the first mark (null = no fill). */
  readonly prev: string | null;
  /** Fill this mark set applied. */
  readonly fill: string;
  /** Fingerprint of the note this mark set added, or null when it added none. */
  readonly note: string | null;
}

export interface MarkRecord {
  readonly cells: readonly MarkedCell[];
}

export interface Registry {
  readonly sheets: Readonly<Record<string, SheetRecord>>;
  readonly columns: Readonly<Record<string, ColumnsRecord>>;
  readonly marks: Readonly<Record<string, MarkRecord>>;
}

export const EMPTY_REGISTRY: Registry = { sheets: {}, columns: {}, marks: {} };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const isStr = (v: unknown): v is string => typeof v === "string";

function entries<T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(v)) return out;
  for (const [k, x] of Object.entries(v)) if (ok(x)) out[k] = x;
  return out;
}

const isSheetRecord = (x: unknown): x is SheetRecord => isObject(x) && isStr(x.sheet);
const isColumnsRecord = (x: unknown): x is ColumnsRecord =>
  isObject(x) &&
  isStr(x.sheet) &&
  Array.isArray(x.headers) &&
  x.headers.every(isStr) &&
  (x.table === undefined || isStr(x.table)) &&
  (x.address === undefined || isStr(x.address));
const isMarkedCell = (x: unknown): x is MarkedCell =>
  isObject(x) &&
  isStr(x.sheet) &&
  isStr(x.address) &&
  (x.prev === null || isStr(x.prev)) &&
  isStr(x.fill) &&
  (x.note === null || isStr(x.note));
const isMarkRecord = (x: unknown): x is MarkRecord =>
  isObject(x) && Array.isArray(x.cells) && x.cells.every(isMarkedCell);

/** The registry as stored; anything malformed is dropped rather than trusted. */
export function readRegistry(settings: DocumentSettings): Registry {
  const raw = settings.get(REGISTRY_KEY);
  if (!isObject(raw)) return EMPTY_REGISTRY;
  return {
    sheets: entries(raw.sheets, isSheetRecord),
    columns: entries(raw.columns, isColumnsRecord),
    marks: entries(raw.marks, isMarkRecord),
  };
}

/** Saves the registry; an empty one removes the setting, so a reverted workbook holds no trace of it. */
export async function saveRegistry(settings: DocumentSettings, reg: Registry): Promise<void> {
  const empty =
    Object.keys(reg.sheets).length + Object.keys(reg.columns).length + Object.keys(reg.marks).length === 0;
  if (empty && settings.get(REGISTRY_KEY) === null) return;
  await settings.set(REGISTRY_KEY, empty ? null : reg);
}

export function withSheet(reg: Registry, key: string, rec: SheetRecord | null): Registry {
  const sheets = { ...reg.sheets };
  if (rec) sheets[key] = rec;
  else delete sheets[key];
  return { ...reg, sheets };
}

export function withColumns(reg: Registry, key: string, rec: ColumnsRecord | null): Registry {
  const columns = { ...reg.columns };
  if (rec) columns[key] = rec;
  else delete columns[key];
  return { ...reg, columns };
}

export function withMarks(reg: Registry, key: string, rec: MarkRecord | null): Registry {
  const marks = { ...reg.marks };
  if (rec && rec.cells.length > 0) marks[key] = rec;
  else delete marks[key];
  return { ...reg, marks };
}

/** Where result columns sit: beside an Excel table, or right of a plain range from its header row (and column). */
export type ColumnsPlace =
  { readonly table: string } | { readonly sheet: string; readonly row: number; readonly col?: number };

/** Whether a columns record is at that place; one with a malformed address is nowhere. */
export function recordedAt(rec: ColumnsRecord, place: ColumnsPlace): boolean {
  const lower = (s: string) => s.toLowerCase();
  if ("table" in place) return rec.table !== undefined && lower(rec.table) === lower(place.table);
  if (rec.table !== undefined || rec.address === undefined || lower(rec.sheet) !== lower(place.sheet))
    return false;
  try {
    const at = parseArea(rec.address);
    return at.row === place.row && (place.col === undefined || at.col === place.col);
  } catch {
    return false;
  }
}

/**
 * The key of the result columns recorded beside a table as read: an Excel table's by its name, a plain
 * range's by its sheet and header row. Undefined when the registry records none.
 */
export function resultColumnsKeyOf(
  reg: Registry,
  table: Pick<TableData, "name" | "sheet" | "headerRow">,
  isExcelTable: boolean,
): string | undefined {
  const place: ColumnsPlace = isExcelTable
    ? { table: table.name }
    : { sheet: table.sheet, row: table.headerRow };
  return Object.entries(reg.columns).find(([, rec]) => recordedAt(rec, place))?.[0];
}
