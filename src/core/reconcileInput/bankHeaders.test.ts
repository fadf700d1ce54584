/**
 * Bank and payment exports whose headers name a field more than once, or in words of their own: the
 * booking date beside a value date (N26, UBS, Boursorama, ABN AMRO), the completed date beside the started
 * one (Revolut), Italian "Data", PayPal's Net beside its Gross, PostFinance's Lastschrift, a German purpose
 * over "VWZ1" to "VWZ14".
 */
import { mapReconcileColumns } from "./readSide";

const named = (headers: readonly string[], map: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(map).map(([f, c]) => [f, headers[c]]));

function mapOf(header: string) {
  const headers = header.split(";");
  const m = mapReconcileColumns({ headers, sheet: "Bank", name: "Bank", headerRow: 1 });
  return { map: named(headers, m.map), errors: m.issues.filter((i) => i.severity === "error"), m };
}

describe("the date of a bank export with several date columns", () => {
  it.each([
    [
      "N26",
      "Booking Date;Value Date;Partner Name;Partner Iban;Type;Payment Reference;Account Name;Amount (EUR);Original Amount;Original Currency;Exchange Rate",
      "Booking Date",
    ],
    [
      "UBS",
      "Trade date;Trade time;Booking date;Value date;Currency;Debit;Credit;Individual amount;Balance;Transaction no.;Description1;Description2;Description3;Footnotes;",
      "Booking date",
    ],
    [
      "Revolut",
      "Type;Product;Started Date;Completed Date;Description;Amount;Fee;Currency;State;Balance",
      "Completed Date",
    ],
    [
      "Revolut Business",
      "Date started (UTC);Date completed (UTC);ID;Type;State;Description;Reference;Payer;Card number;Card label;Orig currency;Orig amount;Payment currency;Amount;Total amount;Exchange rate;Fee;Fee currency;Balance;Account",
      "Date completed (UTC)",
    ],
    [
      "Boursorama",
      "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance",
      "dateOp",
    ],
    [
      "ABN AMRO",
      "accountNumber;mutationcode;transactiondate;valuedate;startsaldo;endsaldo;amount;description",
      "transactiondate",
    ],
    [
      "Intesa Sanpaolo",
      "Data;Operazione;Dettagli;Conto o carta;Contabilizzazione;Categoria ;Valuta;Importo",
      "Data",
    ],
    ["an Italian bank's two dates", "Data contabile;Data valuta;Descrizione;Importo", "Data contabile"],
  ])("%s: the booking (completed, operation) date, not the value (started) date", (_bank, header, date) => {
    const { map, errors } = mapOf(header);
    expect(map.date).toBe(date);
    expect(errors).toEqual([]);
  });

  it("keeps a lone Value Date as the date", () => {
    expect(mapOf("Value Date;Details;Amount").map.date).toBe("Value Date");
  });

  it("takes a value date for no amount where the mapping names another column the date", () => {
    const headers =
      "Trade date;Booking date;Value date;Currency;Debit;Credit;Individual amount;Balance".split(";");
    const m = mapReconcileColumns(
      { headers, sheet: "ubs", name: "ubs", headerRow: 10 },
      { date: "Booking date" },
    );
    expect(m.issues).toEqual([]);
    expect(named(headers, m.map)).toMatchObject({ date: "Booking date", amount: "Individual amount" });
  });
});

