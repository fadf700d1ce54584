/**
 * Parties named in descriptions. A bank statement seldom has a party column, but its lines name the payer
 * or payee ("FPS CREDIT HOOLI CONSULTING LLC"), often cut to the bank's field width ("APERTURE FUSION
 * CONSUL"). For a row whose party cell is blank, the run takes as its party the one known party (a name
 * from either table's party column) its description names, so a statement line naming another payer tells
 * against a match as a party column naming another would, and one naming the same payer tells for it.
 *
 * A description names a party when the party's normalised name (normalizeParty) stands in the normalised
 * description as whole words, or when it stands there cut short after TRUNCATED_NAME_MIN characters or
 * more. Cut short: the description follows the name's first words as far as it follows any name from
 * that word on, then ends, or its next word is the start of the name's next word (cut inside the word),
 * or, when no name's next word starts so, is another word (cut between words). A name found inside a
 * longer one is part of it ("CYBERDYNE CLEANING SA" in "URBAN CYBERDYNE CLEANING SA"); a description
 * naming two parties, or cut where two names begin alike, names none (lineKind says SEVERAL_NAMED, and
 * namedBeginnings which names it may mean). Names made only of words that say nothing about who paid
 * (STOP_WORDS and NOT_A_NAME: "CREDIT", "BANK", "CASH", "SUNDRY", …) or shorter than three characters
 * are never looked for. Names that differ only in a legal form left out or abbreviated stand for one company
 * (companyOf, legalForms.ts).
 */
import { BankLineReader } from "./bankLines";
import { companyIds } from "./legalForms";
import { normalizeParty, STOP_WORDS } from "./normalize";
import { NormalText } from "./normalText";
import type { RecordSet } from "./types";
import { comparePrefix, WordTrie } from "./wordTrie";

/** lineKind of a bank's own line (bankLines.ts): it names no party and speaks only of charges or interest. */
export const BANK_OWN_LINE = -1;

/** lineKind of a description naming several parties, or cut where two names begin alike. */
export const SEVERAL_NAMED = -2;

/** A name cut short (a fixed-width payer field) counts from this many characters on. */
export const TRUNCATED_NAME_MIN = 16;

/** Names found in one description, at most: a description naming more names none. */
const MAX_FOUND = 32;
/** Bits of the filter of first words (a word no name starts with is passed over without a trie lookup). */
const FILTER_BITS = 16;

/**
 * Words of a bank line's own wording, and placeholders ledgers put in a party column ("Cash", "Sundry",
 * "Customer"): a name made only of these and STOP_WORDS would be "named" by lines of every payer.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  "ACH",
  "ATM",
  "BACS",
  "CASH",
  "CHAPS",
  "CHARGE",
  "CHARGES",
  "CHECK",
  "CHEQUE",
  "CLIENT",
  "CUSTOMER",
  "DEPOSIT",
  "DIRECT",
  "FPS",
  "GIRO",
  "INTEREST",
  "MISC",
  "ORDER",
  "OTHER",
  "REFUND",
  "SALARY",
  "SALES",
  "SEPA",
  "STANDING",
  "SUNDRY",
  "SUPPLIER",
  "TAX",
  "UNKNOWN",
  "VARIOUS",
  "VAT",
  "WIRE",
  "WITHDRAWAL",
]);

/** Whether a normalised party name is looked for in descriptions. */
export function worthLookingFor(name: string): boolean {
  return name.length >= 3 && name.split(" ").some((w) => !STOP_WORDS.has(w) && !NOT_A_NAME.has(w));
}

export class PartyNames {
  private readonly trie: WordTrie;
  /** Length of each name, so a name is read only where one may stand. */
  private readonly lengths: Int32Array;
  private readonly firstWords = new Uint8Array(1 << (FILTER_BITS - 3));
  /** The normalised text being read. */
  private readonly line = new NormalText();
  private readonly foundStart = new Int32Array(MAX_FOUND);
  private readonly foundEnd = new Int32Array(MAX_FOUND);
  private readonly foundId = new Int32Array(MAX_FOUND);
  private found = 0;
  private overflow = false;
  /** Party cells read by partyOf, normalised. */
  private readonly normal = new Map<string, string>();
  private readonly bankLine = new BankLineReader();
  /** Per name id, the id standing for its company (see legalForms.ts companyIds). */
  private readonly company: Int32Array;
  /** 1 at a company id that more than one name stands for. */
  private readonly shared: Uint8Array;
  /** Name ids by text, for comparing names read back from cells. */
  private readonly idOf = new Map<string, number>();

