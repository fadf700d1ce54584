/**
 * Settings a workbook brought from the command line. A file the command line saved keeps the add-in's
 * settings (review decisions, rules, the record of its outputs) in the very hidden BO_Settings sheet,
 * since exceljs cannot write the add-in part where Excel keeps them. The first time the task pane meets
 * such a workbook it takes them into the document's add-in settings, where everything reads them; a key
 * the document already holds keeps its own value. A marker setting makes this happen once a workbook,
 * so a decision forgotten in the pane later is not brought back from the sheet.
 */
import type { DocumentSettings } from "../driver";
import { SETTINGS_SHEET, settingsFromRows } from "../settingsSheet";
import type { Runner } from "./runner";

/** Set once the sheet's settings were taken in. */
export const TAKEN_KEY = "bo.workbook.settingsSheetTaken";
/** Every setting the add-in writes starts so; the sheet's other rows belong to the command line. */
const OURS = "bo.";

async function sheetRows(runner: Runner): Promise<unknown[][] | null> {
  return runner.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
    await ctx.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("values");
    await ctx.sync();
    return used.isNullObject ? [] : (used.values as unknown[][]);
  });
}

/**
 * Takes the sheet's settings in, once, and returns the keys taken. Nothing is written when the
 * workbook has no such sheet; each key is saved before the marker, so an interrupted take resumes.
 */
export async function takeSheetSettings(runner: Runner, settings: DocumentSettings): Promise<string[]> {
  if (settings.get(TAKEN_KEY) !== null) return [];
  const rows = await sheetRows(runner);
  if (rows === null) return [];
  const taken: string[] = [];
  for (const [key, value] of settingsFromRows(rows)) {
    if (!key.startsWith(OURS) || key === TAKEN_KEY || settings.get(key) !== null) continue;
    await settings.set(key, value);
    taken.push(key);
  }
  await settings.set(TAKEN_KEY, true);
  return taken;
}
