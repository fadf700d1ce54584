import { fileErrorOf, isoDay as day } from "../../../test/support/statementFiles";
import type { StatementLine } from "./model";
import { readMt940 } from "./mt940";

const errorOf = (text: string) => fileErrorOf(() => readMt940(text));

// A Sparkasse download ("STA" file): no envelope, CRLF, two statements each closed by "-". The second
// :86: line is exactly 65 characters and breaks "Maerz" in two.
const SPARKASSE = [
  ":20:STARTUMSE",
  ":25:10020030/1234567890",
  ":28C:00045/001",
  ":60F:C260330EUR12345,67",
  ":61:2603310331DR150,00NDDTNONREF",
  ":86:105?00SEPA-BASISLASTSCHRIFT?109248?20EREF+INV-2026-0331-7781",
  "?21MREF+M-471?22CRED+DE98ZZZ09999999999?23SVWZ+Strom Abschlag Mae",
  "rz 2?24026 Kundennr. 55512?30INGDDEFFXXX?31DE02120300000000202051",
  "?32Stadtwerke Musterstadt Ener?33gie GmbH?34992",
  ":61:2603310401C2500,NTRFKD-4711//POS0401-22",
  "/OCMT/EUR2500,00/",
  ":86:166?00GUTSCHRIFT?109310?20EREF+NOTPROVIDED?21SVWZ+Rechnung 2026-1187 vie?22len Dank?32Muster Handel GmbH",
  ":62F:C260331EUR14695,67",
  "-",
  ":20:STARTUMSE",
  ":25:10020030/1234567890",
  ":28C:00046/001",
  ":60F:C260331EUR14695,67",
  ":61:2604020402D49,90NMSCNONREF",
  ":86:805?00Abschluss?10931",
  ":62F:C260402EUR14645,77",
  "-",
  "",
].join("\r\n");

// A bank's SWIFT message: envelope blocks, LF, free-text :86: over several lines, reversals, amounts that
// end in a comma. The first :86: line is 65 characters wide and cuts "FULL".
const ENVELOPED = [
  "{1:F01BARCGB22AXXX0000000000}{2:O9401200260331BARCGB22AXXX00000000002603311200N}{4:",
  ":20:STMT260331",
  ":25:GB29NWBK60161331926819",
  ":28C:91/1",
  ":60F:D260330GBP250,",
  ":61:260331C1250,NTRFINV-1043//B7C31AA9",
  ":86:PAYMENT FROM ACME LTD FOR INVOICES 1043 AND 1044 SETTLED IN F",
  "ULL WITH THANKS",
  "REF 77",
  ":61:260331RD75,5NCHGNONREF//FEE2603",
  ":86:Refund of   charge",
  ":61:260331RC10,NCHKNONREF",
  ":86:Cheque 000123 returned",
  "unpaid by drawer",
  ":62F:C260331GBP1065,50",
  ":64:C260331GBP1065,50",
  ":65:C260401GBP1065,50",
  "-}{5:{CHK:123456789ABC}}",
  "",
].join("\n");

// Rabobank export: ":940:" header line, slash-keyword :86: (ING layout with /CNTP/, and the older
// /TRTP/.../NAME/ one). The first :86: line is 65 wide and cuts the name "Jansen".
const RABOBANK = [
  ":940:",
  ":20:940S260331",
  ":25:NL50RABO0123456789 EUR",
  ":28C:0",
  ":60F:C260330EUR1000,00",
  ":61:260331C500,00N541NONREF",
  ":86:/EREF/E2E-2026-0042//CNTP/NL91ABNA0417164300/ABNANL2A/J. Jans",
  "en///REMI/USTD//Factuur 2026-042/",
  ":61:260331D25,00N071OWN-REF-7//RABO123",
  ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/BIC/INGBNL2A/NAME/Bakkerij de Zon/REMI/Brood maart/EREF/NOTPROVIDED",
  ":61:260331D5,00N093NONREF",
  ":86:/ABC/kosten betaalrekening",
  ":62F:C260331EUR1470,00",
  "",
].join("\r\n");

