/**
 * A bank's own lines: the charges and interest between the bank and the account holder ("ACCOUNT FEE",
 * "INTEREST CREDIT", "MONTHLY SERVICE CHARGE"). Such a line names no payer, and it is not a customer's
 * or a supplier's payment, however close its amount and date come to one. So where parties are
 * compared, a bank's own line does not pair with a row of a known party unless that row itself speaks
 * of charges or interest or names a bank ("Bank charges November", a party "First Harbor Bank"): the
 * ledger's entry for the charge.
 *
 * A line is the bank's own when it names no known party, holds at least one charge word (isChargeWord),
 * and every other word is bank wording (BANK_WORDING), a stop word, holds a digit (dates, account
 * numbers), or is one or two letters long.
 * The statement lists such lines on their own (isBankOwnLine), as charges and interest still to book.
 *
 * The wording is English, German, French, Dutch, Spanish and Italian, as banks print it: words are
 * compared as normalizeParty writes them (upper case, accents kept), so each accented word is listed
 * with and without its accents ("GEBÜHR", "GEBUEHR", "GEBUHR"). German and Dutch join a charge to what
 * it is for ("KONTOFÜHRUNGSGEBÜHR", "SOLLZINSEN", "BANKKOSTEN"): a word ending in one of CHARGE_ENDINGS
 * is a charge word too.
 */
import { normalizeParty, STOP_WORDS } from "./normalize";

/** Words that make a line a charge or an interest line. */
const CHARGE_WORDS: ReadonlySet<string> = new Set([
  // English
  ...["CHARGE", "CHARGES", "COMMISSION", "COMMISSIONS", "FEE", "FEES", "INTEREST", "OVERDRAFT"],
  // German
  ...["ZINS", "SPESEN", "DISAGIO"],
  // French
  ...["FRAIS", "AGIOS", "INTERETS", "INTÉRÊTS", "INTERET", "INTÉRÊT", "COTISATION"],
  // Dutch ("RENTE" alone is not one: in German it is a pension)
  ...["DEBETRENTE", "CREDITRENTE"],
  // Spanish
  ...["COMISION", "COMISIÓN", "COMISIONES", "INTERESES", "CUOTA"],
  // Italian
  ...["COMMISSIONE", "COMMISSIONI", "INTERESSI", "SPESE", "CANONE", "COMPETENZE"],
]);

/**
 * Endings that make a word a charge word, alone or ending a compound: "KONTOFÜHRUNGSGEBÜHR", "JAHRESENTGELT",
 * "HABENZINSEN", "BANKKOSTEN". Only endings no ordinary word of a name ends in ("ZINS" is not one:
 * "MAGAZINS").
 */
const CHARGE_ENDINGS: readonly string[] = [
  ...["GEBÜHR", "GEBÜHREN", "GEBUEHR", "GEBUEHREN", "GEBUHR", "GEBUHREN"],
  ...["ENTGELT", "ENTGELTE", "ZINSEN", "KOSTEN", "PROVISION", "PROVISIE"],
];

