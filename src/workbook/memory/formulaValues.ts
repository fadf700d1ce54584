/**
 * Which formula cells of an .xlsx package hold no value. exceljs reads a formula whose value is empty text
 * (Excel writes t="str" and an empty <v>) and one never calculated (no <v>, as tools that write formulas
 * without calculating them leave it) alike, so the sheet's own XML tells them apart.
 */
import type JSZip from "jszip";

/**
 * Of the candidates (A1 addresses of formula cells exceljs read without a value, by sheet name), those whose
 * sheet XML holds no value for them. A sheet or cell the package does not show as expected is left out:
 * no cell is reported on a guess.
 */
export async function formulasWithoutValue(
  zip: JSZip,
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (candidates.size === 0) return out;
  const paths = await sheetPaths(zip);
  for (const [sheet, addresses] of candidates) {
    const path = paths.get(sheet);
    const xml = path === undefined ? undefined : await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    const found = new Set<string>();
    // A cell with a prefix or not (<c> or <x:c>), self-closing or with content.
    for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = m[1] ?? "";
      const address = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (address === undefined || !addresses.has(address)) continue;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const value = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)</.exec(m[2] ?? "")?.[1] ?? "";
      if (type !== "str" && type !== "inlineStr" && value === "") found.add(address);
    }
    if (found.size > 0) out.set(sheet, found);
  }
  return out;
}

/** Each worksheet's part in the package, by sheet name (workbook.xml names them, its relationships place them). */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (workbook === undefined || rels === undefined) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined)
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) out.set(decodeXml(name), target);
  }
  return out;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}
