/** `bo` over the bank's own statement files (MT940, camt.053, OFX), as a user runs it at month end. */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { LEDGER_ROWS } from "../integration/reconciliation/fixtures";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

/** The same month as the CSV statement of reconcile.test.ts, as the bank's MT940 download. */
const MT940 = [
  ":20:STARTUMS",
  ":25:10020030/1234567890",
  ":28C:3/1",
  ":60F:C260228USD18420,35",
  ":61:2603030303C4250,00NTRFINV1041//B1",
  ":86:166?00GUTSCHRIFT?20CREDIT TRANSFER INV1041?32HARBOUR FOODS",
  ":61:2603050305D1875,40NDDTBILL-552//B2",
  ":86:105?00LASTSCHRIFT?20DIRECT DEBIT BILL-552?32GREENLINE",
  ":61:2603080308C1243,00NTRFINV-1043//B3",
  ":86:166?00GUTSCHRIFT?20CREDIT TRANSFER INV-1043?32NORTHWIND",
  ":61:2603310331D15,00NCHGNONREF//B4",
  ":86:805?00ENTGELT?20ACCOUNT FEE",
  ":62F:C260331USD22022,95",
  "-",
  "",
].join("\r\n");

/**
 * The same month as a US bank's BAI2 file: a group per day, each with its account's ledger balances
 * (010 opening, 015 closing) and one transaction, and the trailers' control totals and record counts.
 */
const BAI2 = [
  "01,BANKID,CUSTID,260401,0600,1,,,2/",
  "02,CUSTID,BANKID,1,260303,,USD,2/",
  "03,1234567890,USD,010,1842035,,,015,2267035,,/",
  "16,195,425000,0,B1,INV1041,CREDIT TRANSFER INV1041 HARBOUR FOODS",
  "49,4534070,3/",
  "98,4534070,1,5/",
  "02,CUSTID,BANKID,1,260305,,USD,2/",
  "03,1234567890,USD,010,2267035,,,015,2079495,,/",
  "16,451,187540,0,B2,BILL-552,DIRECT DEBIT BILL-552 GREENLINE",
  "49,4534070,3/",
  "98,4534070,1,5/",
  "02,CUSTID,BANKID,1,260308,,USD,2/",
  "03,1234567890,USD,010,2079495,,,015,2203795,,/",
  "16,195,124300,0,B3,INV-1043,CREDIT TRANSFER INV-1043 NORTHWIND",
  "49,4407590,3/",
  "98,4407590,1,5/",
  "02,CUSTID,BANKID,1,260331,,USD,2/",
  "03,1234567890,USD,010,2203795,,,015,2202295,,/",
  "16,698,1500,0,B4,,ACCOUNT FEE",
  "49,4407590,3/",
  "98,4407590,1,5/",
  "99,17883320,4,22/",
  "",
].join("\r\n");

