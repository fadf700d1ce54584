/**
 * ISO 20022 bank-to-customer cash management files: camt.053 statements, camt.052 account reports and
 * camt.054 debit/credit notifications, versions 001.02 to 001.13. Elements are matched by local name, so
 * the namespace and its prefix do not matter. Each Stmt/Rpt/Ntfctn is a statement: its account, the opening
 * (OPBD, else PRCD) and closing (CLBD) booked balances, and one line per booked entry, or one per
 * transaction of a batch entry whose transactions carry their own amounts.
 */
import { dayFromIso } from "../dates";
import { currencyDecimals, formatMinor, isCurrencyCode, parseAmount } from "../money";
import {
  runSteps,
  StatementFileError,
  type StatedBalance,
  type Statement,
  type StatementFile,
  type StatementLine,
  type Steps,
} from "./model";
import { squeeze } from "./text";
import { child, children, parseXmlSteps, path, textAt, type XmlElement } from "./xml";

/** The message element under <Document> and the name of its statements, by message type. */
const MESSAGES: ReadonlyMap<string, string> = new Map([
  ["BkToCstmrStmt", "Stmt"],
  ["BkToCstmrAcctRpt", "Rpt"],
  ["BkToCstmrDbtCdtNtfctn", "Ntfctn"],
]);

/** xs:decimal without a minus sign (camt amounts are never negative; the sign is in CdtDbtInd). */
const DECIMAL = /^\+?(\d+(\.\d*)?|\.\d+)$/;

/** An amount with its currency: the element's Ccy attribute. */
interface Money {
  readonly minor: number;
  readonly currency: string;
}

function fail(el: XmlElement, reason: string): never {
  throw new StatementFileError(el.line, reason);
}

function required(parent: XmlElement, name: string): XmlElement {
  return child(parent, name) ?? fail(parent, `<${parent.name}> has no <${name}>`);
}

function currencyCode(el: XmlElement, code: string, what: string): string {
  if (!isCurrencyCode(code)) fail(el, `${what} "${code}" is not a currency code`);
  return code;
}

/** <Amt Ccy="EUR">12.50</Amt> to exact minor units; more decimals than the currency has is an error. */
function amount(amt: XmlElement): Money {
  const ccy = amt.attributes.get("Ccy");
  if (ccy === undefined) fail(amt, `<Amt> has no Ccy attribute`);
  const currency = currencyCode(amt, ccy.trim(), "<Amt> Ccy");
  const value = amt.text.trim();
  if (!DECIMAL.test(value)) fail(amt, `<Amt> ${JSON.stringify(value)} is not an amount`);
  const decimals = currencyDecimals(currency);
  const r = parseAmount(value, { decimals, decimalSeparator: ".", strictPrecision: true });
  if (!r.ok) fail(amt, `<Amt> ${JSON.stringify(value)} is not an amount in ${currency}: ${r.reason}`);
  return { minor: r.minor, currency };
}

/** The sign CdtDbtInd gives: +1 for CRDT (money in), -1 for DBIT (money out). */
function direction(parent: XmlElement): 1 | -1 {
  const ind = required(parent, "CdtDbtInd");
  const value = ind.text.trim();
  if (value === "CRDT") return 1;
  if (value === "DBIT") return -1;
  return fail(ind, `<CdtDbtInd> ${JSON.stringify(value)} is neither CRDT nor DBIT`);
}

/** xs:boolean: "true"/"1" or "false"/"0". */
function isReversal(ntry: XmlElement): boolean {
  const ind = child(ntry, "RvslInd");
  if (ind === undefined) return false;
  const value = ind.text.trim();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return fail(ind, `<RvslInd> ${JSON.stringify(value)} is neither true nor false`);
}

/**
 * The day of a DateAndDateTimeChoice (<Dt> or <DtTm>). A DtTm counts on the bank's own calendar day, its
 * first ten characters; an xs:date may carry a time zone ("2026-03-31+01:00"), which says nothing of the day.
 */
function dayOf(parent: XmlElement): number {
  const dt = child(parent, "Dt");
  const dtTm = child(parent, "DtTm");
  const el = dt ?? dtTm ?? fail(parent, `<${parent.name}> has neither <Dt> nor <DtTm>`);
  const value = el.text.trim();
  const rest = value.slice(10);
  const restOk = dt !== undefined ? /^(Z|[+-]\d\d:\d\d)?$/.test(rest) : /^T\d\d:\d\d/.test(rest);
  const day = restOk ? dayFromIso(value.slice(0, 10)) : null;
  if (day === null) {
    fail(el, `<${el.name}> ${JSON.stringify(value)} is not a ${dt !== undefined ? "date" : "date and time"}`);
  }
  return day;
}

