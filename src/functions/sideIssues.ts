/**
 * What reading a range found, said the way a worksheet function can: the errors about its columns as one
 * #VALUE! message (pointing to rulesJson where the task pane would point to its column mapping), the
 * warnings about them as rows of =BO.MATCH, and why a row could not be read, naming its column.
 */
import { bareMessage, keptParams, type Issue } from "../core/issues";
import { RECONCILE_FIELDS, type SideRecords } from "../core/reconcileInput";

export type SideKey = "left" | "right";

/** Field overrides as rulesJson gives them: field -> header (null: not in the table). */
type Columns = Readonly<Record<string, string | null>> | undefined;

/** Issues about the columns, not a row: located at the header row, or nowhere. */
function aboutColumns(read: SideRecords): Issue[] {
  const headerRow = read.table.headerRow;
  return read.issues.filter((i) => i.row === undefined || i.row === headerRow);
}

const fieldOf = (label: string): string | undefined => RECONCILE_FIELDS.find((f) => f.label === label)?.name;

/** A header as a duplicate is found: two headers are one when they differ only in case and outer spaces. */
const headerKey = (header: string): string => header.trim().toLowerCase();

/** The fields one header_missing stands for: the date, or any column an amount can come from. */
const AMOUNT_FIELDS = ["amount", "debit", "credit", "indicator"];
const groupOf = (field: string): readonly string[] =>
  AMOUNT_FIELDS.includes(field) ? AMOUNT_FIELDS : [field];

const inRules = (side: SideKey, key: string, value: string): string =>
  `rulesJson: {${JSON.stringify(side)}: {${JSON.stringify(key)}: ${value}}}`;

const columnsRule = (side: SideKey, field: string): string =>
  inRules(side, "columns", `{${JSON.stringify(field)}: "…"}`);

/**
 * The errors about a side's columns as one message without locations (the range is the caller's), or
 * null when there are none. Rows that cannot be read are no such error: they are listed, not refused.
 */
export function columnErrors(side: SideKey, read: SideRecords, columns: Columns): string | null {
  const errors = aboutColumns(read).filter((i) => i.severity === "error" && !idleDuplicate(read, i));
  if (errors.length === 0) return null;
  // A DATEV export opened as it is: that is the one thing to say (core leaves out the missing columns).
  const datev = errors.find((i) => i.code === "recon_datev_opened");
  if (datev) return bareMessage(datev);
  const headers = read.table.headers.filter((h) => h.trim() !== "");
  // Fields a column is missing for because rulesJson names one that is not there, or several could be it:
  // saying that, not that there is no such column.
  const explained = new Set<string>();
  const unknown: string[] = [];
  // A field rulesJson sends to a column another field reads: its own message says so.
  const twice = new Set(
    errors.flatMap((i) => {
      const field = fieldOf(keptParams(i, "header_mapped_twice")?.field ?? "");
      return field === undefined ? [] : [field];
    }),
  );
  for (const [field, header] of Object.entries(columns ?? {})) {
    if (header === null || read.how[field] === "override" || twice.has(field)) continue;
    explained.add(field);
    unknown.push(
      `rulesJson names ${JSON.stringify(header)} for ${field}, but no column is named ${JSON.stringify(header)}; the headers are ${headers.map((h) => JSON.stringify(h)).join(", ")}.`,
    );
  }
  const messages: string[] = [];
  const duplicates = new Set<string>();
  for (const issue of errors) {
    const text = bareMessage(issue);
    switch (issue.code) {
      case "header_unknown_mapping":
        break;
      case "header_duplicate":
        duplicates.add(headerKey(issue.column ?? ""));
        messages.push(text);
        break;
      case "header_ambiguous": {
        const p = keptParams(issue, "header_ambiguous");
        const field = p && fieldOf(p.field);
        if (!p || field === undefined) {
          messages.push(text);
          break;
        }
        explained.add(field);
        // Two columns with one header: renaming one is the fix, and a mapping could not tell them apart.
        const names = new Set(p.candidates.map(headerKey));
        if (names.size === 1 && duplicates.has([...names][0] as string)) break;
        const candidates = p.candidates.map((c) => `"${c}"`).join(", ");
        messages.push(
          `Several columns could be ${p.field} (${candidates}); choose one in ${columnsRule(side, field)}.`,
        );
        break;
      }
      case "header_missing": {
        const p = keptParams(issue, "header_missing");
        const field = p && fieldOf(p.field);
        if (!p || field === undefined) {
          messages.push(text);
          break;
        }
        if (groupOf(field).some((f) => explained.has(f))) break;
        messages.push(
          `No column for ${p.field}; add a column named ${p.expected} or name it in ${columnsRule(side, field)}.`,
        );
        break;
      }
      default:
        messages.push(text);
    }
  }
  // A mapping core did not report (it reports every one) still fails rather than pass silently.
  if (unknown.length === 0 && errors.some((i) => i.code === "header_unknown_mapping"))
    unknown.push(...errors.filter((i) => i.code === "header_unknown_mapping").map(bareMessage));
  return [...unknown, ...messages].join(" ");
}

/**
 * A header written twice over columns no field is read from (two "Notes"): said, as a warning row, but no
 * reason to refuse the table. Twice over a column a field could be read from, core also finds that field
 * ambiguous, naming the header, and the table is refused.
 */
function idleDuplicate(read: SideRecords, issue: Issue): boolean {
  if (issue.code !== "header_duplicate") return false;
  const header = headerKey(issue.column ?? "");
  return !read.issues.some((i) =>
    keptParams(i, "header_ambiguous")?.candidates.some((c) => headerKey(c) === header),
  );
}

/** Why a cell of a row could not be read, naming its column, and for a date that reads both ways the fix. */
export function rowNote(side: SideKey, issue: Issue): string {
  const text = bareMessage(issue);
  const column = issue.column;
  let note = column && !text.startsWith(column) ? `${column}: ${text}` : text;
  if (issue.code === "date_ambiguous")
    note += ` Set it in ${inRules(side, "dateOrder", '"DMY"')} (or "MDY").`;
  return note;
}

/**
 * Warnings about a side's columns, with the row they point at (the header row, or the first of the
 * amounts a column's currency rounds): a column with values and no header, amounts read rounded.
 */
export function columnWarnings(side: SideKey, read: SideRecords): { row: number; note: string }[] {
  const headerRow = read.table.headerRow;
  return read.issues
    .filter(
      (i) =>
        idleDuplicate(read, i) ||
        (i.severity === "warning" &&
          i.code !== "table_empty" &&
          (i.row === undefined || i.row === headerRow || i.code === "recon_amount_rounded")),
    )
    .map((i) => ({ row: i.row ?? headerRow, note: rowNote(side, i) }));
}
