/**
 * Bookings a bank lists before it has booked them: comdirect writes "offen" where the booking date
 * belongs, DKB's Status column says "Vorgemerkt", Revolut's State "PENDING". Such a row is no booking yet:
 * it is left out with a note, not read as booked and not reported as a date to correct. A date cell with
 * no digit in it ("offen", "--") is no date at all, so it takes no part in working out the column's day
 * order: that stays its row's own matter.
 */
import { withoutAccents } from "../accents";
import type { Cell } from "../cell";
import type { ColumnMap } from "../columnMap";
import { normalizeHeader } from "../columnMap";
import { inferDateOrder, type DateOrder } from "../dates";
import { makeIssue, type Issue } from "../issues";
import type { TableData } from "../table";
import { cellLocation } from "./cellLocation";

/** What banks write for a booking not made yet (compared without case, accents or punctuation). */
const PENDING: ReadonlySet<string> = new Set([
  ...["pending", "vorgemerkt", "ausstehend", "in bearbeitung", "nicht gebucht", "not booked"],
  ...["en attente", "in attesa", "non contabilizzato", "pendiente", "in behandeling"],
]);

/**
 * What a Status column writes for a row that will never be booked: a card payment declined or reverted
 * (Revolut's DECLINED, REVERTED, FAILED), a payment cancelled or denied, a voided invoice in a ledger's
 * export. Not "reversed" or "storniert": a reversal is a booking of its own, with the original still there.
 */
const VOID: ReadonlySet<string> = new Set([
  ...["declined", "reverted", "failed", "rejected", "cancelled", "canceled", "denied", "voided", "void"],
  ...["abgelehnt", "fehlgeschlagen", "zuruckgewiesen", "refuse", "rejete", "annule", "echoue"],
  ...["rifiutato", "rifiutata", "annullato", "annullata", "fallito", "fallita"],
  ...["rechazado", "rechazada", "cancelado", "cancelada", "fallido", "fallida", "denegado", "denegada"],
  ...["anulado", "anulada"],
  ...["geweigerd", "geannuleerd", "mislukt", "afgewezen"],
]);

/**
 * In place of a booking date, "offen" (open) too, as comdirect writes it; not in a Status column, where a
 * ledger's "offen" says an invoice is unpaid, not unbooked.
 */
const PENDING_DATE: ReadonlySet<string> = new Set([...PENDING, "offen"]);

/** Headers of a column saying whether each row is booked (normalised as column maps compare them). */
const STATUS_HEADERS: ReadonlySet<string> = new Set(
  [
    ...["status", "state", "transaction status", "booking status", "buchungsstatus", "umsatzstatus"],
    ...["statut", "stato", "estado", "contabilizzazione"],
  ].map(normalizeHeader),
);

/** The one column no field reads whose header says it holds each row's status; undefined otherwise. */
export function statusColumn(table: Pick<TableData, "headers">, map: ColumnMap): number | undefined {
  const used = new Set(Object.values(map));
  const found = table.headers.flatMap((h, c) =>
    !used.has(c) && STATUS_HEADERS.has(normalizeHeader(h)) ? [c] : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The cell's text when it is one of `words`, else null. */
function pendingText(cell: Cell | undefined, words: ReadonlySet<string>): string | null {
  if (typeof cell !== "string") return null;
  const text = withoutAccents(cell)
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  return words.has(text) ? cell.trim() : null;
}

/**
 * The note leaving table record i out as pending (recon_row_pending), or as never to be booked
 * (recon_row_void), when its status or its date cell says so; else null. Either way the row is not booked:
 * its state is ROW_PENDING, and the note's code tells which. A void row its running balance shows booked
 * is read as a booking after all (bookedVoidRows.ts).
 */
export function pendingNote(
  table: TableData,
  i: number,
  columns: { readonly date?: number; readonly status?: number },
): Issue | null {
  for (const [c, words, code] of [
    [columns.status, VOID, "recon_row_void"],
    [columns.status, PENDING, "recon_row_pending"],
    [columns.date, PENDING_DATE, "recon_row_pending"],
  ] as const) {
    if (c === undefined) continue;
    const value = pendingText(table.columns[c]?.[i], words);
    if (value === null) continue;
    return makeIssue(code, cellLocation(table, table.rows[i] as number, c), { value });
  }
  return null;
}

/** The day order of a date column, worked out from the cells that could be dates (those with a digit). */
export function dateOrderOf(cells: readonly Cell[]): DateOrder | undefined {
  return inferDateOrder(cells.filter((cell) => typeof cell !== "string" || /\d/.test(cell)));
}
