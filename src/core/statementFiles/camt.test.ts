/** camt.052/053/054 files of several versions read to statements, and the files the reader refuses. */
import { fileErrorOf, isoDay as day } from "../../../test/support/statementFiles";
import { readCamt } from "./camt";
import type { Statement, StatementLine } from "./model";

const errorOf = (text: string) => fileErrorOf(() => readCamt(text));

function only(statements: readonly Statement[]): Statement {
  expect(statements).toHaveLength(1);
  return statements[0] as Statement;
}

/** The line of the first line of `text` that contains `marker`, so tests need not count by hand. */
function lineOf(text: string, marker: string, from = 1): number {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if ((lines[i] as string).includes(marker)) return i + 1;
  throw new Error(`no ${marker} in the test file`);
}

const CAMT_053_02 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>STMT-20260331-0001</MsgId>
      <CreDtTm>2026-04-01T06:12:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>DE89370400440532013000-2026-03-31</Id>
      <ElctrncSeqNb>62</ElctrncSeqNb>
      <LglSeqNb>2026062</LglSeqNb>
      <CreDtTm>2026-04-01T06:12:00</CreDtTm>
      <Acct>
        <Id><IBAN>DE89370400440532013000</IBAN></Id>
        <Ccy>EUR</Ccy>
        <Svcr><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></Svcr>
      </Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">10250.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-03-30</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLAV</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">1.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-03-31</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">11455.80</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-03-31</Dt></Dt>
      </Bal>
      <Ntry>
        <NtryRef>1</NtryRef>
        <Amt Ccy="EUR">2500.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <ValDt><Dt>2026-03-30</Dt></ValDt>
        <AcctSvcrRef>2026033100017</AcctSvcrRef>
        <BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>DK</Issr></Prtry></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <EndToEndId>INV-2026-0117</EndToEndId>
            </Refs>
            <RltdPties>
              <Dbtr><Nm>Müller &amp; Söhne   GmbH</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>
              <Cdtr><Nm>Example Trading AG</Nm></Cdtr>
            </RltdPties>
            <RmtInf>
              <Ustrd>Invoice 2026-0117</Ustrd>
              <Ustrd>customer 4711</Ustrd>
            </RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <NtryRef>2</NtryRef>
        <Amt Ccy="EUR">1289.45</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <ValDt><Dt>2026-03-31</Dt></ValDt>
        <AcctSvcrRef>2026033100018</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <InstrId>PAY-88</InstrId>
              <EndToEndId>NOTPROVIDED</EndToEndId>
            </Refs>
            <RltdPties>
              <Dbtr><Nm>Example Trading AG</Nm></Dbtr>
              <Cdtr><Nm>Stadtwerke Beispielstadt</Nm></Cdtr>
            </RltdPties>
            <RmtInf>
              <Strd>
                <RfrdDocInf><Nb>INV-9001</Nb></RfrdDocInf>
                <RfrdDocInf><Nb>INV-9002</Nb></RfrdDocInf>
              </Strd>
              <Strd>
                <CdtrRefInf>
                  <Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
                  <Ref>RF18539007547034</Ref>
                </CdtrRefInf>
              </Strd>
            </RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">4.75</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <NtryRef>FEE-03</NtryRef>
        <BkTxCd><Prtry><Cd>NMSC+805</Cd></Prtry></BkTxCd>
        <AddtlNtryInf>Account   maintenance
          fee March</AddtlNtryInf>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">999.99</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>PDNG</Sts>
        <BookgDt><Dt>2026-04-01</Dt></BookgDt>
        <AddtlNtryInf>Incoming payment, not yet booked</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

