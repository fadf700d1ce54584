/** Describes a driver step in words, for progress lines, journals and failure messages. */
import { quoteSheet } from "../core/issues/location";
import { formatArea } from "./address";
import type { Step } from "./driver";

export function describeStep(step: Step): string {
  const at = (sheet: string) => `sheet ${quoteSheet(sheet)}`;
  switch (step.op) {
    case "addSheet":
      return `adding ${at(step.sheet)}`;
    case "deleteSheet":
      return `deleting ${at(step.sheet)}`;
    case "clearArea":
      return `clearing ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
    case "writeCells":
      return `writing ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
    case "setBold":
      return `formatting ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
    case "fitColumns":
      return `fitting the column widths of ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
    case "addTable":
      return `creating table '${step.name}' at ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
    case "dropTable":
      return `removing table '${step.table}'`;
    case "addTableColumns":
      return `adding columns ${step.headers.map((h) => `"${h}"`).join(", ")} to table '${step.table}'`;
    case "trimTableColumns":
      return `removing the columns after column ${step.keep} of table '${step.table}'`;
    case "setFills":
      return `colouring ${step.fills.length} cell range(s) on ${at(step.sheet)}`;
    case "setNotes":
      return `writing ${step.notes.length} note(s) on ${at(step.sheet)}`;
    case "restoreCells":
      return `restoring ${quoteSheet(step.state.sheet)}!${formatArea(step.state.area)}`;
    case "restoreTables":
      return `restoring the tables of ${quoteSheet(step.sheet)}!${formatArea(step.area)}`;
  }
}
