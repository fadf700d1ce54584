/**
 * `bo reconcile --out` over Postbank's export whose Betrag is blank on some rows: those rows were read from
 * Soll or Haben, and the copy holds those cells as numbers; the Soll and Haben of a row read from its
 * Betrag were not read, and stay as written.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir } from "../support/cliRun";

const FIXTURES = path.join(__dirname, "..", "fixtures", "bankExports");

describe("bo reconcile --out: a blank Betrag beside Soll and Haben", () => {
  const dir = tempDir();
  const out = path.join(dir, "postbank.xlsx");
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const bank = path.join(FIXTURES, "postbank-2023-betrag-blank.csv");
    const r = await bo("reconcile", path.join(FIXTURES, "ledger.csv"), bank, "--out", out);
    expect(r.stdout).toContain("Wrote the result columns");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const found = wb.getWorksheet("postbank-2023-betrag-blank");
    if (found === undefined) throw new Error("no bank sheet in the copy");
    sheet = found;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const at = (address: string): [ExcelJS.CellValue, string | undefined] => [
    sheet.getCell(address).value,
    sheet.getCell(address).numFmt,
  ];

  it("writes the Haben and Soll a row was read from as numbers with two decimals", () => {
    // 26.3.2026, Erstattung TK-REF-9: Betrag blank, Haben 20.
    expect([sheet.getCell("E10").value, sheet.getCell("L10").value]).toEqual(["Erstattung TK-REF-9", null]);
    expect(at("Q10")).toEqual([20, "#,##0.00"]);
    // 13.3.2026, Kontoführungsentgelt: Betrag blank, Soll -9,9.
    expect(at("P14")).toEqual([-9.9, "#,##0.00"]);
  });

  it("writes the Betrag read as a number, and leaves the Soll beside it as written", () => {
    expect(at("L9")).toEqual([-98.4, "#,##0.00"]);
    expect(sheet.getCell("P9").value).toBe("-98,4");
    expect(sheet.getCell("Q12").value).toBe("615,75");
  });
});
