/**
 * Files delivered in a ZIP archive: bank statement files, as many banks deliver camt.053 (EBICS C53: one
 * XML file per account and day), and ledger exports, as bookkeeping programs deliver a DATEV export (the
 * booking batch beside master data and receipts). The archive's files as text, in name order, for core's
 * readers.
 */
import JSZip from "jszip";
import { ledgerFileFormat, type LedgerFileFormat } from "../core/ledgerFiles";
import { declaredEncoding, statementFormatOf } from "../core/statementFiles";
import { decodeText, type DecodedText } from "../core/textBytes";
import { parseCsv } from "./memory/csv";

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

/** The format of a text's first lines as a ledger export, or null (reads no more than three lines). */
function ledgerFormatOf(text: string): LedgerFileFormat | null {
  return ledgerFileFormat(parseCsv(text.split(/\r?\n/, 3).join("\n")));
}

/** Booking lines, not master data: a DATEV booking batch or a FEC file. */
const bookings = (f: LedgerFileFormat | null): boolean => f === "DATEV booking batch" || f === "FEC";

export type ArchivedLedger =
  | {
      readonly ok: true;
      /** The export taken; several DATEV booking batches, in name order, to be joined (joinDatevBatches). */
      readonly files: readonly ArchivedFile[];
      /** The archive's other files, not read. */
      readonly others: number;
    }
  | {
      readonly ok: false;
      /** No ledger export at all, or not one the archive's user must choose. */
      readonly none: boolean;
      readonly problem: string;
    };

/**
 * The ledger export of a ZIP archive named `fileName`, as bookkeeping programs deliver a DATEV export: its
 * booking batches (or FEC file), beside which master data (accounts, customers) and receipts are passed
 * over; a DATEV export of master data when it is the only export. Several booking batches are all taken,
 * for the caller to join when they are parts of the same books (a batch per month or journal). An archive
 * with no export, with only master data, or with an FEC file beside other booking files gives the problem
 * instead: which of them is the book is the user's call.
 */
export async function archivedLedger(fileName: string, bytes: Uint8Array): Promise<ArchivedLedger> {
  return ledgerAmong(`"${fileName}"`, await archivedFiles(bytes, () => true));
}

/**
 * The ledger export among decoded files (an archive's, or a folder's: `where` names it, quoted), chosen as
 * archivedLedger chooses it.
 */
export function ledgerAmong(
  where: string,
  all: readonly ArchivedFile[],
  container: "archive" | "folder" = "archive",
): ArchivedLedger {
  const formats = new Map(all.map((f) => [f.name, ledgerFormatOf(f.text)]));
  const ledgers = all.filter((f) => formats.get(f.name) !== null);
  const books = ledgers.filter((f) => bookings(formats.get(f.name) ?? null));
  const names = (fs: readonly { name: string }[]) => fs.map((f) => f.name).join(", ");
  if (ledgers.length === 0)
    return { ok: false, none: true, problem: `${where} holds no DATEV export or French FEC file` };
  if (books.length > 1 && books.some((f) => formats.get(f.name) === "FEC"))
    return {
      ok: false,
      none: false,
      problem: `${where} holds ${books.length} booking files (${names(books)}); which is the book is yours to say: take it out of the ${container}`,
    };
  const taken = books.length > 0 ? books : ledgers.length === 1 ? ledgers : [];
  if (taken.length === 0)
    return {
      ok: false,
      none: false,
      problem: `${where} holds no booking batch, only DATEV master data (${names(ledgers)})`,
    };
  return { ok: true, files: taken, others: all.length - taken.length };
}