describe("readMt940: German STA file without envelope", () => {
  const file = readMt940(SPARKASSE);

  it("reads both statements with account, number, currency and balances", () => {
    expect(file.format).toBe("mt940");
    expect(file.statements).toHaveLength(2);
    const [first, second] = file.statements;
    expect(first?.account).toBe("10020030/1234567890");
    expect(first?.id).toBe("00045/001");
    expect(first?.currency).toBe("EUR");
    expect(first?.opening).toEqual({ day: day("2026-03-30"), minor: 1234567 });
    expect(first?.closing).toEqual({ day: day("2026-03-31"), minor: 1469567 });
    expect(first?.lines).toHaveLength(2);
    expect(second?.id).toBe("00046/001");
    expect(second?.opening).toEqual({ day: day("2026-03-31"), minor: 1469567 });
    expect(second?.closing).toEqual({ day: day("2026-04-02"), minor: 1464577 });
  });

  it("reads a direct debit with SEPA keywords, a funds code letter and a 65-wide hard wrap", () => {
    const expected: StatementLine = {
      day: day("2026-03-31"),
      minor: -15000,
      currency: "EUR",
      party: "Stadtwerke Musterstadt Energie GmbH",
      description: "Strom Abschlag Maerz 2026 Kundennr. 55512",
      reference: "INV-2026-0331-7781",
      bankId: "",
      line: 5,
    };
    expect(file.statements[0]?.lines[0]).toEqual(expected);
  });

  it("books a line on its entry date, keeps the value date, adds supplementary details", () => {
    const expected: StatementLine = {
      day: day("2026-04-01"),
      valueDay: day("2026-03-31"),
      minor: 250000,
      currency: "EUR",
      party: "Muster Handel GmbH",
      description: "Rechnung 2026-1187 vielen Dank /OCMT/EUR2500,00/",
      // EREF+NOTPROVIDED names no reference, so the :61: customer reference stands.
      reference: "KD-4711",
      bankId: "POS0401-22",
      line: 10,
    };
    expect(file.statements[0]?.lines[1]).toEqual(expected);
  });

  it("falls back to the ?00 booking text and reads NONREF as no reference", () => {
    const expected: StatementLine = {
      day: day("2026-04-02"),
      minor: -4990,
      currency: "EUR",
      party: "",
      description: "Abschluss",
      reference: "",
      bankId: "",
      line: 19,
    };
    expect(file.statements[1]?.lines).toEqual([expected]);
  });

  it("omits valueDay when the entry date equals the value date", () => {
    expect("valueDay" in (file.statements[1]?.lines[0] ?? {})).toBe(false);
  });

  it("joins ?2x pieces shorter than 27 characters with a space", () => {
    const text = [
      ":20:X",
      ":25:DE89370400440532013000",
      ":60F:C260330EUR0,",
      ":61:260331C1,00NTRFNONREF",
      ":86:166?00GUTSCHRIFT?20Miete April?21Whg. 3 links?32Erika Muster",
      "-",
    ].join("\n");
    const line = readMt940(text).statements[0]?.lines[0];
    expect(line?.description).toBe("Miete April Whg. 3 links");
    expect(line?.party).toBe("Erika Muster");
  });

  it("takes the whole remittance text when SEPA keywords carry no SVWZ+", () => {
    const text = [
      ":20:X",
      ":25:DE89370400440532013000",
      ":60F:C260330EUR0,",
      ":61:260331D9,99NDDTNONREF",
      ":86:105?00LASTSCHRIFT?20EREF+ABO-99?21MREF+M1?32Streamingdienst",
      "-",
    ].join("\n");
    const line = readMt940(text).statements[0]?.lines[0];
    expect(line?.description).toBe("EREF+ABO-99 MREF+M1");
    expect(line?.reference).toBe("ABO-99");
  });
});

