/**
 * BAI2 cash-management files (the "Cash Management Balance Reporting Specifications Version 2" that US and
 * Canadian banks deliver as .bai / .bai2 / .txt) read into statements: each 03 account record of each 02
 * group (one as-of day) is a statement, its 16 transaction details the lines, its 010/015 summary the
 * balances. The control totals and record counts of the 49, 98 and 99 trailers are checked, so a cut or
 * damaged file is a StatementFileError with its line, never a short statement; a file that ends inside its
 * 99 trailer, whose figures left blank check nothing, is one too.
 */
import { dayFromYmd, isoFromDay, isValidYmd } from "../dates";
import { isCurrencyCode } from "../money";
import {
  runSteps,
  StatementFileError,
  type StatedBalance,
  type Statement,
  type StatementFile,
  type StatementLine,
  type Steps,
} from "./model";
import { bai2Party } from "./bai2Party";
import { squeeze } from "./text";

/** Physical records read between two yields. */
const RECORDS_PER_STEP = 2000;
/** BAI2: a group header that names no currency reports in US dollars. */
const DEFAULT_CURRENCY = "USD";

/** A physical record's text after its record code and comma, and its 1-based line. */
interface Piece {
  readonly text: string;
  readonly line: number;
}

/** A record with the 88 records that continue it: one piece each. */
interface RawRecord {
  readonly code: string;
  readonly pieces: Piece[];
}

/**
 * An 01 header with its creation date first, then an 02 group and an 03 account, each at the start of a
 * line or after the "/" of the record before (a file sent as fixed-length records without line breaks).
 */
export function looksLikeBai2(head: string): boolean {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  const record = (code: string): boolean => new RegExp(`(^|\\n|/)\\s*${code},`).test(text);
  return /^01,[^,\n]*,[^,\n]*,\d{6},/.test(text) && record("02") && record("03");
}

/** Read a BAI2 file: a statement per account and as-of day, lines in file order. */
export function readBai2(text: string): StatementFile {
  return runSteps(readBai2Steps(text));
}

/** readBai2 in steps (see Steps). */
export function* readBai2Steps(text: string): Steps<StatementFile> {
  const rows = physicalRows(text);
  const reader = new Bai2Reader();
  let record: RawRecord | null = null;
  let last = 1;
  for (let i = 0; i < rows.length; i++) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield i / rows.length;
    const row = (rows[i] as string).trim();
    if (row === "") continue;
    last = i + 1;
    const code = /^(\d{2}),/.exec(row)?.[1];
    if (code === undefined) fail(last, `expected a BAI2 record such as "16,..." but found ${quote(row)}`);
    const piece = { text: row.slice(3), line: last };
    if (code !== "88") {
      if (record !== null) reader.read(record);
      record = { code, pieces: [piece] };
    } else if (record === null) {
      fail(last, "an 88 continuation record comes first, with no record before it to continue");
    } else {
      record.pieces.push(piece);
    }
  }
  if (record !== null) {
    if (endsInside(record)) fail(last, "the file ends inside its 99 trailer: it was cut");
    reader.read(record);
  }
  return reader.end(last);
}

/**
 * Whether the file's last record is a 99 trailer the file ends inside: neither its "/" nor its last figure,
 * the record count, came (a count that came is checked; one cut short does not match).
 */
function endsInside(record: RawRecord): boolean {
  const text = (record.pieces[record.pieces.length - 1] as Piece).text.trimEnd();
  return record.code === "99" && !text.endsWith("/") && !/^[^,]*,[^,]*,[^,]*\d$/.test(text);
}

/**
 * The text's physical records. A mainframe may send fixed-length records without line breaks: then the
 * 01 header's physical record length cuts the one long line into records.
 */
function physicalRows(text: string): string[] {
  const rows = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const filled = rows.filter((row) => row.trim() !== "");
  const only = filled[0];
  const width = Number(only?.split(",")[6]);
  if (filled.length !== 1 || only === undefined || !(width > 0) || only.length <= width) return rows;
  const out: string[] = [];
  for (let at = 0; at < only.length; at += width) out.push(only.slice(at, at + width));
  return out;
}

/**
 * A record's comma-separated fields in order, across its 88 continuations. A "/" ends a physical record's
 * fields early (the fields left are blank or go on in the 88 after it); the end of a physical record ends
 * a field, since BAI2 splits no field between records but the text, which runs to the end.
 */
class Fields {
  private piece = 0;
  private at = 0;
  /** The line of the last field read, for messages. */
  line: number;

  constructor(private readonly record: RawRecord) {
    this.line = lineOf(record);
  }

