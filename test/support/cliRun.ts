/** Runs `bo` in-process with captured output, and writes fixture files into a fresh temp folder. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";
import type { ExitCode } from "../../src/cli/command";
import { MemoryWorkbook, saveXlsx } from "../../src/workbook/memory";

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
