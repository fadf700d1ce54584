import { fileErrorOf, isoDay as day } from "../../../test/support/statementFiles";
import { looksLikeOfx, readOfx } from "./ofx";

/** An OFX 1 (SGML) checking account download: value elements have no end tags. */
const SGML = [
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
  "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260401083000.000</SONRS></SIGNONMSGSRSV1>",
  "<BANKMSGSRSV1>",
  "<STMTTRNRS>",
  "<TRNUID>1",
  "<STMTRS>",
  "<CURDEF>USD",
  "<BANKACCTFROM>",
  "<BANKID>121000248",
  "<ACCTID>4471-0032",
  "<ACCTTYPE>CHECKING",
  "</BANKACCTFROM>",
  "<BANKTRANLIST>",
  "<DTSTART>20260301",
  "<DTEND>20260331",
  "<STMTTRN>",
  "<TRNTYPE>CREDIT",
  "<DTPOSTED>20260302120000.000[-5:EST]",
  "<TRNAMT>1250.00",
  "<FITID>2026030200017",
  "<NAME>ACME TRADING &amp; SONS",
  "<MEMO>INV-1043   MARCH",
  "</STMTTRN>",
  "<STMTTRN>",
  "<TRNTYPE>CHECK",
  "<DTPOSTED>20260305",
  "<TRNAMT>-310.25",
  "<FITID>2026030500003",
  "<CHECKNUM>1187",
  "<MEMO>",
  "<NAME>CITY WATER",
  "</STMTTRN>",
  "<STMTTRN>",
  "<TRNTYPE>FEE",
  "<DTPOSTED>20260331",
  "<TRNAMT>-12.50",
  "<FITID>2026033100001",
  "<REFNUM>SVC-03",
  "<NAME>MONTHLY SERVICE FEE",
  "</STMTTRN>",
  "</BANKTRANLIST>",
  "<LEDGERBAL>",
  "<BALAMT>4127.25",
  "<DTASOF>20260331235959",
  "</LEDGERBAL>",
  "</STMTRS>",
  "</STMTTRNRS>",
  "</BANKMSGSRSV1>",
  "</OFX>",
  "",
].join("\r\n");

/** An OFX 2 (XML) credit card statement, one line in another currency. */
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <CREDITCARDMSGSRSV1>
    <CCSTMTTRNRS>
      <TRNUID>0</TRNUID>
      <CCSTMTRS>
        <CURDEF>EUR</CURDEF>
        <CCACCTFROM><ACCTID>XXXX-XXXX-XXXX-4242</ACCTID></CCACCTFROM>
        <BANKTRANLIST>
          <DTSTART>20260301</DTSTART><DTEND>20260331</DTEND>
          <STMTTRN>
            <TRNTYPE>DEBIT</TRNTYPE>
            <DTPOSTED>20260310</DTPOSTED>
            <TRNAMT>-89,90</TRNAMT>
            <FITID>CC-77</FITID>
            <PAYEE><NAME>Bürobedarf Schöller</NAME><ADDR1>Hauptstr. 1</ADDR1></PAYEE>
            <MEMO>Order &#8470;&#x20;5521 &lt;online&gt;</MEMO>
          </STMTTRN>
          <STMTTRN>
            <TRNTYPE>DEBIT</TRNTYPE>
            <DTPOSTED>20260312</DTPOSTED>
            <TRNAMT>-45.00</TRNAMT>
            <FITID>CC-78</FITID>
            <NAME>Hotel Lisboa</NAME>
            <CURRENCY><CURRATE>1.0</CURRATE><CURSYM>usd</CURSYM></CURRENCY>
          </STMTTRN>
          <STMTTRN>
            <TRNTYPE>FEE</TRNTYPE>
            <DTPOSTED>20260312</DTPOSTED>
            <TRNAMT>-1.00</TRNAMT>
            <FITID>CC-79</FITID>
            <NAME>FX fee</NAME>
            <ORIGCURRENCY><CURRATE>0.92</CURRATE><CURSYM>USD</CURSYM></ORIGCURRENCY>
          </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>-135.90</BALAMT><DTASOF>20260331</DTASOF></LEDGERBAL>
      </CCSTMTRS>
    </CCSTMTTRNRS>
  </CREDITCARDMSGSRSV1>
