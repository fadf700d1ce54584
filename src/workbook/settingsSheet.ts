/**
 * The very hidden sheet in which a workbook saved by the command line carries the add-in's settings
 * (exceljs cannot write the add-in part where Excel keeps them): one setting a row, its key in column A
 * and its JSON text from column B on, cut into cells of at most 32,767 characters, Excel's limit for a
 * cell. The command line writes and reads it; the task pane reads it once to take those settings in.
 */
export const SETTINGS_SHEET = "BO_Settings";
/** Excel holds at most this many characters in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** Text cut into cells Excel can hold, never between the two halves of a surrogate pair. */
export function cellPieces(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + CELL_TEXT_LIMIT, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** A row of the sheet for one setting: its key, then its JSON text in pieces. */
export function settingRow(key: string, value: unknown): string[] {
  return [key, ...cellPieces(JSON.stringify(value ?? null))];
}

/**
 * The settings in the sheet's rows (cell values, column A first), parsed from JSON. A row without a
 * key or text, or whose text is not JSON (a hand edit), is dropped rather than trusted.
 */
export function settingsFromRows(rows: readonly (readonly unknown[])[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const row of rows) {
    const key = row[0];
    let json = "";
    for (let c = 1; c < row.length && typeof row[c] === "string" && row[c] !== ""; c++)
      json += row[c] as string;
    if (typeof key !== "string" || key === "" || json === "") continue;
    try {
      out.set(key, JSON.parse(json) as unknown);
    } catch {
      continue;
    }
  }
  return out;
}
