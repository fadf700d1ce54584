/**
 * Statement files cut at every character, as a download that stopped leaves them: the transactions the
 * file holds whole are read as they are, the one it stops inside is never read as a line but named in the
 * statement's cut, and camt and BAI2 files, whose ends the reader checks, are refused.
 */
import { readStatementFile } from ".";
import { StatementFileError, type Statement, type StatementFile, type StatementLine } from "./model";

/** An OFX 1 (SGML) download, as broken.ofx of the QA report was before it was cut. */
const OFX_SGML = [
  "OFXHEADER:100",
  "DATA:OFXSGML",
  "VERSION:102",
  "",
  "<OFX>",
  "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260401</SONRS></SIGNONMSGSRSV1>",
  "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1",
  "<STMTRS>",
  "<CURDEF>USD",
  "<BANKACCTFROM><BANKID>121000248<ACCTID>000123456<ACCTTYPE>CHECKING</BANKACCTFROM>",
  "<BANKTRANLIST>",
  "<DTSTART>20260301",
  "<STMTTRN>",
  "<TRNTYPE>CREDIT",
  "<DTPOSTED>20260303",
  "<TRNAMT>4250.00",
  "<FITID>F0001",
  "<NAME>HARBOUR FOODS LTD",
  "<MEMO>CREDIT TRANSFER INV-1041",
  "</STMTTRN>",
  "<STMTTRN>",
  "<TRNTYPE>DEBIT",
  "<DTPOSTED>20260313",
  "<TRNAMT>-7.50",
  "<FITID>F0007",
  "<MEMO>",
  "</STMTTRN>",
  "</BANKTRANLIST>",
  "<LEDGERBAL><BALAMT>4242.50<DTASOF>20260331</LEDGERBAL>",
  "</STMTRS>",
  "</STMTTRNRS></BANKMSGSRSV1>",
  "</OFX>",
  "",
].join("\r\n");

/** An OFX 2 (XML) credit card statement. */
const OFX_XML = `<?xml version="1.0" encoding="UTF-8"?>
<?OFX OFXHEADER="200" VERSION="220"?>
<OFX>
  <CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>0</TRNUID>
    <CCSTMTRS>
      <CURDEF>EUR</CURDEF>
      <CCACCTFROM><ACCTID>4242</ACCTID></CCACCTFROM>
      <BANKTRANLIST>
        <STMTTRN>
          <DTPOSTED>20260310</DTPOSTED>
          <TRNAMT>-89.90</TRNAMT>
          <FITID>CC-77</FITID>
          <NAME>Office supplies</NAME>
        </STMTTRN>
        <STMTTRN>
          <DTPOSTED>20260312</DTPOSTED>
          <TRNAMT>-45.00</TRNAMT>
          <FITID>CC-78</FITID>
        </STMTTRN>
      </BANKTRANLIST>
      <LEDGERBAL><BALAMT>-134.90</BALAMT><DTASOF>20260331</DTASOF></LEDGERBAL>
    </CCSTMTRS>
  </CCSTMTTRNRS></CREDITCARDMSGSRSV1>
</OFX>
`;

/** A German STA download: each message ended by "-", the :86: of each line over several text lines. */
const MT940_STA = [
  ":20:STARTUMSE",
  ":25:10020030/1234567890",
  ":28C:00045/001",
  ":60F:C260330EUR12345,67",
  ":61:2603310331DR150,00NDDTNONREF",
  ":86:105?00SEPA-BASISLASTSCHRIFT?20EREF+INV-2026-0331-7781",
  "?32Stadtwerke Musterstadt",
  ":61:2603310401C2500,NTRFKD-4711//POS0401-22",
  "/OCMT/EUR2500,00/",
  ":86:166?00GUTSCHRIFT?20Rechnung 2026-1187?32Muster Handel GmbH",
  ":61:2603310331D7,50NCHGNONREF",
  ":62F:C260331EUR14688,17",
  "-",
  "",
].join("\r\n");

/** A bank's SWIFT message in its envelope, ended by "-}". */
const MT940_SWIFT = [
  "{1:F01BARCGB22AXXX0000000000}{2:O9401200260331BARCGB22AXXX00000000002603311200N}{4:",
  ":20:STMT260331",
  ":25:GB29NWBK60161331926819",
  ":60F:D260330GBP250,",
  ":61:260331C1250,NTRFINV-1043//B7C31AA9",
  ":86:PAYMENT FROM ACME LTD",
  ":61:260331RD75,5NCHGNONREF//FEE2603",
  ":62F:C260331GBP1075,50",
  "-}{5:{CHK:123456789ABC}}",
  "",
].join("\n");

/** A Rabobank export: ":940:" opens each message, and no line ends it. */
const MT940_RABO = [
  ":940:",
  ":20:940S260331",
  ":25:NL50RABO0123456789 EUR",
  ":28C:0",
  ":60F:C260330EUR1000,00",
  ":61:260331C500,00N541NONREF",
  ":86:/EREF/E2E-2026-0042//CNTP/NL91ABNA0417164300/ABNANL2A/J. Jansen///REMI/USTD//Factuur 2026-042/",
  ":61:260331D25,00N071OWN-REF-7//RABO123",
  ":62F:C260331EUR1475,00",
  "",
].join("\r\n");

