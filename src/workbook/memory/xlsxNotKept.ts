/**
 * What an .xlsx package holds that the memory workbook cannot keep in a saved copy, told from the parts of
 * the package and from what exceljs read of each sheet, in words a user knows from Excel.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";

/** Parts of the package, by the start of their path, and what they are. */
const PARTS: readonly (readonly [RegExp, string])[] = [
  [/^xl\/charts\/chart\d*\.xml$/, "charts"],
  [/^xl\/chartsheets\//, "chart sheets"],
  [/^xl\/pivotTables\//, "pivot tables"],
  [/^xl\/(slicers|slicerCaches)\//, "slicers"],
  [/^xl\/timelines\//, "timelines"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/externalLinks\//, "links to other workbooks (formulas that use them lose their source)"],
  [/^xl\/(connections\.xml$|queryTables\/)/, "data connections and queries"],
  [/^xl\/threadedComments\//, "threaded comments (their text stays, as notes)"],
  [/^customXml\//, "custom XML data"],
];

/** A drawing shape or text box (xdr:sp), as against a picture or a chart frame. */
const SHAPE = /<(?:\w+:)?sp[\s>]/;
/** A hyperlink to a place in the workbook: a location and no relationship to an address. */
const PLACE_LINK = /<hyperlink\b(?![^>]*\br:id=)[^>]*\blocation="/;

export interface DefinedName {
  readonly name: string;
  /** A name of one sheet (localSheetId), which exceljs reads as the workbook's. */
  readonly scoped: boolean;
}

/** The names workbook.xml defines, as written. */
export function definedNames(workbookXml: string): DefinedName[] {
  const out: DefinedName[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name !== undefined) out.push({ name, scoped: /\blocalSheetId="/.test(attrs) });
  }
  return out;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The features of a loaded package a saved copy leaves out, each said once; the sheet's name where exceljs
 * tells it. `kept` are the defined names the memory workbook keeps.
 */
export async function notKeptOf(
  zip: JSZip,
  x: ExcelJS.Workbook,
  names: readonly DefinedName[],
  kept: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  const paths = Object.keys(zip.files);
  for (const [pattern, words] of PARTS)
    if (paths.some((p) => pattern.test(p)) && !found.includes(words)) found.push(words);
  const bySheet = (what: string, has: (ws: ExcelJS.Worksheet) => boolean): void => {
    const sheets = x.worksheets.filter(has).map((ws) => `"${ws.name}"`);
    if (sheets.length > 0)
      found.push(`${what} on ${sheets.length > 1 ? "the sheets" : "the sheet"} ${list(sheets)}`);
  };
  bySheet("images", (ws) => ws.getImages().length > 0);
  bySheet(
    "conditional formatting",
    (ws) =>
      ((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []).length > 0,
  );
  const anyCell = (ws: ExcelJS.Worksheet, has: (c: ExcelJS.Cell) => boolean): boolean => {
    let found = false;
    ws.eachRow((row) => row.eachCell((c) => void (found ||= has(c))));
    return found;
  };
  bySheet("cell borders", (ws) =>
    anyCell(ws, (c) => Object.values(c.border ?? {}).some((side) => side !== undefined && side !== null)),
  );
  bySheet("text alignment and wrapping", (ws) =>
    anyCell(ws, (c) => Object.values(c.alignment ?? {}).some((v) => v !== undefined && v !== false)),
  );
  bySheet("filters outside tables", (ws) => ws.autoFilter !== undefined && ws.autoFilter !== null);
  const drawings = paths.filter((p) => /^xl\/drawings\/drawing\d*\.xml$/.test(p));
  for (const p of drawings)
    if (SHAPE.test((await zip.file(p)?.async("string")) ?? "")) {
      found.push("shapes and text boxes");
      break;
    }
  for (const p of paths.filter((q) => /^xl\/worksheets\/sheet\d*\.xml$/.test(q)))
    if (PLACE_LINK.test((await zip.file(p)?.async("string")) ?? "")) {
      found.push("hyperlinks to places in the workbook");
      break;
    }
  if (names.some((n) => n.name === "_xlnm.Print_Area" || n.name === "_xlnm.Print_Titles"))
    found.push("print areas and titles");
  const lost = [
    ...new Set(
      names
        .filter((n) => !n.name.startsWith("_xlnm.") && (n.scoped || !kept.includes(n.name)))
        .map((n) => `"${n.name}"`),
    ),
  ];
  if (lost.length > 0)
    found.push(
      `the ${lost.length > 1 ? "names" : "name"} ${list(lost)} (a formula, a constant or one sheet's own name)`,
    );
  return found;
}