describe("readCamt: camt.053.001.02 with a default namespace", () => {
  const file = readCamt(CAMT_053_02);
  const stmt = only(file.statements);

  it("reads the statement's account, id, currency and booked balances", () => {
    expect(file.format).toBe("camt");
    expect(stmt.account).toBe("DE89370400440532013000");
    expect(stmt.id).toBe("2026062");
    expect(stmt.currency).toBe("EUR");
    expect(stmt.opening).toEqual({ day: day("2026-03-30"), minor: 1_025_000 });
    expect(stmt.closing).toEqual({ day: day("2026-03-31"), minor: 1_145_580 });
  });

  it("reads money in with the payer, the remittance text and the end-to-end id", () => {
    expect(stmt.lines[0]).toEqual<StatementLine>({
      day: day("2026-03-31"),
      valueDay: day("2026-03-30"),
      minor: 250_000,
      currency: "EUR",
      party: "Müller & Söhne GmbH",
      description: "Invoice 2026-0117 customer 4711",
      reference: "INV-2026-0117",
      bankId: "2026033100017",
      line: lineOf(CAMT_053_02, "<NtryRef>1</NtryRef>") - 1,
    });
  });

  it("reads money out with the payee, the creditor reference past NOTPROVIDED and the document numbers", () => {
    const line = stmt.lines[1] as StatementLine;
    expect(line).toEqual<StatementLine>({
      day: day("2026-03-31"),
      minor: -128_945,
      currency: "EUR",
      party: "Stadtwerke Beispielstadt",
      description: "INV-9001, INV-9002",
      reference: "RF18539007547034",
      bankId: "2026033100018",
      line: lineOf(CAMT_053_02, "<NtryRef>2</NtryRef>") - 1,
    });
    // The value day equals the booking day: no property at all.
    expect("valueDay" in line).toBe(false);
  });

  it("reads a bank fee without details from its AddtlNtryInf, with NtryRef as the bank's id", () => {
    expect(stmt.lines[2]).toEqual<StatementLine>({
      day: day("2026-03-31"),
      minor: -475,
      currency: "EUR",
      party: "",
      description: "Account maintenance fee March",
      reference: "",
      bankId: "FEE-03",
      line: lineOf(CAMT_053_02, '<Amt Ccy="EUR">4.75</Amt>') - 1,
    });
  });

  it("skips the pending entry", () => {
    expect(stmt.lines).toHaveLength(3);
    expect(stmt.lines.map((l) => l.minor)).toEqual([250_000, -128_945, -475]);
  });
});