describe("the amount and the other columns of those exports", () => {
  it("N26: Amount (EUR), not the original amount in another currency; the partner's name, not IBAN", () => {
    const { map } = mapOf(
      "Booking Date;Value Date;Partner Name;Partner Iban;Type;Payment Reference;Account Name;Amount (EUR);Original Amount;Original Currency;Exchange Rate",
    );
    expect(map).toMatchObject({
      amount: "Amount (EUR)",
      party: "Partner Name",
      reference: "Payment Reference",
    });
    expect(map.currency).toBeUndefined();
  });

  it("Revolut Business: the payment's currency, not the original one or the fee's", () => {
    const { map, errors } = mapOf(
      "Date started (UTC);Date completed (UTC);ID;Type;State;Description;Reference;Payer;Card number;Card label;Orig currency;Orig amount;Payment currency;Amount;Total amount;Exchange rate;Fee;Fee currency;Balance;Account",
    );
    expect(map).toMatchObject({ amount: "Amount", currency: "Payment currency", balance: "Balance" });
    expect(errors).toEqual([]);
  });

  it.each([
    [
      "English",
      '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Shipping Address","Address Status","Item Title","Item ID","Shipping and Handling Amount","Insurance Amount","Sales Tax","Option 1 Name","Option 1 Value","Option 2 Name","Option 2 Value","Reference Txn ID","Invoice Number","Custom Number","Quantity","Receipt ID","Balance","Balance Impact"',
      { date: "Date", amount: "Net", currency: "Currency", balance: "Balance", id: "Transaction ID" },
    ],
    [
      "German",
      '"Datum","Uhrzeit","Zeitzone","Name","Typ","Status","Währung","Brutto","Gebühr","Netto","Absender E-Mail-Adresse","Empfänger E-Mail-Adresse","Transaktionscode","Lieferadresse","Adressstatus","Artikelbezeichnung","Artikelnummer","Versand- und Bearbeitungsgebühr","Versicherungsbetrag","Umsatzsteuer","Option 1 Name","Option 1 Wert","Option 2 Name","Option 2 Wert","Zugehöriger Transaktionscode","Rechnungsnummer","Zollnummer","Anzahl","Empfangsnummer","Guthaben","Auswirkung auf Guthaben"',
      {
        date: "Datum",
        amount: "Netto",
        currency: "Währung",
        balance: "Guthaben",
        reference: "Rechnungsnummer",
      },
    ],
  ])("PayPal (%s): the net amount, the one that moves the balance", (_language, header, expected) => {
    const { map, errors, m } = mapOf(header.replace(/"/g, "").replace(/,/g, ";"));
    expect(map).toMatchObject(expected);
    expect(errors).toEqual([]);
    expect(m.ambiguous).toEqual([]);
  });

  it("takes Gross where a payment export gives no Net", () => {
    expect(mapOf("Date;Name;Gross;Fee").map.amount).toBe("Gross");
    expect(mapOf("Datum;Name;Brutto;Gebühr").map.amount).toBe("Brutto");
  });

  it("keeps an invoice list's Amount beside its Net and Gross, and a lone original amount", () => {
    expect(mapOf("Date;Invoice No;Amount;Net;VAT;Gross").map.amount).toBe("Amount");
    expect(mapOf("Date;Original Amount;Original Currency").map.amount).toBe("Original Amount");
  });

  it("takes a party's name before its number, and its number where it has no name", () => {
    expect(mapOf("Date;Payee Account Number;Payee Name;Amount").map.party).toBe("Payee Name");
    expect(mapOf("Date;Customer No.;Amount").map.party).toBe("Customer No.");
  });

  it("Sparkasse: a returned direct debit's original amount is no debit column", () => {
    const { map } = mapOf(
      "Auftragskonto;Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Glaeubiger ID;Mandatsreferenz;Kundenreferenz (End-to-End);Sammlerreferenz;Lastschrift Ursprungsbetrag;Auslagenersatz Ruecklastschrift;Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;BIC (SWIFT-Code);Betrag;Waehrung;Info",
    );
    expect(map).toMatchObject({ date: "Buchungstag", amount: "Betrag" });
    expect(map.debit).toBeUndefined();
  });

  it.each([
    ["Buchungsdatum;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Label;Kategorie"],
    ["Buchungsdatum;Avisierungstext;Gutschrift;Lastschrift;Valuta;Saldo"],
  ])("PostFinance: Lastschrift is the debit, Gutschrift the credit (%s)", (header) => {
    const { map, errors } = mapOf(header);
    expect(map).toMatchObject({ date: "Buchungsdatum", description: "Avisierungstext" });
    expect(map.debit).toMatch(/^Lastschrift/);
    expect(map.credit).toMatch(/^Gutschrift/);
    expect(errors).toEqual([]);
  });
});

describe("German exports that split the purpose over numbered lines", () => {
  const joinedHeaders = (m: ReturnType<typeof mapOf>["m"], header: string) =>
    Object.fromEntries(Object.entries(m.joined).map(([f, cs]) => [f, cs.map((c) => header.split(";")[c])]));

  it.each([
    [
      "VWZ1 to VWZ3",
      "Buchungstag;Valuta;Auftraggeber/Empfänger;Konto;BLZ;VWZ1;VWZ2;VWZ3;Betrag;Währung",
      ["VWZ1", "VWZ2", "VWZ3"],
    ],
    [
      "VWZ1 to VWZ14",
      `Buchungstag;Wertstellung;Empfänger;${Array.from({ length: 14 }, (_, k) => `VWZ${k + 1}`).join(";")};Betrag`,
      Array.from({ length: 14 }, (_, k) => `VWZ${k + 1}`),
    ],
    [
      "Verwendungszweckzeile 1 and 2",
      "Buchungstag;Valuta;Auftraggeber/Zahlungsempfänger;Verwendungszweckzeile 1;Verwendungszweckzeile 2;Umsatz",
      ["Verwendungszweckzeile 1", "Verwendungszweckzeile 2"],
    ],
    [
      "Verwendungszweck, then 2 and 3",
      "Buchungstag;Gegenkonto Inhaber;Verwendungszweck;Verwendungszweck 2;Verwendungszweck 3;Betrag",
      ["Verwendungszweck", "Verwendungszweck 2", "Verwendungszweck 3"],
    ],
  ])("%s: the description is read joined, with no error", (_, header, description) => {
    const { map, errors, m } = mapOf(header);
    expect(map).toMatchObject({ date: "Buchungstag", description: description[0] });
    expect(joinedHeaders(m, header)).toEqual({ description });
    expect(errors).toEqual([]);
  });

  it("takes a lone VWZ for the description", () => {
    expect(mapOf("Buchungstag;VWZ;Betrag").map).toEqual({
      date: "Buchungstag",
      description: "VWZ",
      amount: "Betrag",
    });
  });
});
