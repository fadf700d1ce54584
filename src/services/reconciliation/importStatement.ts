/**
 * A bank statement file (camt.053, MT940, OFX, BAI2) imported into the workbook as a new sheet holding an Excel
 * table per account the file covers, so it can be the statement side of a reconciliation: dates as real dates, amounts as numbers,
 * through the write gateway (so it can be undone). Importing the same file again replaces the sheet the
 * earlier import wrote instead of adding a second one; another file of the same name gets a sheet of its own.
 */
import { dayFromIso, dayToSerial } from "../../core/dates";
import type { Cell } from "../../core/cell";
import type { Issue } from "../../core/issues";
import { currencyDecimals } from "../../core/money";
import {
  accountLabels,
  byAccount,
  declaredEncoding,
  joinStatementFiles,
  readStatementFileSteps,
  STATEMENT_HEADERS,
  StatementFileError,
  statementFormatName,
  statementTable,
  type StatementFile,
} from "../../core/statementFiles";
import { encodingIssue } from "../../core/tableShape";
import { hashText } from "../../core/validate/keys";
import { decodeText } from "../../core/textBytes";
import { WorkbookError } from "../../workbook/errors";
import { parseArea } from "../../workbook/address";
import { fileBaseName, sanitizeSheetName, sanitizeTableName } from "../../workbook/names";
import { archivedStatements, isZipArchive, type ArchivedStatement } from "../../workbook/archives";
import type { OperationReceipt, OutValue, RunOptions, WorkbookPort } from "../../workbook/port";
import { runGeneratorInSlices } from "../slices";
import { percentReporter, reporting } from "./importProgress";

export interface StatementImport {
  readonly file: string;
  /** "camt (ISO 20022)", "MT940", "OFX" or "BAI2". */
  readonly format: string;
  readonly sheet: string;
  /** The first table: the statement side it proposes. */
  readonly table: string;
  /** A table per account the file holds, top to bottom on the sheet. */
  readonly tables: readonly string[];
  readonly statements: number;
  readonly lines: number;
  /** The code page read when the file is not UTF-8, and whether that was a guess. */
  readonly encoding: string;
  readonly encodingGuessed: boolean;
  /** What the file itself gets wrong (a statement whose lines do not reach its closing balance). */
  readonly issues: readonly Issue[];
  readonly receipt: OperationReceipt;
}

/** A file the import cannot read: which file, where in it and why. */
export class StatementImportError extends Error {
  override readonly name = "StatementImportError";
}

/** A file the user chose: its name and bytes. */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The first of the files chosen together and the ZIP archive among them; no file, or a ZIP beside other
 * files (`what` they should be instead), is refused.
 */
export function checkChosen(
  chosen: readonly ChosenFile[],
  what: string,
): { readonly first: ChosenFile; readonly zip: ChosenFile | undefined } {
  const first = chosen[0];
  if (first === undefined) throw new StatementImportError("No file was chosen; nothing was imported.");
  const zip = chosen.find((c) => isZipArchive(c.bytes));
  if (zip !== undefined && chosen.length > 1)
    throw new StatementImportError(
      `"${zip.name}" is a ZIP archive: choose it alone, or the ${what} themselves; nothing was imported.`,
    );
  return { first, zip };
}

const MONEY_FORMATS = ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000"];

function moneyFormat(currency: unknown): string {
  const decimals = typeof currency === "string" ? currencyDecimals(currency) : 2;
  return MONEY_FORMATS[decimals] ?? "#,##0.00";
}

/** Cells of statementTable as values to write: ISO days as dates in the workbook's system, amounts as money. */
function outRows(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  system: 1900 | 1904,
): OutValue[][] {
  const H = STATEMENT_HEADERS;
  const currencyAt = headers.indexOf(H.currency);
  return rows.map((row) =>
    row.map((cell, j): OutValue => {
      const header = headers[j];
      if ((header === H.date || header === H.valueDate) && typeof cell === "string") {
        const day = dayFromIso(cell) as number;
        return { kind: "number", value: dayToSerial(day, system), format: "yyyy-mm-dd" };
      }
      if ((header === H.amount || header === H.balance) && typeof cell === "number")
        return { kind: "number", value: cell, format: moneyFormat(row[currencyAt]) };
      return typeof cell === "string" || typeof cell === "number" || cell === null ? cell : String(cell);
    }),
  );
}

function countLines(file: StatementFile): number {
  return file.statements.reduce((n, s) => n + s.lines.length, 0);
}

export async function importStatement(
  port: WorkbookPort,
  fileName: string,
  bytes: Uint8Array,
  opts: RunOptions = {},
): Promise<StatementImport> {
  return importStatementFiles(port, [{ name: fileName, bytes }], opts);
}

/**
 * Imports the statement files chosen together: one file (or a ZIP of them), or several (a bank's daily
 * camt.053 files), read in name order, so daily files come in date order, and joined as a ZIP's are.
 */