/** Whether a normalised word is a charge or interest word, whole or as the end of a compound. */
export function isChargeWord(word: string): boolean {
  if (CHARGE_WORDS.has(word)) return true;
  for (const ending of CHARGE_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}

/** Words a bank's own line may hold beside its charge words (normalised: upper case, letters only). */
const BANK_WORDING: ReadonlySet<string> = new Set([
  "ACC",
  "ACCOUNT",
  "ACCT",
  "ADJ",
  "ADJUSTMENT",
  "ANNUAL",
  "ARRANGEMENT",
  "ATM",
  "BALANCE",
  "BANK",
  "BANKING",
  "CASH",
  "CHECK",
  "CHEQUE",
  "CONVERSION",
  "CURRENCY",
  "CURRENT",
  "DAILY",
  "DEPOSIT",
  "EARNED",
  "FOREIGN",
  "FX",
  "GROSS",
  "HANDLING",
  "INCOMING",
  "INTL",
  "INTERNATIONAL",
  "ITEM",
  "ITEMS",
  "LOAN",
  "LOW",
  "MAINTENANCE",
  "MIN",
  "MINIMUM",
  "MONTH",
  "MONTHLY",
  "MORTGAGE",
  "NET",
  "NSF",
  "OUTGOING",
  "OVERDRAWN",
  "PAID",
  "PAPER",
  "PERIOD",
  "PROCESSING",
  "QUARTER",
  "QUARTERLY",
  "RETURNED",
  "SAVINGS",
  "SERVICE",
  "SERVICES",
  "STATEMENT",
  "STOP",
  "TAX",
  "TRANSACTION",
  "TRANSACTIONS",
  "UNPAID",
  "WIRE",
  "WITHHOLDING",
  "YEAR",
  "YEARLY",
  ...["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"],
  ...["JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER"],
  ...["NOVEMBER", "DECEMBER"],
  // German
  ...["KONTO", "KONTOS", "GIROKONTO", "KONTOFÜHRUNG", "KONTOFUEHRUNG", "KONTOFUHRUNG", "ABSCHLUSS"],
  ...[
    "RECHNUNGSABSCHLUSS",
    "BUCHUNG",
    "BUCHUNGEN",
    "BUCHUNGSPOSTEN",
    "POSTEN",
    "KARTE",
    "SOLL",
    "HABEN",
    "MONAT",
  ],
  ...["MONATLICH", "QUARTAL", "JAHR", "JAHRES", "ÜBERZIEHUNG", "UEBERZIEHUNG"],
  ...["FÜR", "FUER", "FUR", "DER", "DIE", "DAS", "DES", "DEM", "VOM", "BIS", "ZUM", "ZUR", "UND", "AUS"],
  ...["JANUAR", "FEBRUAR", "MÄRZ", "MAERZ", "MARZ", "MAI", "JUNI", "JULI", "OKTOBER", "DEZEMBER"],
  // French
  ...["COMPTE", "TENUE", "CARTE", "BANCAIRE", "BANCAIRES", "BANQUE", "MENSUEL", "MENSUELLE"],
  ...[
    "TRIMESTRIEL",
    "TRIMESTRIELLE",
    "TRIMESTRIELS",
    "MENSUELS",
    "ANNUELS",
    "ANNUEL",
    "ANNUELLE",
    "DEBITEUR",
    "DÉBITEUR",
    "DEBITEURS",
  ],
  ...["DÉBITEURS", "CREDITEUR", "CRÉDITEUR", "CREDITEURS", "CRÉDITEURS", "VIREMENT", "PRELEVEMENT"],
  ...["PRÉLÈVEMENT", "LES", "SUR", "AUX", "POUR", "PAR"],
  ...["JANVIER", "FEVRIER", "FÉVRIER", "MARS", "AVRIL", "JUIN", "JUILLET", "AOUT", "AOÛT"],
  ...["SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE", "DÉCEMBRE"],
  // Dutch
  ...["REKENING", "BETAALREKENING", "BETAALPAKKET", "PAKKET", "MAANDELIJKS", "PERIODE", "VAN"],
  ...["TOT", "BIJ", "OVER", "JANUARI", "FEBRUARI", "MAART", "MEI", "AUGUSTUS"],
  // Spanish
  ...["CUENTA", "TARJETA", "MANTENIMIENTO", "ADMINISTRACION", "ADMINISTRACIÓN", "MENSUAL", "ANUAL"],
  ...["LIQUIDACION", "LIQUIDACIÓN", "DEUDORES", "ACREEDORES", "DEL", "LOS", "LAS", "POR", "PARA"],
  ...["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE"],
  ...["OCTUBRE", "NOVIEMBRE", "DICIEMBRE"],
  // Italian
  ...["CONTO", "TENUTA", "CARTA", "MENSILE", "TRIMESTRALE", "ANNUALE", "PASSIVI", "ATTIVI", "DEI"],
  ...["DELLE", "DELLA", "PER", "GENNAIO", "FEBBRAIO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO"],
  ...["SETTEMBRE", "OTTOBRE", "DICEMBRE"],
]);

/** Words beside the charge words that make a row speak of a bank. */
const BANK_TALK: ReadonlySet<string> = new Set([
  ...["BANK", "BANKING", "BANQUE", "BANCAIRE", "BANCAIRES", "BANCO", "BANCA", "BANCARIE"],
]);

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Reads normalised words one at a time and tells whether they make a bank's own line: `add` each word,
 * then `own`. Made once and reused (`reset`), so reading a line builds no array.
 */
export class BankLineReader {
  private charge = false;
  private other = false;

  reset(): void {
    this.charge = false;
    this.other = false;
  }

  /**
   * Takes the next word; false once the line cannot be the bank's own (the caller may stop). Words of one
   * or two letters pass: a bank cuts its own wording to the field width too ("BANK FEES MONTHLY BANK F").
   */
  add(word: string): boolean {
    if (isChargeWord(word)) this.charge = true;
    else if (word.length > 2 && !BANK_WORDING.has(word) && !STOP_WORDS.has(word) && !hasDigit(word))
      this.other = true;
    return !this.other;
  }

  own(): boolean {
    return this.charge && !this.other;
  }
}

/** Whether a text (a description, a party) speaks of charges or interest, or of a bank. */
export function talksOfCharges(text: string): boolean {
  return (
    text !== "" &&
    normalizeParty(text)
      .split(" ")
      .some((word) => isChargeWord(word) || BANK_TALK.has(word))
  );
}

const reader = new BankLineReader();

/**
 * Whether a description reads as a bank's own charge or interest line, by its words alone: any word that
 * is not bank wording (a name, a purpose) makes it not.
 */
export function isBankOwnLine(description: string): boolean {
  const text = normalizeParty(description);
  if (text === "") return false;
  reader.reset();
  for (const word of text.split(" ")) if (!reader.add(word)) return false;
  return reader.own();
}