describe("readMt940: SWIFT envelope, English free text", () => {
  const file = readMt940(ENVELOPED);

  it("reads the statement inside the envelope", () => {
    expect(file.statements).toHaveLength(1);
    const statement = file.statements[0];
    expect(statement?.account).toBe("GB29NWBK60161331926819");
    expect(statement?.id).toBe("91/1");
    expect(statement?.currency).toBe("GBP");
    expect(statement?.opening).toEqual({ day: day("2026-03-30"), minor: -25000 });
    expect(statement?.closing).toEqual({ day: day("2026-03-31"), minor: 106550 });
  });

  it("joins a hard-wrapped line without a space and a short line with one", () => {
    const expected: StatementLine = {
      day: day("2026-03-31"),
      minor: 125000,
      currency: "GBP",
      party: "",
      description: "PAYMENT FROM ACME LTD FOR INVOICES 1043 AND 1044 SETTLED IN FULL WITH THANKS REF 77",
      reference: "INV-1043",
      bankId: "B7C31AA9",
      line: 6,
    };
    expect(file.statements[0]?.lines[0]).toEqual(expected);
  });

  it("reads RD (reversal of a debit) as money in and RC (reversal of a credit) as money out", () => {
    const [, refund, returned] = file.statements[0]?.lines ?? [];
    expect(refund).toEqual({
      day: day("2026-03-31"),
      minor: 7550,
      currency: "GBP",
      party: "",
      description: "Refund of charge",
      reference: "",
      bankId: "FEE2603",
      line: 10,
    });
    expect(returned?.minor).toBe(-1000);
    expect(returned?.description).toBe("Cheque 000123 returned unpaid by drawer");
    expect(returned?.line).toBe(12);
  });

  it("reads messages that follow one another on the envelope's trailer line", () => {
    const second = ENVELOPED.replace(":20:STMT260331", ":20:STMT260401").replace(":28C:91/1", ":28C:92/1");
    const text =
      ENVELOPED.replace("-}{5:{CHK:123456789ABC}}\n", "-}{5:{CHK:1}}{1:F01X}{2:O940X}{4:\n") + second;
    const ids = readMt940(text).statements.map((s) => s.id);
    expect(ids).toEqual(["91/1", "92/1"]);
  });
});

describe("readMt940: Dutch slash-keyword :86:", () => {
  const file = readMt940(RABOBANK);
  const lines = file.statements[0]?.lines ?? [];

  it("skips the :940: header line", () => {
    expect(file.statements).toHaveLength(1);
    expect(file.statements[0]?.account).toBe("NL50RABO0123456789 EUR");
    expect(file.statements[0]?.id).toBe("0");
  });

  it("reads /EREF/, the name inside /CNTP/ and the text after /REMI/USTD//", () => {
    const expected: StatementLine = {
      day: day("2026-03-31"),
      minor: 50000,
      currency: "EUR",
      party: "J. Jansen",
      description: "Factuur 2026-042",
      reference: "E2E-2026-0042",
      bankId: "",
      line: 6,
    };
    expect(lines[0]).toEqual(expected);
  });

  it("reads /NAME/ and /REMI/, and keeps the :61: reference when /EREF/ is NOTPROVIDED", () => {
    const expected: StatementLine = {
      day: day("2026-03-31"),
      minor: -2500,
      currency: "EUR",
      party: "Bakkerij de Zon",
      description: "Brood maart",
      reference: "OWN-REF-7",
      bankId: "RABO123",
      line: 9,
    };
    expect(lines[1]).toEqual(expected);
  });

  it("reads text that starts with an unknown /KEY/ as free text", () => {
    expect(lines[2]?.party).toBe("");
    expect(lines[2]?.description).toBe("/ABC/kosten betaalrekening");
  });
});

describe("readMt940: dates", () => {
  const withLine = (line61: string) =>
    [":20:X", ":25:DE89370400440532013000", ":60F:C251230EUR0,", line61, "-"].join("\n");

  it("books a 31 Dec entry of a 2 Jan value date in the year before", () => {
    const line = readMt940(withLine(":61:2601021231C10,NTRFNONREF")).statements[0]?.lines[0];
    expect(line?.day).toBe(day("2025-12-31"));
    expect(line?.valueDay).toBe(day("2026-01-02"));
  });

  it("books a 2 Jan entry of a 31 Dec value date in the year after", () => {
    const line = readMt940(withLine(":61:2512310102C10,NTRFNONREF")).statements[0]?.lines[0];
    expect(line?.day).toBe(day("2026-01-02"));
    expect(line?.valueDay).toBe(day("2025-12-31"));
  });

  it("reads years 80-99 as 19YY", () => {
    const text = [":20:X", ":25:1", ":60F:C991231EUR5,", ":62F:C000103EUR5,"].join("\n");
    const statement = readMt940(text).statements[0];
    expect(statement?.opening?.day).toBe(day("1999-12-31"));
    expect(statement?.closing?.day).toBe(day("2000-01-03"));
    expect(statement?.id).toBe("X");
  });
});

