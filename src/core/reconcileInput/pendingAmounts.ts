/**
 * The rows a bank lists as pending (pendingRows.ts), read as bookings would be: they take no part in
 * matching, but a book row left open because the bank has not booked its payment yet can be told so. Each
 * is read the side's own way (its columns, signs, separator, currency and flip); a row the bank marks void
 * is none of them, and one whose date cell says "offen" has no day.
 */
import type { DateSystem } from "../dates";
import type { Issue, IssueLocation } from "../issues";
import { currencyDecimals } from "../money";
import { readAmount, readDay, readIndicator, readPair, textOf } from "./cells";
import type { ReconcileField } from "./fields";
import { ROW_PENDING, type SideReading, type SideRecords } from "./readSide";
import { selectedSign, type Selection } from "./selection";
import { pairSigns } from "./signedColumns";

export interface PendingAmounts {
  /** Per pending row whose amount reads, in table order: its index among the table's records. */
  readonly record: readonly number[];
  /** Its Excel row. */
  readonly row: readonly number[];
  /** Its day, or null where the date cell holds none ("offen", "--"). */
  readonly day: readonly (number | null)[];
  /** Its amount in minor units and the side's sign, as the side's records hold theirs. */
  readonly minor: readonly number[];
  /** Its currency ("" when neither the row, the reading nor the default names one). */
  readonly currency: readonly string[];
  readonly reference: readonly string[];
  readonly description: readonly string[];
}

export interface PendingOptions {
  /** How the side was read. */
  readonly reading?: SideReading;
  readonly dateSystem: DateSystem;
  readonly defaultCurrency?: string;
  readonly selection?: Selection | null;
}

/** Whether table record i was left out as pending, not as void (recon_row_void). */
function isPending(side: SideRecords, i: number): boolean {
  return (
    side.state[i] === ROW_PENDING && !(side.rowIssues.get(i) ?? []).some((x) => x.code === "recon_row_void")
  );
}

/** The side's pending rows with the amounts that read; a row whose amount does not read is passed over. */
export function pendingAmountsOf(side: SideRecords, opts: PendingOptions): PendingAmounts {
  const out = {
    record: [] as number[],
    row: [] as number[],
    day: [] as (number | null)[],
    minor: [] as number[],
    currency: [] as string[],
    reference: [] as string[],
    description: [] as string[],
  };
  const records: number[] = [];
  for (let i = 0; i < side.state.length; i++) if (isPending(side, i)) records.push(i);
  const mode = side.amountMode;
  if (records.length === 0 || mode === null) return out;
  const { table, map } = side;
  const reading = opts.reading ?? {};
  const col = (f: ReconcileField) => {
    const c = map[f];
    return c === undefined ? null : (table.columns[c] ?? null);
  };
  const label = (f: ReconcileField): string => table.headers[map[f] ?? -1] ?? f;
  const dates = col("date");
  const amounts = col("amount");
  const debits = col("debit");
  const credits = col("credit");
  const indicators = col("indicator");
  const currencies = col("currency");
  const references = col("reference");
  const descriptions = col("description");
  const separator = side.decimalSeparator;
  const fallback = reading.currency ?? opts.defaultCurrency ?? "";
  const turned = reading.debitCredit === "credit-positive" ? -1 : 1;
  // Decided over the whole column, as the side's own reading decided it.
  const signs =
    mode === "debit-credit" ? pairSigns(table, map, separator) : ({ debitSign: 1, creditSign: 1 } as const);
  for (const i of records) {
    const row = table.rows[i] as number;
    // What does not read only passes the row over: the side's reading has said all there is to say.
    const found: Issue[] = [];
    const at = (): IssueLocation => ({ sheet: table.sheet, table: table.name, row });
    const dateIssues: Issue[] = [];
    const day = dates ? readDay(dates[i] ?? null, opts.dateSystem, side.dateOrder, at, dateIssues) : null;
    let currency = currencies ? textOf(currencies[i]).toUpperCase() : "";
    const decimals = currencyDecimals(currency !== "" ? currency : fallback);
    let minor: number | null = null;
    if (amounts) {
      const a = readAmount(amounts[i] ?? null, decimals, separator, label("amount"), at, found);
      if (a !== null) {
        minor = a.minor;
        if (currency === "" && a.currency !== undefined) currency = a.currency;
      }
      if (mode === "indicator" && minor !== null) {
        const mark = readIndicator(indicators?.[i] ?? null, label("indicator"), at, found);
        minor =
          mark === "debit" ? minor : mark === "credit" ? -minor : mark === "blank" && minor === 0 ? 0 : null;
        if (minor !== null) minor *= turned;
      }
    } else {
      minor = readPair(debits?.[i] ?? null, credits?.[i] ?? null, decimals, separator, found, {
        debit: debits ? label("debit") : null,
        credit: credits ? label("credit") : null,
        atDebit: at,
        atCredit: at,
        debitSign: signs.debitSign,
        creditSign: signs.creditSign,
      });
      if (minor !== null) minor *= turned;
    }
    if (minor === null || found.length > 0) continue;
    const selected = opts.selection ? selectedSign(table, map, opts.selection, i) : 1;
    out.record.push(i);
    out.row.push(row);
    out.day.push(day);
    out.minor.push(side.flip * selected * minor + 0);
    out.currency.push(currency !== "" ? currency : fallback);
    out.reference.push(textOf(references?.[i]));
    out.description.push(textOf(descriptions?.[i]));
  }
  return out;
}