const CAMT_053_08 = `<?xml version="1.0" encoding="UTF-8"?>
<ns:Document xmlns:ns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <ns:BkToCstmrStmt>
    <ns:GrpHdr><ns:MsgId>MSG-77</ns:MsgId><ns:CreDtTm>2026-04-01T05:00:00+02:00</ns:CreDtTm></ns:GrpHdr>
    <ns:Stmt>
      <ns:Id>STMT-A-0331</ns:Id>
      <ns:Acct>
        <ns:Id><ns:IBAN>CH9300762011623852957</ns:IBAN></ns:Id>
      </ns:Acct>
      <ns:Bal>
        <ns:Tp><ns:CdOrPrtry><ns:Cd>PRCD</ns:Cd></ns:CdOrPrtry></ns:Tp>
        <ns:Amt Ccy="CHF">120.00</ns:Amt>
        <ns:CdtDbtInd>DBIT</ns:CdtDbtInd>
        <ns:Dt><ns:DtTm>2026-03-30T23:59:59+02:00</ns:DtTm></ns:Dt>
      </ns:Bal>
      <ns:Bal>
        <ns:Tp><ns:CdOrPrtry><ns:Cd>CLBD</ns:Cd></ns:CdOrPrtry></ns:Tp>
        <ns:Amt Ccy="CHF">380.00</ns:Amt>
        <ns:CdtDbtInd>CRDT</ns:CdtDbtInd>
        <ns:Dt><ns:DtTm>2026-03-31T23:59:59+02:00</ns:DtTm></ns:Dt>
      </ns:Bal>
      <ns:Ntry>
        <ns:NtryRef>A-1</ns:NtryRef>
        <ns:Amt Ccy="CHF">500.00</ns:Amt>
        <ns:CdtDbtInd>CRDT</ns:CdtDbtInd>
        <ns:Sts><ns:Cd>BOOK</ns:Cd></ns:Sts>
        <ns:BookgDt><ns:DtTm>2026-03-31T10:15:00+02:00</ns:DtTm></ns:BookgDt>
        <ns:ValDt><ns:Dt>2026-03-31</ns:Dt></ns:ValDt>
        <ns:AcctSvcrRef>CH-BK-1001</ns:AcctSvcrRef>
        <ns:NtryDtls>
          <ns:TxDtls>
            <ns:Refs><ns:EndToEndId>E2E-CH-1</ns:EndToEndId></ns:Refs>
            <ns:Amt Ccy="CHF">500.00</ns:Amt>
            <ns:CdtDbtInd>CRDT</ns:CdtDbtInd>
            <ns:RltdPties>
              <ns:Dbtr><ns:Pty><ns:Nm>Alpenblick Hotel AG</ns:Nm></ns:Pty></ns:Dbtr>
              <ns:Cdtr><ns:Pty><ns:Nm>Example Trading AG</ns:Nm></ns:Pty></ns:Cdtr>
            </ns:RltdPties>
            <ns:RmtInf><ns:Ustrd>Order 5521</ns:Ustrd></ns:RmtInf>
          </ns:TxDtls>
        </ns:NtryDtls>
      </ns:Ntry>
      <ns:Ntry>
        <ns:Amt Ccy="CHF">50.00</ns:Amt>
        <ns:CdtDbtInd>DBIT</ns:CdtDbtInd>
        <ns:Sts><ns:Cd>INFO</ns:Cd></ns:Sts>
        <ns:BookgDt><ns:Dt>2026-03-31</ns:Dt></ns:BookgDt>
      </ns:Ntry>
    </ns:Stmt>
    <ns:Stmt>
      <ns:Id>STMT-B-0331</ns:Id>
      <ns:ElctrncSeqNb>14</ns:ElctrncSeqNb>
      <ns:Acct>
        <ns:Id><ns:Othr><ns:Id>0012-345678-01</ns:Id></ns:Othr></ns:Id>
        <ns:Ccy>USD</ns:Ccy>
      </ns:Acct>
      <ns:Bal>
        <ns:Tp><ns:CdOrPrtry><ns:Cd>PRCD</ns:Cd></ns:CdOrPrtry></ns:Tp>
        <ns:Amt Ccy="USD">0.00</ns:Amt>
        <ns:CdtDbtInd>CRDT</ns:CdtDbtInd>
        <ns:Dt><ns:Dt>2026-03-30</ns:Dt></ns:Dt>
      </ns:Bal>
      <ns:Bal>
        <ns:Tp><ns:CdOrPrtry><ns:Cd>OPBD</ns:Cd></ns:CdOrPrtry></ns:Tp>
        <ns:Amt Ccy="USD">7.00</ns:Amt>
        <ns:CdtDbtInd>CRDT</ns:CdtDbtInd>
        <ns:Dt><ns:Dt>2026-03-31</ns:Dt></ns:Dt>
      </ns:Bal>
      <ns:Ntry>
        <ns:Amt Ccy="USD">19.99</ns:Amt>
        <ns:CdtDbtInd>DBIT</ns:CdtDbtInd>
        <ns:Sts><ns:Cd>BOOK</ns:Cd></ns:Sts>
        <ns:BookgDt><ns:DtTm>2026-03-31T08:00:00Z</ns:DtTm></ns:BookgDt>
        <ns:ValDt><ns:DtTm>2026-04-01T00:00:00Z</ns:DtTm></ns:ValDt>
        <ns:AcctSvcrRef>US-77</ns:AcctSvcrRef>
        <ns:NtryDtls>
          <ns:TxDtls>
            <ns:Refs><ns:EndToEndId>NOTPROVIDED</ns:EndToEndId></ns:Refs>
            <ns:RltdPties>
              <ns:Cdtr><ns:Pty><ns:Nm></ns:Nm></ns:Pty></ns:Cdtr>
              <ns:UltmtCdtr><ns:Pty><ns:Nm>Cloud Hosting Inc</ns:Nm></ns:Pty></ns:UltmtCdtr>
            </ns:RltdPties>
            <ns:AddtlTxInf>Card payment 4417</ns:AddtlTxInf>
          </ns:TxDtls>
        </ns:NtryDtls>
      </ns:Ntry>
    </ns:Stmt>
  </ns:BkToCstmrStmt>
</ns:Document>
`;