describe("readMt940: MT942 interim report", () => {
  it("takes the currency from :34F: when there is no opening balance", () => {
    const text = [
      ":20:942-0331",
      ":25:DE89370400440532013000",
      ":28C:12/1",
      ":34F:EURD0,",
      ":34F:EURC0,",
      ":13D:2603311015+0100",
      ":61:260331D12,34NMSCNONREF",
      ":86:Kartenzahlung",
      ":90D:1EUR12,34",
      ":90C:0EUR0,",
    ].join("\n");
    const statement = readMt940(text).statements[0];
    expect(statement?.currency).toBe("EUR");
    expect(statement?.opening).toBeUndefined();
    expect(statement?.closing).toBeUndefined();
    expect(statement?.lines.map((l) => [l.minor, l.currency, l.description])).toEqual([
      [-1234, "EUR", "Kartenzahlung"],
    ]);
  });

  it("reads a JPY amount in whole yen", () => {
    const text = [":20:X", ":25:1", ":60F:C260330JPY1000,", ":61:260331D250,NTRFNONREF", "-"].join("\n");
    expect(readMt940(text).statements[0]?.lines[0]?.minor).toBe(-250);
  });
});

describe("readMt940: a file cut short", () => {
  // The QA case: a Sparkasse download cut inside the first :86:, before its :62F: and its "-".
  const cut = SPARKASSE.split("\r\n").slice(0, 6).join("\r\n");

  it("marks a statement that stops before its closing balance, at its last text line, leaving out the line it stops in", () => {
    const [statement] = readMt940(cut).statements;
    expect(statement?.lines).toEqual([]);
    expect(statement?.closing).toBeUndefined();
    expect(statement?.cut).toEqual({
      line: 6,
      missing: "its closing balance (:62F:)",
      entry: { line: 5, day: day("2026-03-31"), amount: "-150,00" },
    });
  });

  it("keeps the whole lines before the one it stops in: a tag after a field proves it whole", () => {
    const lines = SPARKASSE.split("\r\n");
    const [statement] = readMt940(lines.slice(0, 10).join("\r\n")).statements;
    expect(statement?.lines).toEqual([readMt940(SPARKASSE).statements[0]?.lines[0]]);
    expect(statement?.cut).toEqual({
      line: 10,
      missing: "its closing balance (:62F:)",
      entry: { line: 10, day: day("2026-04-01"), amount: "2500," },
    });
  });

  it("leaves out a :61: whose :86: may still have come, or that the file cuts short", () => {
    const head = [":20:X", ":25:DE89370400440532013000", ":60F:C260330EUR0,", ":61:260312C5,NTRFNONREF"];
    const read = (...rest: string[]) => readMt940([...head, ...rest].join("\r\n")).statements[0];
    // The QA case: "-7.50" cut to "-7" is no amount of seven.
    expect(read(":61:2603130313D7")?.cut?.entry).toEqual({ line: 5, day: day("2026-03-13"), amount: "-7" });
    expect(read(":61:2603130313D7,50NMSCNONREF")?.cut?.entry?.amount).toBe("-7,50");
    expect(read(":61:2603130313D7,50NMSCNONREF", "")?.cut?.entry?.line).toBe(5);
    expect(read(":61:2603130313D7,50NMSCNONREF", ":8")?.cut?.entry?.line).toBe(5);
    expect(read(":61:2603130313D7,50NMSCNONREF", ":86:105?00LAST")?.cut?.entry?.line).toBe(5);
    expect(read(":61:2603130313RC7,5")?.cut?.entry?.amount).toBe("-7,5");
    expect(read(":61:2603")?.cut?.entry).toEqual({ line: 5, amount: "" });
    for (const rest of [[":61:2603130313D7"], [":61:2603"], [":61:2603130313D7,50NMSCNONREF", ":86:x"]])
      expect(read(...rest)?.lines.map((l) => [l.line, l.minor])).toEqual([[4, 500]]);
    // What follows a field proves it whole: the next tag, a tag the file stops inside, an end line.
    expect(read(":86:105?00LAST", ":6")?.lines).toHaveLength(1);
    expect(read(":86:105?00LAST", ":6")?.cut?.entry).toBeUndefined();
    expect(read(":86:105?00LAST", ":62F:C2603")?.cut).toEqual({
      line: 6,
      missing: "its closing balance (:62F:)",
    });
    expect(read(":86:105?00LAST", ":62F:C260313EUR5")?.closing).toBeUndefined();
    expect(read(":86:105?00LAST", ":62F:C260313EUR5,")?.closing?.minor).toBe(500);
    expect(read(":86:105?00LAST", "-")?.lines).toHaveLength(1);
    expect(read(":86:105?00LAST", "-")?.cut).toEqual({ line: 5, missing: "its closing balance (:62F:)" });
  });

  it('marks the last message of a file that ends its messages with "-" when that line is missing', () => {
    const lines = SPARKASSE.split("\r\n");
    const noDash = lines.slice(0, lines.length - 2).join("\r\n");
    const file = readMt940(noDash);
    expect(file.statements[0]?.cut).toBeUndefined();
    expect(file.statements[1]?.cut).toEqual({ line: 21, missing: 'the "-" line that ends its message' });
    const both = readMt940(lines.slice(0, 18).join("\r\n")).statements[1];
    expect(both?.cut).toEqual({
      line: 18,
      missing: 'its closing balance (:62F:) and the "-" line that ends its message',
    });
  });

  it('marks a message in a SWIFT envelope that stops before its "-}" trailer', () => {
    const lines = ENVELOPED.split("\n");
    const file = readMt940(lines.slice(0, 17).join("\n"));
    expect(file.statements[0]?.closing).toBeDefined();
    expect(file.statements[0]?.cut).toEqual({ line: 17, missing: 'the "-}" line that ends its message' });
  });

  it("marks nothing in whole files, in a file whose messages have no end line (Rabobank) or in an MT942", () => {
    for (const text of [SPARKASSE, ENVELOPED, RABOBANK])
      expect(readMt940(text).statements.map((s) => s.cut)).toEqual(
        readMt940(text).statements.map(() => undefined),
      );
    const mt942 = [":20:942", ":25:DE89370400440532013000", ":34F:EURD0,", ":61:260331D12,34NMSCNONREF"];
    expect(readMt940([...mt942, ":90D:1EUR12,34"].join("\n")).statements[0]?.cut).toBeUndefined();
  });

  it("marks an MT942 that stops inside its last :61:, which it leaves out", () => {
    const mt942 = [":20:942", ":25:DE89370400440532013000", ":34F:EURD0,", ":61:260331D12,34NMSCNONREF"];
    const statement = readMt940(mt942.join("\n")).statements[0];
    expect(statement?.lines).toEqual([]);
    expect(statement?.cut).toEqual({
      line: 4,
      missing: "the fields after it",
      entry: { line: 4, day: day("2026-03-31"), amount: "-12,34" },
    });
  });
});

