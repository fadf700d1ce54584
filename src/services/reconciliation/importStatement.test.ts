/** Importing a bank statement file as a table to reconcile against, through the write gateway. */
import { dayFromIso, dayToSerial } from "../../core/dates";
import JSZip from "jszip";
import { createMemoryWorkbook } from "../../workbook/memory";
import { MemoryWorkbook } from "../../workbook/memory/model";
import { createReconciliationService } from "./service";
import { StatementImportError } from "./importStatement";

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

/** A checking account's March in OFX 1: two customer payments and the bank's fee. */
function ofx(closing = "1137.50"): string {
  const trn = (date: string, amount: string, id: string, name: string, memo: string) =>
    `<STMTTRN><TRNTYPE>OTHER<DTPOSTED>${date}<TRNAMT>${amount}<FITID>${id}<NAME>${name}<MEMO>${memo}</STMTTRN>`;
  return [
    "OFXHEADER:100",
    "DATA:OFXSGML",
    "CHARSET:1252",
    "",
    "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD",
    "<BANKACCTFROM><ACCTID>4471-0032</BANKACCTFROM>",
    "<BANKTRANLIST>",
    trn("20260303", "1250.00", "F1", "ACME TRADING", "INV-1043"),
    trn("20260306", "-100.00", "F2", "CITY WATER", "Water bill"),
    trn("20260331", "-12.50", "F3", "BANK", "MONTHLY SERVICE FEE"),
    "</BANKTRANLIST>",
    `<LEDGERBAL><BALAMT>${closing}<DTASOF>20260331</LEDGERBAL>`,
    "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    "",
  ].join("\r\n");
}

function ledgerBook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const rows = [
    ["Date", "Account", "Party", "Description", "Reference", "Debit", "Credit"],
    ["2026-03-02", "1000", "Acme Trading", "Invoice paid", "INV-1043", 1250, null],
    ["2026-03-05", "1000", "City Water", "Water March", "W-03", null, 100],
  ];
  wb.putRows("Ledger", 1, 0, rows);
  wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: rows.length, cols: 7 }, "Ledger");
  return wb;
}

