/**
 * Just enough OFX, ledger and PayPal CSV for the ledger-autosync fixtures, as engine records: statement
 * lines carry ledger-autosync's own ids ("<ACCTID>.<FITID>", "paypal.<Transaction ID>") as references,
 * ledger transactions their `ofxid` / `csvid` metadata.
 */
import { dayFromIso, dayFromYmd } from "../../../src/core/dates";
import { parseAmount } from "../../../src/core/money";
import type { RecordInput } from "../../../src/core/reconcile";
import { csvFields } from "./suite";

function minorOf(text: string): { minor: number; currency: string } {
  const a = parseAmount(text.trim(), { decimals: 2 });
  if (!a.ok) throw new Error(`not an amount: ${text}`);
  return { minor: a.minor, currency: a.currency ?? "USD" };
}

function tag(block: string, name: string): string {
  const m = new RegExp(`<${name}>([^<\\r\\n]*)`).exec(block);
  return (m?.[1] ?? "").trim();
}

/** OFX "20110331120000.000" -> day number. */
function ofxDay(stamp: string): number {
  return dayFromYmd(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)), Number(stamp.slice(6, 8)));
}

/**
 * The statement lines of an OFX file. Like ledger-autosync's importer, a zero-amount line posted at the
 * same time as the line before it is a "comment" transaction and is dropped.
 */
export function ofxStatement(text: string): (RecordInput & { readonly fitid: string })[] {
  const account = tag(text, "ACCTID");
  const out: (RecordInput & { fitid: string })[] = [];
  let previousStamp = "";
  text
    .split("<STMTTRN>")
    .slice(1)
    .forEach((block, k) => {
      const stamp = tag(block, "DTPOSTED");
      const { minor, currency } = minorOf(tag(block, "TRNAMT"));
      const fitid = tag(block, "FITID");
      const comment = minor === 0 && stamp === previousStamp;
      previousStamp = stamp;
      if (comment) return;
      out.push({
        key: `Statement#${fitid}`,
        row: k + 1,
        day: ofxDay(stamp),
        minor,
        currency,
        reference: `${account}.${fitid}`,
        description: tag(block, "NAME"),
        id: fitid,
        fitid,
      });
    });
  return out;
}

/** PayPal "Activity download" rows: Gross amount, US dates, and the Transaction ID as "paypal.<id>". */
export function paypalStatement(text: string): (RecordInput & { readonly txid: string })[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const headers = csvFields(lines[0] ?? "").map((h) => h.trim());
  const col = (name: string) => headers.indexOf(name);
  return lines.slice(1).map((line, k) => {
    const f = csvFields(line);
    const [m, d, y] = (f[col("Date")] ?? "").split("/").map(Number) as [number, number, number];
    const { minor, currency } = minorOf(`${f[col("Gross")] ?? ""} ${f[col("Currency")] ?? ""}`);
    const txid = f[col("Transaction ID")] ?? "";
    return {
      key: `PayPal#${txid}`,
      row: k + 2,
      day: dayFromYmd(y, m, d),
      minor,
      currency,
      reference: `paypal.${txid}`,
      description: `${f[col("Name")] ?? ""} ${f[col("Type")] ?? ""}`,
      id: txid,
      txid,
    };
  });
}

/** Ledger transactions: date, payee, `; ofxid:` / `; csvid:` metadata, and the first posting's amount. */
export function ledgerJournal(text: string): RecordInput[] {
  const out: RecordInput[] = [];
  let current: { day: number; payee: string; ref: string; amount: string | null; line: number } | null = null;
  const flush = (): void => {
    if (current === null) return;
    const money = current.amount === null ? { minor: 0, currency: "USD" } : minorOf(current.amount);
    out.push({
      key: `Ledger!${current.line}`,
      row: current.line,
      day: current.day,
      minor: money.minor,
      currency: money.currency,
      reference: current.ref,
      description: current.payee,
    });
    current = null;
  };
  text.split(/\r?\n/).forEach((line, k) => {
    const head = /^(\d{4})[/-](\d{2})[/-](\d{2})\s+(.*)$/.exec(line);
    if (head) {
      flush();
      const iso = `${head[1]}-${head[2]}-${head[3]}`;
      current = {
        day: dayFromIso(iso) as number,
        payee: (head[4] ?? "").trim(),
        ref: "",
        amount: null,
        line: k + 1,
      };
      return;
    }
    if (current === null) return;
    const meta = /^\s+;\s*(ofxid|csvid):\s*(\S+)/.exec(line);
    if (meta) {
      current.ref = meta[2] ?? "";
      return;
    }
    const posting = /^\s+[A-Z][\w:]*\s{2,}(\S.*)$/.exec(line);
    if (posting && current.amount === null) current.amount = (posting[1] ?? "").trim();
  });
  flush();
  return out;
}
