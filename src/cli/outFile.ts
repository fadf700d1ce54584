/**
 * Where `bo reconcile --out` and `bo sample` write a workbook: its folder checked before any work, and a
 * failure said in the path the user gave, never in the name of the temporary file the bytes go to first.
 */
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { MemoryWorkbook } from "../workbook/memory/model";
import { saveWorkbookFile } from "../workbook/memory/node";
import { SourceError } from "./open";

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string }).code;
}

/** What stops a file being written in `folder`, in words; undefined for a failure it has no words for. */
function folderProblem(code: string | undefined, folder: string): string | undefined {
  switch (code) {
    case "ENOENT":
      return `the folder "${folder}" does not exist; create it first`;
    case "ENOTDIR":
      return `"${folder}" is not a folder: part of that path is a file`;
    case "EACCES":
    case "EPERM":
      return `permission denied in the folder "${folder}"`;
    case "EROFS":
      return `the folder "${folder}" is on a read-only disk`;
    case "ENOSPC":
      return "the disk is full";
    default:
      return undefined;
  }
}

/** Refuses, before the work is done, a file whose folder is missing or is a file. */
export async function checkOutFolder(file: string): Promise<void> {
  const folder = dirname(file);
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (e) {
    const problem = folderProblem(codeOf(e), folder);
    if (problem === undefined) return; // Writing will say what is wrong.
    throw new SourceError(`cannot write "${file}": ${problem}`);
  }
  if (!isFolder) throw new SourceError(`cannot write "${file}": "${folder}" is a file, not a folder`);
}

export async function writeWorkbook(wb: MemoryWorkbook, file: string): Promise<void> {
  try {
    await saveWorkbookFile(wb, file);
  } catch (e) {
    const code = codeOf(e);
    const problem =
      code === "EISDIR"
        ? `"${file}" is a folder`
        : (folderProblem(code, dirname(file)) ??
          (code !== undefined ? `the system says ${code}` : e instanceof Error ? e.message : String(e)));
    throw new SourceError(`cannot write "${file}": ${problem}`);
  }
}
