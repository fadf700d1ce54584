/**
 * Output values as the workbook will store them: text always as text, numbers with their format,
 * links as a HYPERLINK formula. Also the value each one must read back as, for verification.
 */
import type { Cell } from "../core/cell";
import type { OutValue } from "./port";
import { qualify } from "./address";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's limit on a text literal inside a formula (the shown text of a link). */
const MAX_FORMULA_LITERAL = 255;

export type WriteCell =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "link"; readonly text: string; readonly formula: string };

export const BLANK: WriteCell = Object.freeze({ kind: "blank" });

/** Why a value cannot be written, or null. Checked before anything is written. */
export function outValueProblem(
  v: OutValue,
): { code: "too_large" | "invalid_output"; reason: string } | null {
  if (typeof v === "string" && v.length > MAX_CELL_TEXT)
    return {
      code: "too_large",
      reason: `text of ${v.length} characters (Excel holds at most ${MAX_CELL_TEXT})`,
    };
  const n =
    typeof v === "number" ? v : v !== null && typeof v === "object" && v.kind === "number" ? v.value : 0;
  if (!Number.isFinite(n))
    return { code: "invalid_output", reason: `the number ${n} cannot be stored in a cell` };
  return null;
}

function formulaText(s: string): string {
  const cut = s.length > MAX_FORMULA_LITERAL ? `${s.slice(0, MAX_FORMULA_LITERAL - 1)}…` : s;
  return `"${cut.replace(/"/g, '""')}"`;
}

/** The HYPERLINK formula for a link to a cell of this workbook. */
export function linkFormula(text: string, sheet: string, address: string): string {
  return `=HYPERLINK(${formulaText(`#${qualify(sheet, address)}`)},${formulaText(text)})`;
}

export function toWriteCell(v: OutValue): WriteCell {
  if (v === null) return BLANK;
  switch (typeof v) {
    case "string":
      return v === "" ? BLANK : { kind: "text", text: v };
    case "number":
      return { kind: "number", value: Object.is(v, -0) ? 0 : v, format: "General" };
    case "boolean":
      return { kind: "boolean", value: v };
    default:
      if (v.kind === "number")
        return { kind: "number", value: Object.is(v.value, -0) ? 0 : v.value, format: v.format };
      return { kind: "link", text: linkText(v.text), formula: linkFormula(v.text, v.sheet, v.address) };
  }
}

function linkText(s: string): string {
  return s.length > MAX_FORMULA_LITERAL ? `${s.slice(0, MAX_FORMULA_LITERAL - 1)}…` : s;
}

/** What reading the cell back must give. */
export function expectedRead(c: WriteCell): Cell {
  switch (c.kind) {
    case "blank":
      return null;
    case "text":
    case "link":
      return c.text;
    case "number":
    case "boolean":
      return c.value;
  }
}

/** Header cells are always text. */
export function headerCell(h: string): WriteCell {
  return h === "" ? BLANK : { kind: "text", text: h };
}
