/**
 * SWIFT MT940 customer statements (and MT942 interim reports, same layout) read into statements. A file
 * holds one or more messages, each in a SWIFT envelope ({1:..}{2:..}{4: ... -}), ended by a line "-", or
 * bare (the bank-download "STA" layout); a new :20: also starts a new statement. Each :61: statement line
 * takes its texts from the :86: after it, either the German structured field (?00, ?20..?29, ?32, SEPA
 * keywords EREF+ / SVWZ+), the Dutch slash layout (/NAME/, /REMI/, /EREF/, /CNTP/) or free text.
 * Anything that cannot be read is a StatementFileError with its line, never a guess. A file that stops
 * short, a statement without its closing balance or a message without its end line, is read as far as it
 * goes with the statement marked cut (the same hazard as a missing line: a warning, not a refusal). A field
 * is whole once a tag or an end line follows it (SWIFT starts no line of a value with ":" or "-"): a :61:
 * the file ends after or inside, or inside whose :86: it ends, is no line but the cut's entry.
 */
import { dayFromYmd, isValidYmd } from "../dates";
import { currencyDecimals, isCurrencyCode, parseAmount } from "../money";
import {
  runSteps,
  StatementFileError,
  type CutEntry,
  type StatedBalance,
  type Statement,
  type StatementCut,
  type StatementFile,
  type StatementLine,
  type Steps,
} from "./model";
import { readInformation } from "./mt940Information";
import { squeeze } from "./text";

/** One text line of a field: its text (after the tag on the first line) and its 1-based line number. */
export interface Row {
  readonly text: string;
  readonly line: number;
}

/** A tag ("61", "60F", "NS") with the rows of its value: the rest of the tag line, then continuations. */
export interface Field {
  readonly tag: string;
  readonly line: number;
  /** Width of the whole tag line, tag included: banks count it when they hard-wrap at 65. */
  readonly firstWidth: number;
  readonly rows: Row[];
}

/** Read an MT940 or MT942 file: every statement of every message, lines in file order. */
export function readMt940(text: string): StatementFile {
  return runSteps(readMt940Steps(text));
}

/** Text lines split into fields between two yields, and fields read into statement lines. */
const ROWS_PER_STEP = 20_000;
const FIELDS_PER_STEP = 2_000;
/** Splitting into fields is the lesser part of the work: this share of the progress. */
const SPLIT_SHARE = 0.3;

/** readMt940 in steps (see Steps). */
export function* readMt940Steps(text: string): Steps<StatementFile> {
  const reader = new BlockReader();
  const rows = text.split("\n");
  let last = rows.length - 1;
  while (last > 0 && (rows[last] as string).trim() === "") last--;
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i] as string;
    if (row.endsWith("\r")) row = row.slice(0, -1);
    // A byte order mark is an artefact of the editor that saved the file, not text of the statement.
    if (i === 0 && row.startsWith("\uFEFF")) row = row.slice(1);
    // The start of a tag or an envelope the file ends inside: the field before it is whole.
    if (i === last && PART_OF_TAG.test(row.trim())) reader.stop();
    else reader.row(row, i + 1);
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield (SPLIT_SHARE * i) / rows.length;
  }
  const at = (line: number): number => SPLIT_SHARE + ((1 - SPLIT_SHARE) * line) / rows.length;
  const statements: Statement[] = [];
  // A file that ends its messages with "-" (or wraps them in envelopes) lacks that line only where it was
  // cut; one whose messages have no end line (Rabobank's) says nothing by it.
  const endLines = reader.messages.some((m) => m.ended || m.enveloped);
  for (const message of reader.messages) {
    const read = yield* statementsOfBlock(message.fields, at, reader.open);
    const last = read.pop();
    if (last !== undefined) read.push(endLines && !message.ended ? withoutEnd(last, message) : last);
    statements.push(...read);
  }
  if (statements.length === 0)
    throw new StatementFileError(1, "the file holds no MT940 statement (no :20: tag)");
  return { format: "mt940", statements };
}

// ---------------------------------------------------------------------------------------------------------
// Messages and fields

