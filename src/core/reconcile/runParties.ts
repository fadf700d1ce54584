/**
 * The parties of a run: each row's party key (the company its own cell names, interned, else the one its
 * description names) and how it was read (partyRead), filled while createContext lays the sides out. evaluate.ts's partyLevel
 * judges a pair by them.
 */
import type { SideCtx } from "./context";
import { Interner } from "./intern";
import { normalizeParty } from "./normalize";
import { BANK_OWN_LINE, PartyNames, SEVERAL_NAMED } from "./partyNames";
import type { RecordSet } from "./types";

/**
 * SideCtx.partyRead: the party was read from the description; the row is a bank's own line; the
 * description names several parties (SideCtx.beginnings says which).
 */
export const PARTY_READ = 1;
export const BANK_OWN = 2;
export const SEVERAL = 3;
/** SideCtx.charges (0: not read yet): the row is silent on charges, or speaks of them. */
export const CHARGES_NO = 1;
export const CHARGES_YES = 2;

/**
 * Parties matter when either side names them. Each side's names are interned (tables repeat a few
 * thousand names across a million rows, so each raw text is normalised once) and keyed by company, so
 * names differing only in a legal form are one party (legalForms.ts); readParty gives a row without one
 * the known party its description names (partyNames.ts). A side naming one party on every row that the
 * other side's party cells never name is not compared (saysNothing). Returns the names to look for.
 */
export function internParties(sides: readonly SideCtx[], names: Interner): PartyNames | null {
  if (!sides.some((s) => s.rec.party.some((p) => p !== ""))) return null;
  const byText = new Map<string, number>();
  const keys = sides.map((side) => cellKeys(side.rec, names, byText));
  // Ids are the interner's, so a name found in a description is the same key as the cell it came from.
  const parties = new PartyNames([...names.texts]);
  for (const key of keys) for (let i = 0; i < key.length; i++) key[i] = parties.companyOf(key[i] as number);
  sides.forEach((side, k) => {
    const other = keys[1 - k];
    if (other !== undefined && saysNothing(keys[k] as Int32Array, other)) return;
    side.partyKey = keys[k] as Int32Array;
    side.partyRead = new Uint8Array(side.n);
  });
  return parties;
}

/**
 * The party every row of a side names in its cell, or 0 when a row names none or two rows differ. A
 * customer's statement names the customer on every line, or, exported from the customer's payables,
 * names us: it says whose statement it is, not which of its rows is which.
 */
export function oneParty(keys: Int32Array): number {
  const first = keys[0] ?? 0;
  for (let i = 1; i < keys.length; i++) if (keys[i] !== first) return 0;
  return first;
}

/**
 * Whether a side's party cells give no evidence against the other side's: they name one party on every
 * row, and the other side names parties in cells too, never that one (the statement names us, or spells
 * the customer so that no cell of ours reads alike). Compared, such a side's party would rule out every
 * pair. Where the other side names it, it is compared: it picks the other side's rows among other
 * parties', and links rows for group rules. Against a side without party cells, it is compared with the
 * party each of that side's descriptions names.
 */
function saysNothing(keys: Int32Array, other: Int32Array): boolean {
  const party = oneParty(keys);
  if (party === 0) return false;
  let named = false;
  for (let j = 0; j < other.length; j++) {
    const b = other[j] as number;
    if (b === party) return false;
    if (b !== 0) named = true;
  }
  return named;
}

/**
 * The parties a run over these record sets looks for (every party cell, normalised), for reading a
 * result afterwards; null when no set names parties, as the run then compares none.
 */
export function knownParties(sets: readonly RecordSet[]): PartyNames | null {
  const names = new Interner();
  const byText = new Map<string, number>();
  for (const set of sets) cellKeys(set, names, byText);
  return names.texts.length === 1 ? null : new PartyNames([...names.texts]);
}

/** Each row's party cell, normalised and interned in `names` (0: none); each cell text is normalised once. */
function cellKeys(rec: RecordSet, names: Interner, byText: Map<string, number>): Int32Array {
  const key = new Int32Array(rec.size);
  for (let i = 0; i < rec.size; i++) {
    const p = rec.party[i] as string;
    if (p === "") continue;
    let id = byText.get(p);
    if (id === undefined) {
      id = names.id(normalizeParty(p));
      byText.set(p, id);
    }
    key[i] = id;
  }
  return key;
}

/** SideCtx.partyRead of a PartyNames.lineKind. */
function readKind(kind: number): number {
  if (kind > 0) return PARTY_READ;
  if (kind === BANK_OWN_LINE) return BANK_OWN;
  return kind === SEVERAL_NAMED ? SEVERAL : 0;
}

/**
 * Row i has no party cell: takes the party its description names and says how it was read (with the
 * names it may mean, when the description names several).
 */
export function readParty(side: SideCtx, i: number, description: string, parties: PartyNames): void {
  const key = side.partyKey;
  const read = side.partyRead;
  if (key === null || read === null) return;
  const kind = parties.lineKind(description);
  key[i] = kind > 0 ? kind : 0;
  read[i] = readKind(kind);
  if (kind === SEVERAL_NAMED) (side.beginnings ??= new Map()).set(i, parties.namedBeginnings());
}
