import { isBankOwnLine, talksOfCharges } from "./bankLines";
import { normalizeParty } from "./normalize";
import { BANK_OWN_LINE, PartyNames } from "./partyNames";

const finder = new PartyNames([
  "",
  ...["Hooli Consulting LLC", "Harbor Freight GmbH", "Harbor Freight Ltd"].map(normalizeParty),
]);
const HOOLI = 1;

const OWN = [
  "ACCOUNT FEE",
  "INTEREST CREDIT",
  "Credit interest 31/03/2026",
  "MONTHLY SERVICE CHARGE MAR 2026",
  "Overdraft interest",
  "Intl wire fee",
  "FX commission",
  "Bank charges",
  "CARD FEE 4471",
  "ANNUAL ACCOUNT MAINTENANCE FEE",
  "BANK FEES MONTHLY BANK F REF577241",
  // German, French, Dutch, Spanish and Italian wording, with and without accents, and compounds.
  "Kontoführungsgebühr 03/2026",
  "KONTOFUEHRUNGSGEBUEHR",
  "Entgelt Kontoführung März 2026",
  "Rechnungsabschluss Sollzinsen",
  "Habenzinsen 31.03.2026",
  "Buchungsposten-Entgelte",
  "Frais de tenue de compte",
  "Intérêts débiteurs",
  "AGIOS TRIMESTRIELS 1T2026",
  "Cotisation carte",
  "Kosten betaalpakket maart",
  "Debetrente",
  "Comisión mantenimiento cuenta",
  "Intereses deudores",
  "Spese tenuta conto",
  "Competenze e interessi passivi",
];

const NOT_OWN = [
  // No charge or interest word.
  "ACCOUNT TRANSFER",
  "CASH DEPOSIT",
  "MONTHLY 2026",
  // A word that is neither bank wording nor a number: someone's name, a purpose.
  "FEE JOHN SMITH",
  "LATE PAYMENT FEE ORDER 7781 MS JONES",
  "INTEREST ON LOAN TO DIRECTOR",
  "Kontoführung", // the account, but no charge
  "Rente 03/2026", // a pension in German
  "Miete Magazins Nord", // ends like ZINS, which is no ending
  "Frais de port Dupont", // a name
  "Gebühren Stadtwerke Musterstadt", // a charge someone else raised
  "",
  "   ",
];

describe("PartyNames.lineKind: a bank's own charge and interest lines", () => {
  it.each(OWN)("%s is the bank's own", (text) => {
    expect(finder.lineKind(text)).toBe(BANK_OWN_LINE);
  });

  it.each(NOT_OWN)("%j is not", (text) => {
    expect(finder.lineKind(text)).toBe(0);
  });

  it("a line naming a known party is that party's, fee words or not", () => {
    expect(finder.lineKind("FEE HOOLI CONSULTING LLC")).toBe(HOOLI);
    expect(finder.lineKind("INTEREST HOOLI CONSULTING LLC")).toBe(HOOLI);
    // Cut where two names begin alike: it names one of them, so it is no bank's own line either.
    expect(finder.lineKind("CHARGES HARBOR FREIGHT")).toBe(0);
    expect(finder.find("CHARGES HARBOR FREIGHT")).toBe(0);
  });

  it("lineKind is find for any line that is not the bank's own", () => {
    for (const text of [
      "FPS CREDIT HOOLI CONSULTING LLC",
      "TRANSFER FROM HOOLI CONSULTING",
      "SEPA CT",
      "SEPA CT FEE",
    ])
      expect(finder.lineKind(text)).toBe(finder.find(text));
  });
});

describe("isBankOwnLine: the same judgement for the statement, by the words alone", () => {
  it.each(OWN)("%s is the bank's own", (text) => {
    expect(isBankOwnLine(text)).toBe(true);
  });

  it.each(NOT_OWN)("%j is not", (text) => {
    expect(isBankOwnLine(text)).toBe(false);
  });
});

describe("talksOfCharges", () => {
  it.each([
    ["Bank charges November", true],
    ["Interest received", true],
    ["Late payment fee", true],
    ["First Harbor Bank", true],
    ["commission: agent", true],
    ["Invoice 2044", false],
    ["Banking software licence", true],
    ["Bankside Cafe", false],
    ["Bankgebühren März", true],
    ["Frais bancaires", true],
    ["Banco Sabadell", true],
    ["Rente Müller", false],
    ["", false],
  ])("%j: %s", (text, talks) => {
    expect(talksOfCharges(text)).toBe(talks);
  });
});