describe("bo over statement files", () => {
  const dir = tempDir();
  let ledger = "";
  const sta = path.join(dir, "bank-march.sta");

  beforeAll(async () => {
    ledger = await writeXlsx(dir, "ledger.xlsx", (wb) => {
      wb.putRows("Ledger", 1, 0, LEDGER_ROWS);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: LEDGER_ROWS.length, cols: 9 }, "Ledger");
    });
    fs.writeFileSync(sta, MT940);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lists an MT940 file as one table with the statement's columns", async () => {
    const r = await bo("tables", sta);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "bank_march\t'bank-march'!A1:J5\t4 rows\tDate | Amount | Currency | Counterparty | Description | Reference | Transaction ID | Balance | Bank Account | Statement\n",
    );
  });

  it("reconciles the ledger against the bank's MT940 file, the balances read from the running balance", async () => {
    const r = await bo("reconcile", `${ledger}#Ledger`, sta, "--left-opening", "18,420.35", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources.map((s: { table: string; rows: number }) => [s.table, s.rows])).toEqual([
      ["Ledger", 8],
      ["bank_march", 4],
    ]);
    expect(j.summary).toMatchObject({ confirmed: 2, suggested: 1 });
    expect(j.data.setup.right.balances).toMatchObject({
      source: "column",
      opening: 18420.35,
      closing: 22022.95,
    });
    expect(j.data.statements[0]).toMatchObject({ statementBalance: 22022.95 });
    expect(j.data.unmatched.right.map((u: { row: number }) => u.row)).toEqual([5]);
  });

  it("validates the statement as a bank statement, its running balance checked", async () => {
    const r = await bo("validate", sta);
    expect(r.stdout).toContain("bank_march ('bank-march'!A1:J5, 4 records): Bank statement, detected");
    expect(r.stdout).toContain("0 errors, 0 warnings");
    expect(r.code).toBe(0);
  });

  it("reads an MT940 download saved as .txt, and a camt.053 file, by their content", async () => {
    const txt = path.join(dir, "umsaetze.txt");
    fs.writeFileSync(txt, MT940);
    const read = await bo("read", txt, "--json");
    expect(read.code).toBe(0);
    const j = JSON.parse(read.stdout);
    expect(j.data.records[0]).toEqual({
      row: 2,
      cells: [
        "2026-03-03",
        4250,
        "USD",
        "HARBOUR FOODS",
        "CREDIT TRANSFER INV1041",
        "INV1041",
        "B1",
        22670.35,
        "10020030/1234567890",
        "3/1",
      ],
    });
    const xml = path.join(dir, "camt.xml");
    fs.writeFileSync(
      xml,
      `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-31</Dt></BookgDt>
<AddtlNtryInf>Kontoführung</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>
`,
    );
    const camt = await bo("read", xml, "--json");
    expect(JSON.parse(camt.stdout).data.records).toEqual([
      {
        row: 2,
        cells: [
          "2026-03-31",
          -12,
          "EUR",
          null,
          "Kontoführung",
          null,
          null,
          null,
          "DE89370400440532013000",
          "S1",
        ],
      },
    ]);
  });

  it("warns where a statement's lines do not reach its closing balance, at the row and column", async () => {
    const cut = path.join(dir, "cut.sta");
    fs.writeFileSync(cut, MT940.replace(/:61:2603050305D1875,40[^\r]*\r\n:86:[^\r]*\r\n/, ""));
    const r = await bo("read", cut);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "warning cut!cut[Balance] row 4: The bank's statement 3/1 of 10020030/1234567890 opens at 18,420.35 USD and closes at 22,022.95 USD, but its 3 lines lead to 23,898.35 USD",
    );
  });

  it("reads a multi-account file as a table per account, and asks which one to reconcile", async () => {
    const two = path.join(dir, "corporate.sta");
    fs.writeFileSync(
      two,
      `${MT940}${MT940.replace("10020030/1234567890", "10020030/9999")
        .replace(/C18420,35/, "C0,00")
        .replace(/C22022,95/, "C3602,60")}`,
    );
    const tables = await bo("tables", two);
    expect(tables.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual([
      "corporate_10020030_1234567890",
      "corporate_10020030_9999",
      "",
    ]);
    const ask = await bo("reconcile", `${ledger}#Ledger`, two);
    expect(ask.code).toBe(2);
    expect(ask.stderr).toContain("say which table");
    const r = await bo(
      "reconcile",
      `${ledger}#Ledger`,
      `${two}#corporate_10020030_1234567890`,
      "--left-opening",
      "18,420.35",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ confirmed: 2, suggested: 1 });
  });

  it("reads a ZIP delivery of statement files as one, and names the file inside that it cannot read; a folder of them too", async () => {
    const zip = new JSZip();
    const [first, second] = MT940.split(":61:2603080308");
    zip.file("STA/2026-03-05.sta", `${first}:62F:C260305USD20794,95\r\n-\r\n`);
    zip.file(
      "STA/2026-03-31.sta",
      `:20:STARTUMS\r\n:25:10020030/1234567890\r\n:28C:3/2\r\n:60F:C260305USD20794,95\r\n:61:2603080308${second}`,
    );
    const delivery = path.join(dir, "delivery.zip");
    fs.writeFileSync(delivery, await zip.generateAsync({ type: "uint8array" }));
    const read = await bo("read", delivery, "--json");
    expect(read.code).toBe(0);
    const j = JSON.parse(read.stdout);
    expect(j.issues).toEqual([]);
    expect(j.data.records.map((r: { cells: unknown[] }) => [r.cells[1], r.cells[7], r.cells[9]])).toEqual([
      [4250, 22670.35, "3/1"],
      [-1875.4, 20794.95, "3/1"],
      [1243, 22037.95, "3/2"],
      [-15, 22022.95, "3/2"],
    ]);
    zip.file("STA/2026-03-31.sta", MT940.replace("C1243,00", "C12x3,00"));
    fs.writeFileSync(delivery, await zip.generateAsync({ type: "uint8array" }));
    const bad = await bo("read", delivery);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot read ".*delivery\.zip": STA\/2026-03-31\.sta: line 9: /);

    // The same files as they land in a folder: read as the ZIP is, hidden files left out.
    const folder = path.join(dir, "daily");
    fs.mkdirSync(path.join(folder, "STA"), { recursive: true });
    fs.writeFileSync(path.join(folder, "STA", "2026-03-05.sta"), `${first}:62F:C260305USD20794,95\r\n-\r\n`);
    fs.writeFileSync(
      path.join(folder, "STA", "2026-03-31.sta"),
      `:20:STARTUMS\r\n:25:10020030/1234567890\r\n:28C:3/2\r\n:60F:C260305USD20794,95\r\n:61:2603080308${second}`,
    );
    fs.writeFileSync(path.join(folder, ".DS_Store"), "Finder");
    const fromFolder = await bo("read", folder, "--json");
    expect(fromFolder.code).toBe(0);
    expect(JSON.parse(fromFolder.stdout).data.records).toEqual(j.data.records);
    const missing = await bo("read", path.join(dir, "no-such-folder"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });

  it("reconciles the ledger against the bank's BAI2 file, a .txt read by its content, as against its MT940", async () => {
    const bai = path.join(dir, "BAI_20260401.txt");
    fs.writeFileSync(bai, BAI2);
    const r = await bo("reconcile", `${ledger}#Ledger`, bai, "--left-opening", "18,420.35", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources.map((s: { table: string; rows: number }) => [s.table, s.rows])).toEqual([
      ["Ledger", 8],
      ["BAI_20260401", 4],
    ]);
    expect(j.summary).toMatchObject({ confirmed: 2, suggested: 1 });
    expect(j.data.setup.right.balances).toMatchObject({
      source: "column",
      opening: 18420.35,
      closing: 22022.95,
    });
    expect(j.data.unmatched.right.map((u: { row: number }) => u.row)).toEqual([5]);
    // A trailer that does not add up (a line lost in transfer) refuses the file with its line.
    const cut = path.join(dir, "cut.bai");
    fs.writeFileSync(
      cut,
      BAI2.replace("16,451,187540,0,B2,BILL-552,DIRECT DEBIT BILL-552 GREENLINE\r\n", ""),
    );
    const bad = await bo("read", cut);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /cannot read ".*cut\.bai": line 9: account control total 4534070 does not match/,
    );
  });

  it("refuses a statement file it cannot read, naming the file and the line (exit 2)", async () => {
    const bad = path.join(dir, "bad.sta");
    fs.writeFileSync(bad, MT940.replace("C1243,00", "C12x3,00"));
    const r = await bo("reconcile", `${ledger}#Ledger`, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read ".*bad\.sta": line 9: /);
    const none = path.join(dir, "notes.xml");
    fs.writeFileSync(none, "<?xml version='1.0'?><Notes/>");
    const r2 = await bo("tables", none);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("neither camt.053 XML, MT940, OFX nor BAI2");
  });
});