  /** The next field, trimmed; "" once the record has no more. */
  next(): string {
    for (let piece = this.record.pieces[this.piece]; piece !== undefined;) {
      if (this.at >= piece.text.length) {
        piece = this.record.pieces[++this.piece];
        this.at = 0;
        continue;
      }
      this.line = piece.line;
      const rest = piece.text.slice(this.at);
      const end = rest.search(/[,/]/);
      if (end < 0 || rest.charAt(end) === "/") [this.piece, this.at] = [this.piece + 1, 0];
      else this.at += end + 1;
      return (end < 0 ? rest : rest.slice(0, end)).trim();
    }
    return "";
  }

  /** Passes over n fields the toolkit does not need. */
  skip(n: number): this {
    for (let k = 0; k < n; k++) this.next();
    return this;
  }

  /** Whether any field is left. */
  more(): boolean {
    return this.record.pieces.some(
      (p, k) => k >= this.piece && p.text.length > (k === this.piece ? this.at : 0),
    );
  }

  /**
   * The text field: the rest of the record, commas and all, and the text of each 88 after it. Many banks
   * close the text with a "/" as they do every other record; that is dropped.
   */
  rest(): string[] {
    const parts = this.record.pieces
      .slice(this.piece)
      .map((p, k) => (k === 0 ? p.text.slice(this.at) : p.text).replace(/\/\s*$/, ""));
    this.piece = this.record.pieces.length;
    return parts;
  }
}

/**
 * What a trailer checks: the sum of the amounts read, the physical records (the 88s, the header and the
 * trailer included), and the accounts or groups inside.
 */
interface Scope {
  records: number;
  sum: number;
  inner: number;
}

interface GroupScope extends Scope {
  readonly day: number;
  readonly currency: string;
}

interface AccountScope extends Scope {
  readonly account: string;
  readonly currency: string;
  /** Status amounts of the 03 record by type code ("010"). */
  readonly balances: Map<string, number>;
  readonly lines: StatementLine[];
}

const empty = (): Scope => ({ records: 0, sum: 0, inner: 0 });

/** Where each record comes (0 outside any file, 1 in a file, 2 in a group, 3 in an account), and its name. */
const PLACES: Readonly<Record<string, readonly [number, string]>> = {
  "01": [0, "01 file header"],
  "02": [1, "02 group header"],
  "03": [2, "03 account record"],
  "16": [3, "16 transaction detail"],
  "49": [3, "49 account trailer"],
  "98": [2, "98 group trailer"],
  "99": [1, "99 file trailer"],
};
const OUTSIDE = ["a file (no 01 header before it)", "a group (no 02 header before it)", "an account"];
const UNENDED = ["", "99 trailer of the file", "98 trailer of the group", "49 trailer of the account"];

/** Follows the records in order, 01 (02 (03 16* 49)* 98)* 99, each with its 88s; several files may follow. */
class Bai2Reader {
  private readonly statements: Statement[] = [];
  private file: (Scope & { readonly id: string }) | null = null;
  private group: GroupScope | null = null;
  private account: AccountScope | null = null;
  private files = 0;

  read(r: RawRecord): void {
    this.place(r);
    // Headers open their level before the count and trailers close it after, so each counts itself.
    if (r.code === "01") {
      // The file id names the statements; sender, receiver and creation date and time are not needed.
      this.file = { ...empty(), id: new Fields(r).skip(4).next() };
      this.files++;
    }
    if (r.code === "02") this.group = groupOf(r);
    if (r.code === "03") this.account = accountOf(r, (this.group as GroupScope).currency);
    for (const scope of [this.file, this.group, this.account]) if (scope) scope.records += r.pieces.length;
    const { file, group, account } = this;
    if (r.code === "16") readDetail(r, account as AccountScope, (group as GroupScope).day);
    if (r.code === "49" && account !== null && group !== null) {
      group.sum += checkTrailer(r, "account", account);
      group.inner++;
      this.statements.push(statementOf(account, group.day, file?.id ?? ""));
      this.account = null;
    }
    if (r.code === "98" && group !== null && file !== null) {
      file.sum += checkTrailer(r, "group", group, "accounts");
      file.inner++;
      this.group = null;
    }
    if (r.code === "99" && file !== null) {
      checkTrailer(r, "file", file, "groups");
      this.file = null;
    }
  }

  end(line: number): StatementFile {
    if (this.files === 0) fail(1, "the file has no 01 file header, so it is no BAI2 file");
    if (this.file !== null) fail(line, "the file ends without its 99 trailer: it was cut");
    if (this.statements.length === 0) fail(line, "the file holds no account (no 03 record)");
    return { format: "bai2", statements: this.statements };
  }

