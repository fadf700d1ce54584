/**
 * The facts a match's reason line quotes (reference agreement, party, description similarity), read
 * again from the two record sets when a reason is asked for. Reasons are rendered on demand, so a run
 * keeps none of its working state for them; the comparisons are the engine's own (same fingerprints,
 * same normalisation, same letter pairs), so a reason says exactly what the rule saw.
 */
import type { CompiledRule } from "./evaluate";
import { Level, nearlyEqual } from "./evaluate";
import {
  FP_EQUAL,
  FP_UNKNOWN,
  fingerprintLevel,
  fingerprintRecord,
  REF_NUMBER_DIGITS,
  referenceNumberSpan,
  oneSlot,
  type Fingerprints,
} from "./fingerprint";
import { captureReference, normalizeReference } from "./normalize";
import type { PartyNames } from "./partyNames";
import { LetterPairs } from "./similarity";
import type { RecordSet } from "./types";

function refill(fp: Fingerprints, rec: RecordSet, i: number): Fingerprints {
  fp.ref1[0] = 0;
  fp.ref2[0] = 0;
  fp.num1[0] = 0;
  fp.num2[0] = 0;
  fp.txt1.fill(0);
  fp.txt2.fill(0);
  fingerprintRecord(rec.reference[i] as string, rec.description[i] as string, fp, 0);
  return fp;
}

export class PairFacts {
  private readonly fpLeft = oneSlot();
  private readonly fpRight = oneSlot();
  private readonly patterns = new Map<string, RegExp>();
  // One builder for every reason: a listing asks for each match's, and a fresh set per description
  // made the garbage collector the larger part of the cost.
  private readonly pairs = new LetterPairs();

  /** `parties`: the parties the run looked for in descriptions; null when no side names parties. */
  constructor(
    readonly left: RecordSet,
    readonly right: RecordSet,
    private readonly parties: PartyNames | null,
  ) {}

  private capture(source: string, rec: RecordSet, i: number): string {
    let re = this.patterns.get(source);
    if (re === undefined) {
      re = new RegExp(source, "i");
      this.patterns.set(source, re);
    }
    const fromRef = captureReference(re, rec.reference[i] as string);
    return fromRef !== "" ? fromRef : captureReference(re, rec.description[i] as string);
  }

  /** How the references of left row i and right row j relate under the rule (as evaluatePair sees it). */
  referenceLevel(cr: CompiledRule, i: number, j: number): Level {
    if (cr.pattern !== null) {
      const a = this.capture(cr.pattern, this.left, i);
      const b = this.capture(cr.pattern, this.right, j);
      if (a === "" || b === "") return Level.Unknown;
      if (a === b) return Level.Equal;
      return nearlyEqual(a, b) ? Level.Near : Level.Different;
    }
    const f = fingerprintLevel(refill(this.fpLeft, this.left, i), 0, refill(this.fpRight, this.right, j), 0);
    if (f === FP_EQUAL) return Level.Equal;
    if (f === FP_UNKNOWN) return Level.Unknown;
    return nearlyEqual(
      normalizeReference(this.left.reference[i] as string),
      normalizeReference(this.right.reference[j] as string),
    )
      ? Level.Near
      : Level.Different;
  }

  /** The party (company) left row i and right row j share, as written in a party cell if either has one; "" if none. */
  sharedParty(i: number, j: number): string {
    if (this.parties === null) return "";
    const a = this.parties.partyOf(this.left, i);
    if (!this.parties.sameCompany(a, this.parties.partyOf(this.right, j))) return "";
    return (this.left.party[i] as string) || (this.right.party[j] as string) || a;
  }

  /** textSimilarity of the two descriptions. */
  similarity(i: number, j: number): number {
    return this.pairs.dice(this.left.description[i] as string, this.right.description[j] as string);
  }

  /** The digits of left row i's reference number ("" when it has none). */
  leftNumberText(i: number): string {
    const ref = this.left.reference[i] as string;
    const span = referenceNumberSpan(ref, REF_NUMBER_DIGITS);
    return span < 0 ? "" : ref.slice(Math.floor(span / 65536), span % 65536);
  }
}
