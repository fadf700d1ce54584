/**
 * A workbook the command line saved, opened in Excel: the pane takes the settings of its BO_Settings
 * sheet into the document's add-in settings once, keeps what the document already holds, and never
 * brings back a setting forgotten later. Then the pane carries on where the command line stopped.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Cell } from "../../../src/core/cell";
import { createReconciliationService, settingKey } from "../../../src/services/reconciliation";
import { loadSavedPair, savePair } from "../../../src/services/reconciliation/savedPair";
import { takeCommandLineSettings } from "../../../src/services/startup";
import { formatArea } from "../../../src/workbook/address";
import { createMemoryWorkbook, loadXlsx, saveXlsx } from "../../../src/workbook/memory";
import { keyCell, MemoryWorkbook } from "../../../src/workbook/memory/model";
import { DEFAULT_BUDGET, type Budget } from "../../../src/workbook/office/budget";
import { createOfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { TAKEN_KEY } from "../../../src/workbook/office/sheetSettings";
import { settingRow, SETTINGS_SHEET } from "../../../src/workbook/settingsSheet";
import { officeBackend } from "../../contract/backends";
import type { Seed, SeedSheet } from "../../contract/harness";
import { BANK_ROWS, LEDGER_ROWS } from "../reconciliation/fixtures";
import { bo, tempDir, writeXlsx } from "../../support/cliRun";

function present<T>(x: T | undefined): T {
  if (x === undefined) throw new Error("the office backend has a simulator and settings");
  return x;
}

/**
 * Excel (the simulator) with the workbook of the seed plus a very hidden BO_Settings sheet of these
 * rows (none when null), and the add-in's port over it as the pane builds it.
 */
function excelWith(
  rows: readonly (readonly Cell[])[] | null,
  seed: Seed = { sheets: [] },
  limits: { responseBytes?: number; budget?: Budget } = {},
) {
  const extra = rows === null ? [{ name: "Data", rows: [["a"]] }] : [{ name: SETTINGS_SHEET, rows }];
  const b = officeBackend(
    { ...seed, sheets: [...seed.sheets, ...extra] },
    limits.responseBytes ? { limits: { responseBytes: limits.responseBytes } } : {},
  );
  const sim = present(b.sim);
  const settings = present(b.settings);
  if (rows !== null) sim.model.mustSheet(SETTINGS_SHEET).visibility = "VeryHidden";
  const port = createOfficeWorkbook({
    run: sim.run,
    isSetSupported: sim.isSetSupported,
    settings,
    sleep: async () => undefined,
    ...(limits.budget ? { budget: limits.budget } : {}),
  });
  return { port, settings, take: () => port.takeSheetSettings() };
}

describe("taking in the settings a file saved by the command line carries", () => {
  const pair = { version: 1, decisions: { groups: [], accepted: ["M-0000000000ab"], rejected: [] } };
  const long = { version: 1, tables: { Journal: { note: "x".repeat(70_000) } } };

  it("takes our keys once, joins values cut across cells, and skips rows that are not ours or not JSON", async () => {
    const b = excelWith([
      settingRow("bo.reconcile:Ledger|Bank", pair),
      settingRow("bo.validation.rules", long),
      settingRow("__bo.ranges", [{ name: "bank_march", sheet: "bank-march", address: "A1:F5" }]),
      ["bo.broken", "{not json"],
    ]);
    expect(settingRow("bo.validation.rules", long).length).toBeGreaterThan(3);
    expect(await b.take()).toEqual(["bo.reconcile:Ledger|Bank", "bo.validation.rules"]);
    expect(b.settings.saved.get("bo.reconcile:Ledger|Bank")).toEqual(pair);
    expect(b.settings.saved.get("bo.validation.rules")).toEqual(long);
    expect(b.settings.saved.has("__bo.ranges")).toBe(false);
    expect(b.settings.saved.get(TAKEN_KEY)).toBe(true);
    const saves = b.settings.saves;
    // Once a workbook: a second opening reads nothing and saves nothing.
    expect(await b.take()).toEqual([]);
    expect(b.settings.saves).toBe(saves);
  });

  it("reads a sheet of large values a few rows a request, within the host's payload limit", async () => {
    const big = (k: number) => ({ version: 1, note: `${k}`.repeat(70_000 / `${k}`.length) });
    const rows = [1, 2, 3, 4, 5, 6].map((k) => settingRow(`bo.big${k}`, big(k)));
    expect(rows[0]?.length).toBe(4);
    const b = excelWith(
      rows,
      { sheets: [] },
      {
        responseBytes: 300_000,
        budget: { ...DEFAULT_BUDGET, payload: 250_000 },
      },
    );
    expect(await b.take()).toEqual(["bo.big1", "bo.big2", "bo.big3", "bo.big4", "bo.big5", "bo.big6"]);
    expect(b.settings.saved.get("bo.big6")).toEqual(big(6));
  });

  it("keeps what the document already holds and never brings back a setting forgotten later", async () => {
    const b = excelWith([
      settingRow("bo.reconcile:Ledger|Bank", pair),
      settingRow("bo.reconcile:Ledger|Bank#a1", { version: 1, ids: "0123456789ab" }),
      settingRow("bo.other", 1),
    ]);
    await b.port.setSetting("bo.reconcile:Ledger|Bank", { mine: true });
    // The document's own value wins, and the sheet's part of the value not taken stays behind too.
    expect(await b.take()).toEqual(["bo.other"]);
    expect(b.settings.get("bo.reconcile:Ledger|Bank#a1")).toBeNull();
    expect(b.settings.saved.get("bo.reconcile:Ledger|Bank")).toEqual({ mine: true });
    await b.port.setSetting("bo.other", null);
    expect(await b.take()).toEqual([]);
    expect(b.settings.get("bo.other")).toBeNull();
  });

  it("writes nothing to a workbook without the sheet", async () => {
    const b = excelWith(null);
    expect(await b.take()).toEqual([]);
    expect(b.settings.saves).toBe(0);
    expect(b.settings.get(TAKEN_KEY)).toBeNull();
  });

  it("resumes after a save that failed, and the pane says what came of it", async () => {
    // As the command line saves them: a part before the value that names it.
    const b = excelWith([
      settingRow("bo.reconcile:Ledger|Bank#a1", { version: 1, ids: "0123456789ab" }),
      settingRow("bo.reconcile:Ledger|Bank", pair),
      settingRow("bo.validation.rules", 1),
    ]);
    b.settings.failNextSaves = 1;
    const failed = await takeCommandLineSettings(b.take);
    expect(failed).toEqual([
      expect.objectContaining({
        intent: "warning",
        title: "Settings saved by the command line were not taken in",
      }),
    ]);
    expect(failed[0]?.detail).toContain("Settings could not be saved.");
    expect(b.settings.get(TAKEN_KEY)).toBeNull();
    const done = await takeCommandLineSettings(b.take);
    expect(done).toEqual([
      {
        intent: "info",
        title: "Settings from the command line taken in",
        detail:
          "This workbook was saved by the bo command line: the review decisions and rules for Ledger and Bank " +
          "and its validation rules now apply here too.",
      },
    ]);
    expect(b.settings.saved.get("bo.reconcile:Ledger|Bank")).toEqual(pair);
    expect(b.settings.saved.get("bo.reconcile:Ledger|Bank#a1")).toEqual({ version: 1, ids: "0123456789ab" });
  });
});

