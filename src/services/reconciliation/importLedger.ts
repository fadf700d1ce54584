/**
 * A ledger export (a DATEV booking batch or other DATEV export, France's FEC) imported into the workbook as
 * a new sheet with an Excel table, so it can be the book side of a reconciliation: booking dates with the
 * year the batch's period gives them, as real dates, and amounts as numbers, where opening the file in
 * Excel would turn "0303" into the number 303 and lose the year. A DATEV file's own first line stays
 * above the table. Written through the write gateway, so it can be undone; importing the same file again
 * replaces its sheet.
 */
import type { Issue } from "../../core/issues";
import { dayFromIso, dayToSerial } from "../../core/dates";
import { ledgerFileIssues, ledgerFileTableSteps, type LedgerFileTable } from "../../core/ledgerFiles";
import { encodingIssue } from "../../core/tableShape";
import { decodeText, type DecodedText } from "../../core/textBytes";
import { joinDatevBatches } from "../../core/datevBatches";
import { hashText } from "../../core/validate/keys";
import { parseArea } from "../../workbook/address";
import { parseCsvSteps } from "../../workbook/memory/csv";
import { fileBaseName, sanitizeSheetName, sanitizeTableName } from "../../workbook/names";
import type { OperationReceipt, OutValue, RunOptions, WorkbookPort } from "../../workbook/port";
import { archivedLedger } from "../../workbook/archives";
import { runGeneratorInSlices } from "../slices";
import { percentReporter, reporting } from "./importProgress";
import { checkChosen, StatementImportError, type ChosenFile } from "./importStatement";

export interface LedgerImport {
  readonly file: string;
  /** "DATEV booking batch", "DATEV export" or "FEC". */
  readonly format: string;
  readonly sheet: string;
  /** The table written: the book side it proposes. */
  readonly table: string;
  /** Records (booking lines) written. */
  readonly lines: number;
  readonly encoding: string;
  readonly encodingGuessed: boolean;
  /** What the file itself gets wrong (a booking date outside the batch's period), at the written cells. */
  readonly issues: readonly Issue[];
  readonly receipt: OperationReceipt;
  /**
   * For a ZIP archive: the ledger files taken from it (several booking batches joined, in period order),
   * and the other files it holds (not read).
   */
  readonly archive?: { readonly taken: readonly string[]; readonly others: number };
  /** For booking batches chosen together: their names, in period order, as joined. */
  readonly joined?: readonly string[];
}

/** The table's cells as values to write: ISO days as dates in the workbook's system, amounts as numbers. */
function outRows(t: LedgerFileTable, system: 1900 | 1904): OutValue[][] {
  return t.rows.map((row) =>
    row.map((cell, k): OutValue => {
      const kind = t.kinds[k];
      if (kind === "date" && typeof cell === "string") {
        const day = dayFromIso(cell);
        if (day !== null) return { kind: "number", value: dayToSerial(day, system), format: "yyyy-mm-dd" };
      }
      if (kind === "amount" && typeof cell === "number")
        return { kind: "number", value: cell, format: "#,##0.00" };
      return cell;
    }),
  );
}

export async function importLedger(
  port: WorkbookPort,
  fileName: string,
  bytes: Uint8Array,
  opts: RunOptions = {},
): Promise<LedgerImport> {
  return importLedgerFiles(port, [{ name: fileName, bytes }], opts);
}

/**
 * Imports the files chosen together: one ledger export (or the ZIP a bookkeeping program delivers), or
 * several DATEV booking batches (a month or a journal each), joined into one table when they are parts
 * of the same books (joinDatevBatches).
 */
