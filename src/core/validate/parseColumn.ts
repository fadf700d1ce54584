/**
 * Parses one column once into a vector (status per cell + numbers or text), in chunks so the
 * step-wise runner can report progress, applying the column's per-cell rules while each cell is at hand.
 * Blank cells and missing-value tokens become BLANK; cells that fail the type become BAD with their
 * issue. Good cells cost no allocation, and plain text columns are not copied.
 */
import type { Cell } from "../cell";
import type { Issue } from "../issues";
import { currencyDecimals } from "../money";
import type { TableData } from "../table";
import { CELL_RULES, type CellRule } from "./cellRules";
import { isBlankText } from "./cellText";
import { ColumnIssues } from "./issueAt";
import { isNumericType, typeIssue, type CellSettings, type NumericType } from "./parseCell";
import {
  passItems,
  passNum,
  passText,
  scanList,
  scanNumeric,
  scanPlain,
  scanScaled,
  scanTyped,
  shownText,
} from "./scans";
import { BAD, OK, type ColumnValues, type ResolvedColumn, type RuleRun } from "./types";

export interface ColumnParseSetup {
  readonly settings: CellSettings;
  /** Amounts: decimals per record when a currency column sets them. */
  readonly rowDecimals?: Uint8Array;
  readonly dateOrderHow: "declared" | "inferred" | "none";
}

/** A column being parsed (`run` a range of records at a time), then read by the checks. */
export class ParsedColumn implements ColumnValues {
  readonly status: Uint8Array;
  readonly num: number[] | undefined;
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
    // Values on the JavaScript heap rather than in a Float64Array: typed arrays count as external
    // memory, and a few million-row columns of it make V8 mark the whole heap (the table too) early.
    if (isNumericType(col.type)) this.num = new Array<number>(n).fill(NaN);
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
    const type = this.col.type;
    const missing = this.col.missing;
    const max = this.missingMax;
    let filled: number;
    if (this.num !== undefined) {
      const tests = this.rules.map((r) => r.num ?? passNum);
      filled =
        type === "amount" || type === "quantity"
          ? scanScaled(this, this.cells, this.status, this.num, from, to, missing, max, tests)
          : scanNumeric(
              this,
              this.cells,
              this.status,
              this.num,
              from,
              to,
              missing,
              max,
              tests,
              type as NumericType,
            );
    } else if (this.items !== undefined) {
      filled = scanList(
        this,
        this.cells,
        this.status,
        this.items,
        from,
        to,
        missing,
        max,
        this.rules.map((r) => r.items ?? passItems),
      );
    } else {
      const tests = this.rules.map((r) => r.text ?? passText);
      filled = this.plainText
        ? scanPlain(this, this.cells, this.status, from, to, missing, max, tests)
        : scanTyped(
            this,
            this.cells,
            this.status,
            this.typedText as (string | null)[],
            from,
            to,
            missing,
            max,
            tests,
            type,
          );
    }
    this.filled += filled;
  }

  /** Called by the scans for a BLANK record. */
  blank(i: number): void {
    const list = this.blankList;
    if (list === undefined) return;
    if (list.length >= this.blankCap) this.blankList = undefined;
    else list.push(i);
  }

  /** Called by the scans for a cell that is not of the column's type. */
  fail(i: number, cell: Cell): void {
    this.status[i] = BAD;
    this.bad++;
    const { settings, rowDecimals } = this.setup;
    const s = rowDecimals === undefined ? settings : { ...settings, decimals: rowDecimals[i] as number };
    this.typeIssues.push(typeIssue(this.issues, i, cell, this.col.type, s));
  }

  /** Called by the scans for a cell that failed per-cell rule r. */
  ruleFailed(r: number, i: number, cell: Cell): void {
    (this.ruleIssues[r] as Issue[]).push((this.rules[r] as CellRule).issue(this.issues, i, cell));
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
