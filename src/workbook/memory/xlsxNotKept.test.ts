/**
 * What a loaded workbook holds that a saved copy leaves out — charts, pivot tables, macros, images,
 * conditional formatting, borders, names it cannot keep… — listed in the memory workbook's notKept, each once.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadXlsx, saveXlsx } from "./xlsx";

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function xlsxFrom(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The package with parts added or changed, as another program than exceljs would have written them. */
async function withParts(
  bytes: Uint8Array,
  change: (zip: JSZip) => Promise<void> | void,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function edit(zip: JSZip, path: string, f: (xml: string) => string): Promise<void> {
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`no part ${path}`);
  zip.file(path, f(xml));
}

/** A sheet with a table of two rows, a totals row, a font, a link, a dropdown and a name: all kept. */
function keptOnly(x: ExcelJS.Workbook): void {
  const ws = x.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addTable({
    name: "Bank",
    ref: "A1",
    totalsRow: true,
    columns: [{ name: "Reference" }, { name: "Amount", totalsRowFunction: "sum" }],
    rows: [
      ["A-1", 10],
      ["A-2", 20],
    ],
  });
  ws.getCell("A2").font = { italic: true };
  ws.getCell("D1").value = { text: "ERP", hyperlink: "https://erp.example" };
  ws.getCell("D2").dataValidation = { type: "list", formulae: ['"yes,no"'] };
  ws.getCell("D3").note = "checked";
  x.definedNames.add("Data!$D$1", "Link");
}

describe("loadXlsx: what a saved copy leaves out", () => {
  it("lists nothing for a workbook whose every part is kept", async () => {
    const wb = await loadXlsx(await xlsxFrom(keptOnly));
    expect(wb.notKept).toEqual([]);
    expect((await loadXlsx(await saveXlsx(wb))).notKept).toEqual([]);
  });

  it("names images, conditional formatting and a filter outside tables by sheet", async () => {
    const wb = await loadXlsx(
      await xlsxFrom((x) => {
        keptOnly(x);
        const logo = x.addImage({ buffer: PNG, extension: "png" } as unknown as ExcelJS.Image);
        const summary = x.addWorksheet("Summary");
        summary.addImage(logo, "A1:B2");
        const plain = x.addWorksheet("Plain");
        plain.addRow(["Amount"]);
        plain.addRow([5]);
        plain.autoFilter = "A1:A2";
        plain.getCell("A1").border = { bottom: { style: "thin" } };
        plain.getCell("A1").alignment = { wrapText: true };
        for (const ws of [summary, plain])
          ws.addConditionalFormatting({
            ref: "A2:A9",
            rules: [
              {
                type: "cellIs",
                operator: "lessThan",
                formulae: ["0"],
                priority: 1,
                style: { font: { color: { argb: "FFFF0000" } } },
              },
            ],
          });
      }),
    );
    expect(wb.notKept).toEqual([
      'images on the sheet "Summary"',
      'conditional formatting on the sheets "Summary" and "Plain"',
      'cell borders on the sheet "Plain"',
      'text alignment and wrapping on the sheet "Plain"',
      'filters outside tables on the sheet "Plain"',
    ]);
  });

  it("names charts, pivot tables, macros, shapes, links within the workbook and names it cannot keep", async () => {
    const bytes = await withParts(await xlsxFrom(keptOnly), async (zip) => {
      zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
      zip.file("xl/charts/chart2.xml", "<c:chartSpace/>");
      zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
      zip.file("xl/vbaProject.bin", "macros");
      zip.file(
        "xl/drawings/drawing1.xml",
        "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>",
      );
      await edit(zip, "xl/worksheets/sheet1.xml", (xml) =>
        xml.replace("</hyperlinks>", '<hyperlink ref="E1" location="Data!A1" display="Top"/></hyperlinks>'),
      );
      await edit(zip, "xl/workbook.xml", (xml) =>
        xml.replace(
          "</definedNames>",
          '<definedName name="Rate">0.2</definedName>' +
            '<definedName name="Mine" localSheetId="0">Data!$A$2</definedName>' +
            '<definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$B$4</definedName>' +
            "</definedNames>",
        ),
      );
    });
    const wb = await loadXlsx(bytes);
    expect(wb.notKept).toEqual([
      "charts",
      "pivot tables",
      "macros",
      "shapes and text boxes",
      "hyperlinks to places in the workbook",
      "print areas and titles",
      'the names "Rate" and "Mine" (a formula, a constant or one sheet\'s own name)',
    ]);
    // A name of one sheet is not made the workbook's; the workbook's own range name is kept.
    expect(wb.names.map((n) => n.name)).toEqual(["Link"]);
  });
});