const CAMT = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <Stmt>
      <Id>S-0331</Id>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry>
        <Amt Ccy="EUR">2500.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">7.50</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

const BAI2 = [
  "01,BANKID,CUSTID,260401,0600,1,,,2/",
  "02,CUSTID,BANKID,1,260331,,USD,2/",
  "03,1234567890,USD,010,1842035,,,015,2266285,,/",
  "16,195,425000,0,B1,INV1041,CREDIT TRANSFER INV1041 HARBOUR FOODS",
  "16,451,750,0,B2,,ACCOUNT FEE",
  "49,4534070,4/",
  "98,4534070,1,6/",
  "99,4534070,1,8/",
  "",
].join("\r\n");

/** What a read gives: the file, or the refusal. */
function readOrRefusal(text: string): StatementFile | StatementFileError {
  try {
    return readStatementFile(text);
  } catch (e) {
    if (e instanceof StatementFileError) return e;
    throw e;
  }
}

/** The character offset just past the token a transaction starts with (its "<STMTTRN>" or ":61:"). */
function entryStarts(text: string, token: string): Map<number, number> {
  const out = new Map<number, number>();
  let line = 1;
  let start = 0;
  for (const row of text.split("\n")) {
    const at = row.indexOf(token);
    if (at >= 0) out.set(line, start + at + token.length);
    start += row.length + 1;
    line++;
  }
  return out;
}

/** Every cut of `text` that loses more than blank space: the text up to each character. */
function* cuts(text: string): Generator<[number, string]> {
  for (let k = 1; k < text.length; k++) if (text.slice(k).trim() !== "") yield [k, text.slice(0, k)];
}

const linesOf = (file: StatementFile): StatementLine[] => file.statements.flatMap((s) => s.lines);

describe.each([
  ["OFX 1 (SGML)", OFX_SGML, "<STMTTRN>", true],
  ["OFX 2 (XML)", OFX_XML, "<STMTTRN>", true],
  ["MT940 ended by -", MT940_STA, ":61:", true],
  ["MT940 in an envelope", MT940_SWIFT, ":61:", true],
  ["MT940 without end lines", MT940_RABO, ":61:", false],
])("%s cut at every character", (_name, whole, token, endsMarked) => {
  const all = linesOf(readStatementFile(whole));
  const starts = entryStarts(whole, token);

  it("reads the whole file's transactions", () => {
    expect(all.map((l) => starts.has(l.line))).toEqual(all.map(() => true));
    expect(all.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps each whole transaction as it is, and leaves out and names the one the file stops inside", () => {
    const wrong: string[] = [];
    for (const [k, cut] of cuts(whole)) {
      const read = readOrRefusal(cut);
      if (read instanceof StatementFileError) continue;
      const lines = linesOf(read);
      const begun = all.filter((l) => (starts.get(l.line) as number) <= k);
      const last = read.statements[read.statements.length - 1] as Statement;
      const stoppedIn = begun.length > lines.length ? begun[begun.length - 1] : undefined;
      const problem =
        JSON.stringify(lines) !== JSON.stringify(all.slice(0, lines.length))
          ? "a line differs from the whole file's"
          : begun.length - lines.length > 1
            ? `${begun.length - lines.length} begun lines are missing`
            : last.cut?.entry?.line !== stoppedIn?.line
              ? `the cut names ${JSON.stringify(last.cut?.entry)}, not the line at ${stoppedIn?.line}`
              : endsMarked && lines.length < all.length && last.cut === undefined
                ? "the last statement is not marked cut"
                : "";
      if (problem !== "") wrong.push(`cut after ${JSON.stringify(cut.slice(-24))}: ${problem}`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuses a cut file only before its second transaction begins", () => {
    const second = starts.get((all[1] as StatementLine).line) as number;
    const refused: string[] = [];
    for (const [k, cut] of cuts(whole)) {
      const read = readOrRefusal(cut);
      if (k >= second && read instanceof StatementFileError)
        refused.push(`${JSON.stringify(cut.slice(-24))}: ${read.message}`);
    }
    expect(refused).toEqual([]);
  });
});

describe.each([
  ["camt.053", CAMT],
  ["BAI2", BAI2],
])("a %s file cut at any character", (_name, whole) => {
  it("is read whole, and refused when cut (its XML left open, or its trailers not reached)", () => {
    expect(linesOf(readStatementFile(whole))).toHaveLength(2);
    const read: string[] = [];
    for (const [, cut] of cuts(whole)) {
      // A BAI2 file that has lost only the "/" after its file trailer's last figure has lost nothing.
      if (whole.slice(cut.length).trim() === "/") continue;
      if (!(readOrRefusal(cut) instanceof StatementFileError)) read.push(JSON.stringify(cut.slice(-24)));
    }
    expect(read).toEqual([]);
  });
});
