/**
 * A bank statement file (camt.053, MT940, OFX, BAI2) in the memory workbook: a sheet and a table named after the
 * file for each account it holds (with the account in the name when there are several), laid out by core's
 * statementTable, with what the reader found wrong in the file kept as the
 * table's source issues. Like a loaded CSV file it is a named range, not an Excel table.
 */
import {
  accountLabels,
  byAccount,
  readStatementFile,
  statementTable,
  type StatementFile,
  type StatementFormat,
} from "../../core/statementFiles";
import { fileBaseName } from "../names";
import { MemoryWorkbook } from "./model";
import { addSourceSheet } from "./sourceSheet";

export interface LoadStatementOptions {
  /** File name: names the sheet and the table ("camt053-march.xml" -> "camt053-march"). */
  readonly name: string;
  readonly into?: MemoryWorkbook;
  /** The encoding the text was read in when nothing in the file said so (decodeText's guess). */
  readonly guessedEncoding?: string;
}

export function loadStatement(
  text: string,
  opts: LoadStatementOptions,
): { workbook: MemoryWorkbook; format: StatementFormat } {
  return loadStatementFile(readStatementFile(text), opts);
}

/** A statement file already read (the joined daily files of an archive) as a sheet and table per account. */
export function loadStatementFile(
  file: StatementFile,
  opts: LoadStatementOptions,
): { workbook: MemoryWorkbook; format: StatementFormat } {
  const wb = opts.into ?? new MemoryWorkbook();
  const accounts = byAccount(file);
  const labels = accountLabels(fileBaseName(opts.name, "Statement"), accounts);
  for (const [k, one] of accounts.entries()) {
    const label = labels[k] as string;
    const { sheet, table: name } = addSourceSheet(wb, label);
    const sheetName = sheet.name;
    const table = statementTable(one, { sheet: sheetName, table: name, headerRow: 1 });
    wb.putRows(sheetName, 1, 0, [[...table.headers], ...table.rows.map((r) => [...r])]);
    wb.ranges.push({
      name,
      sheet,
      area: { row: 1, col: 0, rows: table.rows.length + 1, cols: table.headers.length },
      ...(opts.guessedEncoding === undefined ? {} : { guessedEncoding: opts.guessedEncoding }),
      ...(table.issues.length > 0 ? { sourceIssues: table.issues } : {}),
    });
  }
  return { workbook: wb, format: file.format };
}
