/**
 * Shapes shared by the validation engine: columns resolved from kind + rules, their parsed vectors, the
 * context every check reads, what a check reports, and the result of a run.
 */
import type { ColumnMap } from "../columnMap";
import type { DateOrder, DateSystem } from "../dates";
import type { Issue, IssueCode, Severity } from "../issues";
import type { TableData } from "../table";
import type { FieldType } from "./fieldTypes";
import type { ColumnIssues } from "./issueAt";
import type { KindDef } from "./kinds/types";
import type { ColumnRule, RuleSet, TableRules } from "./ruleSet";
import type { KindChoice, KindId } from "./kindIds";

/** Per-cell status in a parsed column. */
export const OK = 0;
export const BLANK = 1;
export const BAD = 2;

/** A table column with the rules that apply to it (kind defaults overlaid with the user's). */
export interface ResolvedColumn {
  /** 0-based index of the column within the table. */
  readonly index: number;
  readonly header: string;
  /** The kind's field this column holds, when it holds one. */
  readonly field?: string;
  readonly type: FieldType;
  readonly rule: ColumnRule;
  /** Text that means "no value" here (trimmed, exact), blanks aside. */
  readonly missing: ReadonlySet<string> | undefined;
}

/** A column parsed once into a typed vector; every check reads these, never the raw cells again. */
export interface ColumnValues {
  readonly col: ResolvedColumn;
  readonly issues: ColumnIssues;
  /** OK, BLANK (blank or a missing-value token) or BAD (a type issue was raised) per record. */
  readonly status: Uint8Array;
  /**
   * Numeric types: the value for OK cells, NaN otherwise. Amounts and quantities in minor units (see
   * `decimals`), dates as day numbers, date-times as minutes since 1970-01-01, integers/numbers as is.
   */
  readonly num: number[] | undefined;
  /**
   * Text-like types: the trimmed text for OK cells (numbers as Excel shows them), null otherwise. Plain
   * text columns build it on first use, so a column no check groups or looks up is never copied.
   */
  readonly text: (string | null)[] | undefined;
  /** Record i's text as in `text` (list items joined with "; "), without building `text`. */
  textAt(i: number): string | null;
  /** List columns: the items of OK cells. */
  readonly items: (readonly string[] | null)[] | undefined;
  /** Amounts/quantities: decimals of every cell, or per record in `rowDecimals` when it varies (-1). */
  readonly decimals: number;
  readonly rowDecimals: Uint8Array | undefined;
  /** Date columns: the order text dates were read in, and whether it was declared or inferred. */
  readonly dateOrder: DateOrder | undefined;
  readonly dateOrderHow: "declared" | "inferred" | "none";
  /** Counts from parsing: cells with a value, and cells that failed the type. */
  readonly filled: number;
  readonly bad: number;
  /** Records whose cell is BLANK, ascending: always for required columns, else while they are few. */
  readonly blanks: Int32Array | undefined;
}

export type TableLookup =
  ReadonlyMap<string, TableData> | readonly TableData[] | ((name: string) => TableData | undefined);

/** Roles of other tables the kinds' rules look things up in. */
export type LookupRole = "chartOfAccounts" | "items" | "people" | "rooms";

export interface ValidateOptions {
  /** A kind id (or a word for one: "bank", "journal"), "auto" (default) or "none". */
  readonly kind?: KindChoice | string;
  /** The user's rules: for this table, a whole rule set, or JSON text of either. */
  readonly rules?: TableRules | RuleSet | string;
  /** Other tables, for foreign keys and the kinds' lookups, by name. */
  readonly tables?: TableLookup;
  /** Names of lookup tables; these win over the rules' `lookups`. */
  readonly lookups?: Partial<Record<LookupRole, string>>;
  readonly dateSystem?: DateSystem;
  /** Order of text dates; wins over the rules' dateOrder. */
  readonly dateOrder?: DateOrder;
  /** Ledger lock date (YYYY-MM-DD); wins over the rules' lockDate. */
  readonly lockDate?: string;
  /** "Today" (YYYY-MM-DD): enables the future-date warnings. Core never reads the clock. */
  readonly asOf?: string;
  /** Records parsed between progress reports of the step-wise runner (default 65,536). */
  readonly chunkRows?: number;
}

/** Options after defaults and parsing, as the checks see them. */
export interface RunSettings {
  readonly dateSystem: DateSystem;
  readonly lockDay: number | undefined;
  readonly asOfDay: number | undefined;
  readonly currency: string | undefined;
}

export interface CheckContext {
  readonly table: TableData;
  readonly kind: KindDef | undefined;
  readonly rules: TableRules;
  readonly settings: RunSettings;
  /** Parsed columns, in table order. */
  readonly columns: readonly ColumnValues[];
  /** The parsed column holding a kind field. */
  readonly field: (name: string) => ColumnValues | undefined;
  /** The parsed column with this header (ignoring case), or holding this kind field. */
  readonly column: (headerOrField: string) => ColumnValues | undefined;
  /** Records that are blank in every column: cell and row checks skip them (one row_blank says it). */
  readonly blankRow: Uint8Array;
  /** Records that are not blank rows. */
  readonly activeRecords: number;
  /** Another table by name, for foreign keys and lookups. */
  readonly lookupTable: (name: string) => TableData | undefined;
  /** The table name the kind's lookup role refers to, when one is given. */
  readonly lookupName: (role: LookupRole) => string | undefined;
}

/** What one rule found: its issues and the Great Expectations-style counts. */
export interface RuleRun {
  /** Stable id, e.g. "Amount:required", "unbalanced_entry", "unique(Number, Customer)". */
  readonly rule: string;
  readonly code: IssueCode;
  readonly column?: string;
  /** Units the rule looked at (cells, rows, entries, items) and how many failed. */
  readonly checked: number;
  readonly failed: number;
  readonly issues: Issue[];
  /** Column rules: the share that must pass, and a severity chosen by the user. */
  readonly mostly?: number;
  readonly severity?: Severity;
}

/** A check: a small function over the context, reporting per rule. */
export type Check = (ctx: CheckContext) => readonly RuleRun[];

export interface RuleStat {
  readonly rule: string;
  readonly code: IssueCode;
  readonly column?: string;
  readonly checked: number;
  readonly failed: number;
  /** failed / checked × 100, rounded to 2 decimals; 0 when nothing was checked. */
  readonly percentFailed: number;
  readonly mostly?: number;
  /** No failures, or few enough for `mostly`. */
  readonly passed: boolean;
}

export interface ColumnReport {
  readonly header: string;
  readonly index: number;
  readonly field?: string;
  readonly type: FieldType;
  readonly dateOrder?: DateOrder;
  readonly dateOrderHow?: "declared" | "inferred" | "none";
}

export interface ValidationResult {
  readonly table: string;
  readonly sheet: string;
  readonly kind: KindId | undefined;
  readonly kindHow: "chosen" | "detected" | "none";
  /** Kind field -> column index, as used. */
  readonly columnMap: ColumnMap;
  readonly columns: readonly ColumnReport[];
  /** In sheet order: table-level issues first, then by Excel row. */
  readonly issues: readonly Issue[];
  readonly stats: readonly RuleStat[];
  /** The rule that raised each issue, as an index into `stats`; issues of no rule (headers, rule sets) are absent. */
  readonly ruleOf: ReadonlyMap<Issue, number>;
  readonly records: number;
  readonly counts: Readonly<Record<Severity, number>>;
  /** No error-severity issue. */
  readonly valid: boolean;
}

export interface ValidationProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}
