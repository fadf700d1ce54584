/**
 * The other party of a BAI2 transaction detail, from its text. BAI2 has no party field: banks put the
 * name in the text, each in its own way. Read are the ways of the large US banks' files, and only where
 * the text labels the name (a name guessed from free text would make a party rule refuse true matches):
 *
 * - tagged continuations, one per 88 record: `DBNM: <debtor name>`, `CRNM: <creditor name>`;
 * - `From: <name>,` on money in and `To: <name>,` on money out (also after "Return");
 * - NACHA's company name in ACH details: `ORIG CO NAME:<name>` (the company that sent a credit or took a
 *   debit: the other party either way);
 * - wires: `B/O: <name>` or `ORIGINATOR: <name>` (by order of) on money in, `BNF: <name>` or
 *   `BENEFICIARY: <name>` on money out.
 *
 * The payer of money in is the debtor, the payee of money out the creditor: the other name of the pair
 * is the account holder's own, and is never taken.
 */

/**
 * The label after a name in running text: one the banks put there (`ORIG ID:`, `DESC DATE:`, `REF:`), or
 * any one word in capitals directly followed by a colon or "=" (`TRN=`). Names of several words in
 * capitals are why the labels of two or three words are listed, not guessed.
 */
const NEXT_LABEL = new RegExp(
  "\\s+(?:" +
    ["ORIG ID", "ORIG BANK", "DESC DATE", "CO ENTRY DESCR", "ENTRY DESCR", "CO ID", "IND ID", "IND NAME"]
      .concat(["SND BK", "REC BK", "TRACE#", "A/C"])
      .join("|") +
    "|[A-Z][A-Z0-9#/]*)\\s?[:=]",
);

/** A tagged 88: the debtor's or the creditor's name, up to the record's closing "/". */
const DEBTOR = /^\s*DBNM\s*:\s*(.*?)\s*\/?\s*$/;
const CREDITOR = /^\s*CRNM\s*:\s*(.*?)\s*\/?\s*$/;

function clean(name: string): string {
  // A wire's party often starts with its account: "/123456789 ACME CORP".
  return name
    .replace(/^\/\S*\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The value after a label, up to the next label, a comma (when `comma`), or the end of the text. */
function labelled(text: string, label: RegExp, comma: boolean): string {
  const m = label.exec(text);
  if (!m) return "";
  let value = text.slice(m.index + m[0].length);
  if (comma) {
    const end = value.search(/,\s/);
    if (end >= 0) value = value.slice(0, end);
  }
  const next = NEXT_LABEL.exec(value);
  if (next) value = value.slice(0, next.index);
  return clean(value);
}

/**
 * The other party named by a detail's text pieces (the 16 record's text, then each 88's), for money in
 * (`sign` 1) or out (-1); "" when the text labels none.
 */
export function bai2Party(pieces: readonly string[], sign: 1 | -1): string {
  const tag = sign > 0 ? DEBTOR : CREDITOR;
  for (const piece of pieces) {
    const m = tag.exec(piece);
    if (m && clean(m[1] ?? "") !== "") return clean(m[1] ?? "");
  }
  const text = pieces.join(" ");
  const direction = sign > 0 ? /(?:^|[\s,])(?:Return )?From:\s*/ : /(?:^|[\s,])(?:Return )?To:\s*/;
  const named = labelled(text, direction, true);
  if (named !== "") return named;
  const ach = labelled(text, /\bORIG CO NAME\s*[:=]\s*/, false);
  if (ach !== "") return ach;
  const wire = sign > 0 ? /\b(?:B\/O|ORIGINATOR)\s*[:=]\s*/ : /\b(?:BNF|BENEFICIARY)\s*[:=]\s*/;
  return labelled(text, wire, false);
}
