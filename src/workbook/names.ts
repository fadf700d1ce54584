/**
 * Excel's naming rules for sheets and tables, and unique names chosen without clobbering what exists
 * (hazard 15). Names compare case-insensitively, as Excel compares them.
 */
import { withoutAccents } from "../core/accents";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;
export const MAX_TABLE_NAME = 255;

/** Why Excel would refuse this sheet name, or null when it is valid. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.trim().length === 0) return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME) return `a sheet name has at most ${MAX_SHEET_NAME} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'"))
    return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Turns a preferred name into a valid sheet name (forbidden characters become "-"). */
export function sanitizeSheetName(preferred: string): string {
  let s = [...preferred.replace(SHEET_FORBIDDEN, "-")].map((ch) => (ch < " " ? " " : ch)).join("");
  s = s.replace(/^'+|'+$/g, "").trim();
  if (s.length === 0) s = "Sheet";
  if (s.toLowerCase() === "history") s = "History-";
  return s.slice(0, MAX_SHEET_NAME).replace(/'+$/, "") || "Sheet";
}

/** A valid sheet name not in `taken`: "Name", then "Name (2)", "Name (3)"… cut to fit 31 characters. */
export function uniqueSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const base = sanitizeSheetName(preferred);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[Rr](\d*)([Cc](\d*))?$|^[Cc]\d*$/;

/** Why Excel would refuse this table name, or null when it is valid. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0) return "a table name cannot be blank";
  if (name.length > MAX_TABLE_NAME) return `a table name has at most ${MAX_TABLE_NAME} characters`;
  if (!/^[A-Za-z_\\]/.test(name))
    return "a table name must begin with a letter, an underscore or a backslash";
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    return "a table name can hold only letters, digits, periods and underscores";
  if (CELL_LIKE.test(name) || R1C1_LIKE.test(name)) return "a table name cannot look like a cell reference";
  return null;
}

/** A file's name without its folder and extension ("C:\\in\\bank-march.csv" -> "bank-march"), or `fallback`. */
export function fileBaseName(path: string, fallback: string): string {
  return path.replace(/\.[^.]*$/, "").replace(/^.*[\\/]/, "") || fallback;
}

/** Turns a preferred name into a valid table name: spaces and other characters become "_". */
export function sanitizeTableName(preferred: string): string {
  let s = withoutAccents(preferred)
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+(?=.)/, "");
  if (!/^[A-Za-z_]/.test(s)) s = `_${s}`;
  if (s === "_") s = "Table";
  if (tableNameProblem(s) !== null) s = `${s}_`;
  return s.slice(0, MAX_TABLE_NAME);
}

/** A valid table name not in `taken` (tables and defined names): "Name", "Name_2", "Name_3"… */
export function uniqueTableName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const base = sanitizeTableName(preferred);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = base.slice(0, MAX_TABLE_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Header texts made unique and non-blank, the way they will be stored, so Excel never renames a
 * header itself ("Column1", "Amount2") and the written table reads back with the headers we wrote.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Column${i + 1}` : h;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
