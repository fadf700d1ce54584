/**
 * Issues at cells, rows and tables, worded by the catalogue exactly as `makeIssue` words them, but with
 * the `Sheet!Table[Column]` prefix and column letter worked out once per column: a million-row table with
 * 1% bad cells makes ~100k issues, and this keeps each one to a template call and an object literal.
 */
import { columnLetter, type TableData } from "../table";
import {
  catalogue,
  formatLocation,
  type Issue,
  type IssueCode,
  type IssueParams,
  type Severity,
} from "../issues";

type Spec = { readonly severity: Severity; readonly message: (p: never) => string };

function spec(code: IssueCode): Spec {
  return catalogue[code] as unknown as Spec;
}

/** Makes issues located in one column of one table. */
export class ColumnIssues {
  private readonly prefix: string;
  private readonly letter: string;

  constructor(
    readonly table: TableData,
    readonly column: string,
    columnIndex: number,
  ) {
    this.prefix = formatLocation({ sheet: table.sheet, table: table.name, column });
    this.letter = columnLetter(table.firstColumn + columnIndex);
  }

  /** The catalogue's text for a code and parameters, for rules whose wording is the same on every cell. */
  static text<C extends IssueCode>(code: C, params: IssueParams<C>): string {
    return spec(code).message(params as never);
  }

  /** An issue at record `i` with text already rendered by `ColumnIssues.text`. */
  atText(i: number, code: IssueCode, text: string, value: string, severity?: Severity): Issue {
    const t = this.table;
    const row = t.rows[i] as number;
    return {
      sheet: t.sheet,
      table: t.name,
      row,
      column: this.column,
      address: this.letter + row,
      code,
      severity: severity ?? spec(code).severity,
      message: `${this.prefix} row ${row}: ${text}`,
      value,
    };
  }

  /** An issue at record `i` of this column; `value` is the cell as describeCell reads it. */
  at<C extends IssueCode>(
    i: number,
    code: C,
    params: IssueParams<C>,
    value?: string,
    severity?: Severity,
  ): Issue {
    const s = spec(code);
    const t = this.table;
    const row = t.rows[i] as number;
    const sev = severity ?? s.severity;
    const message = `${this.prefix} row ${row}: ${s.message(params as never)}`;
    const address = this.letter + row;
    // Two literals rather than a spread: spreading costs more than the rest of the issue.
    if (value === undefined)
      return {
        sheet: t.sheet,
        table: t.name,
        row,
        column: this.column,
        address,
        code,
        severity: sev,
        message,
      };
    return {
      sheet: t.sheet,
      table: t.name,
      row,
      column: this.column,
      address,
      code,
      severity: sev,
      message,
      value,
    };
  }
}

/** An issue about a whole record (no single column), e.g. a repeated composite key. */
export function rowIssue<C extends IssueCode>(
  table: TableData,
  i: number,
  code: C,
  params: IssueParams<C>,
  severity?: Severity,
): Issue {
  const s = spec(code);
  const row = table.rows[i] as number;
  const where = formatLocation({ sheet: table.sheet, table: table.name, row });
  return {
    sheet: table.sheet,
    table: table.name,
    row,
    code,
    severity: severity ?? s.severity,
    message: `${where}: ${s.message(params as never)}`,
  };
}

/** An issue about the table as a whole (its rules, a missing lookup table). */
export function tableIssue<C extends IssueCode>(
  table: Pick<TableData, "sheet" | "name">,
  code: C,
  params: IssueParams<C>,
  column?: string,
): Issue {
  const s = spec(code);
  const loc =
    column === undefined
      ? { sheet: table.sheet, table: table.name }
      : { sheet: table.sheet, table: table.name, column };
  return {
    ...loc,
    code,
    severity: s.severity,
    message: `${formatLocation(loc)}: ${s.message(params as never)}`,
  };
}