  /** A record out of its place: an unknown type, a detail outside an account, a header before a trailer. */
  private place(r: RawRecord): void {
    const place = PLACES[r.code];
    if (place === undefined) {
      fail(lineOf(r), `record type ${r.code} is not a BAI2 record (01, 02, 03, 16, 49, 88, 98 or 99)`);
    }
    const [need, name] = place;
    const depth = this.account ? 3 : this.group ? 2 : this.file ? 1 : 0;
    if (depth < need) fail(lineOf(r), `the ${name} comes outside ${OUTSIDE[depth]}`);
    if (depth > need) fail(lineOf(r), `the ${name} comes before the ${UNENDED[depth]} before it`);
  }
}

/** "02,receiver,originator,status,as-of date,as-of time,currency,as-of date modifier". */
function groupOf(r: RawRecord): GroupScope {
  const f = new Fields(r).skip(3);
  const date = f.next();
  if (date === "") fail(f.line, "the 02 group header has no as-of date");
  const day = readYymmdd(date, "as-of date", f.line);
  f.next();
  return { ...empty(), day, currency: readCurrency(f.next(), DEFAULT_CURRENCY, f.line) };
}

/** "03,account,currency" then summary and status items: type code, amount, item count, funds type. */
function accountOf(r: RawRecord, groupCurrency: string): AccountScope {
  const f = new Fields(r);
  const account = f.next();
  if (account === "") fail(f.line, "the 03 account record has no account number");
  const currency = readCurrency(f.next(), groupCurrency, f.line);
  const scope: AccountScope = { ...empty(), account, currency, balances: new Map(), lines: [] };
  while (f.more()) {
    const code = readTypeCode(f.next(), f.line);
    const amount = readAmount(f.next(), "summary amount", f.line, true);
    readCount(f.next(), "item count", f.line);
    readFunds(f);
    if (amount === undefined) continue;
    scope.sum += amount;
    if (code !== undefined && !scope.balances.has(code)) scope.balances.set(code, amount);
  }
  return scope;
}

/** "16,type code,amount,funds type,bank reference,customer reference,text": a line on the as-of day. */
function readDetail(r: RawRecord, account: AccountScope, day: number): void {
  const f = new Fields(r);
  const code = readTypeCode(f.next(), f.line);
  if (code === undefined) fail(f.line, "the 16 transaction detail has no type code");
  const amount = readAmount(f.next(), "amount", f.line, false);
  const valueDay = readFunds(f);
  const bankId = f.next();
  const reference = f.next();
  const text = f.rest();
  const description = squeeze(text.join(" "));
  if (amount === undefined) return; // no amount: a note, no money moved
  account.sum += amount;
  const sign = directionOf(Number(code));
  if (sign === 0) return;
  if (sign === undefined) {
    fail(
      lineOf(r),
      `type code ${code} does not say whether money came in or went out ` +
        "(BAI2 gives credits 100-399 and 920-959, debits 400-699 and 960-999)",
    );
  }
  account.lines.push({
    day,
    ...(valueDay === undefined || valueDay === day ? {} : { valueDay }),
    minor: sign * amount + 0, // no -0 for a zero debit
    currency: account.currency,
    party: bai2Party(text, sign),
    description,
    reference,
    bankId,
    line: lineOf(r),
  });
}

/**
 * A trailer's control total (the algebraic sum of the amounts of an account's 03 and 16 records, of a
 * group's account totals, of a file's group totals) and counts against what was read; a blank figure is
 * not checked. Returns the total, for the level above.
 */
function checkTrailer(r: RawRecord, level: string, scope: Scope, inner?: string): number {
  const f = new Fields(r);
  const total = readAmount(f.next(), `${level} control total`, f.line, true);
  const counts: [string, number | undefined, number][] = [];
  if (inner !== undefined)
    counts.push([inner, readCount(f.next(), `number of ${inner}`, f.line), scope.inner]);
  counts.push(["records", readCount(f.next(), "number of records", f.line), scope.records]);
  const cut = "a record is missing or the file was cut";
  if (total !== undefined && total !== scope.sum) {
    const of = inner === undefined ? "the records' sum" : `the sum of its ${inner}`;
    fail(lineOf(r), `${level} control total ${total} does not match ${of} ${scope.sum}: ${cut}`);
  }
  for (const [what, stated, n] of counts) {
    if (stated !== undefined && stated !== n) {
      fail(lineOf(r), `the ${level} trailer counts ${stated} ${what} but the ${level} has ${n}: ${cut}`);
    }
  }
  return total ?? scope.sum;
}

/**
 * The statement of an 03 account: the ledger balances (010 opening, 015 closing), or the available ones
 * (040, 045) when the bank states no ledger balance, both on the as-of day. One pair or the other, never
 * one of each: ledger and available balances differ by the float, and the lines lead from one to its own.
 */