/** A party's name: <Nm> directly (001.02) or under <Pty> (001.08 and later). */
function partyName(parent: XmlElement, role: string): string {
  return squeeze(textAt(parent, role, "Nm") || textAt(parent, role, "Pty", "Nm"));
}

/** Texts of every element down the path, each squeezed, empty ones left out. */
function textsAt(el: XmlElement, first: string, ...rest: string[]): string[] {
  const out: string[] = [];
  for (const c of children(el, first)) {
    if (rest.length === 0) {
      const t = squeeze(c.text);
      if (t !== "") out.push(t);
    } else {
      const [next, ...more] = rest as [string, ...string[]];
      out.push(...textsAt(c, next, ...more));
    }
  }
  return out;
}

function provided(id: string): string {
  return id.toUpperCase() === "NOTPROVIDED" ? "" : id;
}

interface Details {
  readonly party: string;
  readonly reference: string;
  /** The transaction's own texts only; the entry's narrative is the caller's fallback. */
  readonly description: string;
}

/** Party, reference and remittance text of one TxDtls; `sign` is its CdtDbtInd as written. */
function details(tx: XmlElement, sign: 1 | -1): Details {
  const parties = child(tx, "RltdPties");
  let party = "";
  if (parties !== undefined) {
    party =
      sign > 0
        ? partyName(parties, "Dbtr") || partyName(parties, "UltmtDbtr")
        : partyName(parties, "Cdtr") || partyName(parties, "UltmtCdtr");
  }
  const reference =
    provided(squeeze(textAt(tx, "Refs", "EndToEndId"))) ||
    squeeze(textAt(tx, "RmtInf", "Strd", "CdtrRefInf", "Ref")) ||
    provided(squeeze(textAt(tx, "Refs", "InstrId")));
  const rmtInf = child(tx, "RmtInf");
  const unstructured = rmtInf === undefined ? [] : textsAt(rmtInf, "Ustrd");
  const documents = rmtInf === undefined ? [] : textsAt(rmtInf, "Strd", "RfrdDocInf", "Nb");
  const description =
    unstructured.length > 0
      ? unstructured.join(" ")
      : documents.length > 0
        ? documents.join(", ")
        : squeeze(textAt(tx, "AddtlTxInf"));
  return { party, reference, description };
}

/** The entry's own narrative: AddtlNtryInf, else the proprietary bank transaction code. */
function entryNarrative(ntry: XmlElement, tx?: XmlElement): string {
  return (
    squeeze(textAt(ntry, "AddtlNtryInf")) ||
    (tx === undefined ? "" : squeeze(textAt(tx, "BkTxCd", "Prtry", "Cd"))) ||
    squeeze(textAt(ntry, "BkTxCd", "Prtry", "Cd"))
  );
}

/**
 * A transaction's amount in the entry's currency: <Amt> (001.03 and later), else <AmtDtls><TxAmt><Amt>;
 * undefined when it gives none. An amount only in another currency cannot be set against the entry.
 */
function transactionAmount(tx: XmlElement, entryCurrency: string): Money | undefined {
  const candidates = [child(tx, "Amt"), path(tx, "AmtDtls", "TxAmt", "Amt")].filter(
    (el): el is XmlElement => el !== undefined,
  );
  const first = candidates[0];
  if (first === undefined) return undefined;
  for (const el of candidates) {
    const money = amount(el);
    if (money.currency === entryCurrency) return money;
  }
  return fail(first, `<TxDtls> amount is in ${amount(first).currency}, its entry in ${entryCurrency}`);
}

/** "-1234.50 EUR"; a sum past the safe integers (no real batch) in plain minor units. */
function format(minor: bigint, currency: string): string {
  const n = Number(minor);
  return Number.isSafeInteger(n)
    ? `${formatMinor(n, currencyDecimals(currency))} ${currency}`
    : `${minor} minor units of ${currency}`;
}

/**
 * How a reversal's CdtDbtInd reads. ISO 20022 says it gives the reversal's own direction (the booking it
 * undoes ran the other way); German banks (the DK's camt format) write the undone booking's indicator,
 * so there the money runs against it. The statement's balances tell which a file follows (readStatement).
 */
type ReversalReading = "iso" | "original";