</OFX>
`;

describe("readOfx", () => {
  it("reads an OFX 1 (SGML) bank statement: lines, account, currency and the ledger balance as closing", () => {
    const file = readOfx(SGML);
    expect(file.format).toBe("ofx");
    expect(file.statements).toHaveLength(1);
    const s = file.statements[0]!;
    expect({ account: s.account, id: s.id, currency: s.currency, opening: s.opening }).toEqual({
      account: "4471-0032",
      id: "",
      currency: "USD",
      opening: undefined,
    });
    expect(s.closing).toEqual({ day: day("2026-03-31"), minor: 412725 });
    expect(s.lines).toEqual([
      {
        day: day("2026-03-02"),
        minor: 125000,
        currency: "USD",
        party: "ACME TRADING & SONS",
        description: "INV-1043 MARCH",
        reference: "",
        bankId: "2026030200017",
        line: 26,
      },
      {
        // An empty <MEMO> (no text, no end tag) does not take the <NAME> after it as its own.
        day: day("2026-03-05"),
        minor: -31025,
        currency: "USD",
        party: "CITY WATER",
        description: "",
        reference: "1187",
        bankId: "2026030500003",
        line: 34,
      },
      {
        day: day("2026-03-31"),
        minor: -1250,
        currency: "USD",
        party: "MONTHLY SERVICE FEE",
        description: "",
        reference: "SVC-03",
        bankId: "2026033100001",
        line: 43,
      },
    ]);
  });

  it("reads an OFX 2 (XML) credit card statement: PAYEE names, entities, a decimal comma, a line's own currency", () => {
    const s = readOfx(XML).statements[0]!;
    expect(s.account).toBe("XXXX-XXXX-XXXX-4242");
    expect(s.currency).toBe("EUR");
    expect(s.closing).toEqual({ day: day("2026-03-31"), minor: -13590 });
    expect(s.lines.map((l) => [l.party, l.description, l.minor, l.currency, l.bankId])).toEqual([
      ["Bürobedarf Schöller", "Order № 5521 <online>", -8990, "EUR", "CC-77"],
      ["Hotel Lisboa", "", -4500, "USD", "CC-78"],
      // ORIGCURRENCY says what the amount was converted from; it is still in CURDEF.
      ["FX fee", "", -100, "EUR", "CC-79"],
    ]);
  });

  it("keeps statements of several accounts apart, in file order", () => {
    const two = SGML.replace(
      "</STMTTRNRS>",
      "</STMTTRNRS><STMTTRNRS><STMTRS><CURDEF>GBP<BANKACCTFROM><ACCTID>SAV-9</BANKACCTFROM>" +
        "<BANKTRANLIST><STMTTRN><TRNAMT>5.00<DTPOSTED>20260320<FITID>S1</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS>",
    );
    const file = readOfx(two);
    expect(file.statements.map((s) => [s.account, s.currency, s.lines.length, s.closing])).toEqual([
      ["4471-0032", "USD", 3, { day: day("2026-03-31"), minor: 412725 }],
      ["SAV-9", "GBP", 1, undefined],
    ]);
  });

  it.each([
    [
      "a date that is no date",
      SGML.replace("<DTPOSTED>20260305", "<DTPOSTED>20260230"),
      36,
      /<DTPOSTED> "20260230" is not a date/,
    ],
    [
      "an amount that is no amount",
      SGML.replace("<TRNAMT>-310.25", "<TRNAMT>-310.2x"),
      37,
      /<TRNAMT> "-310.2x" is not an amount/,
    ],
    [
      "an amount with a currency of its own",
      SGML.replace("<TRNAMT>-310.25", "<TRNAMT>$-310.25"),
      37,
      /is not an amount/,
    ],
    ["a statement without CURDEF", SGML.replace("<CURDEF>USD\r\n", ""), 16, /<STMTRS> has no <CURDEF>/],
    [
      "a currency that is none",
      SGML.replace("<CURDEF>USD", "<CURDEF>DOLLARS"),
      17,
      /"DOLLARS" is not a currency code/,
    ],
    [
      "an end tag that closes nothing",
      SGML.replace("</BANKTRANLIST>", "</BANKTRANLST>"),
      51,
      /<\/BANKTRANLST> closes no open element/,
    ],
    [
      "no statement",
      "OFXHEADER:100\r\n\r\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>",
      3,
      /no bank or credit card statement/,
    ],
    ["no OFX element", "OFXHEADER:100\r\n\r\n<FOO></FOO>", 1, /no <OFX> element/],
  ])("refuses %s, naming the line", (_what, text, line, reason) => {
    const error = fileErrorOf(() => readOfx(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(reason);
  });

  it("knows an OFX file by its header or its <OFX> element", () => {
    expect(looksLikeOfx(SGML)).toBe(true);
    expect(looksLikeOfx(XML)).toBe(true);
    expect(looksLikeOfx("Date,Amount\r\n2026-03-01,5\r\n")).toBe(false);
  });
});

describe("readOfx: a file cut short", () => {
  const sgml = SGML.split("\r\n");

  it("marks a statement the file stops inside, before its closing balance, at the file's last line", () => {
    const cut = sgml.slice(0, sgml.indexOf("<STMTTRN>", 40)).join("\r\n");
    const s = readOfx(cut).statements[0];
    expect(s?.lines).toEqual(readOfx(SGML).statements[0]?.lines.slice(0, 2));
    expect(s?.cut).toEqual({
      line: 42,
      missing: "its closing balance (<LEDGERBAL>) and its end tag </STMTRS>",
    });
  });

  it("leaves out the STMTTRN the file stops inside, naming its start, day and amount as far as they go", () => {
    const cut = sgml.slice(0, sgml.indexOf("<TRNAMT>-310.25") + 1).join("\r\n");
    const s = readOfx(cut).statements[0];
    expect(s?.lines).toEqual(readOfx(SGML).statements[0]?.lines.slice(0, 1));
    expect(s?.cut).toEqual({
      line: 37,
      missing: "its closing balance (<LEDGERBAL>) and its end tag </STMTRS>",
      entry: { line: 34, day: day("2026-03-05"), amount: "-310.25" },
    });
    // The QA case: "-310.25" cut to "-3" is no amount of three.
    const inside = readOfx(cut.slice(0, cut.length - "10.25".length)).statements[0];
    expect(inside?.lines).toHaveLength(1);
    expect(inside?.cut?.entry).toEqual({ line: 34, day: day("2026-03-05"), amount: "-3" });
    for (const end of ["<TRNAMT>", "<TRNAMT", "<", "</STMTTRN"]) {
      const at = sgml.indexOf("<TRNAMT>-310.25");
      const text = [...sgml.slice(0, at), end].join("\r\n");
      expect([end, readOfx(text).statements[0]?.lines.length]).toEqual([end, 1]);
    }
    // Its end tag, or the tag that ends it, proves it whole.
    const closed = sgml.slice(0, sgml.indexOf("</STMTTRN>", 40) + 1).join("\r\n");
    expect(readOfx(closed).statements[0]?.lines).toHaveLength(2);
    expect(readOfx(closed).statements[0]?.cut?.entry).toBeUndefined();
  });

  it("reads an SGML STMTTRN without its end tag as ended by the next <STMTTRN> or by </BANKTRANLIST>", () => {
    const open = SGML.replace(/<\/STMTTRN>\r\n/g, "");
    const whole = readOfx(SGML).statements[0]?.lines.map((l) => ({ ...l, line: 0 }));
    const lines = (text: string) => readOfx(text).statements[0]?.lines.map((l) => ({ ...l, line: 0 }));
    expect(lines(open)).toEqual(whole);
    const cut = open.split("\r\n");
    const text = cut.slice(0, cut.indexOf("<REFNUM>SVC-03") + 1).join("\r\n");
    expect(lines(text)).toEqual(whole?.slice(0, 2));
    const s = readOfx(text).statements[0];
    expect(s?.cut?.entry).toEqual({ line: 41, day: day("2026-03-31"), amount: "-12.50" });
  });

  it("reads no closing balance from a LEDGERBAL the file stops inside", () => {
    const cut = sgml.slice(0, sgml.indexOf("<BALAMT>4127.25") + 1).join("\r\n");
    const s = readOfx(cut.slice(0, -3)).statements[0];
    expect(s?.lines).toHaveLength(3);
    expect(s?.closing).toBeUndefined();
    expect(s?.cut).toEqual({
      line: 53,
      missing: "its closing balance (<LEDGERBAL>) and its end tag </STMTRS>",
    });
  });

  it("marks the last statement of a file without its end tag </OFX>", () => {
    const cut = sgml.slice(0, sgml.indexOf("</STMTTRNRS>") + 1).join("\r\n");
    expect(readOfx(cut).statements[0]?.cut).toEqual({ line: 57, missing: "the file's end tag </OFX>" });
    const xml = XML.split("\n");
    const cutXml = xml.slice(0, xml.findIndex((l) => l.includes("<NAME>Hotel Lisboa")) + 1).join("\n");
    expect(readOfx(cutXml).statements[0]?.lines).toHaveLength(1);
    expect(readOfx(cutXml).statements[0]?.cut).toEqual({
      line: 25,
      missing: "its closing balance (<LEDGERBAL>) and its end tag </CCSTMTRS>",
      entry: { line: 20, day: day("2026-03-12"), amount: "-45.00" },
    });
  });

  it("marks nothing in whole files", () => {
    expect(readOfx(SGML).statements[0]?.cut).toBeUndefined();
    expect(readOfx(XML).statements[0]?.cut).toBeUndefined();
  });
});
