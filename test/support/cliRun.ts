/** Runs `bo` in-process with captured output, and writes fixture files into a fresh temp folder. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import type { ExitCode } from "../../src/cli/command";
import { MemoryWorkbook, saveXlsx } from "../../src/workbook/memory";
import { BANK_ROWS, LEDGER_ROWS } from "../integration/reconciliation/fixtures";

export interface CliResult {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export async function bo(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "bo-cli-"));
}

/** Writes a workbook built by `fill` as an .xlsx file and returns its path. */
export async function writeXlsx(
  dir: string,
  name: string,
  fill: (wb: MemoryWorkbook) => void,
): Promise<string> {
  const wb = new MemoryWorkbook();
  fill(wb);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await saveXlsx(wb));
  return file;
}

/** The Ledger and Bank tables of the reconciliation fixtures, as one workbook file. */
export function writeBooks(dir: string, name = "book.xlsx"): Promise<string> {
  return writeXlsx(dir, name, (wb) => {
    wb.putRows("Ledger", 1, 0, LEDGER_ROWS);
    wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: LEDGER_ROWS.length, cols: 9 }, "Ledger");
    wb.putRows("Bank", 1, 0, BANK_ROWS);
    wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: BANK_ROWS.length, cols: 6 }, "Bank");
  });
}