describe("importStatement", () => {
  it("writes the statement as a new sheet and table, with real dates and money, that reconciles against the ledger", async () => {
    const wb = ledgerBook();
    const port = createMemoryWorkbook(wb);
    const svc = createReconciliationService(port);
    const imp = await svc.importStatement("checking-2026-03.ofx", bytes(ofx()));
    expect(imp).toMatchObject({
      file: "checking-2026-03.ofx",
      format: "OFX",
      sheet: "checking-2026-03",
      table: "checking_2026_03",
      statements: 1,
      lines: 3,
      encoding: "utf-8",
      encodingGuessed: false,
      issues: [],
    });
    const tables = await port.listTables();
    expect(tables.map((t) => [t.name, t.sheet, t.address, t.isExcelTable])).toEqual([
      ["Ledger", "Ledger", "A1:G3", true],
      ["checking_2026_03", "checking-2026-03", "A1:I4", true],
    ]);
    const sheet = wb.mustSheet("checking-2026-03");
    const first = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => sheet.get(2, c)?.value ?? null);
    expect(first).toEqual([
      dayToSerial(dayFromIso("2026-03-03") as number, 1900),
      1250,
      "USD",
      "ACME TRADING",
      "INV-1043",
      null,
      "F1",
      1250,
      "4471-0032",
    ]);
    expect(sheet.get(2, 0)?.format).toBe("yyyy-mm-dd");
    expect(sheet.get(2, 1)?.format).toBe("#,##0.00");

    // The imported table reads without a column map, its running balance gives the statement's balances,
    // and the two payments match the ledger.
    const proposal = await svc.proposeSetup({ table: "Ledger" }, { table: imp.table }, "bank-ledger");
    expect(proposal.right.columns).toMatchObject({
      date: "Date",
      amount: "Amount",
      currency: "Currency",
      party: "Counterparty",
      description: "Description",
      id: "Transaction ID",
      balance: "Balance",
    });
    expect(proposal.right.columnBalances).toMatchObject({ opening: 0, closing: 113750 });
    const outcome = await svc.run(proposal.setup);
    expect(outcome.result.summary.confirmed.matches).toBe(2);
    expect(outcome.result.unmatched.right).toHaveLength(1);
  });

  it("replaces the sheet of an earlier import of the same file, and keeps another file of the same name apart", async () => {
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    await svc.importStatement("statement.ofx", bytes(ofx()));
    const again = await svc.importStatement("statement.ofx", bytes(ofx()));
    expect(again.sheet).toBe("statement");
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Ledger", "statement"]);
    // Next month's download, named as banks name them all.
    const april = await svc.importStatement(
      "statement.ofx",
      bytes(
        ofx("2000.00")
          .replace(/20260331/g, "20260430")
          .replace(/202603/g, "202604"),
      ),
    );
    expect(april.sheet).not.toBe("statement");
    expect((await port.listTables()).map((t) => t.sheet)).toEqual(["Ledger", "statement", april.sheet]);
  });

  it("says where a statement's lines do not lead to its closing balance", async () => {
    const svc = createReconciliationService(createMemoryWorkbook(ledgerBook()));
    // OFX states only the closing balance: the running balance is taken back from it, so it cannot break.
    expect((await svc.importStatement("a.ofx", bytes(ofx("999.99")))).issues).toEqual([]);
    const mt940 = [
      ":20:STMT-0331",
      ":25:12345678/0001234567",
      ":28C:61/1",
      ":60F:C260302EUR1000,00",
      ":61:2603030303C250,00NTRFNONREF",
      ":86:ACME TRADING INV-1043",
      ":62F:C260303EUR1300,00",
      "-",
    ].join("\r\n");
    const imp = await svc.importStatement("konto.sta", bytes(mt940));
    expect(imp.issues.map((i) => [i.code, i.sheet, i.table, i.row, i.column])).toEqual([
      ["statement_balance_break", "konto", "konto", 2, "Balance"],
    ]);
    expect(imp.issues[0]?.message).toContain("opens at 1,000.00 EUR and closes at 1,300.00 EUR");
  });

  it("writes a table per account of a multi-account file, one under another, each with its own balance check", async () => {
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    const statement = (account: string, opening: string, amount: string, closing: string) => [
      ":20:DAY",
      `:25:${account}`,
      `:60F:C260302EUR${opening}`,
      `:61:260303C${amount}NTRFNONREF`,
      ":86:Payment",
      `:62F:C260303EUR${closing}`,
      "-",
    ];
    const text = [
      ...statement("DE11/111", "100,00", "5,00", "105,00"),
      ...statement("DE22/222", "0,00", "7,00", "8,00"),
      ...statement("DE11/111", "105,00", "1,00", "106,00"),
    ].join("\r\n");
    const imp = await svc.importStatement("corporate.sta", bytes(text));
    expect(imp.tables).toEqual(["corporate_DE11_111", "corporate_DE22_222"]);
    expect(imp.table).toBe("corporate_DE11_111");
    const listed = (await port.listTables()).filter((t) => t.sheet === "corporate");
    expect(listed.map((t) => [t.name, t.address, t.rowCount])).toEqual([
      ["corporate_DE11_111", "A1:J3", 2],
      ["corporate_DE22_222", "A5:J6", 1],
    ]);
    // The second account's break is at its own table's row.
    expect(imp.issues.map((i) => [i.code, i.table, i.row])).toEqual([
      ["statement_balance_break", "corporate_DE22_222", 6],
    ]);
  });

  it("reads a bank's ZIP delivery of daily camt.053 files as one statement table, in name order", async () => {
    const day = (date: string, opening: string, amount: string, closing: string) => `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>${date}</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${opening}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${date}</Dt></BookgDt></Ntry>
</Stmt></BkToCstmrStmt></Document>`;
    const archive = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: "uint8array" });
    };
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    const delivery = await archive({
      "C53/2026-03-03.xml": day("2026-03-03", "10.00", "5.00", "15.00"),
      "C53/2026-03-02.xml": day("2026-03-02", "0.00", "10.00", "10.00"),
      "C53/readme.txt": "Delivered by EBICS",
      "__MACOSX/C53/._2026-03-02.xml": "resource fork",
    });
    const imp = await svc.importStatement("C53_20260303.zip", delivery);
    expect(imp).toMatchObject({ format: "camt (ISO 20022)", statements: 2, lines: 2, issues: [] });
    const proposal = await svc.proposeSetup({ table: "Ledger" }, { table: imp.table }, "bank-ledger");
    expect(proposal.right.columnBalances).toMatchObject({ opening: 0, closing: 1500 });

    const broken = await archive({
      "a.xml": day("2026-03-02", "0.00", "1.00", "1.00"),
      "b.xml": day("2026-03-03", "1.00", "1.00", "2.00").replace("<CdtDbtInd>CRDT</CdtDbtInd><Sts>", "<Sts>"),
    });
    await expect(svc.importStatement("broken.zip", broken)).rejects.toThrow(
      /"broken.zip" could not be imported: b.xml, line 6: <Ntry> has no <CdtDbtInd>/,
    );
    await expect(
      svc.importStatement("empty.zip", await archive({ "readme.txt": "nothing" })),
    ).rejects.toThrow('"empty.zip" holds no camt.053, MT940, OFX or BAI2 file; nothing was imported.');

    // The daily files chosen together, not zipped, in another workbook: the same table, named after the
    // first in name order. (In this one, the same content would replace the ZIP's sheet, as a file's does.)
    const bytes = (text: string) => new Uint8Array(Buffer.from(text));
    const other = createMemoryWorkbook(ledgerBook());
    const chosen = await createReconciliationService(other).importStatementFiles([
      { name: "2026-03-03.xml", bytes: bytes(day("2026-03-03", "10.00", "5.00", "15.00")) },
      { name: "2026-03-02.xml", bytes: bytes(day("2026-03-02", "0.00", "10.00", "10.00")) },
    ]);
    expect(chosen).toMatchObject({
      file: "2026-03-02.xml, 2026-03-03.xml",
      sheet: "2026-03-02 +1",
      statements: 2,
      lines: 2,
      issues: [],
    });
    const read = async (p: typeof port, table: string) => (await p.readTable({ table })).columns;
    expect(await read(other, chosen.table)).toEqual(await read(port, imp.table));
    await expect(
      svc.importStatementFiles([
        { name: "a.xml", bytes: bytes(day("2026-03-02", "0.00", "1.00", "1.00")) },
        { name: "b.xml", bytes: broken },
      ]),
    ).rejects.toThrow('"b.xml" is a ZIP archive: choose it alone, or the statement files themselves');
    await expect(
      svc.importStatementFiles([
        {
          name: "b.xml",
          bytes: bytes(
            day("2026-03-03", "1.00", "1.00", "2.00").replace("<CdtDbtInd>CRDT</CdtDbtInd><Sts>", "<Sts>"),
          ),
        },
        { name: "a.xml", bytes: bytes(day("2026-03-02", "0.00", "1.00", "1.00")) },
      ]),
    ).rejects.toThrow(/"2 files" could not be imported: b.xml, line 6: <Ntry> has no <CdtDbtInd>/);
  });

  it("keeps the bank's value date in a column of its own that leaves the booking date unambiguous", async () => {
    const svc = createReconciliationService(createMemoryWorkbook(ledgerBook()));
    const mt940 = [
      ":20:X",
      ":25:DE1",
      ":60F:C260301USD0,",
      ":61:2603040303C1250,00NTRFINV-1043",
      ":86:ACME TRADING",
      ":62F:C260304USD1250,",
    ].join("\r\n");
    const imp = await svc.importStatement("valuta.sta", bytes(mt940));
    const proposal = await svc.proposeSetup({ table: "Ledger" }, { table: imp.table }, "bank-ledger");
    expect(proposal.right.headers).toContain("Bank Value Date");
    expect(proposal.right.columns.date).toBe("Date");
    expect(proposal.right.issues).toEqual([]);
  });

  it("reads a large file in slices, saying how far it got, and stops when cancelled, writing nothing", async () => {
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    const rows = [":20:YEAR", ":25:DE1", ":60F:C251231EUR0,"];
    for (let i = 0; i < 40_000; i++) rows.push(`:61:260302C1,00NTRFNONREF//B${i}`, `:86:Payment ${i}`);
    rows.push(":62F:C261231EUR40000,00", "-");
    const year = bytes(rows.join("\r\n"));
    const seen: number[] = [];
    const imp = await svc.importStatement("year.sta", year, {
      onProgress: (p) => p.phase === "Reading the statement file" && seen.push(p.done / p.total),
    });
    expect(imp.lines).toBe(40_000);
    expect(imp.issues).toEqual([]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((x, k) => k === 0 || x > (seen[k - 1] as number))).toBe(true);

    const ctrl = new AbortController();
    await expect(
      svc.importStatement("again.sta", year, { signal: ctrl.signal, onProgress: () => ctrl.abort() }),
    ).rejects.toMatchObject({ name: "AbortError", message: "The import of again.sta was cancelled." });
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Ledger", "year"]);
  });

  it("refuses a file that is no statement, naming it, and writes nothing", async () => {
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    await expect(svc.importStatement("notes.txt", bytes("Date,Amount\n2026-03-01,5\n"))).rejects.toThrow(
      StatementImportError,
    );
    await expect(
      svc.importStatement("bad.ofx", bytes(ofx().replace("20260306", "20260332"))),
    ).rejects.toThrow(/"bad.ofx" could not be imported: line 9: <DTPOSTED> "20260332" is not a date/);
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Ledger"]);
    expect(port.lastOperation()).toBeNull();
  });

  it("undoes the import while it is the last change, and refuses once another came after it", async () => {
    const port = createMemoryWorkbook(ledgerBook());
    const svc = createReconciliationService(port);
    const first = await svc.importStatement("one.ofx", bytes(ofx()));
    await svc.undoImport(first);
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Ledger"]);
    const second = await svc.importStatement("two.ofx", bytes(ofx("2.00")));
    await svc.importStatement("three.ofx", bytes(ofx("3.00")));
    await expect(svc.undoImport(second)).rejects.toThrow(
      /made after two.ofx was imported; revert that first/,
    );
    expect((await port.listTables()).map((t) => t.name)).toEqual(["Ledger", "two", "three"]);
  });

  it("reads a file in a legacy code page as its header declares it, and says when the code page was a guess", async () => {
    const svc = createReconciliationService(createMemoryWorkbook(ledgerBook()));
    const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
    const declared = await svc.importStatement(
      "m.ofx",
      latin1(ofx().replace("CITY WATER", "Stadtwerke Müller")),
    );
    expect([declared.encoding, declared.encodingGuessed, declared.issues]).toEqual([
      "windows-1252",
      false,
      [],
    ]);
    const mt940 =
      ":20:X\r\n:25:DE1\r\n:60F:C260302EUR0,\r\n:61:260303C5,NTRFNONREF\r\n:86:Müller\r\n:62F:C260303EUR5,\r\n";
    const guessed = await svc.importStatement("g.sta", latin1(mt940));
    expect(guessed.encodingGuessed).toBe(true);
    expect(guessed.issues.map((i) => i.code)).toEqual(["text_encoding_guessed"]);
  });
});
