/**
 * A bank statement file (camt.053, MT940, OFX, BAI2) read as data: its statements, each with the account, the
 * balances the bank states and the lines in file order. Amounts are exact minor units, signed as the bank
 * sees the account: money in positive, money out negative. Days are day numbers (core/dates).
 */

export type StatementFormat = "camt" | "mt940" | "ofx" | "bai2";

/** A balance the bank states: the amount (minor units, signed) at the end of a day. */
export interface StatedBalance {
  readonly day: number;
  readonly minor: number;
}

export interface StatementLine {
  /** Booking day; the value day when the bank gives it apart. */
  readonly day: number;
  readonly valueDay?: number;
  /** Money in positive, money out negative, in minor units of `currency`. */
  readonly minor: number;
  readonly currency: string;
  /** The other party: the payer of money in, the payee of money out ("" when the file names none). */
  readonly party: string;
  /** What the line is for: the remittance text, the bank's narrative ("" when none). */
  readonly description: string;
  /** The customer's own reference: end-to-end id, cheque number, creditor reference ("" when none). */
  readonly reference: string;
  /** The bank's id of the line (camt AcctSvcrRef / NtryRef, MT940 and BAI2 bank reference, OFX FITID). */
  readonly bankId: string;
  /** Where the line starts in the file (1-based text line), for messages. */
  readonly line: number;
}

/**
 * The transaction a file stops inside: what follows its last field, which would prove that field whole,
 * never comes. It is no line of the statement; this says where it starts and what of it the file gives.
 */
export interface CutEntry {
  /** Where it starts (1-based text line). */
  readonly line: number;
  /** Its day, when the file gives the whole date. */
  readonly day?: number;
  /**
   * Its amount as far as the file goes, signed and written as in the file ("-7" of a cut "-7.50"); "" when
   * the file stops before it.
   */
  readonly amount: string;
}

/**
 * Where a file stops short inside a statement, its closing balance or its message's end line missing (a
 * download cut off): the last text line read, what is missing, the transaction the file stops inside (left
 * out), and the file's name among files joined.
 */
export interface StatementCut {
  readonly line: number;
  /** "its closing balance (:62F:)", as a message words it. */
  readonly missing: string;
  readonly entry?: CutEntry;
  readonly file?: string;
}

export interface Statement {
  /** IBAN or account number as the file gives it. */
  readonly account: string;
  /** The statement's own id or number ("" when none). */
  readonly id: string;
  readonly currency: string;
  readonly opening?: StatedBalance;
  readonly closing?: StatedBalance;
  readonly lines: readonly StatementLine[];
  /** Set when the file stops inside this statement: its whole lines are kept, but more may be missing. */
  readonly cut?: StatementCut;
}

export interface StatementFile {
  readonly format: StatementFormat;
  readonly statements: readonly Statement[];
}

export { runSteps, type Steps } from "../steps";

/** Statement files read one by one (the daily files of a bank's archive) as one file, in the order given. */
export function joinStatementFiles(files: readonly StatementFile[]): StatementFile {
  return { format: files[0]?.format ?? "camt", statements: files.flatMap((f) => f.statements) };
}

/** The file with its name on the statements it stops inside, so a message names it among files joined. */
export function nameCutStatements(file: StatementFile, name: string): StatementFile {
  if (!file.statements.some((s) => s.cut !== undefined)) return file;
  const statements = file.statements.map((s) =>
    s.cut === undefined ? s : { ...s, cut: { ...s.cut, file: name } },
  );
  return { ...file, statements };
}

/** A file that is not a statement of its format, or one the reader cannot follow: where and why. */
export class StatementFileError extends Error {
  override readonly name = "StatementFileError";
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}
