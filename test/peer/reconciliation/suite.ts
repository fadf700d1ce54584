/**
 * Where the reconciliation peer suites live (../shared/peer-suites, next to the repository) and a tiny
 * CSV reader for their fixtures. The suites are read in place, never copied into the repository.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell } from "../../../src/core/cell";
import { tableFromRows, type TableData } from "../../../src/core/table";

export const PEER_ROOT = path.resolve(__dirname, "../../../../shared/peer-suites");

export function suiteDir(name: string): string {
  return path.join(PEER_ROOT, name);
}

export function suiteExists(name: string): boolean {
  return fs.existsSync(suiteDir(name));
}

export function readText(name: string, file: string): string {
  return fs.readFileSync(path.join(suiteDir(name), file), "utf8");
}

/** One CSV line into fields: quotes, doubled quotes and commas inside quotes. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** A CSV file as a table: the first line is the header, every cell is text (as a CSV import gives it). */
export function csvTable(text: string, name: string): TableData {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const [head, ...body] = lines;
  const headers = csvFields(head ?? "").map((h) => h.trim());
  const records: Cell[][] = body.map((l) => {
    const f = csvFields(l);
    return headers.map((_, k) => {
      const v = (f[k] ?? "").trim();
      return v === "" ? null : v;
    });
  });
  return tableFromRows({ name, sheet: name, headers, records });
}