describe("readCamt: camt.053.001.08 with a prefix, two statements", () => {
  const file = readCamt(CAMT_053_08);

  it("reads two statements for two accounts", () => {
    expect(file.statements.map((s) => [s.account, s.id, s.currency])).toEqual([
      ["CH9300762011623852957", "STMT-A-0331", "CHF"],
      ["0012-345678-01", "14", "USD"],
    ]);
  });

  it("takes PRCD as the opening balance when there is no OPBD, and the day of a DtTm", () => {
    const a = file.statements[0] as Statement;
    expect(a.opening).toEqual({ day: day("2026-03-30"), minor: -12_000 });
    expect(a.closing).toEqual({ day: day("2026-03-31"), minor: 38_000 });
  });

  it("prefers OPBD to PRCD, and leaves out a closing balance the file does not state", () => {
    const b = file.statements[1] as Statement;
    expect(b.opening).toEqual({ day: day("2026-03-31"), minor: 700 });
    expect(b.closing).toBeUndefined();
    expect("closing" in b).toBe(false);
  });

  it("reads Sts/Cd, Dbtr/Pty/Nm and DtTm booking days, and skips the INFO entry", () => {
    const a = file.statements[0] as Statement;
    expect(a.lines).toEqual<StatementLine[]>([
      {
        day: day("2026-03-31"),
        minor: 50_000,
        currency: "CHF",
        party: "Alpenblick Hotel AG",
        description: "Order 5521",
        reference: "E2E-CH-1",
        bankId: "CH-BK-1001",
        line: lineOf(CAMT_053_08, "<ns:NtryRef>A-1</ns:NtryRef>") - 1,
      },
    ]);
  });

  it("falls back to the ultimate creditor and AddtlTxInf, with a value day from a DtTm", () => {
    const b = file.statements[1] as Statement;
    expect(b.lines).toEqual<StatementLine[]>([
      {
        day: day("2026-03-31"),
        valueDay: day("2026-04-01"),
        minor: -1999,
        currency: "USD",
        party: "Cloud Hosting Inc",
        description: "Card payment 4417",
        reference: "",
        bankId: "US-77",
        line: lineOf(CAMT_053_08, '<ns:Amt Ccy="USD">19.99</ns:Amt>') - 1,
      },
    ]);
  });
});

