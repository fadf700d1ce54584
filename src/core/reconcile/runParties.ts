/**
 * The parties of a run: each row's party key (its own cell, interned, else the one its description names)
 * and how it was read (partyRead), filled while createContext lays the sides out. evaluate.ts's partyLevel
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
 * thousand names across a million rows, so each raw text is normalised once); readParty gives a row
 * without one the known party its description names (partyNames.ts). Returns the names to look for.
 */
export function internParties(sides: readonly SideCtx[], names: Interner): PartyNames | null {
  if (!sides.some((s) => s.rec.party.some((p) => p !== ""))) return null;
  const byText = new Map<string, number>();
  for (const side of sides) {
    side.partyKey = cellKeys(side.rec, names, byText);
    side.partyRead = new Uint8Array(side.n);
  }
  // Ids are the interner's, so a name found in a description is the same key as the cell it came from.
  return new PartyNames([...names.texts]);
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
