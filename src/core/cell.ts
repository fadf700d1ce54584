/**
 * Cell values as they arrive from a sheet. Error cells (#N/A, #REF!…) are kept apart from text that
 * merely reads "#N/A", and blanks are never numbers.
 */

export interface CellError {
  readonly kind: "error";
  /** Excel's error text, e.g. "#N/A", "#VALUE!". */
  readonly code: string;
}

/** One cell: number, text, boolean, blank (null) or an error cell. */
export type Cell = string | number | boolean | null | CellError;

export type CellKind = "blank" | "number" | "text" | "numeric_text" | "boolean" | "error";

/** Excel's error values, as `values` reports them. */
export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

const interned = new Map<string, CellError>();

/** The error cell for an Excel error code; one shared frozen object per code. */
export function cellError(code: string): CellError {
  let e = interned.get(code);
  if (!e) {
    e = Object.freeze({ kind: "error" as const, code });
    interned.set(code, e);
  }
  return e;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "error";
}

/** True for a number written as text ("1,234.50", " 42 ", "(5)") that Excel keeps as text. */
const NUMERIC_TEXT = /^\s*[-+(]?\s*[$€£¥]?\s*\d[\d,.' \u00a0]*\s*\)?\s*-?\s*$/;

/** Blank is null, "" or whitespace only: what a user sees as an empty cell. */
export function isBlank(v: Cell): boolean {
  if (v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  return false;
}

export function cellKind(v: Cell): CellKind {
  if (v === null) return "blank";
  switch (typeof v) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      if (v.trim() === "") return "blank";
      return NUMERIC_TEXT.test(v) ? "numeric_text" : "text";
    default:
      return "error";
  }
}

/** How a cell reads in a message: text quoted, errors and numbers as Excel shows them. */
export function describeCell(v: Cell): string {
  if (v === null) return "(blank)";
  if (typeof v === "string") {
    if (v.trim() === "") return "(blank)";
    const short = v.length > 60 ? `${v.slice(0, 57)}...` : v;
    return `"${short}"`;
  }
  if (typeof v === "number" || typeof v === "boolean") return String(v).toUpperCase();
  return v.code;
}