/** A camt.053.001.04 statement around the given entries. */
function statement053(entries: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-04-01T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>S1</Id>
      <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

const BATCH = statement053(`      <Ntry>
        <Amt Ccy="EUR">350.00</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <ValDt><Dt>2026-03-31</Dt></ValDt>
        <AcctSvcrRef>BATCH-900</AcctSvcrRef>
        <NtryDtls>
          <Btch><PmtInfId>SALARY-03</PmtInfId><NbOfTxs>3</NbOfTxs></Btch>
          <TxDtls>
            <Refs><EndToEndId>SAL-03-001</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
            <RltdPties><Cdtr><Nm>Anna de Vries</Nm></Cdtr></RltdPties>
            <RmtInf><Ustrd>Salary March</Ustrd></RmtInf>
          </TxDtls>
          <TxDtls>
            <Refs><AcctSvcrRef>BATCH-900-2</AcctSvcrRef><EndToEndId>SAL-03-002</EndToEndId></Refs>
            <Amt Ccy="EUR">200.00</Amt>
            <RltdPties><Cdtr><Nm>Bram Jansen</Nm></Cdtr></RltdPties>
            <RmtInf><Ustrd>Salary March</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>SAL-03-003</EndToEndId></Refs>
            <Amt Ccy="EUR">50.00</Amt>
            <RltdPties><Cdtr><Nm>Chris Bakker</Nm></Cdtr></RltdPties>
          </TxDtls>
        </NtryDtls>
        <AddtlNtryInf>SEPA batch SALARY-03</AddtlNtryInf>
      </Ntry>`);

describe("readCamt: batch entries", () => {
  it("splits a batch whose transactions carry amounts into one line per transaction", () => {
    const stmt = only(readCamt(BATCH).statements);
    const common = { day: day("2026-03-31"), currency: "EUR" };
    expect(stmt.lines).toEqual<StatementLine[]>([
      {
        ...common,
        minor: -10_000,
        party: "Anna de Vries",
        description: "Salary March",
        reference: "SAL-03-001",
        bankId: "BATCH-900",
        line: lineOf(BATCH, "<TxDtls>"),
      },
      {
        ...common,
        minor: -20_000,
        party: "Bram Jansen",
        description: "Salary March",
        reference: "SAL-03-002",
        bankId: "BATCH-900-2",
        line: lineOf(BATCH, "<TxDtls>", lineOf(BATCH, "<TxDtls>") + 1),
      },
      {
        ...common,
        minor: -5000,
        party: "Chris Bakker",
        description: "SEPA batch SALARY-03",
        reference: "SAL-03-003",
        bankId: "BATCH-900",
        line: lineOf(BATCH, "SAL-03-003") - 1,
      },
    ]);
  });

  it("refuses a batch whose transaction amounts do not add up to the entry, naming the entry's line", () => {
    const text = BATCH.replace('<Amt Ccy="EUR">50.00</Amt>', '<Amt Ccy="EUR">40.00</Amt>');
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "<Ntry>"));
    expect(e.reason).toBe(
      "the 3 <TxDtls> amounts of this batch <Ntry> add up to -340.00 EUR, not the entry's -350.00 EUR",
    );
  });

  it("keeps a batch whose transactions carry no amounts as one line with all their texts", () => {
    const text = statement053(`      <Ntry>
        <NtryRef>COLL-1</NtryRef>
        <Amt Ccy="EUR">75.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <RltdPties><Dbtr><Nm>Member One</Nm></Dbtr></RltdPties>
            <RmtInf><Ustrd>Fee 2026</Ustrd></RmtInf>
          </TxDtls>
          <TxDtls>
            <Refs><EndToEndId>DUES-2</EndToEndId></Refs>
            <RltdPties><Dbtr><Nm>Member Two</Nm></Dbtr></RltdPties>
            <RmtInf><Ustrd>Fee 2026 and donation</Ustrd></RmtInf>
          </TxDtls>
          <TxDtls>
            <RltdPties><Dbtr><Nm>Member One</Nm></Dbtr></RltdPties>
          </TxDtls>
        </NtryDtls>
      </Ntry>`);
    expect(only(readCamt(text).statements).lines).toEqual<StatementLine[]>([
      {
        day: day("2026-03-31"),
        minor: 7500,
        currency: "EUR",
        party: "Member One; Member Two",
        description: "Fee 2026; Fee 2026 and donation",
        reference: "DUES-2",
        bankId: "COLL-1",
        line: lineOf(text, "<Ntry>"),
      },
    ]);
  });

  it("sets a transaction in another currency against the entry by its amount in the entry's currency", () => {
    const text = statement053(`      <Ntry>
        <Amt Ccy="EUR">30.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <NtryDtls>
          <TxDtls>
            <Amt Ccy="USD">11.00</Amt>
            <AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls>
          </TxDtls>
          <TxDtls>
            <Amt Ccy="USD">22.00</Amt>
            <AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls>
          </TxDtls>
        </NtryDtls>
      </Ntry>`);
    expect(only(readCamt(text).statements).lines.map((l) => [l.minor, l.currency])).toEqual([
      [1000, "EUR"],
      [2000, "EUR"],
    ]);
    const foreignOnly = text.replace('<AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls>', "");
    expect(errorOf(foreignOnly)).toMatchObject({
      line: lineOf(foreignOnly, '<Amt Ccy="USD">22.00</Amt>'),
      reason: "<TxDtls> amount is in USD, its entry in EUR",
    });
  });

  it("refuses a batch where only some transactions carry amounts", () => {
    const text = BATCH.replace('<Amt Ccy="EUR">200.00</Amt>', "");
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "SAL-03-002") - 1);
    expect(e.reason).toBe(
      `<TxDtls> has no amount while other transactions of its batch <Ntry> (line ${lineOf(text, "<Ntry>")}) do`,
    );
  });
});