function statementOf(account: AccountScope, day: number, fileId: string): Statement {
  const b = account.balances;
  const ledger = b.has("010") || b.has("015");
  const opening = b.get(ledger ? "010" : "040");
  const closing = b.get(ledger ? "015" : "045");
  const balance = (minor: number): StatedBalance => ({ day, minor });
  return {
    account: account.account,
    id: fileId === "" ? isoFromDay(day) : `${isoFromDay(day)} / ${fileId}`,
    currency: account.currency,
    ...(opening === undefined ? {} : { opening: balance(opening) }),
    ...(closing === undefined ? {} : { closing: balance(closing) }),
    lines: account.lines,
  };
}

/**
 * +1 money in, -1 money out, 0 for a code that moves no money (a status, 890 "contains non-monetary
 * information"), undefined where BAI2 gives no direction (700-799 loan codes, 800-899 but 890). Codes
 * 900-999 are the bank's own, in BAI2's ranges: 900-919 status, 920-959 credits, 960-999 debits.
 */
function directionOf(code: number): 1 | -1 | 0 | undefined {
  if ((code >= 100 && code <= 399) || (code >= 920 && code <= 959)) return 1;
  if ((code >= 400 && code <= 699) || code >= 960) return -1;
  if (code < 100 || code === 890 || (code >= 900 && code <= 919)) return 0;
  return undefined;
}

/**
 * The funds type and the fields it brings: none for 0, 1, 2, Z (or blank); V a value date and time; S three
 * amounts (immediate, one-day, two-or-more-day); D a count, then that many day and amount pairs. Returns the
 * value day of a V. The availability amounts split the record's amount: they are no part of control totals.
 */
function readFunds(f: Fields): number | undefined {
  const type = f.next();
  if (type === "V") {
    const date = f.next();
    f.next(); // time of availability
    return date === "" ? undefined : readYymmdd(date, "value date", f.line);
  }
  if (type === "S") {
    for (let k = 0; k < 3; k++) readAmount(f.next(), "availability amount", f.line, true);
  } else if (type === "D") {
    const n = readCount(f.next(), "number of availability distributions", f.line) ?? 0;
    for (let k = 0; k < n; k++) {
      readCount(f.next(), "availability days", f.line);
      readAmount(f.next(), "availability amount", f.line, true);
    }
  } else if (!/^[012Z]?$/.test(type)) {
    fail(f.line, `funds type ${quote(type)} is not one of BAI2's (0, 1, 2, S, V, D, Z)`);
  }
  return undefined;
}

function readTypeCode(text: string, line: number): string | undefined {
  if (text !== "" && !/^\d{3}$/.test(text)) fail(line, `type code ${quote(text)} is not three digits`);
  return text === "" ? undefined : text;
}

/**
 * A whole number of the currency's smallest unit (BAI2 writes 12.50 USD as 1250, 1250 JPY as 1250): minor
 * units as they are; undefined when blank. Balances and control totals may carry a sign, transaction
 * amounts may not: their type code gives the direction.
 */
function readAmount(text: string, what: string, line: number, signed: boolean): number | undefined {
  if (text === "") return undefined;
  if (!(signed ? /^[+-]?\d+$/ : /^\d+$/).test(text)) {
    fail(
      line,
      `${what} ${quote(text)} is not an amount: BAI2 writes amounts as whole numbers of cents ` +
        `(or of the currency's smallest unit), without a point${signed ? "" : " or a sign"}`,
    );
  }
  const value = Number(text) + 0;
  if (!Number.isSafeInteger(value)) fail(line, `${what} ${quote(text)} is too large`);
  return value;
}

function readCount(text: string, what: string, line: number): number | undefined {
  if (text !== "" && !/^\d+$/.test(text)) fail(line, `${what} ${quote(text)} is not a whole number`);
  return text === "" ? undefined : Number(text);
}

function readCurrency(code: string, fallback: string, line: number): string {
  if (code !== "" && !isCurrencyCode(code)) fail(line, `currency ${quote(code)} is not an ISO 4217 code`);
  return code === "" ? fallback : code;
}

/** YYMMDD; 00-79 are 2000-2079 and 80-99 are 1980-1999. */
function readYymmdd(text: string, what: string, line: number): number {
  if (!/^\d{6}$/.test(text)) fail(line, `${what} ${quote(text)} is not a date (YYMMDD)`);
  const yy = Number(text.slice(0, 2));
  const y = yy < 80 ? 2000 + yy : 1900 + yy;
  const m = Number(text.slice(2, 4));
  const d = Number(text.slice(4, 6));
  if (!isValidYmd(y, m, d)) fail(line, `${what} ${quote(text)} is not a real date`);
  return dayFromYmd(y, m, d);
}

function fail(line: number, reason: string): never {
  throw new StatementFileError(line, reason);
}

function lineOf(r: RawRecord): number {
  return (r.pieces[0] as Piece).line;
}

/** Text quoted for a message, cut short so a long line does not swamp it. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? text.slice(0, 57) + "..." : text);
}
