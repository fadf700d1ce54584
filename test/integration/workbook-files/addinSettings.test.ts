/**
 * Settings across the file boundary: what the add-in kept in a workbook Excel saved is read back by
 * the command line, and settings the command line saves fit Excel's cells however long they are.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ADDIN_ID, settingsOfPart } from "../../../src/workbook/memory/addinSettings";
import { MemoryWorkbook } from "../../../src/workbook/memory/model";
import { loadXlsx, saveXlsx, SETTINGS_SHEET } from "../../../src/workbook/memory/xlsx";
import { CELL_TEXT_LIMIT, cellPieces } from "../../../src/workbook/settingsSheet";
import { withWebExtensions } from "../../support/webExtension";

const OTHER_ADDIN = "wa104380862";

async function plainBook(settings: Record<string, unknown> = {}): Promise<Uint8Array> {
  const wb = new MemoryWorkbook();
  wb.putRows("Data", 1, 0, [["Key"], ["a"]]);
  for (const [k, v] of Object.entries(settings)) wb.settings.set(k, v);
  return saveXlsx(wb);
}

describe("the add-in's settings in a workbook Excel saved", () => {
  it("names the add-in by manifest.xml's id", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "../../../manifest.xml"), "utf8");
    expect(manifest).toContain(`<Id>${ADDIN_ID}</Id>`);
  });

  it("reads our settings from our part and nothing from another add-in's", async () => {
    const decisions = { version: 1, decisions: { groups: [{ left: ["L!2"], right: ["B!3"] }] } };
    const bytes = await withWebExtensions(await plainBook(), [
      { id: OTHER_ADDIN, settings: { "bo.validation.rules": { theirs: true } } },
      { id: `{${ADDIN_ID.toUpperCase()}}`, settings: { "bo.reconcile:Ledger|Bank": decisions } },
    ]);
    const wb = await loadXlsx(bytes);
    expect([...wb.settings.keys()]).toEqual(["bo.reconcile:Ledger|Bank"]);
    expect(wb.settings.get("bo.reconcile:Ledger|Bank")).toEqual(decisions);
    // The workbook itself reads as before.
    expect(wb.sheet("Data")).toBeDefined();
  });

  it("wins over the BO_Settings sheet for the same key and keeps the sheet's other keys", async () => {
    const saved = await plainBook({
      "bo.reconcile:Ledger|Bank": { from: "sheet" },
      "bo.validation.rules": [1],
    });
    const bytes = await withWebExtensions(saved, [
      { id: ADDIN_ID, settings: { "bo.reconcile:Ledger|Bank": { from: "excel" } } },
    ]);
    const wb = await loadXlsx(bytes);
    expect(wb.settings.get("bo.reconcile:Ledger|Bank")).toEqual({ from: "excel" });
    expect(wb.settings.get("bo.validation.rules")).toEqual([1]);
  });

  it("decodes values as an XML parser does and drops one that is not JSON", () => {
    const xml =
      `<?xml version="1.0"?><x:webextension xmlns:x="urn:we" id="{1}">` +
      `<x:reference id='${ADDIN_ID}' version="1.0.0.0" store="s" storeType="Registry"/>` +
      `<x:properties>` +
      `<x:property name="bo.a" value="{&#10;&quot;note&quot;:&quot;a > b &amp; c &lt; d&quot;,\n&quot;n&quot;:&quot;x\\ny&#x263A;&#9786;&quot;}"/>` +
      `<x:property name="bo.b" value='"single &apos;quoted&apos;"'/>` +
      `<x:property name="bo.broken" value="{not json"/>` +
      `<x:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
      `</x:properties></x:webextension>`;
    const got = settingsOfPart(xml);
    expect(got && Object.fromEntries(got)).toEqual({
      "bo.a": { note: "a > b & c < d", n: "x\ny\u263a\u263a" },
      "bo.b": "single 'quoted'",
    });
  });

  it("ignores a part that is not a web extension or names no add-in of ours", () => {
    expect(settingsOfPart(`<wetp:taskpanes xmlns:wetp="urn:tp"/>`)).toBeNull();
    expect(
      settingsOfPart(
        `<we:webextension xmlns:we="urn:we"><we:reference id="${ADDIN_ID}0"/>` +
          `<we:properties><we:property name="bo.a" value="1"/></we:properties></we:webextension>`,
      ),
    ).toBeNull();
  });

  it("finds our add-in by the part's own id, as Office's documentation writes it", () => {
    const got = settingsOfPart(
      `<we:webextension xmlns:we="urn:we" id="{${ADDIN_ID.toUpperCase()}}"><we:reference id="${OTHER_ADDIN}"/>` +
        `<we:properties><we:property name="bo.a" value="[&quot;x&quot;]"/></we:properties></we:webextension>`,
    );
    expect(got && Object.fromEntries(got)).toEqual({ "bo.a": ["x"] });
  });

  it("finds our add-in by an alternate reference too", () => {
    const got = settingsOfPart(
      `<we:webextension xmlns:we="urn:we"><we:reference id="${OTHER_ADDIN}"/>` +
        `<we:alternateReferences><we:reference id="${ADDIN_ID}"/></we:alternateReferences>` +
        `<we:properties><we:property name="bo.a" value="1"/></we:properties></we:webextension>`,
    );
    expect(got && Object.fromEntries(got)).toEqual({ "bo.a": 1 });
  });
});

describe("settings longer than a cell holds", () => {
  it("cuts text into pieces of at most 32,767 characters, never inside a surrogate pair", () => {
    const smile = "\u{1F600}";
    const text = "a".repeat(CELL_TEXT_LIMIT - 1) + smile + "b".repeat(CELL_TEXT_LIMIT) + smile;
    const pieces = cellPieces(text);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(pieces[0]).toHaveLength(CELL_TEXT_LIMIT - 1);
    expect(cellPieces("")).toEqual([]);
  });

  it("round-trips a 100 KB setting with every cell of BO_Settings within Excel's limit", async () => {
    const accepted = Array.from({ length: 6000 }, (_, k) => `M-${k.toString(16).padStart(12, "0")}`);
    const value = { version: 1, decisions: { groups: [], accepted, rejected: [] }, note: "Zoë \u{1F600}" };
    const bytes = await plainBook({ "bo.reconcile:Ledger|Bank": value, "bo.small": 1 });
    expect(JSON.stringify(value).length).toBeGreaterThan(3 * CELL_TEXT_LIMIT);

    const x = new ExcelJS.Workbook();
    await x.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = x.getWorksheet(SETTINGS_SHEET);
    let cells = 0;
    sheet?.eachRow((row) =>
      row.eachCell((c) => {
        cells++;
        expect(String(c.value).length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      }),
    );
    expect(cells).toBeGreaterThan(5);

    const wb = await loadXlsx(bytes);
    expect(wb.settings.get("bo.reconcile:Ledger|Bank")).toEqual(value);
    expect(wb.settings.get("bo.small")).toBe(1);
  });
});
