/**
 * `--select Field=V1,V2` of `bo reconcile`: the book rows taking part. A field the book has no column for,
 * or a value no row carries, selects nothing and would reconcile an empty book as if all were well: both
 * are refused, naming the columns or the values the book does have.
 */
import {
  fieldLabel,
  RECONCILE_FIELDS,
  selectionColumns,
  selectionText,
  valueCounts,
  type ReconcileField,
  type Selection,
  type SideRecords,
} from "../../core/reconcileInput";
import { stringFlag, UsageError, type ParsedArgs } from "../args";

/** How many of the values the book has a refusal names. */
const SHOWN = 5;

/** `--select Account=1000,1010` picks the book rows; `--select all` takes every row. */
export function selectionOf(args: ParsedArgs, proposed: Selection | null): Selection | null {
  const text = stringFlag(args, "select");
  if (text === undefined) return proposed;
  if (text.toLowerCase() === "all") return null;
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`--select needs Field=Value, e.g. Account=1000; got "${text}"`);
  const name = text.slice(0, eq).trim().toLowerCase();
  const field = RECONCILE_FIELDS.find((f) => f.name.toLowerCase() === name || f.label.toLowerCase() === name);
  if (!field)
    throw new UsageError(
      `--select: "${text.slice(0, eq)}" is not a field (${RECONCILE_FIELDS.map((f) => f.name).join(", ")})`,
    );
  const values = text
    .slice(eq + 1)
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (values.length === 0) throw new UsageError(`--select ${field.name}= needs at least one value`);
  return { field: field.name as ReconcileField, values };
}

const rows = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

/**
 * Refuses a --select that the book as read cannot honour: no column for its field, or a value on no row
 * (in the field's column, or for an account in its contra-account column).
 */
export function checkSelection(book: SideRecords, sel: Selection): void {
  const { table } = book;
  const label = fieldLabel(sel.field);
  const columns = selectionColumns(book.map, sel.field);
  if (columns.length === 0)
    throw new UsageError(
      `--select: the book "${table.name}" has no ${label} column (its columns: ${table.headers.join(", ")}); ` +
        `map one in a rules file ("left": {"columns": {"${sel.field}": "Header"}}), or leave --select out`,
    );
  const counts = valueCounts(table, columns);
  const there = new Set(counts.map((c) => selectionText(c.value)));
  const missing = sel.values.filter((v) => !there.has(selectionText(v)));
  if (missing.length === 0) return;
  const shown = counts.slice(0, SHOWN).map((c) => `${c.value}: ${rows(c.count)}`);
  const more = counts.length > SHOWN ? ` and ${counts.length - SHOWN} more` : "";
  throw new UsageError(
    `--select: no row of the book "${table.name}" has ${label} ${missing.join(" or ")} ` +
      `(it has ${shown.length === 0 ? "none" : shown.join(", ") + more})`,
  );
}