const TAG = /^:(\d{2}[A-Z]?|NS):/;
const ENVELOPE = /^\{\d:/;
/** A tag or an envelope block cut before its second colon. */
const PART_OF_TAG = /^(:[0-9A-Z]{0,3}|\{\d?)$/;

/** One message's fields, and how it ended. */
interface Message {
  readonly fields: Field[];
  /** Opened inside a SWIFT envelope ("{4:"), which "-}" closes. */
  readonly enveloped: boolean;
  /** Closed by its "-" (or "-}") line; false when the file, a ":940:" line or another envelope came first. */
  ended: boolean;
}

/** Splits the text lines into messages of fields. */
class BlockReader {
  readonly messages: Message[] = [];
  private message: Message | null = null;
  private field: Field | null = null;
  /** Inside an envelope's text block "{4:", up to its "-}". */
  private enveloped = false;

  /** The field the text ends in: no tag or end line follows it, so its value may have been cut. */
  get open(): Field | null {
    return this.field;
  }

  /**
   * The text ends inside a tag: the field before it is whole, but a :61:'s statement line is not, as the
   * tag may have been its :86:.
   */
  stop(): void {
    if (this.field?.tag !== "61") this.field = null;
  }

  row(text: string, line: number): void {
    const trimmed = text.trim();
    if (trimmed === "") return;
    if (trimmed === "-" || trimmed === ":940:" || trimmed === ":942:") {
      // Rabobank and others open each message with a ":940:" line; "-" closes a message.
      this.end(trimmed === "-");
      return;
    }
    if (trimmed.startsWith("-}")) {
      this.end(true);
      this.envelope(trimmed.slice(2), line);
      return;
    }
    if (ENVELOPE.test(trimmed)) {
      this.end(false);
      this.envelope(trimmed, line);
      return;
    }
    const tag = TAG.exec(text);
    if (tag !== null) {
      const name = tag[1] as string;
      this.field = {
        tag: name,
        line,
        firstWidth: text.length,
        rows: [{ text: text.slice(tag[0].length), line }],
      };
      if (this.message === null) {
        this.message = { fields: [], enveloped: this.enveloped, ended: false };
        this.messages.push(this.message);
      }
      this.message.fields.push(this.field);
      return;
    }
    if (this.field !== null) {
      this.field.rows.push({ text, line });
      return;
    }
    throw new StatementFileError(line, `expected a tag such as :20: but found ${quote(trimmed)}`);
  }

  /** Envelope headers and trailers: the text after "{4:" (when any) is the message's first line. */
  private envelope(text: string, line: number): void {
    const at = text.indexOf("{4:");
    if (at < 0) return;
    this.enveloped = true;
    const rest = text.slice(at + 3);
    if (rest.trim() !== "") this.row(rest, line);
  }

  /** The message so far ends, by its own end line ("-", "-}") or because another begins. */
  private end(byEndLine: boolean): void {
    if (this.message !== null && byEndLine) this.message.ended = true;
    this.message = null;
    this.field = null;
    this.enveloped = false;
  }
}

/** The last text line of some fields: where a file that stops inside them stops. */
function lastLine(fields: readonly Field[]): number {
  const rows = (fields[fields.length - 1] as Field).rows;
  return (rows[rows.length - 1] as Row).line;
}

/** The last statement of a message that lacks its end line, marked cut there. */
function withoutEnd(s: Statement, message: Message): Statement {
  const end = `the "${message.enveloped ? "-}" : "-"}" line that ends its message`;
  const cut: StatementCut = {
    ...s.cut,
    line: lastLine(message.fields),
    missing: s.cut === undefined ? end : `${s.cut.missing} and ${end}`,
  };
  return { ...s, cut };
}

/** The statements of one message: each starts at its :20:. `open` is the field the text ends in. */
function* statementsOfBlock(
  block: readonly Field[],
  at: (line: number) => number,
  open: Field | null,
): Steps<Statement[]> {
  const statements: Statement[] = [];
  let group: Field[] = [];
  for (const field of block) {
    if (field.tag === "20") {
      if (group.length > 0) statements.push(yield* readStatement(group, at, open));
      group = [field];
    } else if (group.length === 0) {
      throw new StatementFileError(field.line, `a statement starts with :20:, not :${field.tag}:`);
    } else {
      group.push(field);
    }
  }
  if (group.length > 0) statements.push(yield* readStatement(group, at, open));
  return statements;
}

/** Tags read past: related reference, MT942 date-time and entry totals, bank-own :NS: fields. */
const IGNORED_TAGS = new Set(["21", "13", "13D", "90D", "90C", "NS"]);
const BALANCE_TAGS = new Set(["60F", "60M", "62F", "62M", "64", "65"]);
/** Tags after which an :86: speaks of the whole statement, not of a :61:. */
const STATEMENT_END_TAGS = new Set(["62F", "62M", "64", "65", "90D", "90C"]);

interface Balance extends StatedBalance {
  readonly currency: string;
}

/**
 * One statement's fields; `at(line)` is the share of the file read up to that text line, `open` the field
 * the text ends in.
 */
function* readStatement(
  fields: readonly Field[],
  at: (line: number) => number,
  open: Field | null,
): Steps<Statement> {
  const head = fields[0] as Field;
  const reference = singleLine(head).trim();
  let account: string | undefined;
  let number: string | undefined;
  let opening: Balance | undefined;
  let openingTag = "";
  let closing: Balance | undefined;
  let floorCurrency: string | undefined;
  const lines: StatementLine[] = [];
  let entry: CutEntry | undefined;
  let previous = head.tag;
  let read = 0;
  for (let i = 1; i < fields.length; i++) {
    const field = fields[i] as Field;
    // Counted apart from i, which skips the :86: read with its :61:.
    if (++read % FIELDS_PER_STEP === 0) yield at(field.line);
    // The field the text ends in, when it is no statement line's, is read only if it reads whole; else it
    // is as though the file ended before it.
    if (field === open && !readsWhole(field)) break;
    switch (field.tag) {
      case "25":
        if (account !== undefined)
          throw new StatementFileError(field.line, "a second :25: account in one statement");
        account = singleLine(field).trim();
        if (account === "") throw new StatementFileError(field.line, ":25: account is empty");
        break;
      case "28":
      case "28C":
        number = singleLine(field).trim();
        break;
      case "60F":
      case "60M":
        if (opening !== undefined) {
          throw new StatementFileError(
            field.line,
            `a second opening balance :${field.tag}: in one statement`,
          );
        }
        opening = readBalance(field);
        openingTag = field.tag;
        break;
      case "62F":
      case "62M":
        if (closing !== undefined) {
          throw new StatementFileError(
            field.line,
            `a second closing balance :${field.tag}: in one statement`,
          );
        }
        closing = readBalance(field);
        if (opening !== undefined && closing.currency !== opening.currency) {
          throw new StatementFileError(
            field.line,
            `:${field.tag}: currency ${closing.currency} differs from the opening balance's ${opening.currency}`,
          );
        }
        break;
      case "64":
      case "65":
        readBalance(field);
        break;
      case "34F":
        floorCurrency ??= readFloorCurrency(field);
        break;
      case "61": {
        if (account === undefined) {
          throw new StatementFileError(field.line, ":61: statement line comes before the :25: account");
        }
        const currency = opening?.currency ?? floorCurrency;
        if (currency === undefined) {
          throw new StatementFileError(
            field.line,
            ":61: statement line comes before the opening balance :60F: (or :34F: of an interim report), " +
              "so its currency is unknown",
          );
        }
        if (closing !== undefined) {
          throw new StatementFileError(field.line, ":61: statement line comes after the closing balance");
        }
        const next = fields[i + 1];
        const info = next !== undefined && next.tag === "86" ? next : undefined;
        if (info !== undefined) i++;
        if (field === open || (info !== undefined && info === open)) {
          // The last fields of the text: nothing is read after them.
          entry = cutEntry(field);
          continue;
        }
        lines.push(readLine(field, info, currency));
        previous = info === undefined ? field.tag : info.tag;
        continue;
      }
      case "86":
        if (!STATEMENT_END_TAGS.has(previous)) {
          throw new StatementFileError(field.line, ":86: does not follow a :61: statement line");
        }
        break;
      default:
        if (!IGNORED_TAGS.has(field.tag)) {
          throw new StatementFileError(field.line, `:${field.tag}: is not a field of an MT940 statement`);
        }
    }
    previous = field.tag;
  }
  if (account === undefined) throw new StatementFileError(head.line, "the statement has no :25: account");
  const currency = opening?.currency ?? floorCurrency;
  if (currency === undefined) {
    throw new StatementFileError(
      head.line,
      "the statement has no opening balance :60F: (nor :34F: of an interim report), so its currency is unknown",
    );
  }
  // An MT940 page that opens closes too; an MT942 report (no :60F:) states no balances at all.
  const missing =
    opening !== undefined && closing === undefined
      ? `its closing balance (${openingTag === "60M" ? ":62M: or :62F:" : ":62F:"})`
      : entry !== undefined
        ? "the fields after it"
        : undefined;
  const cut: StatementCut | undefined =
    missing === undefined
      ? undefined
      : { line: lastLine(fields), missing, ...(entry === undefined ? {} : { entry }) };
  return {
    account,
    id: number ?? reference,
    currency,
    ...(opening === undefined ? {} : { opening: { day: opening.day, minor: opening.minor } }),
    ...(closing === undefined ? {} : { closing: { day: closing.day, minor: closing.minor } }),
    lines,
    ...(cut === undefined ? {} : { cut }),
  };
}

/** The value of a one-line field; a continuation line there means the file is not what we think. */
function singleLine(field: Field): string {
  const extra = field.rows[1];
  if (extra !== undefined) {
    throw new StatementFileError(
      extra.line,
      `:${field.tag}: runs on to a second line ${quote(extra.text.trim())}`,
    );
  }
  return (field.rows[0] as Row).text;
}

/**
 * Whether the field the text ends in, one that is no statement line's, reads whole: its value is on one
 * line, so the line break after it proves it whole, but without one it may have been cut, as a balance's
 * amount without its decimal comma (which SWIFT requires) shows.
 */
function readsWhole(field: Field): boolean {
  if (field.tag === "61" || field.tag === "86") return true;
  try {
    if (BALANCE_TAGS.has(field.tag)) readBalance(field);
    if (field.tag === "34F") readFloorCurrency(field);
    const value = singleLine(field).trim();
    return value !== "" && (!BALANCE_TAGS.has(field.tag) || value.includes(","));
  } catch (e) {
    if (e instanceof StatementFileError) return false;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Balances, dates, amounts

/** ":60F:C260331EUR1234,56": D/C mark, YYMMDD, currency, amount. */
function readBalance(field: Field): Balance {
  const value = singleLine(field).trim();
  const name = `:${field.tag}:`;
  const mark = value.charAt(0);
  if (mark !== "C" && mark !== "D") {
    throw new StatementFileError(field.line, `${name} has no D/C mark at the start of ${quote(value)}`);
  }
  const { day } = readYymmdd(value.slice(1, 7), `${name} date`, field.line);
  const currency = readCurrency(value.slice(7, 10), name, field.line);
  const minor = readAmount(value.slice(10), currency, name, field.line);
  return { day, minor: mark === "D" ? -minor : minor, currency };
}

/** ":34F:EURD0,": the MT942 floor limit, read only for its currency. */
function readFloorCurrency(field: Field): string {
  return readCurrency(singleLine(field).trim().slice(0, 3), ":34F:", field.line);
}

function readCurrency(code: string, name: string, line: number): string {
  if (!isCurrencyCode(code)) {
    throw new StatementFileError(line, `${name} currency ${quote(code)} is not an ISO 4217 code`);
  }
  return code;
}

/** YYMMDD; 00-79 are 2000-2079 and 80-99 are 1980-1999, as SWIFT reads two-digit years. */
function readYymmdd(text: string, what: string, line: number): { readonly y: number; readonly day: number } {
  if (!/^\d{6}$/.test(text))
    throw new StatementFileError(line, `${what} ${quote(text)} is not a date (YYMMDD)`);
  const yy = Number(text.slice(0, 2));
  const y = yy < 80 ? 2000 + yy : 1900 + yy;
  const m = Number(text.slice(2, 4));
  const d = Number(text.slice(4, 6));
  if (!isValidYmd(y, m, d)) throw new StatementFileError(line, `${what} ${quote(text)} is not a real date`);
  return { y, day: dayFromYmd(y, m, d) };
}

/** "1250,00" or "1250,": digits with a decimal comma, exact in the currency's minor units. */
function readAmount(text: string, currency: string, name: string, line: number): number {
  if (!/^\d+(,\d*)?$/.test(text)) {
    throw new StatementFileError(line, `${name} amount ${quote(text)} is not a number`);
  }
  const parsed = parseAmount(text, {
    decimals: currencyDecimals(currency),
    decimalSeparator: ",",
    strictPrecision: true,
  });
  if (!parsed.ok) throw new StatementFileError(line, `${name} amount ${quote(text)}: ${parsed.reason}`);
  return parsed.minor;
}

// ---------------------------------------------------------------------------------------------------------
// Statement lines

/**
 * A :61: the file stops inside, read as far as it goes and never refused: its booking day when the date is
 * whole and real, its amount as written (signed, "-7" of a cut "7,50"), "" when the file stops before it.
 */
function cutEntry(field: Field): CutEntry {
  const text = (field.rows[0] as Row).text;
  const m = /^(\d{6})(\d{4}(?=R?[CD]))?(RC|RD|C|D)?(?:[A-Z](?=\d))?(\d[\d,]*)?/.exec(text);
  let day: number | undefined;
  try {
    if (m !== null) {
      const value = readYymmdd(m[1] as string, ":61: value date", field.line);
      day = m[2] === undefined ? value.day : entryDay(m[2], value, field.line);
    }
  } catch (e) {
    if (!(e instanceof StatementFileError)) throw e;
  }
  const mark = m?.[3];
  const digits = mark === undefined ? undefined : m?.[4];
  const sign = mark === "D" || mark === "RC" ? "-" : "";
  return {
    line: field.line,
    ...(day === undefined ? {} : { day }),
    amount: digits === undefined ? "" : sign + digits,
  };
}

/**
 * ":61:2603310331D1250,00NTRFKREF-17//BANKREF-9" then an optional line of supplementary details: value
 * date, entry date MMDD, mark, funds code letter, amount, type, customer reference, bank reference.
 */
function readLine(field: Field, info: Field | undefined, currency: string): StatementLine {
  const text = (field.rows[0] as Row).text;
  const line = field.line;
  const value = readYymmdd(text.slice(0, 6), ":61: value date", line);
  let at = 6;
  let day = value.day;
  // Four digits then a mark are the entry date; four digits then an amount would be a missing mark.
  if (/^\d{4}[CDR]/.test(text.slice(at, at + 5))) {
    day = entryDay(text.slice(at, at + 4), value, line);
    at += 4;
  }
  let sign: number;
  if (text.startsWith("RC", at) || text.startsWith("RD", at)) {
    // SWIFT: RD is the reversal of a debit, a credit entry (money back in); RC the reversal of a credit.
    sign = text.charAt(at + 1) === "D" ? 1 : -1;
    at += 2;
  } else if (text.startsWith("C", at) || text.startsWith("D", at)) {
    sign = text.charAt(at) === "C" ? 1 : -1;
    at += 1;
  } else {
    throw new StatementFileError(
      line,
      `:61: has no debit/credit mark (D, C, RD or RC) after the date in ${quote(text)}`,
    );
  }
  if (/^[A-Z]$/.test(text.charAt(at))) at += 1; // funds code: the third letter of the currency code
  const rest = text.slice(at);
  const typeAt = rest.search(/[NFS]/);
  if (typeAt < 0) {
    throw new StatementFileError(
      line,
      `:61: has no transaction type (N, F or S and three characters) in ${quote(text)}`,
    );
  }
  const minor = sign * readAmount(rest.slice(0, typeAt), currency, ":61:", line);
  const type = rest.slice(typeAt, typeAt + 4);
  if (!/^[NFS][A-Z0-9]{3}$/.test(type)) {
    throw new StatementFileError(
      line,
      `:61: transaction type ${quote(type)} is not N, F or S and three characters`,
    );
  }
  const references = rest.slice(typeAt + 4);
  const split = references.indexOf("//");
  const customer = (split < 0 ? references : references.slice(0, split)).trim();
  const bankId = split < 0 ? "" : references.slice(split + 2).trim();
  const supplementary = squeeze(
    field.rows
      .slice(1)
      .map((row) => row.text)
      .join(" "),
  );
  const told = info === undefined ? { party: "", description: "", reference: "" } : readInformation(info);
  const description = [told.description, supplementary].filter((part) => part !== "").join(" ");
  const reference = told.reference !== "" ? told.reference : customer === "NONREF" ? "" : customer;
  return {
    day,
    ...(day === value.day ? {} : { valueDay: value.day }),
    minor: minor + 0, // no -0 for a zero debit
    currency,
    party: told.party,
    description,
    reference,
    bankId,
    line,
  };
}

/**
 * The entry date MMDD takes the value date's year, or the year before or after when that puts the two
 * within six months: a 31 Dec booking of a 2 Jan value date belongs to the old year.
 */
function entryDay(mmdd: string, value: { readonly y: number; readonly day: number }, line: number): number {
  const m = Number(mmdd.slice(0, 2));
  const d = Number(mmdd.slice(2, 4));
  let y = value.y;
  const gap = dayFromYmd(y, m, d) - value.day;
  if (gap > 183) y -= 1;
  else if (gap < -183) y += 1;
  if (!isValidYmd(y, m, d))
    throw new StatementFileError(line, `:61: entry date ${quote(mmdd)} is not a real date`);
  return dayFromYmd(y, m, d);
}

// ---------------------------------------------------------------------------------------------------------

/** Text quoted for a message, cut short so a long line does not swamp it. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? text.slice(0, 57) + "..." : text);
}
