/** .xlsx in and out of the memory workbook: values as Excel gives them, and everything the add-in writes survives a save. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellError } from "../../../src/core/cell";
import { createMemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { loadCsv } from "../../../src/workbook/memory/csv";
import { loadXlsx, saveXlsx, SETTINGS_SHEET } from "../../../src/workbook/memory/xlsx";
import { dumpMemory } from "../../contract/backends";
import { LEDGER } from "../../contract/scenarios";
import { memoryBackend } from "../../contract/backends";
import { structureFindings, withPeerSuite } from "./peerSuite";

async function xlsxFrom(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("loadXlsx", () => {
  it("gives values as Excel would: serials for dates, error cells, cached formula results, rich text", async () => {
    const bytes = await xlsxFrom((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.addRow(["Date", "Amount", "Check", "Note"]);
      ws.addRow([
        new Date(Date.UTC(2026, 0, 31)),
        10.25,
        { formula: "B2*2", result: 20.5 },
        { richText: [{ text: "bo" }, { text: "ld" }] },
      ]);
      ws.addRow([
        new Date(Date.UTC(1900, 2, 1)),
        { error: "#N/A" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        "#N/A",
      ]);
      ws.getCell("A2").numFmt = "yyyy-mm-dd";
      ws.addTable({
        name: "Ledger",
        ref: "F1",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "K", totalsRowLabel: "Total" },
          { name: "V", totalsRowFunction: "sum" },
        ],
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      });
      ws.getRow(3).hidden = true;
      ws.mergeCells("H1:I1");
    });
    const port = createMemoryWorkbook(await loadXlsx(bytes));
    const t = await port.readTable({ sheet: "Data", address: "A1:D3" });
    expect(t.columns).toEqual([
      [46053, 61],
      [10.25, cellError("#N/A")],
      [20.5, cellError("#DIV/0!")],
      ["bold", "#N/A"],
    ]);
    expect(t.notes?.hiddenRows).toEqual([3]);
    const ledger = await port.readTable({ table: "Ledger" });
    expect(ledger.columns).toEqual([
      ["a", "b"],
      [1, 2],
    ]);
    expect(ledger.notes?.totalsRow).toBe(4);
    const wide = await port.readTable({ sheet: "Data", address: "A1:I3" });
    expect(wide.notes?.mergedAreas).toEqual(["H1:I1"]);
  });

  it("converts dates in the 1904 date system", async () => {
    const bytes = await xlsxFrom((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("S").addRow([new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(1904, 0, 1))]);
    });
    const port = createMemoryWorkbook(await loadXlsx(bytes));
    expect(await port.dateSystem()).toBe(1904);
    const t = await port.readTable({ sheet: "S", address: "A1:B2" });
    expect(t.headers).toEqual(["44591", "0"]);
  });
});

describe("saveXlsx then loadXlsx", () => {
  it("keeps everything the add-in wrote: outputs, result columns, marks, notes, settings, CSV tables", async () => {
    const b = memoryBackend(LEDGER);
    const wb = b.memory!;
    loadCsv("K,V\n'=x,00123\n", { name: "extra.csv", into: wb });
    await b.port.writeSheet({
      key: "r",
      sheetName: "Report",
      title: "Totals",
      tables: [
        {
          name: "Out",
          headers: ["A", "B", "C"],
          rows: [
            [
              "=1+1",
              { kind: "number", value: 46053, format: "yyyy-mm-dd" },
              { kind: "link", text: "go", sheet: "Ledger", address: "A2" },
            ],
          ],
        },
      ],
    });
    await b.port.writeResultColumns({
      key: "c",
      table: { table: "Entries" },
      rows: [2, 3, 4, 5],
      columns: [{ header: "BO Status", values: ["ok", "-1", null, true] }],
    });
    await b.port.markCells({
      key: "m",
      cells: [{ sheet: "Ledger", address: "C3", note: "bad amount", severity: "error" }],
    });
    wb.mustSheet("Other").protected = true;
    const before = dumpMemory(wb);
    const again = await loadXlsx(await saveXlsx(wb));
    expect(dumpMemory(again)).toEqual(before);
    expect(again.sheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET);
    expect(again.ranges.map((r) => r.name)).toEqual(["extra"]);
    const port = createMemoryWorkbook(again);
    await port.clearMarks("m");
    expect(JSON.parse(dumpMemory(again).sheets[0]?.cells.C3 ?? "{}").fill).toBe("#00FF00");
  });
});

withPeerSuite("validation-frictionless", (dir) => {
  it("reads frictionless's issue-312.xlsx with the labels and blank row frictionless reports", async () => {
    const wb = await loadXlsx(fs.readFileSync(path.join(dir, "data/issue-312.xlsx")));
    const port = createMemoryWorkbook(wb);
    const sheet = wb.sheets[0]!;
    const used = sheet.used()!;
    const t = await port.readTable({ sheet: sheet.name, address: `A1:E${used.row + used.rows - 1}` });
    const rows = [
      t.headers.map((h) => (h === "" ? null : h)),
      ...t.rows.map((_, i) => t.columns.map((c) => (c[i] === null ? null : String(c[i])))),
    ];
    expect(structureFindings(rows).filter(([, , type]) => type !== "missing-cell")).toEqual([
      [null, 3, "blank-label"],
      [null, 4, "duplicate-label"],
      [null, 5, "blank-label"],
      [5, null, "blank-row"],
    ]);
  });

  it("reads issue-870.xlsx, whose header row starts with a number", async () => {
    const wb = await loadXlsx(fs.readFileSync(path.join(dir, "data/issue-870.xlsx")));
    const t = await createMemoryWorkbook(wb).readTable({ sheet: "Sheet1", address: "A1:H51" });
    expect(t.headers).toEqual(["0", "First Name", "Last Name", "Gender", "Country", "Age", "Date", "Id"]);
    expect(t.rows).toHaveLength(50);
    expect(t.columns[1]?.[0]).toBe("Dulce");
  });
});

withPeerSuite("excel-dates", (dir) => {
  it("turns Excel's date serials into the same serials, in both date systems", async () => {
    const oracle = JSON.parse(fs.readFileSync(path.join(dir, "excel-serial-oracle.json"), "utf8")) as unknown;
    const pairs: { serial: number; system: 1900 | 1904 }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const serial = o.serial;
        if (typeof serial === "number" && typeof o.date1904 === "boolean" && serial >= 61 && serial < 2958466)
          pairs.push({ serial, system: o.date1904 ? 1904 : 1900 });
        Object.values(o).forEach(walk);
      }
    };
    walk(oracle);
    expect(pairs.filter((p) => p.system === 1900).length).toBeGreaterThan(10);
    expect(pairs.filter((p) => p.system === 1904).length).toBeGreaterThan(5);
    for (const system of [1900, 1904] as const) {
      const list = pairs.filter((p) => p.system === system);
      const bytes = await xlsxFrom((wb) => {
        wb.properties.date1904 = system === 1904;
        const ws = wb.addWorksheet("S");
        list.forEach((p, i) => {
          const c = ws.getCell(i + 1, 1);
          c.value = p.serial;
          c.numFmt = "yyyy-mm-dd hh:mm:ss";
        });
      });
      const wb = await loadXlsx(bytes);
      list.forEach((p, i) => expect(wb.sheet("S")!.value(i + 1, 0)).toBeCloseTo(p.serial, 6));
    }
  });
});
