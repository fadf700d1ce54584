/**
 * A table's columns as reconciliation maps them: the fields it reads, detected from their headers or
 * named by the user, with what must be settled before rows are read (missing, ambiguous) told apart from
 * what need not stop them (a header repeated over columns no field is read from by that name, a field the
 * side can do without that several columns could be).
 */
import { detectColumnMap, requireFields, type ColumnMap, type ColumnMapResult } from "../columnMap";
import { keptParams, makeIssue, type Issue } from "../issues";
import type { TableData } from "../table";
import { textTiesByValues } from "./columnsByContent";
import { joinNumberedSeries } from "./joinedColumns";
import { RECONCILE_FIELDS } from "./fields";

const LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  RECONCILE_FIELDS.map((f) => [f.name, f.label]),
);

/** Field -> header the user chose; null: not in the table. */
type Columns = Readonly<Record<string, string | null>>;

/** The fields a side cannot be read without: its date, and its amounts and which way they go. */
const REQUIRED: ReadonlySet<string> = new Set(["date", "amount", "debit", "credit", "indicator"]);

/**
 * A field the side can do without that several columns could be is read from none of them, and said as a
 * warning naming the field, its columns and how to choose one; the run goes on. A field it needs stays
 * an error (header_ambiguous).
 */
function optionalTiesSettled(
  issues: readonly Issue[],
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
  detected: ColumnMapResult,
): Issue[] {
  const at = { sheet: table.sheet, table: table.name, row: table.headerRow };
  const optional = new Map(
    RECONCILE_FIELDS.filter((f) => !REQUIRED.has(f.name) && detected.ambiguous.includes(f.name)).map((f) => [
      f.label,
      f,
    ]),
  );
  return issues.map((issue) => {
    const label = keptParams(issue, "header_ambiguous")?.field;
    const field = label === undefined ? undefined : optional.get(label);
    if (field === undefined) return issue;
    const headers = (detected.candidates[field.name] ?? []).map((c) => table.headers[c] ?? "");
    return makeIssue("recon_column_ambiguous", at, {
      field: field.label,
      key: field.name,
      candidates: headers.map((h) => `"${h}"`).join(", "),
      example: JSON.stringify(headers[0] ?? ""),
      headers,
    });
  });
}

/**
 * A header written over several columns stays an error where the columns a field reads depend on it: a
 * field the side needs that those columns leave ambiguous, or a mapping naming the header (it reads the
 * first of them). Where no field reads them by that name — none reads them, one reads a column chosen by
 * its place, as the currency after the amount, or an optional field is left unread for the tie — it is a
 * warning: the table is read as it is.
 */
function duplicatesSettled(
  issues: readonly Issue[],
  headers: readonly string[],
  detected: ColumnMapResult,
  columns: Columns,
): Issue[] {
  const key = (h: string): string => h.trim().toLowerCase();
  const named = new Set(Object.values(columns).flatMap((h) => (h === null ? [] : [key(h)])));
  const tied = new Set(
    Object.entries(detected.candidates).flatMap(([field, candidates]) =>
      REQUIRED.has(field) ? candidates : [],
    ),
  );
  return issues.map((issue) => {
    if (issue.code !== "header_duplicate" || issue.severity !== "error") return issue;
    const header = key(issue.column ?? "");
    if (named.has(header)) return issue;
    if (headers.some((h, c) => key(h) === header && tied.has(c))) return issue;
    return { ...issue, severity: "warning" };
  });
}

/**
 * Detects the column map of a table for reconciliation, with `columns` overriding detection. A field
 * several columns could be is reported as that (header_ambiguous), not also as missing. Given the table's
 * cells, a text field's tie its values settle is settled (textTiesByValues).
 */
export function mapReconcileColumns(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
  columns?: Columns,
  cells?: TableData["columns"],
): ColumnMapResult & {
  readonly missing: readonly Issue[];
  /** Text fields read from a numbered series of columns joined (joinedColumns.ts), by field. */
  readonly joined: Readonly<Record<string, readonly number[]>>;
} {
  const byHeaders = detectColumnMap(table, RECONCILE_FIELDS, columns ?? {});
  const byValues = cells === undefined ? byHeaders : textTiesByValues(byHeaders, cells, LABELS);
  const { detected, joined, notes } = joinNumberedSeries(table, byValues, RECONCILE_FIELDS);
  // A field several columns could be, or one the mapping sends to a column another field reads, counts as
  // decided here: it is reported as that, not also as missing.
  const twice = detected.issues.flatMap((i) => {
    const label = keptParams(i, "header_mapped_twice")?.field;
    const field = RECONCILE_FIELDS.find((f) => f.label === label);
    return field === undefined ? [] : [field.name];
  });
  const decided: ColumnMap = {
    ...Object.fromEntries([...detected.ambiguous, ...twice].map((f) => [f, -1])),
    ...detected.map,
  };
  const missing = [
    ...requireFields(table, RECONCILE_FIELDS, decided, [["date"]]),
    ...requireFields(table, RECONCILE_FIELDS, decided, [
      ["amount"],
      ["debit", "credit"],
      ["debit"],
      ["credit"],
    ]),
  ];
  const issues = optionalTiesSettled(
    duplicatesSettled(detected.issues, table.headers, detected, columns ?? {}),
    table,
    detected,
  );
  return { ...detected, issues: [...issues, ...notes], missing, joined };
}
