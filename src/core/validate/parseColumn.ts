/**
 * Parses one column once into a typed vector (status per cell + Float64Array or text), in chunks so the
 * step-wise runner can report progress, applying the column's per-cell rules while each cell is at hand.
 * Blank cells and missing-value tokens become BLANK; cells that fail the type become BAD with their
 * issue. Good cells cost no allocation, and plain text columns are not copied.
 */
import { isCellError, type Cell } from "../cell";
import type { Issue } from "../issues";
import { currencyDecimals, parseAmountMinor } from "../money";
import type { TableData } from "../table";
import { CELL_RULES, type CellRule } from "./cellRules";
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
import { BAD, BLANK, OK, type ColumnValues, type ResolvedColumn, type RuleRun } from "./types";

export interface ColumnParseSetup {
  readonly settings: CellSettings;
  /** Amounts: decimals per record when a currency column sets them. */
  readonly rowDecimals?: Uint8Array;
  readonly dateOrderHow: "declared" | "inferred" | "none";
}

/** The text a value cell shows: trimmed text, a number as JavaScript prints it, TRUE/FALSE. */
function shownText(cell: Cell): string {
  if (typeof cell === "string") return trimText(cell);
  if (typeof cell === "number") return String(cell);
  return cell === true ? "TRUE" : "FALSE";
}

/** A column being parsed (`run` a range of records at a time), then read by the checks. */
export class ParsedColumn implements ColumnValues {
  readonly status: Uint8Array;
  readonly num: Float64Array | undefined;
  readonly items: (readonly string[] | null)[] | undefined;
  readonly issues: ColumnIssues;
  readonly decimals: number;
  readonly rowDecimals: Uint8Array | undefined;
  filled = 0;
  bad = 0;
  private readonly cells: readonly Cell[];
  private plainText: boolean;
  private typedText: (string | null)[] | undefined;
  private readonly rules: readonly CellRule[];
  private readonly ruleIssues: Issue[][];
  private readonly missingMax: number;
  private blankList: number[] | undefined = [];
  private readonly blankCap: number;
  private blankArray: Int32Array | undefined;
  private readonly typeIssues: Issue[] = [];

  constructor(
    readonly table: TableData,
    readonly col: ResolvedColumn,
    readonly setup: ColumnParseSetup,
  ) {
    const n = table.rows.length;
    this.cells = table.columns[col.index] ?? [];
    this.status = new Uint8Array(n);
    this.issues = new ColumnIssues(table, col.header, col.index);
    this.plainText = col.type === "text" || col.type === "any";
    if (isNumericType(col.type)) this.num = new Float64Array(n);
    else if (col.type === "list") this.items = new Array<readonly string[] | null>(n).fill(null);
    else if (!this.plainText) this.typedText = new Array<string | null>(n).fill(null);
    this.decimals = setup.rowDecimals === undefined ? setup.settings.decimals : -1;
    this.rowDecimals = setup.rowDecimals;
    this.rules = CELL_RULES.flatMap((make) => make(col, setup) ?? []);
    this.ruleIssues = this.rules.map(() => []);
    this.missingMax = col.missing === undefined ? -1 : Math.max(...[...col.missing].map((t) => t.length));
    // Required columns keep every blank (each is an issue); others only while blanks are rare.
    this.blankCap = col.rule.required === true ? Infinity : Math.max(64, n >> 6);
  }

  get dateOrder(): CellSettings["dateOrder"] {
    return this.setup.settings.dateOrder;
  }

  get dateOrderHow(): ColumnParseSetup["dateOrderHow"] {
    return this.setup.dateOrderHow;
  }

  get blanks(): Int32Array | undefined {
    if (this.blankList === undefined) return undefined;
    if (this.blankArray === undefined || this.blankArray.length !== this.blankList.length)
      this.blankArray = Int32Array.from(this.blankList);
    return this.blankArray;
  }

  get text(): (string | null)[] | undefined {
    if (!this.plainText) return this.typedText;
    const out = new Array<string | null>(this.status.length);
    for (let i = 0; i < out.length; i++)
      out[i] = this.status[i] === OK ? shownText(this.cells[i] ?? null) : null;
    this.typedText = out;
    this.plainText = false;
    return out;
  }

  textAt(i: number): string | null {
    if (this.status[i] !== OK) return null;
    if (this.typedText !== undefined) return this.typedText[i] ?? null;
    if (this.items !== undefined) return this.items[i]?.join("; ") ?? null;
    if (this.plainText) return shownText(this.cells[i] ?? null);
    return this.num === undefined ? null : shownText(this.cells[i] ?? null);
  }

