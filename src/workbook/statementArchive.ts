/**
 * Bank statement files delivered in a ZIP archive, as many banks deliver camt.053 (EBICS C53: one XML file
 * per account and day): the archive's statement files as text, in name order, for core's readers.
 */
import JSZip from "jszip";
import { declaredEncoding, statementFormatOf } from "../core/statementFiles";
import { decodeText, type DecodedText } from "../core/textBytes";

/** Whether the bytes are a ZIP archive (they start with a local file header, "PK\x03\x04"). */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ArchivedStatement extends DecodedText {
  /** The file's path inside the archive. */
  readonly name: string;
}

/**
 * The statement files of an archive (camt, MT940, OFX or BAI2 by their content; other files, folders and the
 * macOS "__MACOSX" copies are passed over), in name order, so daily files come in date order.
 */
export async function archivedStatements(bytes: Uint8Array, encoding?: string): Promise<ArchivedStatement[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir && !name.startsWith("__MACOSX/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: ArchivedStatement[] = [];
  for (const name of names) {
    const content = await (zip.files[name] as JSZip.JSZipObject).async("uint8array");
    // The code page the caller names (bo --encoding), else the file's own declaration.
    const decoded = decodeText(content, encoding ?? declaredEncoding(content));
    if (statementFormatOf(decoded.text) !== null) out.push({ name, ...decoded });
  }
  return out;
}