export async function importStatementFiles(
  port: WorkbookPort,
  chosen: readonly ChosenFile[],
  opts: RunOptions = {},
): Promise<StatementImport> {
  const { first, zip } = checkChosen(chosen, "statement files");
  const several = chosen.length > 1;
  const ordered = [...chosen].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const fileName = several ? `${chosen.length} files` : first.name;
  // A ZIP archive (a bank's camt.053 delivery) holds a file per account and day, read one after another.
  const archive = zip !== undefined;
  const sources: readonly ArchivedStatement[] = archive
    ? await archivedStatements(zip.bytes)
    : ordered.map((c) => ({
        name: several ? c.name : "",
        ...decodeText(c.bytes, declaredEncoding(c.bytes)),
      }));
  if (sources.length === 0)
    throw new StatementImportError(
      `"${fileName}" holds no camt.053, MT940, OFX or BAI2 file; nothing was imported.`,
    );
  const report = percentReporter(opts.onProgress, "Reading the statement file");
  const files: StatementFile[] = [];
  for (const [k, source] of sources.entries()) {
    try {
      // A year of a busy account takes seconds to read: in steps, yielding to Excel between them (hazard 19).
      const steps = reporting(readStatementFileSteps(source.text), (share) =>
        report(k, sources.length, share),
      );
      files.push(
        await runGeneratorInSlices(steps, {
          what: `The import of ${fileName}`,
          ...(opts.signal ? { signal: opts.signal } : {}),
        }),
      );
    } catch (e) {
      if (e instanceof StatementFileError) {
        const where = archive || several ? `${source.name}, ` : "";
        throw new StatementImportError(`"${fileName}" could not be imported: ${where}${e.message}.`);
      }
      throw e;
    }
  }
  const file = joinStatementFiles(files);
  const guessed = sources.find((s) => s.guessed);
  const contentKey = sources.map((s) => s.text).join("\u0000");
  const lines = countLines(file);
  if (lines === 0)
    throw new StatementImportError(`"${fileName}" holds no booked statement lines; nothing was imported.`);
  // Files chosen together are named after the first, and how many more were joined.
  const base = several
    ? `${fileBaseName(ordered[0]?.name ?? "", "Statement")} +${ordered.length - 1}`
    : fileBaseName(fileName, "Statement");
  // A table per account, one under another.
  const accounts = byAccount(file);
  const names = accountLabels(base, accounts).map(sanitizeTableName);
  const laidOut = accounts.map((one) => statementTable(one, { sheet: "", table: "", headerRow: 1 }));
  const dateSystem = await port.dateSystem();
  const receipt = await port.writeSheet(
    {
      // The file's content, not its name: banks give every month's download the same name, and next
      // month's must not replace this month's sheet; the same file imported again does.
      key: `statement:${contentKey.length}:${(hashText(contentKey, true) >>> 0).toString(16)}`,
      sheetName: sanitizeSheetName(base),
      tables: laidOut.map((t, k) => ({
        name: names[k] as string,
        headers: t.headers,
        rows: outRows(t.headers, t.rows, dateSystem),
      })),
    },
    opts,
  );
  const sheet = receipt.sheet ?? sanitizeSheetName(base);
  // The tables as written (a name may have been taken), top to bottom as laid out.
  const written = (await port.listTables(opts)).filter(
    (t) => t.sheet.toLowerCase() === sheet.toLowerCase() && t.isExcelTable,
  );
  const tables = accounts.map((_, k) => written[k]?.name ?? (names[k] as string));
  const table = tables[0] as string;
  return {
    file: several ? ordered.map((c) => c.name).join(", ") : fileName,
    format: statementFormatName(file.format),
    sheet,
    table,
    tables,
    statements: file.statements.length,
    lines,
    encoding: (guessed ?? (sources[0] as ArchivedStatement)).encoding,
    encodingGuessed: guessed !== undefined,
    issues: [
      ...(guessed ? [encodingIssue({ sheet, name: table }, guessed.encoding)] : []),
      ...accounts.flatMap((one, k) => {
        const at = written[k];
        const headerRow = at === undefined ? 1 : parseArea(at.address).row;
        return statementTable(one, { sheet, table: tables[k] as string, headerRow }).issues;
      }),
    ],
    receipt,
  };
}

/** Takes an import back out of the workbook, while it is still the last change made through the add-in. */
export async function undoImport(
  port: WorkbookPort,
  imported: { readonly file: string; readonly receipt: OperationReceipt },
  opts: RunOptions = {},
): Promise<void> {
  const last = port.lastOperation();
  if (last?.operationId !== imported.receipt.operationId)
    throw new WorkbookError(
      "nothing_to_revert",
      last
        ? `The last change is "${last.summary}", made after ${imported.file} was imported; revert that first.`
        : `Nothing of the import of ${imported.file} is left to undo.`,
      { operation: "undo the import", outcome: "nothing_written" },
    );
  await port.revertLast(opts);
}
