/**
 * Bank statement files (camt.052/053/054, MT940/MT942, OFX, BAI2) read as statements and laid out as one
 * table.
 */
import { encodingName } from "../textBytes";
import { looksLikeBai2, readBai2Steps } from "./bai2";
import { readCamtSteps } from "./camt";
import { runSteps, StatementFileError, type StatementFile, type StatementFormat, type Steps } from "./model";
import { readMt940Steps } from "./mt940";
import { looksLikeOfx, readOfxSteps } from "./ofx";

export type {
  CutEntry,
  StatedBalance,
  Statement,
  StatementCut,
  StatementFile,
  StatementFormat,
  StatementLine,
  Steps,
} from "./model";
export { joinStatementFiles, nameCutStatements, StatementFileError } from "./model";
export {
  accountLabels,
  byAccount,
  STATEMENT_HEADERS,
  statementTable,
  type StatementTable,
  type TablePlace,
} from "./statementTable";

/**
 * Extensions of the bank statement files the toolkit reads (a .txt file is one when its content is, see
 * statementFormatOf; a .zip holds such files).
 */
export const STATEMENT_FILE_EXTENSIONS: readonly string[] = [
  ...[".ofx", ".qfx", ".xml", ".sta", ".mt940", ".940", ".942", ".swi", ".bai", ".bai2", ".zip"],
];

/** The format a text is in, by its content, or null when it is no statement file the toolkit reads. */
export function statementFormatOf(text: string): StatementFormat | null {
  const head = text.slice(0, 4000);
  if (looksLikeOfx(head)) return "ofx";
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?Document[\s>]/.test(head))
    return /<([A-Za-z_][\w.-]*:)?BkToCstmr/.test(text.slice(0, 20000)) ? "camt" : null;
  if (/(^|\n)\s*:20:/.test(head) && /(^|\n):(25|60[FM]|61):/.test(text)) return "mt940";
  if (looksLikeBai2(head)) return "bai2";
  return null;
}

/**
 * The code page a statement file names for itself in its first bytes: an XML declaration's encoding, or
 * an OFX 1 header's CHARSET (1252, ISO-8859-1), by its WHATWG name; undefined when it names none, names
 * Unicode (the bytes say which) or names one this runtime does not know.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i] as number);
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  const charset = /^\s*OFXHEADER\s*:[\s\S]*?\bCHARSET\s*:\s*([A-Za-z0-9._-]+)/.exec(head);
  const name = xml?.[1] ?? charset?.[1];
  if (name === undefined || /^(none|utf-?8|unicode)$/i.test(name)) return undefined;
  return encodingName(/^\d+$/.test(name) ? `windows-${name}` : name);
}

const FORMAT_NAMES: Readonly<Record<StatementFormat, string>> = {
  camt: "camt (ISO 20022)",
  mt940: "MT940",
  ofx: "OFX",
  bai2: "BAI2",
};

export function statementFormatName(format: StatementFormat): string {
  return FORMAT_NAMES[format];
}

/** Reads a statement file of any of the formats; a text in none of them, or one its reader cannot follow, throws. */
export function readStatementFile(text: string): StatementFile {
  return runSteps(readStatementFileSteps(text));
}

/** readStatementFile in steps, each yielding the share of the file read (see Steps). */
export function readStatementFileSteps(text: string): Steps<StatementFile> {
  switch (statementFormatOf(text)) {
    case "ofx":
      return readOfxSteps(text);
    case "camt":
      return readCamtSteps(text);
    case "mt940":
      return readMt940Steps(text);
    case "bai2":
      return readBai2Steps(text);
    default:
      throw new StatementFileError(1, "the file is neither camt.053 XML, MT940, OFX nor BAI2");
  }
}
