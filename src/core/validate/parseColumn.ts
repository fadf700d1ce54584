/**
 * Parses one column once into a typed vector (status per cell + Float64Array or text), in chunks so the
 * step-wise runner can report progress. Blank cells and missing-value tokens become BLANK; cells that fail
 * the column's type become BAD with their issue. The hot loop allocates nothing for good cells.
 */
import { isCellError, type Cell } from "../cell";
import { currencyDecimals, parseAmountMinor } from "../money";
import type { Issue } from "../issues";
import type { TableData } from "../table";
import { isBlankText, trimText } from "./cellText";
import { ColumnIssues } from "./issueAt";
import {
  isNumericType,
  parseNumericCell,
  parseTextCell,
  splitList,
  typeIssue,
  type CellSettings,
  type NumericType,
} from "./parseCell";
import { BAD, BLANK, OK, type ColumnValues, type ResolvedColumn } from "./types";

export interface ColumnParseSetup {
  readonly settings: CellSettings;
  /** Amounts: decimals per record when a currency column sets them. */
  readonly rowDecimals?: Uint8Array;
  readonly dateOrderHow: "declared" | "inferred" | "none";
}

/** A column being parsed; `run` parses a range of records, `result` hands over the vector. */
export class ColumnParse {
  private readonly cells: readonly Cell[];
  private readonly status: Uint8Array;
  private readonly num: Float64Array | undefined;
  private readonly text: (string | null)[] | undefined;
  private readonly items: (readonly string[] | null)[] | undefined;
  private readonly issues: ColumnIssues;
  private filled = 0;
  private bad = 0;

  constructor(
    readonly table: TableData,
    readonly col: ResolvedColumn,
    readonly setup: ColumnParseSetup,
  ) {
    const n = table.rows.length;
    this.cells = table.columns[col.index] ?? [];
    this.status = new Uint8Array(n);
    this.issues = new ColumnIssues(table, col.header, col.index);
    if (isNumericType(col.type)) this.num = new Float64Array(n).fill(NaN);
    else if (col.type === "list") this.items = new Array<readonly string[] | null>(n).fill(null);
    else this.text = new Array<string | null>(n).fill(null);
  }

  /** Parses records [from, to), appending type issues to `out`. */
  run(from: number, to: number, out: Issue[]): void {
    const { cells, status, num, text, items, col } = this;
    const missing = col.missing;
    const type = col.type;
    const settings = this.setup.settings;
    const rowDecimals = this.setup.rowDecimals;
    const scaled = type === "amount" || type === "quantity";
    let filled = 0;
    let bad = 0;
    for (let i = from; i < to; i++) {
      const cell = cells[i] ?? null;
      if (
        cell === null ||
        (typeof cell === "string" &&
          (isBlankText(cell) || (missing !== undefined && missing.has(trimText(cell)))))
      ) {
        status[i] = BLANK;
        continue;
      }
      filled++;
      if (num !== undefined) {
        const x = scaled
          ? parseAmountMinor(cell, rowDecimals === undefined ? settings.decimals : (rowDecimals[i] as number))
          : parseNumericCell(cell, type as NumericType, settings);
        if (x === x) {
          num[i] = x;
          status[i] = OK;
          continue;
        }
      } else if (items !== undefined) {
        if (!isCellError(cell)) {
          items[i] = splitList(typeof cell === "string" ? cell : String(cell), col.rule.separator);
          status[i] = OK;
          continue;
        }
      } else if (text !== undefined) {
        const t = parseTextCell(cell, type);
        if (t !== undefined) {
          text[i] = t;
          status[i] = OK;
          continue;
        }
      }
      status[i] = BAD;
      bad++;
      const s = rowDecimals === undefined ? settings : { ...settings, decimals: rowDecimals[i] as number };
      out.push(typeIssue(this.issues, i, cell, type, s));
    }
    this.filled += filled;
    this.bad += bad;
  }

  result(): ColumnValues {
    const { settings } = this.setup;
    return {
      col: this.col,
      issues: this.issues,
      status: this.status,
      num: this.num,
      text: this.text,
      items: this.items,
      decimals: this.setup.rowDecimals === undefined ? settings.decimals : -1,
      rowDecimals: this.setup.rowDecimals,
      dateOrder: settings.dateOrder,
      dateOrderHow: this.setup.dateOrderHow,
      filled: this.filled,
      bad: this.bad,
    };
  }
}

/** Decimals per record from a parsed currency column; blanks and bad codes take the default. */
export function decimalsByCurrency(currency: ColumnValues, fallback: number): Uint8Array {
  const n = currency.status.length;
  const out = new Uint8Array(n).fill(fallback);
  const text = currency.text;
  if (text === undefined) return out;
  let lastCode = "";
  let lastDecimals = fallback;
  for (let i = 0; i < n; i++) {
    const code = text[i];
    if (code === null || code === undefined) continue;
    if (code !== lastCode) {
      lastCode = code;
      lastDecimals = currencyDecimals(code);
    }
    out[i] = lastDecimals;
  }
  return out;
}

/** The text cells of a date column, for inferring its order. */
export function textCellsOf(cells: readonly Cell[]): string[] {
  const out: string[] = [];
  for (const c of cells) if (typeof c === "string" && !isBlankText(c)) out.push(c);
  return out;
}
