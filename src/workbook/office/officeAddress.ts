/** Addresses as the Excel API reports them ("Sheet1!A1:C9", "'My sheet'!B2, 'My sheet'!B4:B6") to areas. */
import { parseArea, splitSheetAddress, type Area } from "../address";

export function areaOfAddress(address: string): { sheet: string; area: Area } {
  const { sheet, address: a1 } = splitSheetAddress(address);
  return { sheet: sheet ?? "", area: parseArea(a1) };
}

/** The areas of a RangeAreas address (comma-separated, each sheet-qualified). */
export function areasOfAddress(address: string): Area[] {
  const out: Area[] = [];
  let depth = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") depth = !depth;
    if (i === address.length || (ch === "," && !depth)) {
      const part = address.slice(start, i).trim();
      if (part) out.push(areaOfAddress(part).area);
      start = i + 1;
    }
  }
  return out;
}
