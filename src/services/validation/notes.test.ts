/**
 * Notes about the source (info issues: headers found below the bank's own lines, hidden rows) are not
 * failed rules; warnings and errors about it still are. Every note a table's reader adds has a title.
 */
import { tableCodes } from "../../core/issues/catalogue/tables";
import { makeIssue } from "../../core/issues";
import { validateTable } from "../../core/validate";
import { createMemoryWorkbook, loadCsv } from "../../workbook/memory";
import { table } from "../../../test/support/tableLiteral";
import { bankExport } from "../../../test/support/bankCsv";
import { createValidationService } from "./validationService";
import { codeTitle, ruleTitle } from "./titles";

const BANK = bankExport([
  '"05.03.2026";"05.03.2026";"Acme GmbH";"INV-1041 Zahlung";"4.250,00";',
  '"16.03.2026";"16.03.2026";"Bank";"Kontoführung";"-20,00";',
]);

describe("notes about the source in a validation run", () => {
  it("does not count headers found below the bank's own lines as a failed rule", async () => {
    const service = createValidationService(createMemoryWorkbook(loadCsv(BANK, { name: "giro.csv" })));
    const run = await service.run("giro");
    const note = run.result.issues.find((i) => i.code === "csv_header_below");
    expect(note).toMatchObject({ severity: "info", row: 7 });
    const stat = run.result.stats.find((s) => s.code === "csv_header_below");
    expect(stat).toMatchObject({ failed: 0, percentFailed: 0, passed: true });
    expect(run.result.stats.filter((s) => !s.passed)).toEqual([]);
    const group = run.groups.find((g) => g.code === "csv_header_below");
    expect(group).toMatchObject({ severity: "info", title: "Headers found below the file's own lines" });
    expect(group?.issues).toEqual([note]);
    expect(group?.stat).toMatchObject({ failed: 0, passed: true });
  });

  it("passes any rule whose findings are all notes, and leaves warnings and errors counted", () => {
    const data = table`Date | Amount
2026-03-01 | 10
2026-03-02 | 20`;
    const at = { sheet: data.sheet, table: data.name };
    const noted = {
      ...data,
      notes: {
        ...data.notes,
        guessedEncoding: "windows-1252",
        sourceIssues: [
          makeIssue("csv_header_below", { ...at, row: 1, address: "A1" }, { row: 1, above: 0 }),
          makeIssue("statement_cut_off", at, { statement: "S1", line: 3, file: "x", missing: "its closing" }),
        ],
      },
    };
    const result = validateTable(noted);
    const byCode = (code: string) => result.stats.find((s) => s.code === code);
    expect(byCode("csv_header_below")).toMatchObject({ failed: 0, percentFailed: 0, passed: true });
    expect(byCode("text_encoding_guessed")).toMatchObject({ failed: 1, passed: false });
    expect(byCode("statement_cut_off")).toMatchObject({ failed: 1, passed: false });
  });

  it("titles every note and finding a table's reader adds, not by its code", () => {
    for (const code of [...Object.keys(tableCodes), "formula_not_calculated"]) {
      expect([code, codeTitle(code)]).not.toEqual([code, code]);
      expect(ruleTitle({ rule: code, code: code as never }, [])).toBe(codeTitle(code));
    }
    expect(codeTitle("csv_header_below")).toBe("Headers found below the file's own lines");
  });
});