export async function importLedgerFiles(
  port: WorkbookPort,
  chosen: readonly ChosenFile[],
  opts: RunOptions = {},
): Promise<LedgerImport> {
  const { first, zip } = checkChosen(chosen, "export files");
  const fileName = chosen.length === 1 ? first.name : `${chosen.length} files`;
  const archived = zip === undefined ? null : await archivedLedger(zip.name, zip.bytes);
  if (archived?.ok === false) throw new StatementImportError(`${archived.problem}; nothing was imported.`);
  const archive = archived?.ok === true ? archived : null;
  const files = archive?.files ?? chosen.map((c) => ({ name: c.name, ...decodeText(c.bytes) }));
  const decoded = files[0] as DecodedText;
  let taken = files.map((f) => f.name);
  // A year's batch runs to a hundred thousand lines: read in steps, yielding to Excel between them and
  // showing how far it got (hazard 19); parsing is most of the work.
  const report = percentReporter(opts.onProgress, "Reading the ledger file");
  const slices = { what: `The import of ${fileName}`, ...(opts.signal ? { signal: opts.signal } : {}) };
  function* read(): Generator<void, LedgerFileTable | null, void> {
    const parts: string[][][] = [];
    for (const [k, f] of files.entries())
      parts.push(
        yield* reporting(parseCsvSteps(f.text), (s) => report(0, 1, (0.6 * (k + s)) / files.length)),
      );
    if (parts.length === 1) {
      const lines = parts[0] as string[][];
      return yield* reporting(ledgerFileTableSteps(lines), (share) => report(0, 1, 0.6 + 0.4 * share));
    }
    // Several booking batches (a month or a journal each): one book, when they are parts of the same books.
    const join = joinDatevBatches(files.map((f, k) => ({ name: f.name, lines: parts[k] as string[][] })));
    if (!join.ok) throw new StatementImportError(`${join.problem}; nothing was imported.`);
    taken = [...join.joined.names];
    const steps = ledgerFileTableSteps(join.joined.lines, join.joined);
    return yield* reporting(steps, (share) => report(0, 1, 0.6 + 0.4 * share));
  }
  const parsed = await runGeneratorInSlices(read(), slices);
  if (parsed === null)
    throw new StatementImportError(
      `"${fileName}" is neither a DATEV export (its first line starting EXTF or DTVF) nor a French FEC file; nothing was imported.`,
    );
  if (parsed.rows.length === 0)
    throw new StatementImportError(`"${fileName}" holds no booking lines; nothing was imported.`);
  // Files chosen together are named after the first in period order, and how many more were joined.
  const base =
    chosen.length === 1
      ? fileBaseName(fileName, "Ledger")
      : `${fileBaseName(taken[0] ?? "", "Ledger")} +${taken.length - 1}`;
  const text = files.map((f) => f.text).join("\u0000");
  const receipt = await port.writeSheet(
    {
      // The file's content, as for statement files: the same file again replaces its sheet.
      key: `ledger:${text.length}:${(hashText(text, true) >>> 0).toString(16)}`,
      sheetName: sanitizeSheetName(base),
      lines: parsed.lines,
      tables: [
        {
          name: sanitizeTableName(base),
          headers: parsed.headers,
          rows: outRows(parsed, await port.dateSystem()),
        },
      ],
    },
    opts,
  );
  const sheet = receipt.sheet ?? sanitizeSheetName(base);
  // DATEV writes its files in Windows-1252: read so, that is the format's rule, not a guess.
  const guessed = decoded.guessed && !parsed.format.startsWith("DATEV");
  const written = (await port.listTables(opts)).find(
    (t) => t.sheet.toLowerCase() === sheet.toLowerCase() && t.isExcelTable,
  );
  const table = written?.name ?? sanitizeTableName(base);
  const area = written === undefined ? { row: 1, col: 0 } : parseArea(written.address);
  return {
    file: chosen.length === 1 ? fileName : taken.join(", "),
    format: parsed.format,
    sheet,
    table,
    lines: parsed.rows.length,
    encoding: decoded.encoding,
    encodingGuessed: guessed,
    issues: [
      ...(guessed ? [encodingIssue({ sheet, name: table }, decoded.encoding)] : []),
      ...ledgerFileIssues(parsed, { sheet, table, headerRow: area.row, firstColumn: area.col }),
    ],
    receipt,
    ...(archive ? { archive: { taken, others: archive.others } } : {}),
    ...(chosen.length > 1 ? { joined: taken } : {}),
  };
}