  /** `names[id]`: the normalised name of party id (id 0 is none). */
  constructor(private readonly names: readonly string[]) {
    this.company = companyIds(names);
    this.shared = new Uint8Array(names.length);
    for (let id = 1; id < names.length; id++)
      if (this.company[id] !== id) this.shared[this.company[id] as number] = 1;
    for (let id = 1; id < names.length; id++) this.idOf.set(names[id] as string, id);
    let words = 1;
    for (const name of names) words += name.split(" ").length;
    const trie = new WordTrie(words);
    this.lengths = Int32Array.from(names, (n) => n.length);
    for (let id = 1; id < names.length; id++) {
      const name = names[id] as string;
      if (!worthLookingFor(name)) continue;
      this.line.load(name);
      let from = 0;
      let at = 0;
      let h = 0;
      for (let w = 0; w < this.line.words; w++) {
        h = this.line.wordHashes[w] as number;
        if (w === 0) {
          const slot = (h & 0xffff) >>> 3;
          this.firstWords[slot] = (this.firstWords[slot] as number) | (1 << (h & 7));
        } else if (trie.onward0[at] === 0 || this.company[trie.onward0[at] as number] !== this.company[id]) {
          // Two names going on through a node tell a name cut there apart only as two companies' names.
          trie.addOnward(at, id);
        }
        from = at;
        at = trie.stepOrAdd(
          at,
          h,
          name.slice(this.line.wordStart[w] as number, this.line.wordEnd[w] as number),
        );
      }
      trie.setEnd(from, h, at, id);
    }
    this.trie = trie;
  }

  /** The normalised name of an id. */
  text(id: number): string {
    return this.names[id] ?? "";
  }

  /** The id standing for name id's company: names that differ only in a legal form share it. */
  companyOf(id: number): number {
    return this.company[id] ?? id;
  }

  /** Whether two normalised names (of this run's parties) name one company; "" names none. */
  sameCompany(a: string, b: string): boolean {
    if (a === "" || b === "") return false;
    if (a === b) return true;
    const x = this.idOf.get(a);
    const y = this.idOf.get(b);
    return x !== undefined && y !== undefined && this.companyOf(x) === this.companyOf(y);
  }

  /** Whether the name of one of company id's names begins with one of the texts. */
  companyBeginsWith(id: number, beginnings: readonly string[]): boolean {
    const company = this.companyOf(id);
    const own = this.names[company] ?? "";
    if (beginnings.some((b) => own.startsWith(b))) return true;
    if (this.shared[company] !== 1) return false;
    for (let k = company + 1; k < this.names.length; k++) {
      if (this.company[k] !== company) continue;
      const name = this.names[k] as string;
      if (beginnings.some((b) => name.startsWith(b))) return true;
    }
    return false;
  }

  /** The normalised party of a record as a run sees it: its own, else the one its description names. */
  partyOf(rec: RecordSet, i: number): string {
    const cell = rec.party[i] as string;
    let own = cell === "" ? "" : this.normal.get(cell);
    if (own === undefined) {
      // Tables repeat a few thousand names: each cell text is normalised once.
      own = normalizeParty(cell);
      this.normal.set(cell, own);
    }
    return own !== "" ? own : this.text(this.find(rec.description[i] as string));
  }