  /** Parses records [from, to). */
  run(from: number, to: number): void {
    const { cells, status, num, rules } = this;
    const type = this.col.type;
    const scaled = type === "amount" || type === "quantity";
    const settings = this.setup.settings;
    const rowDecimals = this.setup.rowDecimals;
    const typedText = this.typedText;
    const items = this.items;
    const plain = this.plainText;
    const nRules = rules.length;
    let lastCell: Cell | undefined;
    let lastText: string | undefined;
    let filled = 0;
    for (let i = from; i < to; i++) {
      const cell = cells[i] ?? null;
      if (this.isMissing(cell)) {
        status[i] = BLANK;
        if (num !== undefined) num[i] = NaN;
        this.noteBlank(i);
        continue;
      }
      filled++;
      if (num !== undefined) {
        const x = scaled
          ? parseAmountMinor(cell, rowDecimals === undefined ? settings.decimals : (rowDecimals[i] as number))
          : parseNumericCell(cell, type as NumericType, settings);
        num[i] = x;
        if (x !== x) this.fail(i, cell);
        else
          for (let r = 0; r < nRules; r++)
            if (!(rules[r] as CellRule).num?.(x, i)) this.ruleFailed(r, i, cell);
      } else if (plain) {
        if (isCellError(cell)) this.fail(i, cell);
        else if (nRules > 0) {
          const t = shownText(cell);
          for (let r = 0; r < nRules; r++) if (!(rules[r] as CellRule).text?.(t)) this.ruleFailed(r, i, cell);
        }
      } else if (items !== undefined) {
        if (isCellError(cell)) this.fail(i, cell);
        else {
          const list = splitList(typeof cell === "string" ? cell : String(cell), this.col.rule.separator);
          items[i] = list;
          for (let r = 0; r < nRules; r++)
            if (!(rules[r] as CellRule).items?.(list)) this.ruleFailed(r, i, cell);
        }
      } else if (typedText !== undefined) {
        // Typed text columns (currency, time zone) repeat a few values: read each run of equal cells once.
        let t = lastText;
        if (cell !== lastCell) {
          t = parseTextCell(cell, type);
          lastCell = cell;
          lastText = t;
        }
        if (t === undefined) this.fail(i, cell);
        else {
          typedText[i] = t;
          for (let r = 0; r < nRules; r++) if (!(rules[r] as CellRule).text?.(t)) this.ruleFailed(r, i, cell);
        }
      }
    }
    this.filled += filled;
  }

  /** The type check and each per-cell rule as rule runs, with the user's `mostly` and severity. */
  runs(): RuleRun[] {
    const { rule, header } = this.col;
    const extra = {
      ...(rule.mostly === undefined ? {} : { mostly: rule.mostly }),
      ...(rule.severity === undefined ? {} : { severity: rule.severity }),
    };
    const checked = this.filled - this.bad;
    const runs: RuleRun[] = [
      {
        rule: `${header}:type`,
        code: "type",
        column: header,
        checked: this.filled,
        failed: this.bad,
        issues: this.typeIssues,
        ...extra,
      },
    ];
    this.rules.forEach((r, k) => {
      const issues = this.ruleIssues[k] as Issue[];
      runs.push({
        rule: `${header}:${r.what}`,
        code: r.code,
        column: header,
        checked,
        failed: issues.length,
        issues,
        ...extra,
      });
    });
    return runs;
  }

  /** Blank cells and missing-value tokens; the token set is only asked about texts short enough to be one. */
  private isMissing(cell: Cell): boolean {
    if (cell === null) return true;
    if (typeof cell !== "string") return false;
    if (isBlankText(cell)) return true;
    const missing = this.col.missing;
    if (missing === undefined) return false;
    const t = trimText(cell);
    return t.length <= this.missingMax && missing.has(t);
  }

  private noteBlank(i: number): void {
    const list = this.blankList;
    if (list === undefined) return;
    if (list.length >= this.blankCap) this.blankList = undefined;
    else list.push(i);
  }

  private fail(i: number, cell: Cell): void {
    this.status[i] = BAD;
    this.bad++;
    const { settings, rowDecimals } = this.setup;
    const s = rowDecimals === undefined ? settings : { ...settings, decimals: rowDecimals[i] as number };
    this.typeIssues.push(typeIssue(this.issues, i, cell, this.col.type, s));
  }

  private ruleFailed(r: number, i: number, cell: Cell): void {
    (this.ruleIssues[r] as Issue[]).push((this.rules[r] as CellRule).issue(this.issues, i, cell));
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