describe("readCamt: reversals", () => {
  /** A returned direct debit of 89.90, its CdtDbtInd written as `indicator`, and two credits of 10.00. */
  const returned = (indicator: "CRDT" | "DBIT", balances = "") =>
    statement053(`${balances}      <Ntry>
        <Amt Ccy="EUR">89.90</Amt>
        <CdtDbtInd>${indicator}</CdtDbtInd>
        <RvslInd>true</RvslInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <AcctSvcrRef>RET-1</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>DD-2026-03-77</EndToEndId></Refs>
            <RltdPties>
              <Dbtr><Nm>Example Trading AG</Nm></Dbtr>
              <Cdtr><Nm>Telecom Anbieter GmbH</Nm></Cdtr>
            </RltdPties>
            <RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf>
          </TxDtls>
        </NtryDtls>
        <AddtlNtryInf>Return of direct debit</AddtlNtryInf>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">10.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <RvslInd>false</RvslInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
      </Ntry>
`);
  const balances = (opening: string, closing: string) => `      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">${opening}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="EUR">${closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt>
      </Bal>
`;
  const expected = (text: string): StatementLine => ({
    day: day("2026-03-31"),
    minor: 8990,
    currency: "EUR",
    party: "Telecom Anbieter GmbH",
    description: "Return of direct debit",
    reference: "DD-2026-03-77",
    bankId: "RET-1",
    line: lineOf(text, "<Ntry>"),
  });

  it("reads a reversal the ISO 20022 way: CdtDbtInd is the money's direction, the parties those of the payment undone", () => {
    // No balances to say otherwise: the standard's reading.
    const text = returned("CRDT");
    const lines = only(readCamt(text).statements).lines;
    expect(lines[0]).toEqual<StatementLine>(expected(text));
    expect(lines.map((l) => l.minor)).toEqual([8990, 1000]);
    // Balances that agree with it keep it.
    const agreeing = returned("CRDT", balances("100.00", "199.90"));
    expect(only(readCamt(agreeing).statements).lines.map((l) => l.minor)).toEqual([8990, 1000]);
  });

  it("reads a German bank's reversal, which writes the undone booking's indicator, when only that reading meets the closing balance", () => {
    const text = returned("DBIT", balances("100.00", "199.90"));
    const lines = only(readCamt(text).statements).lines;
    expect(lines[0]).toEqual<StatementLine>(expected(text));
    expect(lines.map((l) => l.minor)).toEqual([8990, 1000]);
    // Balances that fit neither reading leave the standard's, and the table reports the break.
    const neither = returned("DBIT", balances("100.00", "500.00"));
    expect(only(readCamt(neither).statements).lines.map((l) => l.minor)).toEqual([-8990, 1000]);
    // Without balances the same entry reads the standard's way: money out.
    expect(only(readCamt(returned("DBIT")).statements).lines.map((l) => [l.minor, l.party])).toEqual([
      [-8990, "Example Trading AG"],
      [1000, ""],
    ]);
  });
});

const CAMT_054 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>NTF-5</MsgId><CreDtTm>2026-03-31T14:02:11</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>NTF-5-1</Id>
      <Acct><Id><IBAN>AT611904300234573201</IBAN></Id></Acct>
      <Ntry>
        <Amt Ccy="EUR">1200.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <ValDt><Dt>2026-03-31</Dt></ValDt>
        <AcctSvcrRef>AT-NTF-1</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>RENT-APR</EndToEndId></Refs>
            <Amt Ccy="EUR">1200.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties><Dbtr><Nm>Tenant Meier</Nm></Dbtr></RltdPties>
            <RmtInf><Ustrd>Rent April</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;

const CAMT_052 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.13">
  <BkToCstmrAcctRpt>
    <GrpHdr><MsgId>RPT-1</MsgId><CreDtTm>2026-03-31T12:00:00+09:00</CreDtTm></GrpHdr>
    <Rpt>
      <Id>RPT-1-1</Id>
      <Acct><Id><Othr><Id>123-4567890</Id></Othr></Id></Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>ITBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="JPY">9000000</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><DtTm>2026-03-31T12:00:00+09:00</DtTm></Dt>
      </Bal>
      <Ntry>
        <Amt Ccy="JPY">55000</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <AcctSvcrRef>JP-1</AcctSvcrRef>
        <BkTxCd><Prtry><Cd>TRANSFER OUT</Cd></Prtry></BkTxCd>
      </Ntry>
      <Ntry>
        <Amt Ccy="USD">12.34</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-03-31</Dt></BookgDt>
        <AcctSvcrRef>JP-2</AcctSvcrRef>
      </Ntry>
    </Rpt>
  </BkToCstmrAcctRpt>
