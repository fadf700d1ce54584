/**
 * Files delivered in a ZIP archive: bank statement files, as many banks deliver camt.053 (EBICS C53: one
 * XML file per account and day), and ledger exports, as bookkeeping programs deliver a DATEV export (the
 * booking batch beside master data and receipts). The archive's files as text, in name order, for core's
 * readers.
 */
import JSZip from "jszip";
import { declaredEncoding, statementFormatOf } from "../core/statementFiles";
import { decodeText, type DecodedText } from "../core/textBytes";

/** Whether the bytes are a ZIP archive (they start with a local file header, "PK\x03\x04"). */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ArchivedFile extends DecodedText {
  /** The file's path inside the archive. */
  readonly name: string;
}

export type ArchivedStatement = ArchivedFile;

/**
 * The files of an archive that `keep` takes by their decoded text (folders and the macOS "__MACOSX"
 * copies are passed over), in name order, so daily files come in date order. `encodingOf` names the code
 * page of a file's bytes; undefined lets decodeText tell.
 */
export async function archivedFiles(
  bytes: Uint8Array,
  keep: (file: ArchivedFile) => boolean,
  encodingOf: (content: Uint8Array) => string | undefined = () => undefined,
): Promise<ArchivedFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir && !name.startsWith("__MACOSX/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: ArchivedFile[] = [];
  for (const name of names) {
    const content = await (zip.files[name] as JSZip.JSZipObject).async("uint8array");
    const file = { name, ...decodeText(content, encodingOf(content)) };
    if (keep(file)) out.push(file);
  }
  return out;
}

/** The statement files of an archive: camt, MT940, OFX or BAI2 by their content. */
export async function archivedStatements(bytes: Uint8Array, encoding?: string): Promise<ArchivedStatement[]> {
  // The code page the caller names (bo --encoding), else the file's own declaration.
  return archivedFiles(
    bytes,
    (f) => statementFormatOf(f.text) !== null,
    (content) => encoding ?? declaredEncoding(content),
  );
}