/** One booked entry as one line, or as one line per transaction of a batch with amounts. */
function entryLines(ntry: XmlElement, reading: ReversalReading): StatementLine[] {
  const entryMoney = amount(required(ntry, "Amt"));
  const written = direction(ntry);
  const reversed = isReversal(ntry);
  // The money's direction, and the direction of the payment whose parties the line names: for a reversal,
  // the payment it undoes (a returned direct debit names the payee of the debit).
  const moneySign = (s: 1 | -1): 1 | -1 => (reversed && reading === "original" ? (-s as 1 | -1) : s);
  const paymentSign = (s: 1 | -1): 1 | -1 => (reversed && reading === "iso" ? (-s as 1 | -1) : s);
  const minor = moneySign(written) * entryMoney.minor + 0;
  const currency = entryMoney.currency;
  const day = dayOf(required(ntry, "BookgDt"));
  const valDt = child(ntry, "ValDt");
  const valueDay = valDt === undefined ? undefined : dayOf(valDt);
  const bankId = squeeze(textAt(ntry, "AcctSvcrRef")) || squeeze(textAt(ntry, "NtryRef"));
  const common = { day, ...(valueDay === undefined || valueDay === day ? {} : { valueDay }), currency };

  const txs = children(ntry, "NtryDtls").flatMap((d) => children(d, "TxDtls"));
  if (txs.length === 0) {
    return [
      {
        ...common,
        minor,
        party: "",
        description: entryNarrative(ntry),
        reference: "",
        bankId,
        line: ntry.line,
      },
    ];
  }
  const signs = txs.map((tx) => (child(tx, "CdtDbtInd") === undefined ? written : direction(tx)));
  if (txs.length === 1) {
    const d = details(txs[0] as XmlElement, paymentSign(signs[0] as 1 | -1));
    return [
      {
        ...common,
        minor,
        party: d.party,
        description: d.description || entryNarrative(ntry, txs[0]),
        reference: d.reference,
        bankId,
        line: ntry.line,
      },
    ];
  }

  const amounts = txs.map((tx) => transactionAmount(tx, currency));
  const withAmount = amounts.filter((a) => a !== undefined).length;
  if (withAmount === 0) {
    // A batch told as one sum: one line with every transaction's texts.
    const all = txs.map((tx, i) => details(tx, paymentSign(signs[i] as 1 | -1)));
    const parties = [...new Set(all.map((d) => d.party).filter((p) => p !== ""))];
    const descriptions = all.map((d) => d.description).filter((t) => t !== "");
    return [
      {
        ...common,
        minor,
        party: parties.join("; "),
        description: descriptions.length > 0 ? descriptions.join("; ") : entryNarrative(ntry),
        reference: all.find((d) => d.reference !== "")?.reference ?? "",
        bankId,
        line: ntry.line,
      },
    ];
  }
  if (withAmount < txs.length) {
    const missing = txs[amounts.findIndex((a) => a === undefined)] as XmlElement;
    fail(
      missing,
      `<TxDtls> has no amount while other transactions of its batch <Ntry> (line ${ntry.line}) do`,
    );
  }

  const lines = txs.map((tx, i): StatementLine => {
    const txSign = signs[i] as 1 | -1;
    const d = details(tx, paymentSign(txSign));
    return {
      ...common,
      minor: moneySign(txSign) * (amounts[i]?.minor ?? 0) + 0,
      party: d.party,
      description: d.description || entryNarrative(ntry, tx),
      reference: d.reference,
      bankId: squeeze(textAt(tx, "Refs", "AcctSvcrRef")) || bankId,
      line: tx.line,
    };
  });
  let total = 0n;
  for (const l of lines) total += BigInt(l.minor);
  if (total !== BigInt(minor)) {
    fail(
      ntry,
      `the ${txs.length} <TxDtls> amounts of this batch <Ntry> add up to ${format(total, currency)}, ` +
        `not the entry's ${format(BigInt(minor), currency)}`,
    );
  }
  return lines;
}

/** The status code: <Sts>BOOK</Sts> (up to 001.06) or <Sts><Cd>BOOK</Cd></Sts> (001.07 and later). */
function entryStatus(ntry: XmlElement): string {
  const sts = required(ntry, "Sts");
  return textAt(sts, "Cd") || textAt(sts, "Prtry") || sts.text.trim();
}

function balance(bal: XmlElement, currency: string): StatedBalance {
  const money = amount(required(bal, "Amt"));
  if (money.currency !== currency) {
    fail(bal, `<Bal> is in ${money.currency}, its statement in ${currency}`);
  }
  return { day: dayOf(required(bal, "Dt")), minor: direction(bal) * money.minor + 0 };
}

/** The account currency: <Acct><Ccy>, else that of the first balance, else of the first entry. */
function statementCurrency(stmt: XmlElement, tag: string): string {
  const ccy = path(stmt, "Acct", "Ccy");
  if (ccy !== undefined) return currencyCode(ccy, ccy.text.trim(), "<Ccy>");
  const first = path(stmt, "Bal", "Amt") ?? path(stmt, "Ntry", "Amt");
  if (first === undefined) fail(stmt, `<${tag}> names no currency: no <Acct><Ccy>, balance or entry`);
  return amount(first).currency;
}

