/**
 * Node-only file access for the memory workbook (the command line and tests). The task pane bundle
 * must never import this file: it reads and writes the local file system.
 */
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { decodeText, loadCsv, loadJoinedBatches, parseCsv, saveCsv, type Delimiter } from "./csv";
import { MemoryWorkbook } from "./model";
import { loadStatement, loadStatementFile } from "./statement";
import {
  declaredEncoding,
  joinStatementFiles,
  nameCutStatements,
  readStatementFile,
  STATEMENT_FILE_EXTENSIONS,
  statementFormatOf,
  type StatementFile,
} from "../../core/statementFiles";
import { archivedFiles, ledgerAmong, type ArchivedFile } from "../archives";
import { joinDatevBatches } from "../../core/datevBatches";
import { loadXlsx, saveXlsx } from "./xlsx";
import type { TableData } from "../../core/table";

/** Extensions of bank statement files; a .txt file is one when its content is (see loadWorkbookFile). */
const STATEMENT_EXTENSIONS: ReadonlySet<string> = new Set(STATEMENT_FILE_EXTENSIONS);

/**
 * Loads an .xlsx, .csv or bank statement file (camt.053 .xml, MT940 .sta/.940, OFX .ofx/.qfx, BAI2 .bai/.bai2, or a .txt
 * holding one of those); a text file becomes one sheet and one table named after the file. `encoding`
 * names the code page of a text file that is not UTF-8 (decodeText); without it a statement file's own
 * declaration counts. .xlsx files carry their own. A folder is read as a ZIP archive is (loadDelivery).
 */
export async function loadWorkbookFile(
  path: string,
  opts: { delimiter?: Delimiter; encoding?: string } = {},
): Promise<MemoryWorkbook> {
  // A path that is not there is said so (ENOENT), whatever its name looks like.
  if ((await stat(path)).isDirectory()) return loadFolder(path, opts.encoding);
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return loadXlsx(await readFile(path));
  const isText = ext === ".csv" || ext === ".txt" || ext === ".tsv";
  if (!isText && !STATEMENT_EXTENSIONS.has(ext))
    throw new Error(`Cannot open "${path}": only .xlsx, .csv and bank statement files are supported.`);
  const bytes = await readFile(path);
  if (ext === ".zip") return loadArchive(bytes, basename(path), opts.encoding);
  const declared = isText && ext !== ".txt" ? undefined : declaredEncoding(bytes);
  const decoded = decodeText(bytes, opts.encoding ?? declared);
  const guessed = decoded.guessed ? { guessedEncoding: decoded.encoding } : {};
  if (STATEMENT_EXTENSIONS.has(ext) || (ext === ".txt" && statementFormatOf(decoded.text) !== null))
    return loadStatement(decoded.text, { name: basename(path), ...guessed }).workbook;
  return loadCsv(decoded.text, {
    name: basename(path),
    ...(opts.delimiter ? { delimiter: opts.delimiter } : ext === ".tsv" ? { delimiter: "\t" } : {}),
    ...guessed,
  });
}

/** A ZIP archive: its files, read as a delivery (loadDelivery). */
async function loadArchive(
  bytes: Uint8Array,
  name: string,
  encoding: string | undefined,
): Promise<MemoryWorkbook> {
  const files = await archivedFiles(
    bytes,
    () => true,
    (content) => encoding ?? declaredEncoding(content),
  );
  return loadDelivery(files, name, "archive");
}

/**
 * A folder (a bank's daily statement files as they land, or a DATEV export unpacked): its files and those
 * of its subfolders, hidden ones left out, in path order, read as a delivery (loadDelivery).
 */
async function loadFolder(path: string, encoding: string | undefined): Promise<MemoryWorkbook> {
  const names = (await readdir(path, { recursive: true }))
    .filter((n) => !n.split(sep).some((part) => part.startsWith(".") || part === "__MACOSX"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: ArchivedFile[] = [];
  for (const name of names) {
    const full = join(path, name);
    if (!(await stat(full)).isFile()) continue;
    const bytes = await readFile(full);
    files.push({
      name: name.split(sep).join("/"),
      ...decodeText(bytes, encoding ?? declaredEncoding(bytes)),
    });
  }
  return loadDelivery(files, basename(resolve(path)), "folder");
}

/**
 * The files of a delivery: its statement files (a bank's camt.053 delivery), their statements joined, in
 * name order. One without any is read as a bookkeeping program's delivery of a DATEV export: its booking
 * batch (or FEC file), or its batches joined, as the pane's ledger import takes them (ledgerAmong).
 */
function loadDelivery(
  all: readonly ArchivedFile[],
  name: string,
  container: "archive" | "folder",
): MemoryWorkbook {
  const files: StatementFile[] = [];
  let guessed: string | undefined;
  for (const entry of all.filter((f) => statementFormatOf(f.text) !== null)) {
    if (entry.guessed) guessed = entry.encoding;
    try {
      // Joined, its statements' line numbers need the file's name beside them.
      files.push(nameCutStatements(readStatementFile(entry.text), entry.name));
    } catch (e) {
      throw new Error(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (files.length === 0) {
    const ledger = ledgerAmong(`"${name}"`, all, container);
    if (!ledger.ok)
      throw new Error(
        ledger.none
          ? `the ${container} holds no camt.053, MT940, OFX or BAI2 file, nor a DATEV export or French FEC file`
          : ledger.problem,
      );
    const [file, ...more] = ledger.files as [ArchivedFile, ...ArchivedFile[]];
    const opts = { name, ...(file.guessed ? { guessedEncoding: file.encoding } : {}) };
    if (more.length === 0) return loadCsv(file.text, opts);
    // Several booking batches of one delivery (a month or a journal each): one book, when they are parts of it.
    const join = joinDatevBatches(ledger.files.map((f) => ({ name: f.name, lines: parseCsv(f.text) })));
    if (!join.ok) throw new Error(join.problem);
    return loadJoinedBatches(join.joined, opts);
  }
  return loadStatementFile(joinStatementFiles(files), {
    name,
    ...(guessed === undefined ? {} : { guessedEncoding: guessed }),
  }).workbook;
}

/**
 * Saves as .xlsx. The bytes go to a new file beside the target, which then takes the target's name in one
 * step: a failure (a full disk, a killed process) leaves a file already there as it was, never half-written.
 */
export async function saveWorkbookFile(wb: MemoryWorkbook, path: string): Promise<void> {
  if (extname(path).toLowerCase() !== ".xlsx")
    throw new Error(`Cannot save "${path}": a workbook is saved as .xlsx.`);
  const bytes = await saveXlsx(wb);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (e) {
    // A temp file of that name that was there before is not ours to remove.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") await rm(temp, { force: true });
    throw e;
  }
}

/**
 * Whether two paths name the same file: the same resolved path, or, when both exist, the same file on
 * disk (a link, or another spelling on a file system that ignores case).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Writes a table as CSV with formula-injection escaping (hazard 9). */
export async function saveTableCsv(
  table: TableData,
  path: string,
  opts: { delimiter?: Delimiter; bom?: boolean } = {},
): Promise<void> {
  await writeFile(path, saveCsv(table, opts), "utf8");
}
