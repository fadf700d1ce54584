/**
 * `bo validate` over real .xlsx and .csv files, as a user runs it: related tables found among the file's
 * other tables (or named), rules from a file or stored in the workbook by the add-in, text and JSON
 * output, exit 1 on errors and 2 on usage or I/O problems.
 */
import * as fs from "fs";
import * as path from "path";
import { RULES_SETTING } from "../../src/services/validation";
import { ADDIN_ID } from "../../src/workbook/memory/addinSettings";
import { bankExport } from "../support/bankCsv";
import { bo, tempDir, writeXlsx } from "../support/cliRun";
import { withWebExtensions } from "../support/webExtension";

const JOURNAL = [
  ["Date", "Entry", "Account", "Description", "Debit", "Credit"],
  [46083, "JE-1", "1000", "Cash sale", 100, null],
  [46083, "JE-1", "4000", "Cash sale", null, 100],
  [46084, "JE-2", "1000", "Both sides", 50, 50],
  ["03/04/2026", "JE-3", "6900", "Unknown account", 10, null],
  [46086, "JE-3", "4000", "Short credit", null, 9],
];
const CHART = [
  ["Account", "Name", "Type"],
  ["1000", "Cash", "asset"],
  ["4000", "Sales", "income"],
];
const EXPECTED = [
  "Debit row 4 debit_and_credit",
  "Date row 5 date_ambiguous",
  "Account row 5 foreign_key",
  "Debit row 5 unbalanced_entry",
];

interface J {
  ok: boolean;
  sources: { table: string }[];
  issues: { code: string; row?: number; column?: string; address?: string }[];
  summary: Record<string, unknown>;
  data: { lookups: unknown[]; stats: { rule: string; title: string; failed: number }[] };
}

