/**
 * Settings a workbook brought from the command line. A file the command line saved keeps the add-in's
 * settings (review decisions, rules, the record of its outputs) in the very hidden BO_Settings sheet,
 * since exceljs cannot write the add-in part where Excel keeps them. The first time the task pane meets
 * such a workbook it takes them into the document's add-in settings, where everything reads them; a key
 * the document already holds keeps its own value. A marker setting makes this happen once a workbook,
 * so a decision forgotten in the pane later is not brought back from the sheet.
 */
import type { Area } from "../address";
import type { Driver } from "../driver";
import { OUR_SETTING_PREFIX, settingOfPart } from "../port";
import { CELL_TEXT_LIMIT, SETTINGS_SHEET, settingsFromRows } from "../settingsSheet";
import { areaOfAddress } from "./officeAddress";
import type { Runner } from "./runner";

/** Set once the sheet's settings were taken in. */
export const TAKEN_KEY = "bo.workbook.settingsSheetTaken";

/** The sheet's used area, or null when the workbook has no such sheet. */
async function usedArea(runner: Runner): Promise<Area | null | "empty"> {
  return runner.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("name");
    await ctx.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await ctx.sync();
    return used.isNullObject ? "empty" : areaOfAddress(used.address).area;
  });
}

/**
 * Takes the sheet's settings in, once, and returns the keys taken. Nothing is written when the
 * workbook has no such sheet; each key is saved before the marker, so an interrupted take resumes.
 */
export async function takeSheetSettings(driver: Driver & { readonly runner: Runner }): Promise<string[]> {
  const { settings } = driver;
  if (settings.get(TAKEN_KEY) !== null) return [];
  const area = await usedArea(driver.runner);
  if (area === null) return [];
  // A cell may hold 32,767 characters (a large review fills many): requests are sized for full cells.
  const rows =
    area === "empty" ? [] : await driver.readValues(SETTINGS_SHEET, area, { cellBytes: 2 * CELL_TEXT_LIMIT });
  const taken: string[] = [];
  // Values before parts (the command line saves a part before the value that names it).
  const entries = [...settingsFromRows(rows)].sort(
    ([a], [b]) => Number(settingOfPart(a) !== null) - Number(settingOfPart(b) !== null),
  );
  for (const [key, value] of entries) {
    if (!key.startsWith(OUR_SETTING_PREFIX) || key === TAKEN_KEY || settings.get(key) !== null) continue;
    // A part ("key#a1") belongs to the value its key names: without that value it would be read by none.
    const whole = settingOfPart(key);
    if (whole !== null && !taken.includes(whole)) continue;
    await settings.set(key, value);
    taken.push(key);
  }
  await settings.set(TAKEN_KEY, true);
  return taken;
}
