/** `bo reconcile` over real .xlsx and .csv files, as a user runs it at month end. */
import * as fs from "fs";
import * as path from "path";
import { loadXlsx, saveXlsx } from "../../src/workbook/memory";
import { createMemoryWorkbook } from "../../src/workbook/memory";
import { createReconciliationService, matchViews, settingKey } from "../../src/services/reconciliation";
import { ADDIN_ID } from "../../src/workbook/memory/addinSettings";
import { BANK_ROWS, LEDGER_ROWS } from "../integration/reconciliation/fixtures";
import { bo, tempDir, writeBooks, writeXlsx } from "../support/cliRun";
import { withWebExtensions } from "../support/webExtension";

describe("bo reconcile", () => {
  const dir = tempDir();
  let book = "";
  let ledgerOnly = "";
  const bankCsv = path.join(dir, "bank-march.csv");

  beforeAll(async () => {
    book = await writeBooks(dir);
    ledgerOnly = await writeXlsx(dir, "ledger.xlsx", (wb) => {
      wb.putRows("Ledger", 1, 0, LEDGER_ROWS);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: LEDGER_ROWS.length, cols: 9 }, "Ledger");
    });
    fs.writeFileSync(
      bankCsv,
      [
        "Date;Description;Reference;Paid Out;Paid In;Balance",
        '03/03/2026;CREDIT TRANSFER HARBOUR FOODS INV1041;INV1041;;"4.250,00";"22.670,35"',
        '05/03/2026;DIRECT DEBIT GREENLINE BILL-552;BILL-552;"1.875,40";;"20.794,95"',
        '08/03/2026;CREDIT TRANSFER NORTHWIND INV-1043;INV-1043;;"1.243,00";"22.037,95"',
        '31/03/2026;=HYPERLINK("x");;"15,00";;"22.022,95"',
        "",
      ].join("\r\n"),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists matches with the Excel rows of both sides, open rows, adjustments and the statement", async () => {
    const r = await bo(
      "reconcile",
      `${book}#Ledger`,
      `${book}#Bank`,
      "--left-opening",
      "18,420.35",
      "--json",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ tool: "bo", command: "reconcile", version: 1, ok: true });
    expect(j.sources.map((s: { table: string; rows: number }) => [s.table, s.rows])).toEqual([
      ["Ledger", 8],
      ["Bank", 4],
    ]);
    expect(j.summary).toMatchObject({
      confirmed: 2,
      suggested: 1,
      unmatchedLeft: 1,
      unmatchedRight: 1,
      unexplained: 0,
      identityHolds: true,
    });
    const rows = j.data.matches.map((m: { leftRows: number[]; rightRows: number[]; status: string }) => [
      m.status,
      m.leftRows,
      m.rightRows,
    ]);
    expect(rows).toEqual([
      ["confirmed", [2], [2]],
      ["confirmed", [4], [3]],
      ["suggested", [6], [4]],
    ]);
    expect(j.data.matches[2]).toMatchObject({ difference: 9, currency: "USD" });
    expect(j.data.matches[0].id).toMatch(/^M-[0-9a-f]{12}$/);
    expect(j.data.unmatched.left).toEqual([
      expect.objectContaining({ row: 8, date: "2026-03-09", amount: -186.9, reference: "CHQ-000318" }),
    ]);
    expect(j.data.unmatched.right).toEqual([expect.objectContaining({ row: 5, amount: -15 })]);
    expect(j.data.adjustments).toEqual([expect.objectContaining({ amount: 9, status: "suggested" })]);
    const st = j.data.statements[0];
    expect(st).toMatchObject({
      currency: "USD",
      bookBalance: 21842.05,
      statementBalance: 22022.95,
      unexplained: 0,
    });
    expect(st.lines.find((l: { kind: string }) => l.kind === "left_only_payments")).toMatchObject({
      effect: 186.9,
      leftRows: [8],
    });
    expect(j.data.setup.left.selection).toEqual({ field: "account", values: ["1000"] });
    expect(j.data.setup.right.balances).toMatchObject({ source: "column", opening: 18420.35 });
  });

  it("names, for an open row, the other side's open rows a finding pairs it with", async () => {
    // 1,234.00 booked, 1,243.00 on the bank ten days later: too far apart for a rule, a slip to the detectors.
    const ledger = path.join(dir, "slip-ledger.csv");
    const bank = path.join(dir, "slip-bank.csv");
    fs.writeFileSync(
      ledger,
      "Date,Description,Amount\n2026-03-01,Receipt Northwind,1234.00\n2026-03-02,Rent,-3200.00\n",
    );
    fs.writeFileSync(
      bank,
      "Date,Description,Amount\n2026-03-11,NORTHWIND TRADERS,1243.00\n2026-03-02,RENT MARCH,-3200.00\n",
    );
    const r = await bo("reconcile", ledger, bank, "--json");
    const j = JSON.parse(r.stdout);
    expect(j.data.unmatched.left).toEqual([
      expect.objectContaining({
        row: 2,
        findings: [expect.stringContaining("two digits swapped")],
        pairsWith: [[2]],
      }),
    ]);
    expect(j.data.unmatched.right).toEqual([expect.objectContaining({ row: 2, pairsWith: [[2]] })]);
  });

  it("prints the statement and the open items as text, and the unexplained difference without an opening", async () => {
    const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Reconciled Ledger (book) with Bank (statement): 2 confirmed, 1 suggested");
    expect(r.stdout).toMatch(/Unexplained difference\s+18,420\.35 USD/);
    expect(r.stdout).toContain("Check: holds");
    expect(r.stdout).toMatch(/row 8 {2}2026-03-09 +-186\.90 USD {2}CHQ-000318 {2}Office supplies/);
    // The rows agree: the bank's opening balance is the whole difference, and the ledger has none.
    expect(r.stderr).toContain(
      "warning Ledger!Ledger: 18,420.35 USD remains unexplained, exactly the opening balance of Bank, while Ledger has none",
    );
    expect(r.stderr).toContain(
      "\nhint: give it with --left-opening N (or the closing balance with --left-closing N)\n",
    );
  });

  it("takes a CSV statement from another file and writes both tables' results to --out", async () => {
    const out = path.join(dir, "result.xlsx");
    const r = await bo(
      "reconcile",
      `${ledgerOnly}#Ledger`,
      bankCsv,
      "--left-opening=18420.35",
      "--out",
      out,
      "--json",
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.summary).toMatchObject({ confirmed: 2, suggested: 1, unexplained: 0 });
    expect(j.data.out).toBe(out);
    const port = createMemoryWorkbook(await loadXlsx(fs.readFileSync(out)));
    const tables = await port.listTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Ledger", "bank_march", "ReconOpenItems", "ReconSuggested"]),
    );
    const ledger = await port.readTable({ table: "Ledger" });
    expect(ledger.headers.slice(-4)).toEqual(["BO Match ID", "BO Status", "BO Rule", "BO Note"]);
    expect(ledger.columns[10]?.slice(0, 3)).toEqual(["confirmed", "excluded", "confirmed"]);
    // The CSV's data is a plain range: the result columns sit just right of it.
    const bank = await port.readTable({ sheet: "bank-march", address: "A1:J5" });
    expect(bank.headers.slice(-4)).toEqual(["BO Match ID", "BO Status", "BO Rule", "BO Note"]);
    // A formula-looking description from the CSV stays text in the workbook.
    expect(bank.columns[1]?.[3]).toBe('=HYPERLINK("x")');
    expect(bank.columns[7]?.[3]).toBe("unmatched");
  });

  it("reconciles next month's statement against the copy --out wrote: rows March cleared stay out", async () => {
    const march = path.join(dir, "march-result.xlsx");
    const first = await bo(
      "reconcile",
      `${ledgerOnly}#Ledger`,
      bankCsv,
      "--left-opening=18420.35",
      "--out",
      march,
    );
    expect(first.code).toBe(0);
    const aprilCsv = path.join(dir, "bank-april.csv");
    fs.writeFileSync(
      aprilCsv,
      [
        "Date,Description,Reference,Paid Out,Paid In,Balance",
        "2026-04-03,CHEQUE 318,CHQ-000318,186.90,,21836.05",
        "2026-04-07,CREDIT TRANSFER WESTBROOK INV-1050,INV-1050,,100.00,21936.05",
        "",
      ].join("\n"),
    );
    const april = path.join(dir, "april-result.xlsx");
    const args = [`${march}#Ledger`, aprilCsv, "--left-opening=18420.35", "--out", april];
    const r = await bo("reconcile", ...args, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // March confirmed the receipt and the payment; the 1,234.00 it only suggested takes part again.
    expect(j.data.clearedEarlier).toEqual({ left: 2, right: 0 });
    expect(j.data.setup.left.balances.opening).toBe(20794.95);
    expect(j.data.unmatched.left.map((u: { row: number }) => u.row)).toEqual([6]);
    expect(j.data.matches.map((m: { leftRows: number[] }) => m.leftRows)).toEqual([[8]]);
    const port = createMemoryWorkbook(await loadXlsx(fs.readFileSync(april)));
    const ledger = await port.readTable({ table: "Ledger" });
    expect(ledger.columns[10]?.slice(0, 3)).toEqual(["confirmed", "excluded", "confirmed"]);
    expect(ledger.columns[12]?.[0]).toMatch(/^Cleared earlier with bank_march: amount equal/);
    const text = await bo("reconcile", ...args.slice(0, 3));
    expect(text.stdout.split("\n")[1]).toBe(
      "Book rows: Account = 1000 (proposed; --select account=… to choose)",
    );
    expect(text.stdout.split("\n")[2]).toBe(
      "2 rows of Ledger were cleared earlier against another table (confirmed in BO Status beside them): they take no part in this reconciliation, their 2,374.60 USD is brought forward into its opening balance, and Apply keeps their result cells.",
    );
  });

  it("finds what March cleared beside a CSV ledger's table, where --out wrote the result columns as a range", async () => {
    const ledgerCsv = path.join(dir, "cash.csv");
    fs.writeFileSync(
      ledgerCsv,
      [
        "Date,Account,Description,Debit,Credit,Reference",
        "2026-03-02,1000,Receipt INV-1041,4250.00,,INV-1041",
        "2026-03-03,1000,Payment BILL-552,,1875.40,BILL-552",
        "2026-03-18,1000,Office supplies,,186.90,CHQ-000318",
        "",
      ].join("\n"),
    );
    const march = path.join(dir, "cash-march.xlsx");
    expect((await bo("reconcile", ledgerCsv, bankCsv, "--left-opening=18420.35", "--out", march)).code).toBe(
      0,
    );
    const aprilCsv = path.join(dir, "cash-april.csv");
    fs.writeFileSync(
      aprilCsv,
      "Date,Description,Reference,Paid Out,Paid In\n2026-04-03,CHEQUE 318,CHQ-000318,186.90,\n",
    );
    const april = path.join(dir, "cash-april.xlsx");
    const r = await bo(
      "reconcile",
      `${march}#cash`,
      aprilCsv,
      "--left-opening=18420.35",
      "--out",
      april,
      "--json",
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.data.clearedEarlier).toEqual({ left: 2, right: 0 });
    expect(j.data.unmatched.left).toEqual([]);
    const port = createMemoryWorkbook(await loadXlsx(fs.readFileSync(april)));
    const cash = await port.readTable({ sheet: "cash", address: "A1:J4" });
    expect(cash.columns[7]?.slice(0, 2)).toEqual(["confirmed", "confirmed"]);
    expect(cash.columns[9]?.[1]).toMatch(/^Cleared earlier with bank_march: amount equal/);
  });

  it("honours the review the add-in kept in a workbook Excel saved", async () => {
    // In the task pane: accept the one suggestion; the add-in keeps that in the document's settings.
    const port = createMemoryWorkbook(await loadXlsx(fs.readFileSync(book)));
    const svc = createReconciliationService(port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    const before = await svc.run(p.setup);
    const [suggestion] = matchViews(before, "suggested");
    await svc.decide(before, { kind: "accept", matchId: suggestion?.id as string });
    const kept = await port.getSetting(settingKey("Ledger", "Bank"));
    // Excel saves those settings in the package's web extension part, where the command line finds them.
    const reviewed = path.join(dir, "reviewed.xlsx");
    fs.writeFileSync(
      reviewed,
      await withWebExtensions(fs.readFileSync(book), [
        { id: ADDIN_ID, settings: { [settingKey("Ledger", "Bank")]: kept } },
      ]),
    );
    const r = await bo("reconcile", `${reviewed}#Ledger`, `${reviewed}#Bank`, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.summary).toMatchObject({ confirmed: 3, suggested: 0 });
    expect(j.data.matches.map((m: { id: string; status: string }) => [m.id, m.status])).toContainEqual([
      suggestion?.id,
      "confirmed",
    ]);
    expect(j.data.review).toEqual({ madeByHand: 0, accepted: 1, keptApart: 0 });
    const text = await bo("reconcile", `${reviewed}#Ledger`, `${reviewed}#Bank`);
    expect(text.stdout.split("\n")[1]).toBe(
      "Book rows: Account = 1000 (saved for this pair; --select account=… to choose)",
    );
    expect(text.stdout.split("\n")[2]).toBe("Your review, kept in the workbook: 1 suggestion accepted.");
    // The same file without the add-in's part still gives the rules' own answer.
    const plain = JSON.parse((await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--json")).stdout);
    expect(plain.summary).toMatchObject({ confirmed: 2, suggested: 1 });
    expect(plain.data.review).toEqual({ madeByHand: 0, accepted: 0, keptApart: 0 });
    const plainText = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`);
    expect(plainText.stdout).not.toContain("Your review");
  });

  it("replaces the result columns the add-in wrote in Excel instead of adding a second set", async () => {
    // In the task pane: run and apply. Excel keeps the record of those outputs in the add-in's settings.
    const port = createMemoryWorkbook(await loadXlsx(fs.readFileSync(book)));
    const svc = createReconciliationService(port);
    const p = await svc.proposeSetup({ table: "Ledger" }, { table: "Bank" }, "bank-ledger");
    await svc.apply(await svc.run(p.setup));
    const settings = Object.fromEntries(port.workbook.settings);
    port.workbook.settings.clear();
    const applied = path.join(dir, "applied-in-excel.xlsx");
    fs.writeFileSync(
      applied,
      await withWebExtensions(await saveXlsx(port.workbook), [{ id: ADDIN_ID, settings }]),
    );
    const out = path.join(dir, "applied-again.xlsx");
    const r = await bo("reconcile", `${applied}#Ledger`, `${applied}#Bank`, "--out", out);
    expect(r.code).toBe(0);
    const again = createMemoryWorkbook(await loadXlsx(fs.readFileSync(out)));
    for (const table of ["Ledger", "Bank"]) {
      const headers = (await again.readTable({ table })).headers;
      expect(headers.filter((h) => String(h).startsWith("BO "))).toEqual([
        "BO Match ID",
        "BO Status",
        "BO Rule",
        "BO Note",
      ]);
    }
  });

  it("never writes --out over a workbook it reads, however the path is spelt", async () => {
    const before = fs.readFileSync(book);
    const linked = path.join(dir, "linked.xlsx");
    fs.linkSync(book, linked);
    const spellings = [book, path.join(dir, "..", path.basename(dir), "book.xlsx"), linked];
    for (const out of spellings) {
      const r = await bo("reconcile", `${book}#Ledger`, `${bankCsv}`, "--out", out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--out "${out}" is the input "${book}"`);
      expect(r.stderr).toContain("name a new file");
    }
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });

  it("uses the rules and sides of a rules file", async () => {
    const rules = path.join(dir, "rules.json");
    fs.writeFileSync(
      rules,
      JSON.stringify({ rules: [{ id: "same-amount", amount: "exact", date: { before: 0, after: 3 } }] }),
    );
    const r = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--rules", rules, "--json");
    const j = JSON.parse(r.stdout);
    expect(j.data.setup.rules).toEqual(["same-amount"]);
    expect(j.data.matches.map((m: { rule: string }) => m.rule)).toEqual(["same-amount", "same-amount"]);
  });

  it("refuses a bad rules file, a missing side and the same table twice with exit 2", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ rules: [{ id: "x", date: { before: -1, after: 2 } }] }));
    const r1 = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--rules", bad);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("rules[0].date.before");
    const r2 = await bo("reconcile", `${book}#Ledger`);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("usage: bo reconcile LEFT RIGHT");
    const r3 = await bo("reconcile", `${book}#Ledger`, `${book}#ledger`);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain("same table");
    const r4 = await bo("reconcile", `${book}#Ledger`, `${book}#Bank`, "--select", "Colour=red");
    expect(r4.code).toBe(2);
  });

  it("reads a German bank's Windows-1252 export against a workbook ledger, and says the encoding was guessed", async () => {
    const books = await writeXlsx(dir, "buchhaltung.xlsx", (wb) => {
      const rows = [
        ["Datum", "Geschäftspartner", "Text", "Betrag"],
        ["2026-04-01", "Müller Logistik GmbH", "Rechnung 2044", 1250],
        ["2026-04-02", "Schöller Büro KG", "Rechnung 2045", 9.9],
        ["2026-03-31", null, "Bankgebühren März", -7.5],
      ];
      wb.putRows("Buch", 1, 0, rows);
      wb.addTable(wb.mustSheet("Buch"), { row: 1, col: 0, rows: rows.length, cols: 4 }, "Buch");
    });
    const umsaetze = path.join(dir, "umsaetze.csv");
    const csv = [
      "Auftragskonto;Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Betrag;Waehrung",
      "DE001;31.03.26;31.03.26;ENTGELT;Entgelt Kontoführung März 2026;;-7,50;EUR",
      "DE001;02.04.26;02.04.26;GUTSCHRIFT;RE 2044 Danke;Müller Logistik GmbH;1.250,00;EUR",
      "DE001;03.04.26;03.04.26;ABSCHLUSS;Habenzinsen 1. Quartal;;9,90;EUR",
      "",
    ].join("\r\n");
    fs.writeFileSync(umsaetze, Buffer.from(csv, "latin1"));
    const r = await bo("reconcile", `${books}#Buch`, umsaetze, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([
      ["text_encoding_guessed", "warning"],
    ]);
    expect(out.issues[0].message).toContain("read as Windows-1252");
    // The umlauts came through: Müller is the same party on both sides, and the bank's own lines are read
    // as such, so Schöller's 9.90 is no match for the bank's interest.
    const matches = out.data.matches.map((m: { reason: string; left: unknown; right: unknown }) => m.reason);
    expect(matches).toEqual([
      "amount equal, same date",
      "amount equal, date +1 day, party Müller Logistik GmbH",
    ]);
  });

  it("reads a Czech bank's Windows-1250 export when --encoding names it, and refuses an unknown name", async () => {
    const kniha = await writeXlsx(dir, "kniha.xlsx", (wb) => {
      const rows = [
        ["Datum", "Partner", "Popis", "Amount"],
        ["2026-04-01", "Dvořák Šťastný s.r.o.", "Faktura 311", 1250],
        ["2026-04-02", "Łódź Trading", "Faktura 312", 1250],
      ];
      wb.putRows("Kniha", 1, 0, rows);
      wb.addTable(wb.mustSheet("Kniha"), { row: 1, col: 0, rows: rows.length, cols: 4 }, "Kniha");
    });
    const vypis = path.join(dir, "vypis.csv");
    // Party names in Windows-1250: ř 0xF8, á 0xE1, Š 0x8A, ť 0x9D, ý 0xFD, Ł 0xA3, ó 0xF3, ź 0x9F.
    const cp1250: Record<string, number> = {
      ř: 0xf8,
      á: 0xe1,
      Š: 0x8a,
      ť: 0x9d,
      ý: 0xfd,
      Ł: 0xa3,
      ó: 0xf3,
      ź: 0x9f,
    };
    const lines = [
      "Date,Party,Description,Amount",
      "2026-04-01,Łódź Trading,Platba,1250.00",
      "2026-04-02,Dvořák Šťastný s.r.o.,Platba,1250.00",
      "",
    ].join("\r\n");
    fs.writeFileSync(vypis, Buffer.from([...lines].map((c) => cp1250[c] ?? (c.charCodeAt(0) as number))));

    const named = await bo("reconcile", `${kniha}#Kniha`, vypis, "--encoding", "windows-1250", "--json");
    expect(named.code).toBe(0);
    const out = JSON.parse(named.stdout);
    expect(out.issues).toEqual([]);
    // Each payment goes to its own party's invoice, though both are 1,250.00 a day apart.
    const reasons = out.data.matches.map((m: { reason: string }) => m.reason).sort();
    expect(reasons).toEqual([
      "amount equal, date +1 day, party Dvořák Šťastný s.r.o.",
      "amount equal, date -1 day, party Łódź Trading",
    ]);

    const unnamed = await bo("reconcile", `${kniha}#Kniha`, vypis, "--json");
    const guessed = JSON.parse(unnamed.stdout);
    expect(guessed.issues.map((i: { code: string }) => i.code)).toEqual(["text_encoding_guessed"]);
    // Read as Windows-1252 the bank's names are none of the book's parties, and the two payments a day
    // from both invoices are matched to neither.
    expect(guessed.data.matches).toEqual([]);

    const bad = await bo("reconcile", `${kniha}#Kniha`, vypis, "--encoding", "klingon");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding: "klingon" is not an encoding');
  });

  it("exits 1 when a row cannot be read, naming its cell", async () => {
    const dirty = await writeXlsx(dir, "dirty.xlsx", (wb) => {
      const rows = LEDGER_ROWS.map((r, i) => (i === 3 ? [...r.slice(0, 5), "12,3,4", ...r.slice(6)] : r));
      wb.putRows("Ledger", 1, 0, rows);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: rows.length, cols: 9 }, "Ledger");
      wb.putRows("Bank", 1, 0, BANK_ROWS);
      wb.addTable(wb.mustSheet("Bank"), { row: 1, col: 0, rows: BANK_ROWS.length, cols: 6 }, "Bank");
    });
    const r = await bo("reconcile", `${dirty}#Ledger`, `${dirty}#Bank`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Ledger!Ledger[Credit] row 4");
  });
});
