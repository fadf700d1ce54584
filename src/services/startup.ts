/**
 * What the pane says as it opens about settings a workbook brought from the command line: which were
 * taken in, or that they could not be and what that means for the user's work.
 */
import { settingOfPart } from "../workbook/port";
import { PAIR_SETTING_PREFIX } from "./reconciliation/savedPair";
import { RULES_SETTING } from "./validation/rulesStore";

export interface StartupNotice {
  readonly intent: "info" | "warning";
  readonly title: string;
  readonly detail: string;
}

/** The settings taken, in words: the pairs' decisions and rules, validation rules, earlier outputs. */
function describeTaken(keys: readonly string[]): string {
  const parts: string[] = [];
  // A pair's review may come in parts ("…#a1"): name each pair once.
  const pairs = [
    ...new Set(
      keys
        .map((k) => settingOfPart(k) ?? k)
        .filter((k) => k.startsWith(PAIR_SETTING_PREFIX))
        .map((k) => k.slice(PAIR_SETTING_PREFIX.length).split("|").join(" and ")),
    ),
  ];
  if (pairs.length > 0) parts.push(`the review decisions and rules for ${pairs.join("; ")}`);
  if (keys.includes(RULES_SETTING)) parts.push("its validation rules");
  if (keys.some((k) => k.startsWith("bo.workbook."))) parts.push("the record of the results it wrote");
  if (parts.length === 0) return `${keys.length} setting${keys.length === 1 ? "" : "s"}`;
  const last = parts.pop() as string;
  return parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
}

/** Takes the command line's settings in through `take`, and says what came of it. */
export async function takeCommandLineSettings(take: () => Promise<string[]>): Promise<StartupNotice[]> {
  try {
    const keys = await take();
    if (keys.length === 0) return [];
    return [
      {
        intent: "info",
        title: "Settings from the command line taken in",
        detail: `This workbook was saved by the bo command line: ${describeTaken(keys)} now apply here too.`,
      },
    ];
  } catch (e) {
    return [
      {
        intent: "warning",
        title: "Settings saved by the command line were not taken in",
        detail:
          `${e instanceof Error ? e.message : String(e)} Review decisions and rules made on the command line ` +
          "do not apply here, and Apply refuses result columns the command line wrote until you remove them.",
      },
    ];
  }
}
