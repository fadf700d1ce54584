/**
 * What a command reads: `book.xlsx#TableName`, `book.xlsx#Sheet!A1:F200`, `book.xlsx` (the only table) or
 * `data.csv`. Parsing is pure; opening the file is in open.ts.
 */
import { STATEMENT_FILE_EXTENSIONS } from "../core/statementFiles";
import { encodingName } from "../workbook/memory/csv";
import { stringFlag, UsageError, type ParsedArgs } from "./args";

/**
 * A workbook, a CSV file, a bank statement file (camt.053, MT940, OFX, BAI2: a table per account it holds),
 * or a folder of statement files or DATEV booking batches, read as one delivery.
 */
export type SourceFormat = "xlsx" | "csv" | "statement" | "folder";

export interface SourceSpec {
  readonly file: string;
  readonly format: SourceFormat;
  /** A table name, or a sheet-qualified range; absent: the file's only table. */
  readonly table?: string;
  readonly range?: { readonly sheet: string; readonly address: string };
  /** The code page of a .csv file that is not UTF-8 (--encoding); absent: Windows-1252, said to be a guess. */
  readonly encoding?: string;
}

/** The help line of --encoding, shared by the commands that read files. */
export const ENCODING_OPTION: readonly [string, string] = [
  "--encoding NAME",
  "the code page of a .csv or MT940 file that is not UTF-8, e.g. windows-1250, iso-8859-2 (default: windows-1252)",
];

/** --encoding's code page, checked: a name the reader does not know is a usage error. */
export function encodingOf(args: ParsedArgs): string | undefined {
  const label = stringFlag(args, "encoding");
  if (label === undefined) return undefined;
  const name = encodingName(label);
  if (name === undefined)
    throw new UsageError(
      `--encoding: "${label}" is not an encoding (try windows-1250, iso-8859-2, windows-1252)`,
    );
  return name;
}

function formatOf(file: string): SourceFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (STATEMENT_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "statement";
  // A name without an extension ("statements", "march/"): a folder, which opening tells for sure.
  const last =
    lower
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .pop() ?? "";
  if (/[\\/]$/.test(lower) || !last.includes(".")) return "folder";
  throw new UsageError(
    `"${file}" is neither an .xlsx workbook, a .csv file, a bank statement (.xml camt.053, .sta MT940, .ofx) nor a folder of them`,
  );
}

/** Splits "Sheet!A1:F200" or "'My Sheet'!A1:F200" into sheet and address. */
function parseRange(text: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, address: (m[3] as string).replace(/\$/g, "").toUpperCase() };
}

export function parseSource(text: string, encoding?: string): SourceSpec {
  const hash = text.lastIndexOf("#");
  const file = hash < 0 ? text : text.slice(0, hash);
  const part = hash < 0 ? "" : text.slice(hash + 1);
  if (file === "") throw new UsageError(`no file in "${text}"`);
  const format = formatOf(file);
  const base = encoding === undefined || format === "xlsx" ? { file, format } : { file, format, encoding };
  if (part === "") return base;
  // A statement file holds a table per account it covers; a CSV file one table.
  if (format === "csv") throw new UsageError(`a .csv file holds one table: drop "#${part}"`);
  const range = parseRange(part);
  if (range) return { ...base, range };
  if (part.includes("!")) throw new UsageError(`"${part}" is not a range such as Sheet1!A1:F200`);
  return { ...base, table: part };
}
