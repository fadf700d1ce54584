/**
 * `bo` over a statement file cut off in the middle (a download that stopped): the transactions the file
 * holds whole are read, the one it stops inside is not, and the warning names it; a cut camt or BAI2 file
 * is refused and nothing is written.
 */
import * as fs from "fs";
import * as path from "path";
import { LEDGER_ROWS } from "../integration/reconciliation/fixtures";
import { bo, tempDir, writeXlsx } from "../support/cliRun";

const TRANSACTIONS: readonly (readonly [string, string, string, string])[] = [
  ["20260303", "4250.00", "HARBOUR FOODS LTD", "CREDIT TRANSFER INV-1041"],
  ["20260305", "-1875.40", "GREENLINE PACKAGING", "DIRECT DEBIT BILL-552"],
  ["20260305", "-3200.00", "CITY PROPERTIES", "DIRECT DEBIT RENT-03"],
  ["20260308", "1243.00", "NORTHWIND TRADERS", "CREDIT TRANSFER INV-1043"],
  ["20260310", "615.75", "BLUE FIN CAFE", "CREDIT TRANSFER INV-1044"],
  ["20260312", "-9640.00", "PAYROLL", "BULK PAYMENT PAY-0312"],
  ["20260313", "-7.50", "BANK", "ACCOUNT FEE"],
];

/** The QA report's broken.ofx before it was cut: an OFX 1 download of March. */
const OFX = [
  "OFXHEADER:100",
  "DATA:OFXSGML",
  "VERSION:102",
  "SECURITY:NONE",
  "ENCODING:USASCII",
  "CHARSET:1252",
  "COMPRESSION:NONE",
  "OLDFILEUID:NONE",
  "NEWFILEUID:NONE",
  "",
  "<OFX>",
  "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260401<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>",
  "<BANKMSGSRSV1>",
  "<STMTTRNRS>",
  "<TRNUID>1",
  "<STATUS><CODE>0<SEVERITY>INFO</STATUS>",
  "<STMTRS>",
  "<CURDEF>USD",
  "<BANKACCTFROM><BANKID>121000248<ACCTID>000123456<ACCTTYPE>CHECKING</BANKACCTFROM>",
  "<BANKTRANLIST>",
  "<DTSTART>20260301",
  "<DTEND>20260331",
  ...TRANSACTIONS.flatMap(([day, amount, name, memo], k) => [
    "<STMTTRN>",
    `<TRNTYPE>${amount.startsWith("-") ? "DEBIT" : "CREDIT"}`,
    `<DTPOSTED>${day}`,
    `<TRNAMT>${amount}`,
    `<FITID>F000${k + 1}`,
    `<NAME>${name}`,
    `<MEMO>${memo}`,
    "</STMTTRN>",
  ]),
  "</BANKTRANLIST>",
  "<LEDGERBAL><BALAMT>9806.60<DTASOF>20260331</LEDGERBAL>",
  "</STMTRS>",
  "</STMTTRNRS>",
  "</BANKMSGSRSV1>",
  "</OFX>",
  "",
].join("\r\n");

describe("bo over a statement file cut off in the middle", () => {
  const dir = tempDir();
  let ledger = "";
  // As broken.ofx ends: inside the last transaction's amount, "-7.50" cut to "-7".
  const broken = path.join(dir, "broken.ofx");

  beforeAll(async () => {
    ledger = await writeXlsx(dir, "ledger.xlsx", (wb) => {
      wb.putRows("Ledger", 1, 0, LEDGER_ROWS);
      wb.addTable(wb.mustSheet("Ledger"), { row: 1, col: 0, rows: LEDGER_ROWS.length, cols: 9 }, "Ledger");
    });
    fs.writeFileSync(broken, OFX.slice(0, OFX.indexOf("<TRNAMT>-7.50") + "<TRNAMT>-7".length));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the whole transactions of a cut OFX file, not the one it stops inside, and names that one", async () => {
    const r = await bo("read", broken, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(
      j.data.records.map((rec: { cells: unknown[] }) => [rec.cells[0], rec.cells[1], rec.cells[6]]),
    ).toEqual([
      ["2026-03-03", 4250, "F0001"],
      ["2026-03-05", -1875.4, "F0002"],
      ["2026-03-05", -3200, "F0003"],
      ["2026-03-08", 1243, "F0004"],
      ["2026-03-10", 615.75, "F0005"],
      ["2026-03-12", -9640, "F0006"],
    ]);
    expect(j.issues).toEqual([
      expect.objectContaining({
        code: "statement_cut_off",
        severity: "warning",
        row: 7,
        message:
          "broken!broken[Balance] row 7: The bank's statement 000123456 stops at line 74 of the file inside the " +
          "transaction that starts at line 71 (2026-03-13, amount -7 as far as the file goes), without its " +
          "closing balance (<LEDGERBAL>) and its end tag </STMTRS>: the file looks cut off there, so that " +
          "transaction was left out, and the lines after it may be missing; download the statement again.",
      }),
    ]);
  });

  it("reconciles without the transaction the file stops inside", async () => {
    const r = await bo("reconcile", `${ledger}#Ledger`, broken, "--left-opening", "18,420.35", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources.map((s: { table: string; rows: number }) => [s.table, s.rows])).toEqual([
      ["Ledger", 8],
      ["broken", 6],
    ]);
    // Amounts only: a match id ("M-74e4…") may hold the characters.
    expect(JSON.stringify(j.data)).not.toContain(":-7");
    expect(j.issues.map((i: { code: string }) => i.code)).toContain("statement_cut_off");
  });

  it("reads a cut MT940 file the same way: the :61: it stops inside is left out", async () => {
    const sta = path.join(dir, "cut.sta");
    const mt940 = [
      ":20:STARTUMS",
      ":25:10020030/1234567890",
      ":28C:3/1",
      ":60F:C260228USD18420,35",
      ":61:2603030303C4250,00NTRFINV1041//B1",
      ":86:166?00GUTSCHRIFT?20CREDIT TRANSFER INV1041?32HARBOUR FOODS",
      ":61:2603310331D15",
    ];
    fs.writeFileSync(sta, mt940.join("\r\n"));
    const r = await bo("read", sta, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.data.records.map((rec: { cells: unknown[] }) => rec.cells[1])).toEqual([4250]);
    expect(j.issues.map((i: { message: string }) => i.message)).toEqual([
      expect.stringContaining(
        "stops at line 7 of the file inside the transaction that starts at line 7 (2026-03-31, amount -15 as " +
          "far as the file goes), without its closing balance (:62F:):",
      ),
    ]);
  });

  it("refuses a cut camt.053 or BAI2 file, and writes nothing", async () => {
    const camt = path.join(dir, "cut.xml");
    fs.writeFileSync(
      camt,
      '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>\n' +
        "<Stmt><Id>S</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>\n" +
        '<Ntry><Amt Ccy="EUR">7',
    );
    const bai = path.join(dir, "cut.bai");
    fs.writeFileSync(
      bai,
      ["01,B,C,260401,0600,1,,,2/", "02,C,B,1,260331,,USD,2/", "03,1,USD,010,0,,/", "16,451,75"].join("\r\n"),
    );
    for (const file of [camt, bai]) {
      const out = path.join(dir, `${path.basename(file)}.xlsx`);
      const r = await bo("reconcile", `${ledger}#Ledger`, file, "--out", out);
      expect([path.basename(file), r.code]).toEqual([path.basename(file), 2]);
      expect(r.stderr).toContain(`cannot read "${file}"`);
      expect(fs.existsSync(out)).toBe(false);
    }
  });
});
