/**
 * How a side gives its amounts, as one choice: a signed Amount column, Debit and Credit columns, or an
 * Amount column with a Dr/Cr column. The choice and the column map are kept in step, so a side never
 * names both an Amount and Debit/Credit columns, and no column is read as two fields.
 */
import type { ReconcileField } from "../../../core/reconcileInput";

export type AmountColumns = "amount" | "debit-credit" | "indicator";

/** Field -> header as the user chose it; null: not in the table; absent: as detected. */
export type ColumnChoices = Readonly<Partial<Record<ReconcileField, string | null>>>;

const AMOUNT_FIELDS: readonly ReconcileField[] = ["amount", "debit", "credit", "indicator"];

/** The amount fields each way reads. */
export const FIELDS_OF: Readonly<Record<AmountColumns, readonly ReconcileField[]>> = {
  amount: ["amount"],
  "debit-credit": ["debit", "credit"],
  indicator: ["amount", "indicator"],
};

/** Whether a side whose columns are `mapped` can read its amounts that way (no other way's column mapped). */
function fits(way: AmountColumns, mapped: (f: ReconcileField) => boolean): boolean {
  return AMOUNT_FIELDS.every((f) => FIELDS_OF[way].includes(f) || !mapped(f));
}

/**
 * The way a side reads its amounts: the one the user chose while its columns allow it, else the one its
 * columns give (an Amount column wins over Debit/Credit, as the reading does), else a signed amount.
 */
export function amountColumnsOf(
  columns: Readonly<Partial<Record<ReconcileField, string>>>,
  chosen: AmountColumns | null,
): AmountColumns {
  const mapped = (f: ReconcileField) => columns[f] !== undefined;
  if (chosen !== null && fits(chosen, mapped)) return chosen;
  if (mapped("amount")) return mapped("indicator") ? "indicator" : "amount";
  if (mapped("debit") || mapped("credit")) return "debit-credit";
  return "amount";
}

/**
 * The column choices for reading amounts `way`: the other ways' fields are not in the table; this way's
 * fields set to "not in the table" are detected again, so a table with Debit and Credit columns finds
 * them when the user comes back to them.
 */
export function withAmountColumns(columns: ColumnChoices, way: AmountColumns): ColumnChoices {
  const next: Partial<Record<ReconcileField, string | null>> = { ...columns };
  for (const f of AMOUNT_FIELDS) {
    if (!FIELDS_OF[way].includes(f)) next[f] = null;
    else if (next[f] === null) delete next[f];
  }
  return next;
}

const sameHeader = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The field other than `field` that reads `header` now, if any. */
export function holderOf(
  columns: Readonly<Partial<Record<ReconcileField, string>>>,
  field: ReconcileField,
  header: string,
): ReconcileField | undefined {
  return (Object.keys(columns) as ReconcileField[]).find((g) => {
    const h = columns[g];
    return g !== field && h !== undefined && sameHeader(h, header);
  });
}

/**
 * The column choices with `field` read from `header` (null: not in the table). The column is one field's
 * only: a field that read it before no longer does (it is "not in the table" until the user chooses).
 */
export function withColumn(
  choices: ColumnChoices,
  current: Readonly<Partial<Record<ReconcileField, string>>>,
  field: ReconcileField,
  header: string | null,
): ColumnChoices {
  const holder = header === null ? undefined : holderOf(current, field, header);
  return { ...choices, [field]: header, ...(holder === undefined ? {} : { [holder]: null }) };
}