describe("bo validate", () => {
  const dir = tempDir();
  let book = "";
  let withRules = "";
  let damaged = "";
  const rulesFile = path.join(dir, "rules.json");
  const badRules = path.join(dir, "bad-rules.json");
  const csv = path.join(dir, "journal.csv");
  const balanced = path.join(dir, "balanced.csv");
  const bank = path.join(dir, "giro.csv");

  const fill = (settings?: unknown) => (wb: import("../../src/workbook/memory").MemoryWorkbook) => {
    wb.putRows("Ledger", 1, 0, JOURNAL);
    wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: JOURNAL.length, cols: 6 }, "Journal");
    wb.putRows("Accounts", 1, 0, CHART);
    wb.addTable(wb.mustSheet("Accounts"), { row: 1, col: 0, rows: CHART.length, cols: 3 }, "Chart");
    if (settings !== undefined) wb.settings.set(RULES_SETTING, settings);
  };

  beforeAll(async () => {
    book = await writeXlsx(dir, "book.xlsx", fill());
    withRules = await writeXlsx(
      dir,
      "stored.xlsx",
      fill({ version: 1, tables: { Journal: { dateOrder: "DMY" } } }),
    );
    damaged = await writeXlsx(dir, "damaged.xlsx", fill({ version: 9 }));
    fs.writeFileSync(
      rulesFile,
      JSON.stringify({ version: 1, tables: { Journal: { lockDate: "2026-03-02" } } }),
    );
    fs.writeFileSync(
      balanced,
      "Date,Entry,Account,Debit,Credit\n2026-03-02,JE-1,1000,100,\n2026-03-02,JE-1,4000,,100\n",
    );
    fs.writeFileSync(
      bank,
      bankExport(['"05.03.2026";"05.03.2026";"Acme GmbH";"INV-1041 Zahlung";"4.250,00";']),
    );
    fs.writeFileSync(badRules, '{"columns":{"Debit":{"requried":true}}}');
    fs.writeFileSync(
      csv,
      "Date,Entry,Account,Debit,Credit\n2026-03-02,JE-1,1000,100,\n2026-03-02,JE-1,4000,,90\n",
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const codes = (j: J) => j.issues.map((i) => `${i.column} row ${i.row} ${i.code}`);

  it("finds every defect at its Excel row, looking accounts up in the chart it detects, and exits 1", async () => {
    const r = await bo("validate", `${book}#Journal`, "--json");
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as J;
    expect(codes(j)).toEqual(EXPECTED);
    expect(j.ok).toBe(false);
    expect(j.sources.map((s) => s.table)).toEqual(["Journal", "Chart"]);
    expect(j.data.lookups).toEqual([{ role: "chartOfAccounts", table: "Chart", how: "detected" }]);
    expect(j.summary).toMatchObject({
      records: 5,
      kind: "ledger",
      kindHow: "detected",
      valid: false,
      errors: 4,
    });
    expect(j.data.stats.find((s) => s.title === "Entries balance")).toMatchObject({
      rule: "unbalanced_entry",
      failed: 1,
    });
  });

  it("prints the findings as text, errors with their location, and the rules that failed", async () => {
    const r = await bo("validate", `${book}#journal`);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Journal (Ledger!A1:F6, 5 records): Ledger / journal, detected");
    expect(lines[1]).toBe("Chart of accounts: Chart (detected)");
    expect(lines).toContain(
      'error   Ledger!Journal[Account] row 5: "6900" is not found in Chart[Account]; add it there or correct the value.',
    );
    expect(lines).toContain("  Account found in the chart of accounts: 1 of 5 (20%)");
    expect(lines[lines.length - 1]).toBe("4 errors, 0 warnings, 0 notes: not valid");
  });

  it("applies a rules file and switches a lookup off", async () => {
    const r = await bo(
      "validate",
      `${book}#Journal`,
      "--rules",
      rulesFile,
      "--lookup",
      "chartOfAccounts=none",
      "--json",
    );
    const j = JSON.parse(r.stdout) as J;
    expect(codes(j)).toEqual([
      "Date row 2 locked_period",
      "Date row 3 locked_period",
      "Debit row 4 debit_and_credit",
      "Date row 5 date_ambiguous",
      "Debit row 5 unbalanced_entry",
    ]);
  });

  it("uses the rules the add-in stored in the workbook", async () => {
    const r = await bo("validate", `${withRules}#Journal`, "--json");
    const j = JSON.parse(r.stdout) as J;
    // DMY reads 03/04/2026 as 3 April: no ambiguity left.
    expect(codes(j)).not.toContain("Date row 5 date_ambiguous");
  });

  it("uses the rules the add-in kept in a workbook Excel saved", async () => {
    const before = codes(JSON.parse((await bo("validate", `${book}#Journal`, "--json")).stdout) as J);
    expect(before).toContain("Date row 5 date_ambiguous");
    const saved = path.join(dir, "saved-by-excel.xlsx");
    const rules = { version: 1, tables: { Journal: { dateOrder: "DMY" } } };
    fs.writeFileSync(
      saved,
      await withWebExtensions(fs.readFileSync(book), [
        { id: ADDIN_ID, settings: { [RULES_SETTING]: rules } },
      ]),
    );
    const r = await bo("validate", `${saved}#Journal`, "--json");
    expect(codes(JSON.parse(r.stdout) as J)).not.toContain("Date row 5 date_ambiguous");
  });

  it("warns about damaged stored rules and validates with the kind's rules", async () => {
    const r = await bo("validate", `${damaged}#Journal`, "--json");
    expect(r.stderr).toMatch(/^bo: warning: The rules stored in this workbook cannot be used \(version: /);
    expect(codes(JSON.parse(r.stdout) as J)).toEqual(EXPECTED);
  });

  it("checks a CSV file against the kind chosen, and exits 0 only when no issue is an error", async () => {
    const r = await bo(
      "validate",
      csv,
      "--kind",
      "ledger",
      "--rules",
      rulesFile,
      "--as-of",
      "2026-03-01",
      "--json",
    );
    const j = JSON.parse(r.stdout) as J;
    expect(codes(j)).toEqual([
      "Date row 2 locked_period",
      "Date row 2 date_in_future",
      "Debit row 2 unbalanced_entry",
      "Date row 3 locked_period",
      "Date row 3 date_in_future",
    ]);
    expect(r.code).toBe(1);
    const warned = await bo("validate", balanced, "--kind", "ledger", "--as-of", "2026-03-01");
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/\n0 errors, 2 warnings, 0 notes: valid\n$/);
  });

  it("notes where a bank CSV's headers were found without counting it as a failed rule", async () => {
    const r = await bo("validate", bank, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as J;
    expect(j.issues.filter((i) => i.code === "csv_header_below").map((i) => i.row)).toEqual([7]);
    expect(j.summary).toMatchObject({ valid: true, rulesFailed: 0 });
    expect(j.data.stats.find((s) => s.rule === "csv_header_below")).toMatchObject({
      title: "Headers found below the file's own lines",
      failed: 0,
    });
    const text = await bo("validate", bank);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("info    giro!giro row 7: The column headers were found in row 7");
    expect(text.stdout).not.toContain("Rules with failures");
    expect(text.stdout).not.toContain("csv_header_below");
  });

  it("validates a plain range of a sheet", async () => {
    const r = await bo("validate", `${book}#Ledger!A1:F4`, "--json");
    const j = JSON.parse(r.stdout) as J;
    expect(codes(j)).toEqual(["Debit row 4 debit_and_credit"]);
  });

  it.each([
    [["validate"], /usage: bo validate FILE#Table/],
    [["validate", "BOOK#Journal", "--kind", "ledgr"], /--kind: "ledgr" is not a kind of table/],
    [["validate", "BOOK#Journal", "--lookup", "coa=Chart"], /--lookup: "coa" is not a role/],
    [
      ["validate", "BOOK#Journal", "--lookup", "chartOfAccounts=Nope"],
      /the file has no table "Nope" \(tables: Journal, Chart\)/,
    ],
    [
      ["validate", "BOOK#Journal", "--rules", "BAD"],
      /the rules in ".*bad-rules.json" cannot be used: columns\.Debit: Unrecognized key: "requried"/,
    ],
    [
      ["validate", "BOOK#Journal", "--rules", "missing.json"],
      /cannot read the rules "missing.json": no such file/,
    ],
    [["validate", "BOOK#Journal", "--as-of", "31/03/2026"], /--as-of takes a date written YYYY-MM-DD/],
    [["validate", "BOOK#Nope"], /has no table "Nope"/],
  ])("refuses %j with exit 2 and a reason", async (argv, reason) => {
    const r = await bo(...argv.map((a) => a.replace("BOOK", book).replace("BAD", badRules)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).toBe("");
  });
});
