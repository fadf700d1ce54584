/** The one location format for messages: `Sheet!Table[Column] row N`. */
import type { IssueLocation } from "./issue";

/** Excel's rule: sheet names other than plain identifiers are single-quoted, with ' doubled. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function formatLocation(loc: IssueLocation): string {
  let s = "";
  // A range read as a table is named by its address, sheet included ("Bank!A3:D40"): said once.
  const named = loc.sheet !== undefined && loc.table?.startsWith(`${quoteSheet(loc.sheet)}!`) === true;
  if (loc.sheet !== undefined && !named) s += `${quoteSheet(loc.sheet)}!`;
  if (loc.table !== undefined) s += loc.table;
  if (loc.column !== undefined) s += `[${loc.column}]`;
  if (loc.row !== undefined) s += `${s === "" ? "" : " "}row ${loc.row}`;
  return s;
}

/** The message without its location prefix, for a cell note or a place that already says where. */
export function bareMessage(issue: IssueLocation & { readonly message: string }): string {
  const where = formatLocation(issue);
  return where !== "" && issue.message.startsWith(`${where}: `)
    ? issue.message.slice(where.length + 2)
    : issue.message;
}