/** The seed of a simulated Excel workbook holding what an .xlsx file holds, BO_Settings sheet included. */
async function seedOfFile(bytes: Uint8Array): Promise<{ seed: Seed; settingsRows: Cell[][] }> {
  const wb: MemoryWorkbook = await loadXlsx(bytes);
  const sheets: SeedSheet[] = wb.sheets.map((s) => {
    const rows: Cell[][] = [];
    for (const [k, c] of s.cells) {
      const { row, col } = keyCell(k);
      while (rows.length < row) rows.push([]);
      const r = rows[row - 1] as Cell[];
      while (r.length <= col) r.push(null);
      r[col] = c.value;
    }
    return { name: s.name, rows };
  });
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const settingsRows: Cell[][] = [];
  x.getWorksheet(SETTINGS_SHEET)?.eachRow((row) =>
    settingsRows.push(Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).value as Cell)),
  );
  const tables = wb.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: formatArea(t.area) }));
  return { seed: { sheets, tables }, settingsRows };
}

describe("the pane carries on where the command line stopped", () => {
  it("brings a review kept in parts across whole", async () => {
    const mem = new MemoryWorkbook();
    mem.putRows("Data", 1, 0, [["Key"], ["a"]]);
    const accepted = Array.from({ length: 12_000 }, (_, k) => `M-${k.toString(16).padStart(12, "0")}`);
    await savePair(createMemoryWorkbook(mem), "Ledger", "Bank", {
      decisions: { groups: [], accepted, rejected: [] },
    });
    expect([...mem.settings.keys()].filter((k) => k.includes("#"))).toHaveLength(3);
    const { seed, settingsRows } = await seedOfFile(await saveXlsx(mem));
    const b = excelWith(settingsRows, seed);
    expect(await b.take()).toHaveLength(4);
    const loaded = await loadSavedPair(b.port, "Ledger", "Bank");
    expect(loaded.problem).toBeNull();
    expect(loaded.saved?.decisions.accepted).toEqual(accepted);
  });

  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("uses the command line's rules and replaces the result columns it wrote", async () => {
    const book = await writeXlsx(dir, "book.xlsx", (wb) => {
      wb.putRows("Ledger", 1, 0, LEDGER_ROWS);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: LEDGER_ROWS.length, cols: 9 }, "Ledger");
      wb.putRows("Bank", 1, 0, BANK_ROWS);
      wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: BANK_ROWS.length, cols: 6 }, "Bank");
    });
    const rules = path.join(dir, "rules.json");
    fs.writeFileSync(
      rules,
      JSON.stringify({ rules: [{ id: "same-amount", amount: "exact", date: { before: 0, after: 3 } }] }),
    );
    const out = path.join(dir, "reconciled.xlsx");
    const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--rules", rules, "--out", out);
    expect(r.code).toBe(0);
    const { seed, settingsRows } = await seedOfFile(new Uint8Array(fs.readFileSync(out)));

    // Without taking the settings in, Apply meets result columns it has no record of writing.
    const before = excelWith(settingsRows, seed);
    const plain = createReconciliationService(before.port);
    const p0 = await plain.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    await expect(plain.apply(await plain.run(p0.setup))).rejects.toThrow(/the add-in did not write/);

    const b = excelWith(settingsRows, seed);
    expect(await b.take()).toEqual(
      expect.arrayContaining([settingKey("Ledger", "Bank"), "bo.workbook.outputs"]),
    );
    const svc = createReconciliationService(b.port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    const outcome = await svc.run(p.setup);
    expect(outcome.setup.rules?.map((x) => x.id)).toEqual(["same-amount"]);
    await svc.apply(outcome);
    for (const table of ["Ledger", "Bank"]) {
      const headers = (await b.port.readTable({ table })).headers;
      expect(headers.filter((h) => String(h).startsWith("BO "))).toEqual([
        "BO Match ID",
        "BO Status",
        "BO Rule",
        "BO Note",
      ]);
    }
  });
});
