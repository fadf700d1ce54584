/**
 * A table's columns as reconciliation maps them: the fields it reads, detected from their headers or
 * named by the user, with what must be settled before rows are read (missing, ambiguous) told apart from
 * what need not stop them (a header repeated over columns no field is read from by that name).
 */
import { detectColumnMap, requireFields, type ColumnMap, type ColumnMapResult } from "../columnMap";
import type { Issue } from "../issues";
import type { TableData } from "../table";
import { RECONCILE_FIELDS } from "./fields";

/** Field -> header the user chose; null: not in the table. */
type Columns = Readonly<Record<string, string | null>>;

/**
 * A header written over several columns stays an error where the columns a field reads depend on it: a
 * field those columns leave ambiguous, or a mapping naming the header (it reads the first of them). Where
 * no field reads them by that name — none reads them, or one reads a column chosen by its place, as the
 * currency after the amount — it is a warning: the table is read as it is.
 */
function duplicatesSettled(
  issues: readonly Issue[],
  headers: readonly string[],
  detected: ColumnMapResult,
  columns: Columns,
): Issue[] {
  const key = (h: string): string => h.trim().toLowerCase();
  const named = new Set(Object.values(columns).flatMap((h) => (h === null ? [] : [key(h)])));
  const tied = new Set(Object.values(detected.candidates).flat());
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
 * several columns could be is reported as that (header_ambiguous), not also as missing.
 */
export function mapReconcileColumns(
  table: Pick<TableData, "headers" | "sheet" | "name" | "headerRow">,
  columns?: Columns,
): ColumnMapResult & { readonly missing: readonly Issue[] } {
  const detected = detectColumnMap(table, RECONCILE_FIELDS, columns ?? {});
  // A field several columns could be counts as decided here: it is reported as that, not also as missing.
  const decided: ColumnMap = {
    ...Object.fromEntries(detected.ambiguous.map((f) => [f, -1])),
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
  const issues = duplicatesSettled(detected.issues, table.headers, detected, columns ?? {});
  return { ...detected, issues, missing };
}