describe("readMt940: errors", () => {
  const head = [":20:X", ":25:DE89370400440532013000", ":60F:C260330EUR0,"];
  // Each case ends its message: a field the file ends in may have been cut, and is not judged.

  it("names a :61: amount that is not a number", () => {
    const e = errorOf([...head, ":61:2603310331D12x,00NTRFNONREF", "-"].join("\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(':61: amount "12x,00" is not a number');
  });

  it("names a :61: amount with more decimals than its currency has", () => {
    const e = errorOf([...head, ":61:260331D1,234NTRFNONREF", "-"].join("\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(':61: amount "1,234": "1,234" has more than 2 decimal places');
  });

  it("names a :61: without a debit/credit mark", () => {
    const e = errorOf([...head, ":61:26033103311250,00NTRFNONREF", "-"].join("\r\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(
      ':61: has no debit/credit mark (D, C, RD or RC) after the date in "26033103311250,00NTRFNONREF"',
    );
  });

  it("names a :61: before the account", () => {
    const e = errorOf([":20:X", ":61:260331C1,NTRFNONREF", ":25:1", ":60F:C260330EUR0,"].join("\n"));
    expect(e.line).toBe(2);
    expect(e.reason).toBe(":61: statement line comes before the :25: account");
  });

  it("names a :61: before the opening balance", () => {
    const e = errorOf([":20:X", ":25:1", ":61:260331C1,NTRFNONREF", ":60F:C260330EUR0,"].join("\n"));
    expect(e.line).toBe(3);
    expect(e.reason).toContain("comes before the opening balance :60F:");
  });

  it("names a date that is not a real date", () => {
    const e = errorOf([...head, ":61:261331C1,NTRFNONREF", "-"].join("\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(':61: value date "261331" is not a real date');
    const balance = errorOf([":20:X", ":25:1", ":60F:C261331EUR0,", "-"].join("\n"));
    expect(balance.line).toBe(3);
    expect(balance.reason).toBe(':60F: date "261331" is not a real date');
  });

  it("names an entry date that is not a real date", () => {
    const e = errorOf([...head, ":61:2603310230C1,NTRFNONREF", "-"].join("\n"));
    expect(e.reason).toBe(':61: entry date "0230" is not a real date');
  });

  it("names garbage before the first tag, after blank and envelope lines", () => {
    const e = errorOf(["", "{1:F01X}{2:O940X}", "0000 01 BANKHEADER", ...head].join("\n"));
    expect(e.line).toBe(3);
    expect(e.reason).toBe('expected a tag such as :20: but found "0000 01 BANKHEADER"');
  });

  it("names a statement that does not start with :20:", () => {
    const e = errorOf(["-", ":25:1", ":20:X"].join("\n"));
    expect(e.line).toBe(2);
    expect(e.reason).toBe("a statement starts with :20:, not :25:");
  });

  it("names a statement without any currency", () => {
    const e = errorOf([":20:X", ":25:1", ":28C:1"].join("\n"));
    expect(e.line).toBe(1);
    expect(e.reason).toContain("so its currency is unknown");
  });

  it("names an unknown currency and a balance without a D/C mark", () => {
    expect(errorOf([":20:X", ":25:1", ":60F:C260330EUX0,", "-"].join("\n")).reason).toBe(
      ':60F: currency "EUX" is not an ISO 4217 code',
    );
    expect(errorOf([":20:X", ":25:1", ":60F:260330EUR0,", "-"].join("\n")).reason).toBe(
      ':60F: has no D/C mark at the start of "260330EUR0,"',
    );
  });

  it("names a continuation line under a one-line field", () => {
    const e = errorOf([...head, ":62F:C260331EUR0,", "TRAILER", "-"].join("\n"));
    expect(e.line).toBe(5);
    expect(e.reason).toBe(':62F: runs on to a second line "TRAILER"');
  });

  it("names an :86: that follows no :61:", () => {
    const e = errorOf([...head, ":86:Hello", ":62F:C260331EUR0,"].join("\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(":86: does not follow a :61: statement line");
  });

  it("accepts an :86: about the whole statement after its closing balance", () => {
    const text = [...head, ":62F:C260331EUR0,", ":86:Statement closed"].join("\n");
    expect(readMt940(text).statements[0]?.lines).toEqual([]);
  });

  it("names a tag that is not part of a statement", () => {
    const e = errorOf([...head, ":32A:260331EUR1,"].join("\n"));
    expect(e.line).toBe(4);
    expect(e.reason).toBe(":32A: is not a field of an MT940 statement");
  });

  it("names a :61: without a transaction type", () => {
    const e = errorOf([...head, ":61:260331C1,00", "-"].join("\n"));
    expect(e.reason).toBe(':61: has no transaction type (N, F or S and three characters) in "260331C1,00"');
  });

  it("refuses a file with no statement", () => {
    const e = errorOf("\r\n-\r\n");
    expect(e.line).toBe(1);
    expect(e.reason).toBe("the file holds no MT940 statement (no :20: tag)");
  });
});
