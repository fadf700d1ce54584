/**
 * The hot loops of the column pass, one per column family so each stays monomorphic: read each cell
 * once, decide blank / value / bad, keep the value, and apply the column's per-cell rules to it.
 */
import { isCellError, type Cell } from "../cell";
import { parseAmountMinor } from "../money";
import { trimText } from "./cellText";
import type { FieldType } from "./fieldTypes";
import { parseNumericCell, parseTextCell, splitList, type NumericType } from "./parseCell";
import type { ParsedColumn } from "./parseColumn";
import { BLANK } from "./types";

/** The text a value cell shows: trimmed text, a number as JavaScript prints it, TRUE/FALSE. */
export function shownText(cell: Cell): string {
  if (typeof cell === "string") return trimText(cell);
  if (typeof cell === "number") return String(cell);
  return cell === true ? "TRUE" : "FALSE";
}

export const passNum = (): boolean => true;
export const passText = (): boolean => true;
export const passItems = (): boolean => true;

/**
 * Blank cells and missing-value tokens. `max` is the longest token (-1 without any), so the token set is
 * only asked about texts short enough to be one.
 */
function isMissing(cell: Cell, missing: ReadonlySet<string> | undefined, max: number): boolean {
  if (cell === null) return true;
  if (typeof cell !== "string") return false;
  const t = trimText(cell);
  return t.length === 0 || (t.length <= max && (missing as ReadonlySet<string>).has(t));
}

export function scanScaled(
  col: ParsedColumn,
  cells: readonly Cell[],
  status: Uint8Array,
  num: number[],
  from: number,
  to: number,
  missing: ReadonlySet<string> | undefined,
  max: number,
  tests: readonly ((x: number, i: number) => boolean)[],
): number {
  const rowDecimals = col.rowDecimals;
  const decimals = col.setup.settings.decimals;
  let filled = 0;
  for (let i = from; i < to; i++) {
    const cell = cells[i] ?? null;
    if (isMissing(cell, missing, max)) {
      status[i] = BLANK;
      num[i] = NaN;
      col.blank(i);
      continue;
    }
    filled++;
    const x = parseAmountMinor(cell, rowDecimals === undefined ? decimals : (rowDecimals[i] as number));
    num[i] = x;
    if (x !== x) col.fail(i, cell);
    else
      for (let r = 0; r < tests.length; r++)
        if (!(tests[r] as (x: number, i: number) => boolean)(x, i)) col.ruleFailed(r, i, cell);
  }
  return filled;
}

export function scanNumeric(
  col: ParsedColumn,
  cells: readonly Cell[],
  status: Uint8Array,
  num: number[],
  from: number,
  to: number,
  missing: ReadonlySet<string> | undefined,
  max: number,
  tests: readonly ((x: number, i: number) => boolean)[],
  type: NumericType,
): number {
  const settings = col.setup.settings;
  let filled = 0;
  for (let i = from; i < to; i++) {
    const cell = cells[i] ?? null;
    if (isMissing(cell, missing, max)) {
      status[i] = BLANK;
      num[i] = NaN;
      col.blank(i);
      continue;
    }
    filled++;
    const x = parseNumericCell(cell, type, settings);
    num[i] = x;
    if (x !== x) col.fail(i, cell);
    else
      for (let r = 0; r < tests.length; r++)
        if (!(tests[r] as (x: number, i: number) => boolean)(x, i)) col.ruleFailed(r, i, cell);
  }
  return filled;
}

/** Text and any: every cell but an error cell is a value; nothing is copied. Each text is trimmed once. */
export function scanPlain(
  col: ParsedColumn,
  cells: readonly Cell[],
  status: Uint8Array,
  from: number,
  to: number,
  missing: ReadonlySet<string> | undefined,
  max: number,
  tests: readonly ((t: string) => boolean)[],
): number {
  let filled = 0;
  const nTests = tests.length;
  for (let i = from; i < to; i++) {
    const cell = cells[i] ?? null;
    let t: string;
    if (typeof cell === "string") {
      t = trimText(cell);
      if (t.length === 0 || (t.length <= max && (missing as ReadonlySet<string>).has(t))) {
        status[i] = BLANK;
        col.blank(i);
        continue;
      }
      filled++;
      if (nTests === 0) continue;
    } else if (cell === null) {
      status[i] = BLANK;
      col.blank(i);
      continue;
    } else {
      filled++;
      if (typeof cell === "object") {
        col.fail(i, cell);
        continue;
      }
      if (nTests === 0) continue;
      t = shownText(cell);
    }
    for (let r = 0; r < nTests; r++) if (!(tests[r] as (t: string) => boolean)(t)) col.ruleFailed(r, i, cell);
  }
  return filled;
}

/** Typed text (currency, time zone, email…): repeated values are read once per run of equal cells. */
export function scanTyped(
  col: ParsedColumn,
  cells: readonly Cell[],
  status: Uint8Array,
  text: (string | null)[],
  from: number,
  to: number,
  missing: ReadonlySet<string> | undefined,
  max: number,
  tests: readonly ((t: string) => boolean)[],
  type: FieldType,
): number {
  let filled = 0;
  let lastCell: Cell | undefined;
  let lastText: string | undefined;
  for (let i = from; i < to; i++) {
    const cell = cells[i] ?? null;
    if (isMissing(cell, missing, max)) {
      status[i] = BLANK;
      col.blank(i);
      continue;
    }
    filled++;
    let t = lastText;
    if (cell !== lastCell) {
      t = parseTextCell(cell, type);
      lastCell = cell;
      lastText = t;
    }
    if (t === undefined) col.fail(i, cell);
    else {
      text[i] = t;
      for (let r = 0; r < tests.length; r++)
        if (!(tests[r] as (t: string) => boolean)(t)) col.ruleFailed(r, i, cell);
    }
  }
  return filled;
}

export function scanList(
  col: ParsedColumn,
  cells: readonly Cell[],
  status: Uint8Array,
  items: (readonly string[] | null)[],
  from: number,
  to: number,
  missing: ReadonlySet<string> | undefined,
  max: number,
  tests: readonly ((items: readonly string[]) => boolean)[],
): number {
  let filled = 0;
  for (let i = from; i < to; i++) {
    const cell = cells[i] ?? null;
    if (isMissing(cell, missing, max)) {
      status[i] = BLANK;
      col.blank(i);
      continue;
    }
    filled++;
    if (isCellError(cell)) {
      col.fail(i, cell);
      continue;
    }
    const list = splitList(typeof cell === "string" ? cell : String(cell), col.col.rule.separator);
    items[i] = list;
    for (let r = 0; r < tests.length; r++)
      if (!(tests[r] as (l: readonly string[]) => boolean)(list)) col.ruleFailed(r, i, cell);
  }
  return filled;
}
