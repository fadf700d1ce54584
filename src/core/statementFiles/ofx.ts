/**
 * OFX bank and credit-card statements (Quicken/Money ".ofx"/".qfx" downloads): version 1 (SGML, where a
 * value's element has no end tag) and version 2 (XML). Each STMTRS or CCSTMTRS is a statement: the account,
 * CURDEF, the STMTTRN lines and LEDGERBAL as its closing balance (OFX states no opening balance). A file
 * that stops before a statement's end tag, or before </OFX>, is read as far as it goes with the statement
 * marked cut, as an MT940 file is. An element the file stops inside (no end tag, nor a tag that ends it,
 * comes before the file ends) may have lost a value or the end of one: such a STMTTRN is no line but the
 * cut's entry, such a LEDGERBAL no closing balance.
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
import { squeeze } from "./text";

/** Tags parsed, and transactions read, between two yields. */
const TAGS_PER_STEP = 4096;
const LINES_PER_STEP = 2000;
/** Parsing is most of the work: this share of the progress. */
const PARSE_SHARE = 0.7;

/** An OFX element: an aggregate has children, a value element its text. */
interface OfxNode {
  readonly name: string;
  readonly line: number;
  text: string;
  readonly children: OfxNode[];
  /** Closed by its end tag (an aggregate's is required, even in SGML). */
  ended?: true;
}

/**
 * The element tree, the line of the last tag (where a file that stops short stops) and the elements the
 * file stops inside: those no end tag, nor a tag that ends them, closed.
 */