</Document>
`;

describe("readCamt: camt.054 notifications and camt.052 reports", () => {
  it("reads a camt.054 notification, its currency from its first entry", () => {
    const stmt = only(readCamt(CAMT_054).statements);
    expect(stmt).toEqual<Statement>({
      account: "AT611904300234573201",
      id: "NTF-5-1",
      currency: "EUR",
      lines: [
        {
          day: day("2026-03-31"),
          minor: 120_000,
          currency: "EUR",
          party: "Tenant Meier",
          description: "Rent April",
          reference: "RENT-APR",
          bankId: "AT-NTF-1",
          line: lineOf(CAMT_054, "<Ntry>"),
        },
      ],
    });
  });

  it("reads a camt.052 report: ignores an interim balance, currency from the first balance, own entry currency", () => {
    const stmt = only(readCamt(CAMT_052).statements);
    expect(stmt).toEqual<Statement>({
      account: "123-4567890",
      id: "RPT-1-1",
      currency: "JPY",
      lines: [
        {
          day: day("2026-03-31"),
          minor: -55_000,
          currency: "JPY",
          party: "",
          description: "TRANSFER OUT",
          reference: "",
          bankId: "JP-1",
          line: lineOf(CAMT_052, "<Ntry>"),
        },
        {
          day: day("2026-03-31"),
          minor: 1234,
          currency: "USD",
          party: "",
          description: "",
          reference: "",
          bankId: "JP-2",
          line: lineOf(CAMT_052, '<Amt Ccy="USD">') - 1,
        },
      ],
    });
  });
});

/** A booked entry with the given amount element, direction element and booking date. */
function entry053(amt: string, extra = "<CdtDbtInd>CRDT</CdtDbtInd>", date = "<Dt>2026-03-31</Dt>"): string {
  return `      <Ntry>
        ${amt}
        ${extra}
        <Sts>BOOK</Sts>
        <BookgDt>${date}</BookgDt>
      </Ntry>`;
}

describe("readCamt: dates", () => {
  it("reads an xs:date with a time zone as its day", () => {
    const text = statement053(
      entry053('<Amt Ccy="EUR">5.00</Amt>', "<CdtDbtInd>CRDT</CdtDbtInd>", "<Dt>2026-03-31+01:00</Dt>"),
    );
    expect(only(readCamt(text).statements).lines[0]?.day).toBe(day("2026-03-31"));
  });
});

describe("readCamt errors", () => {
  it("refuses a file cut at any line, as its XML is left unclosed (no short statement is read)", () => {
    const lines = CAMT_053_02.trimEnd().split("\n");
    for (let k = 1; k < lines.length; k++) {
      expect(errorOf(lines.slice(0, k).join("\n")).reason).toMatch(/not closed|no <Document>|no camt|root/);
    }
  });

  it("refuses a document that is not camt, naming its root element", () => {
    const e = errorOf(`<?xml version="1.0"?>\n\n<Foo xmlns="urn:x"><Bar/></Foo>\n`);
    expect(e.line).toBe(3);
    expect(e.reason).toBe("the root element is <Foo>, not a camt.052, camt.053 or camt.054 <Document>");
  });

  it("refuses another ISO 20022 message, naming what the Document holds", () => {
    const e = errorOf(
      `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n  <CstmrCdtTrfInitn/>\n</Document>`,
    );
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/^<Document> holds <CstmrCdtTrfInitn>, not a camt\.052, camt\.053 or camt\.054/);
  });

  it("refuses an entry without CdtDbtInd", () => {
    const text = statement053(entry053('<Amt Ccy="EUR">5.00</Amt>', ""));
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "<Ntry>"));
    expect(e.reason).toBe("<Ntry> has no <CdtDbtInd>");
  });

  it("refuses an unknown CdtDbtInd", () => {
    const text = statement053(entry053('<Amt Ccy="EUR">5.00</Amt>', "<CdtDbtInd>CR</CdtDbtInd>"));
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "<CdtDbtInd>"));
    expect(e.reason).toBe('<CdtDbtInd> "CR" is neither CRDT nor DBIT');
  });

  it.each([
    ["12x", '<Amt> "12x" is not an amount'],
    ["1,234.00", '<Amt> "1,234.00" is not an amount'],
    ["-5.00", '<Amt> "-5.00" is not an amount'],
    ["", '<Amt> "" is not an amount'],
    ["5.005", '<Amt> "5.005" is not an amount in EUR: "5.005" has more than 2 decimal places'],
  ])("refuses the amount %p with its line", (value, reason) => {
    const text = statement053(entry053(`<Amt Ccy="EUR">${value}</Amt>`));
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "<Amt "));
    expect(e.reason).toBe(reason);
  });

  it.each([
    ["<Dt>2026-02-30</Dt>", '<Dt> "2026-02-30" is not a date'],
    ["<Dt>31.03.2026</Dt>", '<Dt> "31.03.2026" is not a date'],
    ["<DtTm>2026-03-31 10:00</DtTm>", '<DtTm> "2026-03-31 10:00" is not a date and time'],
  ])("refuses the booking date %p with its line", (date, reason) => {
    const text = statement053(entry053('<Amt Ccy="EUR">5.00</Amt>', "<CdtDbtInd>CRDT</CdtDbtInd>", date));
    const e = errorOf(text);
    expect(e.line).toBe(lineOf(text, "<BookgDt>"));
    expect(e.reason).toBe(reason);
  });

  it("refuses an amount without a Ccy attribute, and one with an unknown currency", () => {
    const missing = statement053(entry053("<Amt>5.00</Amt>"));
    expect(errorOf(missing)).toMatchObject({
      line: lineOf(missing, "<Amt>"),
      reason: "<Amt> has no Ccy attribute",
    });
    const unknown = statement053(entry053('<Amt Ccy="EURO">5.00</Amt>'));
    expect(errorOf(unknown)).toMatchObject({
      line: lineOf(unknown, "<Amt "),
      reason: '<Amt> Ccy "EURO" is not a currency code',
    });
  });

  it("refuses an entry without a booking date or a status", () => {
    const noDate = statement053(
      entry053('<Amt Ccy="EUR">5.00</Amt>').replace("<BookgDt><Dt>2026-03-31</Dt></BookgDt>", ""),
    );
    expect(errorOf(noDate)).toMatchObject({
      line: lineOf(noDate, "<Ntry>"),
      reason: "<Ntry> has no <BookgDt>",
    });
    const noStatus = statement053(entry053('<Amt Ccy="EUR">5.00</Amt>').replace("<Sts>BOOK</Sts>", ""));
    expect(errorOf(noStatus)).toMatchObject({
      line: lineOf(noStatus, "<Ntry>"),
      reason: "<Ntry> has no <Sts>",
    });
  });

  it("refuses a balance in another currency than the statement", () => {
    const text = statement053(`      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="USD">1.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-03-31</Dt></Dt>
      </Bal>`);
    expect(errorOf(text)).toMatchObject({
      line: lineOf(text, "<Bal>"),
      reason: "<Bal> is in USD, its statement in EUR",
    });
  });

  it("refuses a statement without an account", () => {
    const text = statement053("").replace("<Id><IBAN>NL91ABNA0417164300</IBAN></Id>", "");
    expect(errorOf(text)).toMatchObject({
      line: lineOf(text, "<Stmt>"),
      reason: "<Stmt> has no account (<Acct><Id><IBAN> or <Othr><Id>)",
    });
  });

  it("passes on the XML reader's errors with their lines", () => {
    const text = statement053(
      entry053('<Amt Ccy="EUR">5.00</Amt>').replace("<Sts>BOOK</Sts>", "<Sts>BOOK</Status>"),
    );
    expect(errorOf(text)).toMatchObject({
      line: lineOf(text, "<Sts>"),
      reason: `</Status> does not close <Sts> (opened on line ${lineOf(text, "<Sts>")})`,
    });
  });
});
