/**
 * A bank's own lines: the charges and interest between the bank and the account holder ("ACCOUNT FEE",
 * "INTEREST CREDIT", "MONTHLY SERVICE CHARGE"). Such a line names no payer, and it is not a customer's
 * or a supplier's payment, however close its amount and date come to one. So where parties are
 * compared, a bank's own line does not pair with a row of a known party unless that row itself speaks
 * of charges or interest or names a bank ("Bank charges November", a party "First Harbor Bank"): the
 * ledger's entry for the charge.
 *
 * A line is the bank's own when it names no known party, holds at least one CHARGE_WORDS word, and every
 * other word is bank wording (BANK_WORDING), a stop word, holds a digit (dates, account numbers), or is
 * one or two letters long.
 * The statement lists such lines on their own (isBankOwnLine), as charges and interest still to book.
 */
import { normalizeParty, STOP_WORDS } from "./normalize";

/** Words that make a line a charge or an interest line. */
const CHARGE_WORDS: ReadonlySet<string> = new Set([
  "CHARGE",
  "CHARGES",
  "COMMISSION",
  "COMMISSIONS",
  "FEE",
  "FEES",
  "INTEREST",
  "OVERDRAFT",
]);

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
]);

/** Words that make a row speak of charges or interest, or of a bank. */
const CHARGE_TALK: ReadonlySet<string> = new Set([...CHARGE_WORDS, "BANK", "BANKING"]);

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
    if (CHARGE_WORDS.has(word)) this.charge = true;
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
      .some((word) => CHARGE_TALK.has(word))
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