interface Parsed {
  readonly root: OfxNode;
  readonly lastLine: number;
  readonly unclosed: ReadonlySet<OfxNode>;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * The element tree of the text after the header. A value element (SGML: no end tag) ends at the next tag;
 * an end tag closes its element and any value elements left open inside it, and a <STMTTRN> closes the
 * STMTTRN before it that SGML left without its end tag. A tag the file ends inside is not read.
 */
function* parseOfx(text: string): Steps<Parsed> {
  const root: OfxNode = { name: "", line: 1, text: "", children: [] };
  let tags = 0;
  const stack: OfxNode[] = [root];
  let line = 1;
  let lastLine = 1;
  let i = text.indexOf("<");
  if (i < 0) throw new StatementFileError(1, "no <OFX> element");
  for (let k = 0; k < i; k++) if (text.charCodeAt(k) === 10) line++;
  // Closes stack[at] and the elements left open inside it.
  const closeFrom = (at: number): void => {
    // An SGML value element left empty ("<MEMO>" and a line break) took the elements after it as its
    // children; they are its parent's. A STMTTRN left without its end tag keeps its own.
    for (let k = stack.length - 1; k > at; k--) {
      const open = stack[k] as OfxNode;
      if (open.text === "" && open.children.length > 0 && open.name !== "STMTTRN") {
        (stack[k - 1] as OfxNode).children.push(...open.children.splice(0));
      }
    }
    stack.length = at;
  };
  while (i < text.length) {
    const close = text.indexOf(">", i);
    if (close < 0) {
      // The file ends inside a tag: it was cut there.
      lastLine = line;
      break;
    }
    const tag = text.slice(i + 1, close).trim();
    const next = text.indexOf("<", close + 1);
    const after = next < 0 ? text.length : next;
    const body = text.slice(close + 1, after);
    lastLine = line;
    if (tag.startsWith("?") || tag.startsWith("!")) {
      // The XML declaration, OFX 2's processing instruction, comments.
    } else if (tag.startsWith("/")) {
      const name = tag.slice(1).trim().toUpperCase();
      let at = stack.length - 1;
      while (at > 0 && (stack[at] as OfxNode).name !== name) at--;
      if (at === 0) throw new StatementFileError(line, `</${name}> closes no open element`);
      (stack[at] as OfxNode).ended = true;
      closeFrom(at);
    } else {
      const selfClosing = tag.endsWith("/");
      const name = (selfClosing ? tag.slice(0, -1) : tag).split(/\s/)[0]?.toUpperCase() ?? "";
      if (name === "") throw new StatementFileError(line, "an empty tag <>");
      if (name === "STMTTRN") {
        const open = stack.findIndex((node) => node.name === "STMTTRN");
        if (open > 0) closeFrom(open);
      }
      // A value element left open (SGML) ends where the next element starts.
      let top = stack[stack.length - 1] as OfxNode;
      if (top !== root && top.text !== "") {
        stack.pop();
        top = stack[stack.length - 1] as OfxNode;
      }
      const node: OfxNode = { name, line, text: "", children: [] };
      top.children.push(node);
      if (!selfClosing) {
        node.text = decodeEntities(body.trim());
        stack.push(node);
      }
    }
    for (let k = i; k < after; k++) if (text.charCodeAt(k) === 10) line++;
    i = after;
    if (++tags % TAGS_PER_STEP === 0) yield (PARSE_SHARE * i) / text.length;
  }
  return { root, lastLine, unclosed: new Set(stack) };
}

function child(node: OfxNode, name: string): OfxNode | undefined {
  return node.children.find((c) => c.name === name);
}

function valueAt(node: OfxNode, ...names: string[]): string {
  let at: OfxNode | undefined = node;
  for (const name of names) at = at === undefined ? undefined : child(at, name);
  return at === undefined ? "" : at.text;
}

function descendants(node: OfxNode, name: string, out: OfxNode[] = []): OfxNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** "20110331120000.000[-5:EST]" -> the day it names (the bank's own calendar day; the time is dropped). */
function ofxDay(node: OfxNode, name: string): number {
  const value = valueAt(node, name);
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (m === null || !isValidYmd(y, mo, d))
    throw new StatementFileError(lineOf(node, name), `<${name}> "${value}" is not a date (YYYYMMDD…)`);
  return dayFromYmd(y, mo, d);
}

function lineOf(node: OfxNode, name: string): number {
  return child(node, name)?.line ?? node.line;
}

/** An OFX amount: "-34.51", "1250", and the "34,51" some European banks write. */
function ofxMinor(node: OfxNode, name: string, currency: string): number {
  const value = valueAt(node, name);
  const comma = value.includes(",") && !value.includes(".");
  const r = parseAmount(value, { decimals: currencyDecimals(currency), decimalSeparator: comma ? "," : "." });
  if (value === "" || !r.ok || r.currency !== undefined)
    throw new StatementFileError(lineOf(node, name), `<${name}> "${value}" is not an amount`);
  return r.minor;
}

function currencyOf(node: OfxNode, name: string, fallback: string): string {
  const code = valueAt(node, name).toUpperCase();
  if (code === "") return fallback;
  if (!isCurrencyCode(code))
    throw new StatementFileError(lineOf(node, name), `<${name}> "${code}" is not a currency code`);
  return code;
}

function statementLine(trn: OfxNode, currency: string): StatementLine {
  // <CURRENCY> gives the currency the amounts are in when it is not CURDEF; <ORIGCURRENCY> only says what
  // they were converted from.
  const own = child(trn, "CURRENCY");
  const lineCurrency = own === undefined ? currency : currencyOf(own, "CURSYM", currency);
  const payee = child(trn, "PAYEE");
  return {
    day: ofxDay(trn, "DTPOSTED"),
    minor: ofxMinor(trn, "TRNAMT", lineCurrency),
    currency: lineCurrency,
    party: squeeze(valueAt(trn, "NAME") || (payee === undefined ? "" : valueAt(payee, "NAME"))),
    description: squeeze(valueAt(trn, "MEMO")),
    reference: squeeze(valueAt(trn, "CHECKNUM") || valueAt(trn, "REFNUM")),
    bankId: squeeze(valueAt(trn, "FITID")),
    line: trn.line,
  };
}

/** A STMTTRN the file stops inside: its day when its date is whole, its amount as far as the file goes. */
function cutEntry(trn: OfxNode): CutEntry {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(valueAt(trn, "DTPOSTED"));
  const [y, mo, d] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  return {
    line: trn.line,
    ...(m !== null && isValidYmd(y, mo, d) ? { day: dayFromYmd(y, mo, d) } : {}),
    amount: valueAt(trn, "TRNAMT"),
  };
}

function* readStatement(rs: OfxNode, at: (line: number) => number, parsed: Parsed): Steps<Statement> {
  const currency = currencyOf(rs, "CURDEF", "");
  if (currency === "") throw new StatementFileError(rs.line, `<${rs.name}> has no <CURDEF> currency`);
  const from = child(rs, "BANKACCTFROM") ?? child(rs, "CCACCTFROM");
  const list = child(rs, "BANKTRANLIST");
  const trns = list === undefined ? [] : list.children.filter((c) => c.name === "STMTTRN");
  // Only the last STMTTRN can be one the file stops inside.
  const stoppedIn = trns.length > 0 && parsed.unclosed.has(trns[trns.length - 1] as OfxNode);
  const entry = stoppedIn ? cutEntry(trns.pop() as OfxNode) : undefined;
  const ledger = child(rs, "LEDGERBAL");
  const closing: StatedBalance | undefined =
    ledger === undefined || parsed.unclosed.has(ledger)
      ? undefined
      : { day: ofxDay(ledger, "DTASOF"), minor: ofxMinor(ledger, "BALAMT", currency) };
  const end = `its end tag </${rs.name}>`;
  const cut: StatementCut | undefined = rs.ended
    ? undefined
    : {
        line: parsed.lastLine,
        missing: closing === undefined ? `its closing balance (<LEDGERBAL>) and ${end}` : end,
        ...(entry === undefined ? {} : { entry }),
      };
  return {
    account: from === undefined ? "" : squeeze(valueAt(from, "ACCTID")),
    id: "",
    currency,
    ...(closing === undefined ? {} : { closing }),
    lines: yield* readLines(trns, currency, at),
    ...(cut === undefined ? {} : { cut }),
  };
}

/** Whether the text is an OFX file: its header, or an <OFX> element near the start. */
export function looksLikeOfx(text: string): boolean {
  const head = text.slice(0, 2000);
  return /^\s*OFXHEADER\s*:/.test(head) || /<\?OFX\s/i.test(head) || /<OFX>/i.test(head);
}

function* readLines(
  trns: readonly OfxNode[],
  currency: string,
  at: (line: number) => number,
): Steps<StatementLine[]> {
  const out: StatementLine[] = [];
  for (let k = 0; k < trns.length; k++) {
    const trn = trns[k] as OfxNode;
    out.push(statementLine(trn, currency));
    if (k % LINES_PER_STEP === LINES_PER_STEP - 1) yield at(trn.line);
  }
  return out;
}

/** The statements of an OFX file, in file order; a file that is not OFX, or has none, is an error. */
export function readOfx(text: string): StatementFile {
  return runSteps(readOfxSteps(text));
}

/** readOfx in steps (see Steps). */
export function* readOfxSteps(text: string): Steps<StatementFile> {
  const parsed = yield* parseOfx(text);
  const { root, lastLine } = parsed;
  let lineCount = 1;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) lineCount++;
  const at = (line: number): number => PARSE_SHARE + ((1 - PARSE_SHARE) * line) / lineCount;
  const ofx = child(root, "OFX");
  if (ofx === undefined) throw new StatementFileError(1, "no <OFX> element");
  const found = [...descendants(ofx, "STMTRS"), ...descendants(ofx, "CCSTMTRS")].sort(
    (a, b) => a.line - b.line,
  );
  if (found.length === 0)
    throw new StatementFileError(ofx.line, "no bank or credit card statement (<STMTRS>)");
  const statements: Statement[] = [];
  for (const rs of found) statements.push(yield* readStatement(rs, at, parsed));
  // Cut after a statement's end tag, a file may still have lost the statements after it.
  const last = statements.pop() as Statement;
  const open = !ofx.ended && last.cut === undefined;
  statements.push(open ? { ...last, cut: { line: lastLine, missing: "the file's end tag </OFX>" } } : last);
  return { format: "ofx", statements };
}
