/**
 * What `bo` says when it cannot read what it was given, and how the user gets past it: dates whose day
 * order only the user knows (a German bank's 05.03.2026), and a workbook of plain sheet data, no tables.
 */
import * as fs from "fs";
import * as path from "path";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const csv = (...rows: string[]) => ["Date,Amount,Reference,Description", ...rows, ""].join("\n");

const LEFT_HINT =
  'hint: give the book\'s date order with --left-date-order DMY (or MDY), or "left": {"dateOrder": "DMY"} in a rules file\n';
const RIGHT_HINT =
  'hint: give the statement\'s date order with --right-date-order DMY (or MDY), or "right": {"dateOrder": "DMY"} in a rules file\n';

describe("bo reconcile: dates whose day order cannot be told", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const dotted = path.join(dir, "bank.csv");
  const dottedBook = path.join(dir, "ledger.csv");
  const rules = path.join(dir, "mdy.json");

  beforeAll(() => {
    fs.writeFileSync(book, csv("2026-03-05,100.00,INV-1,Payment", "2026-03-06,50.00,INV-2,Payment 2"));
    fs.writeFileSync(dotted, csv("05.03.2026,100.00,INV-1,Payment", "06.03.2026,50.00,INV-2,Payment 2"));
    fs.writeFileSync(dottedBook, csv("05.03.2026,100.00,INV-1,Payment", "06.03.2026,50.00,INV-2,Payment 2"));
    fs.writeFileSync(rules, JSON.stringify({ right: { dateOrder: "MDY" } }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("says once, under the row errors, which flag gives the statement's date order", async () => {
    const r = await bo("reconcile", book, dotted);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error   bank!bank[Date] row 2: The date "05.03.2026" can be read as');
    expect(r.stderr.endsWith(`\n${RIGHT_HINT}`)).toBe(true);
    expect(r.stderr.split(RIGHT_HINT)).toHaveLength(2);
    expect(r.stderr).not.toContain("--left-date-order");
  });

  it("names the book's flag for the book's dates, and both sides' when both need one", async () => {
    const left = await bo("reconcile", dottedBook, book);
    expect(left.stderr.endsWith(`\n${LEFT_HINT}`)).toBe(true);
    expect(left.stderr).not.toContain("--right-date-order");
    const both = await bo("reconcile", dottedBook, dotted);
    expect(both.stderr.endsWith(`\n${LEFT_HINT}${RIGHT_HINT}`)).toBe(true);
  });

  it("reads the dates in the order the flags give, the flag winning over the rules file", async () => {
    const dmy = await bo("reconcile", book, dotted, "--right-date-order", "DMY");
    expect(dmy.stderr).toBe("");
    expect(dmy.code).toBe(0);
    expect(dmy.stdout).toContain("2 confirmed");
    const over = await bo("reconcile", book, dotted, "--rules", rules, "--right-date-order=dmy", "--json");
    expect(JSON.parse(over.stdout).summary).toMatchObject({ confirmed: 2, unmatchedRight: 0 });
    const mdy = await bo("reconcile", book, dotted, "--rules", rules, "--json");
    const open = JSON.parse(mdy.stdout).data.unmatched.right.map((x: { date: string }) => x.date);
    expect(open).toEqual(["2026-05-03", "2026-06-03"]);
    const both = await bo(
      "reconcile",
      dottedBook,
      dotted,
      "--left-date-order",
      "DMY",
      "--right-date-order",
      "DMY",
    );
    expect(both.code).toBe(0);
  });

  it("keeps the JSON output's stderr empty", async () => {
    const r = await bo("reconcile", book, dotted, "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).toEqual([
      "date_ambiguous",
      "date_ambiguous",
      "recon_unread_outside",
    ]);
  });

  it("refuses an order it does not know, naming the ones it does", async () => {
    const r = await bo("reconcile", book, dotted, "--left-date-order", "DYM");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bo: --left-date-order: "DYM" is not a date order (DMY, MDY or YMD)\n');
  });
});

describe("a workbook without tables", () => {
  const dir = tempDir();
  let plain = "";
  let empty = "";
  const bank = path.join(dir, "bank.csv");

  beforeAll(async () => {
    plain = await writeXlsx(dir, "book.xlsx", (wb) => {
      wb.addSheet("Cover");
      wb.putRows("March data", 2, 1, [
        ["Date", "Amount", "Reference", "Description"],
        ["2026-03-05", 100, "INV-1", "Payment"],
        ["2026-03-06", 50, "INV-2", "Payment 2"],
      ]);
      wb.putRows("Bank", 4, 0, [
        ["Date", "Amount"],
        ["2026-03-05", 100],
      ]);
      wb.addSheet("Blank");
    });
    empty = await writeXlsx(dir, "empty.xlsx", (wb) => void wb.addSheet("Sheet1"));
    fs.writeFileSync(bank, csv("2026-03-05,100.00,INV-1,Payment", "2026-03-06,50.00,INV-2,Payment 2"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const example = () => `"${plain}#'March data'!B2:E4"`;

  it("bo reconcile suggests the range of its first sheet with data, which then reads", async () => {
    const r = await bo("reconcile", plain, bank);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bo: "${plain}" has no tables; name a range such as ${example()}\n`);
    const ok = await bo("reconcile", `${plain}#'March data'!B2:E4`, bank);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("2 confirmed");
  });

  it("bo read and a named table that is not there suggest the same", async () => {
    const read = await bo("read", plain);
    expect(read.stderr).toBe(`bo: "${plain}" has no tables; name a range such as ${example()}\n`);
    const named = await bo("reconcile", bank, `${plain}#Ledger`);
    expect(named.stderr).toBe(
      `bo: "${plain}" has no table "Ledger" (tables: none); name a range such as ${example()}\n`,
    );
  });

  it("names the range of the sheet a name given as a table's is, not another sheet's", async () => {
    const read = await bo("read", `${plain}#bank`);
    expect(read.code).toBe(2);
    expect(read.stderr).toBe(
      `bo: "${plain}" has no table "bank", but a sheet of that name holds data without a table: ` +
        `give its range, "${plain}#Bank!A4:B5"\n`,
    );
    const reconciled = await bo("reconcile", bank, `${plain}#Bank`);
    expect(reconciled.stderr).toBe(read.stderr.replace('"bank"', '"Bank"'));
    const blank = await bo("read", `${plain}#Blank`);
    expect(blank.stderr).toBe(
      `bo: "${plain}" has no table "Blank", but a sheet of that name holds no data\n`,
    );
  });

  it("leaves a title above the headers out of the range it suggests", async () => {
    const titled = await writeXlsx(dir, "titled.xlsx", (wb) => {
      wb.putRows("Bank", 1, 0, [
        ["Bank statement, March 2026"],
        [null],
        ["Date", "Amount", "Reference", "Description"],
        ["2026-03-05", 100, "INV-1", "Payment"],
        ["2026-03-06", 50, "INV-2", "Payment 2"],
      ]);
    });
    const r = await bo("reconcile", titled, bank);
    expect(r.stderr).toBe(`bo: "${titled}" has no tables; name a range such as "${titled}#Bank!A3:D5"\n`);
    const ok = await bo("reconcile", `${titled}#Bank!A3:D5`, bank);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("2 confirmed");
    const sheet = await bo("read", `${titled}#Bank`);
    expect(sheet.stderr).toContain(`give its range, "${titled}#Bank!A3:D5"`);
  });

  it("says when no sheet holds data either", async () => {
    const r = await bo("reconcile", empty, bank);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bo: "${empty}" has no tables, and no sheet holds data\n`);
  });

  it("bo tables says so, with the range to name as a hint", async () => {
    const r = await bo("tables", plain);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${plain}: no tables\n`);
    expect(r.stderr).toBe(`hint: read its sheet data as a range, such as ${example()}\n`);
    const json = await bo("tables", plain, "--json");
    expect(json.stderr).toBe("");
    expect((await bo("tables", empty)).stderr).toBe("");
  });
});

describe("bo reconcile: a side without a Date or Amount column", () => {
  const dir = tempDir();
  const book = path.join(dir, "book.csv");
  const odd = path.join(dir, "export.csv");
  const out = path.join(dir, "result.xlsx");

  beforeAll(() => {
    fs.writeFileSync(book, csv("2026-03-05,100.00,INV-1,Payment"));
    fs.writeFileSync(odd, "Booked,Figure,Text\n2026-03-05,100.00,INV-1 Payment\n");
    fs.copyFileSync(odd, path.join(dir, "export2.csv"));
    fs.copyFileSync(book, path.join(dir, "book2.csv"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("says it was not reconciled and how to name the columns, instead of a statement, and writes nothing", async () => {
    const r = await bo("reconcile", book, odd, "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "Not reconciled: the statement export has no Date or Amount column that could be read (its columns: " +
        'Booked, Figure, Text); rename them, or name them in a rules file given with --rules: {"right": ' +
        '{"columns": {"date": "…", "amount": "…"}}}\n' +
        `Nothing was written to ${out}.\n`,
    );
    expect(r.stderr).toContain(
      'error   export!export row 1: No column for Amount; add a column named "Amount", "Debit" or "Credit"',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it("says so in the JSON, with no matches, open rows or statement", async () => {
    const r = await bo("reconcile", book, odd, "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.data.reconciled).toBe(false);
    expect(j.data.notReconciled).toEqual([
      {
        side: "right",
        table: "export",
        columns: ["Booked", "Figure", "Text"],
        reason: "no Date or Amount column that could be read",
      },
    ]);
    for (const key of ["matches", "unmatched", "adjustments", "statements"])
      expect(j.data).not.toHaveProperty(key);
    expect(j.data.setup.right.table).toBe("export");
    expect(j.summary).toMatchObject({ reconciled: false, identityHolds: null, unexplained: null });
    const fine = await bo("reconcile", book, book.replace("book.csv", "book2.csv"), "--json");
    expect(JSON.parse(fine.stdout).data.reconciled).toBe(true);
  });

  it("says it of both sides when neither can be read, and no check of a statement", async () => {
    const r = await bo("reconcile", odd, odd.replace("export.csv", "export2.csv"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Not reconciled: the book export has no Date or Amount column");
    expect(r.stdout).toContain("Not reconciled: the statement export2 has no Date or Amount column");
    expect(r.stdout).not.toContain("Check:");
    expect(r.stdout).not.toContain("Statement");
    const j = JSON.parse(
      (await bo("reconcile", odd, odd.replace("export.csv", "export2.csv"), "--json")).stdout,
    );
    expect(j.data.notReconciled.map((n: { side: string; table: string }) => [n.side, n.table])).toEqual([
      ["left", "export"],
      ["right", "export2"],
    ]);
  });

  it("reconciles once a rules file names them", async () => {
    const rules = path.join(dir, "columns.json");
    fs.writeFileSync(rules, JSON.stringify({ right: { columns: { date: "Booked", amount: "Figure" } } }));
    const r = await bo("reconcile", book, odd, "--rules", rules);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 confirmed");
  });
});

describe("bo reconcile: a sheet's name given as a table's", () => {
  const dir = tempDir();
  let file = "";
  beforeAll(async () => {
    file = await writeXlsx(dir, "books.xlsx", (wb) => {
      const rows = [
        ["Date", "Amount"],
        ["2026-03-05", 100],
      ];
      wb.addSheet("Bank");
      wb.putRows("Bank", 1, 0, rows);
      wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: 2, cols: 2 }, "BankStatement");
      wb.addSheet("Notes");
      wb.putRows("Notes", 3, 1, rows);
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names the table that sheet holds", async () => {
    const r = await bo("read", `${file}#bank`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `bo: "${file}" has no table "bank", but a sheet of that name holds the table BankStatement: ` +
        `give "${file}#BankStatement"\n`,
    );
  });

  it("names the range of a sheet's data without a table", async () => {
    const r = await bo("read", `${file}#Notes`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `bo: "${file}" has no table "Notes", but a sheet of that name holds data without a table: ` +
        `give its range, "${file}#Notes!B3:C4"\n`,
    );
  });
});
