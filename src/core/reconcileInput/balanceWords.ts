/**
 * The names banks and ledgers give a line that states a balance: "Opening Balance" (Starling), "Beginning
 * balance as of 03/01/2026" (Bank of America), "Endsaldo", "Saldo iniziale", "Ancien solde", "Beginsaldo".
 * A cell names a balance only when it says nothing else (a date may follow), so "Opening balance transfer"
 * names none; the words tell an opening from a closing balance where they can.
 */
import { withoutAccents } from "../accents";
import type { Cell } from "../cell";

export type BalanceKind = "opening" | "closing";

const OPENING = [
  ...["opening balance", "beginning balance", "starting balance", "start balance", "previous balance"],
  ...["old balance", "prior balance", "balance forward", "balance brought forward", "brought forward"],
  ...["balance b f", "bal b f", "b f", "balance bf", "balance b fwd", "b fwd", "bfwd"],
  ...["opening ledger balance", "opening book balance", "opening booked balance"],
  ...["anfangssaldo", "startsaldo", "anfangsbestand", "anfangskontostand", "alter kontostand"],
  ...["alter saldo", "kontostand alt", "saldo alt", "saldovortrag", "saldo vortrag", "vortrag"],
  ...["saldo iniziale", "saldo precedente", "saldo di apertura", "saldo d apertura", "saldo inicial"],
  ...["saldo anterior", "saldo de apertura", "solde initial", "ancien solde", "solde precedent"],
  ...["solde d ouverture", "solde de debut", "solde debut", "solde de depart"],
  ...["beginsaldo", "begin saldo", "saldo begin", "oud saldo", "vorig saldo", "openingssaldo"],
];

const CLOSING = [
  ...["closing balance", "ending balance", "end balance", "final balance", "new balance"],
  ...["balance carried forward", "carried forward", "balance c f", "bal c f", "c f", "balance cf"],
  ...["balance c fwd", "c fwd", "cfwd", "closing ledger balance", "closing book balance"],
  ...["closing booked balance"],
  ...["endsaldo", "schlusssaldo", "endbestand", "endkontostand", "neuer kontostand", "neuer saldo"],
  ...["kontostand neu", "saldo neu", "saldo finale", "saldo di chiusura", "saldo final"],
  ...["solde final", "nouveau solde", "solde de cloture", "solde de fin", "solde fin"],
  ...["eindsaldo", "eind saldo", "saldo eind", "nieuw saldo", "afsluitsaldo"],
];

/** Names of a balance that say neither opening nor closing: where the line stands tells. */
const EITHER = [
  ...["balance", "account balance", "ledger balance", "book balance", "booked balance"],
  ...["current balance", "kontostand", "kontosaldo", "aktueller kontostand", "saldo", "solde"],
  ...["saldo contabile"],
];

const PHRASES: ReadonlyMap<string, BalanceKind | null> = new Map<string, BalanceKind | null>([
  ...OPENING.map((p) => [p, "opening"] as const),
  ...CLOSING.map((p) => [p, "closing"] as const),
  ...EITHER.map((p) => [p, null] as const),
]);

/** Words after which a label says as of when ("as of 03/01/2026", "vom 31.03.2026", "au 31/03/2026"). */
const THEN = new Set([
  ...["as", "of", "at", "on", "for", "in", "per", "vom", "zum", "am", "bis", "au", "du", "en", "le"],
  ...["al", "del", "dal", "op", "van"],
]);

/** Words that may close a label without being part of it: a currency, a month. */
const TRAILING = new Set([
  ...["eur", "usd", "gbp", "chf", "cad", "aud", "sek", "nok", "dkk", "pln", "czk", "jpy"],
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september"],
  ...["october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep"],
  ...["oct", "nov", "dec", "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember"],
  ...["janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre"],
  ...["novembre", "decembre", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"],
  ...["luglio", "agosto", "settembre", "ottobre", "dicembre", "enero", "febrero", "abril"],
  ...["mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre", "januari"],
  ...["februari", "maart", "mei", "augustus"],
]);

/**
 * The name a label cell gives, in lower case without accents or punctuation ("opening balance" of
 * "Opening Balance as of 03/01/2026", "total" of "Total EUR"): the words before what says as of when, a
 * currency or a month; null for a cell that is no text, or says more than that after its name.
 */
export function labelName(cell: Cell | undefined): string | null {
  if (typeof cell !== "string" || cell.length > 120) return null;
  const words = withoutAccents(cell)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ");
  let k = 0;
  while (k < words.length && !(/\d/.test(words[k] as string) || (k > 0 && THEN.has(words[k] as string)))) k++;
  // What follows the name says as of when, and nothing else ("as of 03/01/2026", not "of invoice 7").
  if (!words.slice(k).every((w) => /\d/.test(w) || THEN.has(w) || TRAILING.has(w))) return null;
  const name = words.slice(0, k);
  while (name.length > 1 && TRAILING.has(name[name.length - 1] as string)) name.pop();
  return name.join(" ");
}

/**
 * What a cell names when its text is a balance's name and nothing else: `{ kind }`, the kind null for a
 * name that says neither opening nor closing ("Kontostand", "Saldo"); null when it names no balance.
 */
export function balanceWords(cell: Cell | undefined): { readonly kind: BalanceKind | null } | null {
  const name = labelName(cell);
  const kind = name === null ? undefined : PHRASES.get(name);
  return kind === undefined ? null : { kind };
}