  /** Whether name id is exactly buf[s, e) (word hashes can collide). */
  private standsAt(id: number, s: number, e: number): boolean {
    if (this.lengths[id] !== e - s) return false;
    const name = this.names[id] as string;
    for (let k = 0; k < name.length; k++) if (this.line.buf[s + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  private record(s: number, e: number, id: number): void {
    if (this.found === MAX_FOUND) {
      this.overflow = true;
      return;
    }
    this.foundStart[this.found] = s;
    this.foundEnd[this.found] = e;
    this.foundId[this.found++] = id;
  }

  /** Records name id as cut short at [s, e) if the text there is the start of the name. */
  private cut(id: number, s: number, e: number): void {
    const name = this.names[id] as string;
    if (name.length <= e - s) return;
    for (let k = 0; k < e - s; k++) if (this.line.buf[s + k] !== name.charCodeAt(k)) return;
    this.record(s, e, id);
  }

  /** Names through node `at` (ending there or going on), as cut short at [s, e): two make it ambiguous. */
  private cutThrough(at: number, s: number, e: number): void {
    const t = this.trie;
    if (t.end[at] !== 0) this.cut(t.end[at] as number, s, e);
    this.cutOnward(at, s, e);
  }

  private cutOnward(at: number, s: number, e: number): void {
    const t = this.trie;
    if (t.onward0[at] !== 0) this.cut(t.onward0[at] as number, s, e);
    if (t.onward1[at] !== 0) this.cut(t.onward1[at] as number, s, e);
  }

  /** Names starting at word `first`: whole ones word by word, then those cut short where the words part. */
  private namesAt(first: number): void {
    const t = this.trie;
    const s = this.line.wordStart[first] as number;
    let at = 0;
    let w = first;
    for (; w < this.line.words; w++) {
      const edge = t.step(at, this.line.wordHashes[w] as number);
      if (edge === -1) break;
      at = t.to(edge);
      const id = t.endAt(edge);
      if (id !== 0 && this.standsAt(id, s, this.line.wordEnd[w] as number))
        this.record(s, this.line.wordEnd[w] as number, id);
    }
    if (at === 0 || t.onward0[at] === 0) return;
    const followed = this.line.wordEnd[w - 1] as number;
    if (w < this.line.words) {
      // Cut inside the next word: names whose next word starts with the description's.
      const end = this.line.wordEnd[w] as number;
      if (end - s < TRUNCATED_NAME_MIN) return;
      const buf = this.line.buf;
      const ws = this.line.wordStart[w] as number;
      const sorted = t.sortedNext(at);
      let cut = false;
      for (let k = t.firstAtOrAfter(sorted, buf, ws, end); k < sorted.length; k++) {
        const next = sorted[k] as number;
        const nextWord = t.word[next] as string;
        if (comparePrefix(nextWord, buf, ws, end) !== 0) break;
        if (nextWord.length === end - ws) continue;
        this.cutThrough(next, s, end);
        cut = true;
      }
      if (cut) return;
    }
    // The text ends, or goes on with another word: cut between words.
    if (followed - s >= TRUNCATED_NAME_MIN) this.cutOnward(at, s, followed);
  }

  /** The id of the one party (its company's, see companyOf) the description names, or 0. */
  find(description: string): number {
    if (description === "") return 0;
    this.scan(description);
    return this.choose();
  }

  /**
   * find, or SEVERAL_NAMED for a description naming more than one party (read which with
   * namedBeginnings before the next call), or BANK_OWN_LINE for one naming none that is a bank's own line.
   */
  lineKind(description: string): number {
    if (description === "") return 0;
    this.scan(description);
    if (this.overflow) return 0;
    if (this.found > 0) {
      const id = this.choose();
      return id !== 0 ? id : SEVERAL_NAMED;
    }
    const reader = this.bankLine;
    reader.reset();
    for (let w = 0; w < this.line.words; w++) if (!reader.add(this.line.word(w))) return 0;
    return reader.own() ? BANK_OWN_LINE : 0;
  }

  /** Loads the description and records the names standing in it. */
  private scan(description: string): void {
    this.line.load(description);
    this.found = 0;
    this.overflow = false;
    const filter = this.firstWords;
    for (let w = 0; w < this.line.words; w++) {
      const h = this.line.wordHashes[w] as number;
      if (((filter[(h & 0xffff) >>> 3] as number) & (1 << (h & 7))) !== 0) this.namesAt(w);
    }
  }

  /**
   * After lineKind gave SEVERAL_NAMED, the texts the names found stand as (whole, or cut short where
   * names begin alike), without repeats: the row's party is one whose name begins with one of them.
   */
  namedBeginnings(): string[] {
    const texts: string[] = [];
    for (let a = 0; a < this.found; a++) {
      if (this.insideAnother(a)) continue;
      const text = this.line.slice(this.foundStart[a] as number, this.foundEnd[a] as number);
      if (!texts.includes(text)) texts.push(text);
    }
    return texts;
  }

  /** Whether found name a stands inside a longer one found. */
  private insideAnother(a: number): boolean {
    const s = this.foundStart[a] as number;
    const e = this.foundEnd[a] as number;
    for (let b = 0; b < this.found; b++) {
      const sb = this.foundStart[b] as number;
      const eb = this.foundEnd[b] as number;
      if (sb <= s && eb >= e && eb - sb > e - s) return true;
    }
    return false;
  }

  /**
   * The company of the one party left once names inside longer ones are dropped, or 0 when none or
   * several are (names of one company are one party).
   */
  private choose(): number {
    if (this.overflow) return 0;
    let chosen = 0;
    for (let a = 0; a < this.found; a++) {
      if (this.insideAnother(a)) continue;
      const id = this.foundId[a] as number;
      const company = this.companyOf(id);
      if (chosen === 0) chosen = company;
      else if (chosen !== company) return 0;
    }
    return chosen;
  }
}