/** Whether the lines carry the opening balance to the closing one (false when either is not stated). */
function leadsTo(
  opening: StatedBalance | undefined,
  lines: readonly StatementLine[],
  closing: StatedBalance | undefined,
): boolean {
  if (opening === undefined || closing === undefined) return false;
  let total = BigInt(opening.minor);
  for (const l of lines) total += BigInt(l.minor);
  return total === BigInt(closing.minor);
}

/** Entries read between two yields. */
const ENTRIES_PER_STEP = 500;

/** The lines of the booked entries under one reading, yielding `at(k)` every few hundred entries. */
function* readLines(
  booked: readonly XmlElement[],
  reading: ReversalReading,
  at: (k: number) => number,
): Steps<StatementLine[]> {
  const lines: StatementLine[] = [];
  for (let k = 0; k < booked.length; k++) {
    for (const line of entryLines(booked[k] as XmlElement, reading)) lines.push(line);
    if (k % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield at(k);
  }
  return lines;
}

/** One statement; `at(k)` is the share of the file read once its k-th entry is. */
function* readStatement(stmt: XmlElement, tag: string, at: (k: number) => number): Steps<Statement> {
  const account = squeeze(textAt(stmt, "Acct", "Id", "IBAN") || textAt(stmt, "Acct", "Id", "Othr", "Id"));
  if (account === "") fail(stmt, `<${tag}> has no account (<Acct><Id><IBAN> or <Othr><Id>)`);
  const id = squeeze(textAt(stmt, "LglSeqNb") || textAt(stmt, "ElctrncSeqNb") || textAt(stmt, "Id"));
  const currency = statementCurrency(stmt, tag);

  let opbd: StatedBalance | undefined;
  let prcd: StatedBalance | undefined;
  let closing: StatedBalance | undefined;
  for (const bal of children(stmt, "Bal")) {
    const code = textAt(bal, "Tp", "CdOrPrtry", "Cd");
    if (code !== "OPBD" && code !== "PRCD" && code !== "CLBD") continue;
    const value = balance(bal, currency);
    const taken = code === "OPBD" ? opbd : code === "PRCD" ? prcd : closing;
    if (taken !== undefined) fail(bal, `a second ${code} balance in this <${tag}>`);
    if (code === "OPBD") opbd = value;
    else if (code === "PRCD") prcd = value;
    else closing = value;
  }
  const opening = opbd ?? prcd;

  // Pending (PDNG) and information-only (INFO) entries are not on the account yet.
  const booked = children(stmt, "Ntry").filter((ntry) => entryStatus(ntry) === "BOOK");
  let lines = yield* readLines(booked, "iso", at);
  // Reversals read the standard's way unless only the German reading leads from the opening balance to
  // the closing one.
  if (booked.some(isReversal) && !leadsTo(opening, lines, closing)) {
    const other = yield* readLines(booked, "original", at);
    if (leadsTo(opening, other, closing)) lines = other;
  }
  return {
    account,
    id,
    currency,
    ...(opening === undefined ? {} : { opening }),
    ...(closing === undefined ? {} : { closing }),
    lines,
  };
}

/** The statements of a camt.052, camt.053 or camt.054 file, in file order. */
export function readCamt(text: string): StatementFile {
  return runSteps(readCamtSteps(text));
}

/** Parsing the XML is most of the work: it counts for this share of the progress, the entries the rest. */
const PARSE_SHARE = 0.7;

/** readCamt in steps (see Steps). */
export function* readCamtSteps(text: string): Steps<StatementFile> {
  const parsing = parseXmlSteps(text);
  let parsed = parsing.next();
  while (!parsed.done) {
    yield parsed.value * PARSE_SHARE;
    parsed = parsing.next();
  }
  const doc = parsed.value;
  if (doc.name !== "Document") {
    fail(doc, `the root element is <${doc.name}>, not a camt.052, camt.053 or camt.054 <Document>`);
  }
  const message = doc.children.find((c) => MESSAGES.has(c.name));
  if (message === undefined) {
    const found = doc.children[0];
    fail(
      found ?? doc,
      `<Document> holds ${found === undefined ? "nothing" : `<${found.name}>`}, ` +
        `not a camt.052, camt.053 or camt.054 message (<BkToCstmrAcctRpt>, <BkToCstmrStmt>, <BkToCstmrDbtCdtNtfctn>)`,
    );
  }
  const tag = MESSAGES.get(message.name) as string;
  const found = children(message, tag);
  if (found.length === 0) fail(message, `<${message.name}> has no <${tag}>`);
  const total = found.reduce((n, stmt) => n + children(stmt, "Ntry").length, 0);
  const statements: Statement[] = [];
  let before = 0;
  for (const stmt of found) {
    const from = before;
    statements.push(
      yield* readStatement(stmt, tag, (k) => PARSE_SHARE + ((1 - PARSE_SHARE) * (from + k)) / total),
    );
    before += children(stmt, "Ntry").length;
  }
  return { format: "camt", statements };
}
