/** References, numbers, descriptions and ids: normalisation, fingerprints, similarity, hashes. */
import fc from "fast-check";
import {
  digitsFingerprint,
  fingerprintRecord,
  mayBeNear,
  numberFingerprints,
  oneSlot as fingerprintSlot,
  REF_NUMBER_DIGITS,
  referenceFingerprint,
  referenceNumberSpan,
  TEXT_NUMBERS,
} from "./fingerprint";
import { groupHash, keyHash, matchIdOf, pairIdHash } from "./matchId";
import { blockingWords, normalizeParty, normalizeReference, referenceNumber } from "./normalize";
import { nearlyEqual } from "./evaluate";
import { textSimilarity } from "./similarity";

function fingerprint(text: string): string {
  const a = new Uint32Array(1);
  const b = new Uint32Array(1);
  referenceFingerprint(text, a, b, 0);
  return `${a[0]}:${b[0]}`;
}

/** Fingerprint lanes and reference shapes for one record. */
function oneSlot() {
  return { ...fingerprintSlot(), refShape: new Uint32Array(1), refLen: new Uint16Array(1) };
}

describe("references", () => {
  it.each([
    ["INV-0104321", "INV104321"],
    ["inv 104321", "INV104321"],
    ["Inv/104321 ", "INV104321"],
    ["1452687~7.0000486", "14526877486"],
    ["A-000", "A0"],
    ["Rechnung Nr. 0042-Ü", "RECHNUNGNR42Ü"],
    ["", ""],
  ])("%j -> %j", (raw, norm) => expect(normalizeReference(raw)).toBe(norm));

  it("takes the longest run of digits as the number, the last on ties", () => {
    expect(referenceNumber("INV-0104321", 3)).toBe("104321");
    expect(referenceNumber("2026-000123", 3)).toBe("2026");
    expect(referenceNumber("PO 12 / 3456 / 7890", 3)).toBe("7890");
    expect(referenceNumber("A-12", 3)).toBe("");
  });

  it("fingerprints agree exactly when the normalised references agree", () => {
    const ref = fc.stringMatching(/^[ A-Za-z0-9\-/.#]{0,14}$/);
    fc.assert(
      fc.property(ref, ref, (a, b) => {
        expect(fingerprint(a) === fingerprint(b)).toBe(normalizeReference(a) === normalizeReference(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("a record's fingerprints are those of its reference, its number and the numbers it quotes", () => {
    // Numbers joined by dashes compete for the reference number when their runs are equally long.
    const text = fc.oneof(
      fc
        .array(fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99999 })), {
          maxLength: 4,
        })
        .map((ns) => ns.map((x) => String(x).padStart(3, "0")).join("-")),
      fc.stringMatching(/^[ A-Za-z0-9\-/.#ÜéÄ]{0,16}$/),
    );
    fc.assert(
      fc.property(text, text, (reference, description) => {
        const got = oneSlot();
        fingerprintRecord(reference, description, got, 0);
        const want = oneSlot();
        if (reference !== "") {
          referenceFingerprint(reference, want.ref1, want.ref2, 0);
          const span = referenceNumberSpan(reference, REF_NUMBER_DIGITS);
          if (span >= 0)
            digitsFingerprint(reference, Math.floor(span / 65536), span % 65536, want.num1, want.num2, 0);
        }
        if (want.ref1[0] === 0 && want.ref2[0] === 0)
          numberFingerprints(description, 3, TEXT_NUMBERS, want.txt1, want.txt2, 0);
        expect(got).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("never rules out references one edit apart, and measures the normalised length", () => {
    const ref = fc.stringMatching(/^[ A-Za-z0-9\-/.ÜéÄ]{0,14}$/);
    // The second reference is often one edit (substitution, insertion, deletion, swap) from the first.
    const edited = (a: string) =>
      fc.oneof(
        ref,
        fc.tuple(fc.nat(14), fc.constantFrom("0", "1", "7", "A", "q", "-", "Ü", "")).map(([at, c]) => {
          const k = Math.min(at, a.length);
          return a.slice(0, k) + c + a.slice(k + 1);
        }),
        fc.tuple(fc.nat(14), fc.constantFrom("0", "9", "B", "")).map(([at, c]) => {
          const k = Math.min(at, a.length);
          return a.slice(0, k) + c + a.slice(k);
        }),
        fc.nat(13).map((at) => {
          const k = Math.min(at, Math.max(0, a.length - 2));
          return a.slice(0, k) + a.slice(k + 1, k + 2) + a.slice(k, k + 1) + a.slice(k + 2);
        }),
      );
    let near = 0;
    fc.assert(
      fc.property(
        ref.chain((a) => fc.tuple(fc.constant(a), edited(a))),
        ([a, b]) => {
          const A = oneSlot();
          const B = oneSlot();
          fingerprintRecord(a, "", A, 0, A);
          fingerprintRecord(b, "", B, 0, B);
          expect(A.refLen[0]).toBe(normalizeReference(a).length);
          if (nearlyEqual(normalizeReference(a), normalizeReference(b))) {
            near++;
            expect(mayBeNear(A, 0, B, 0)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect(near).toBeGreaterThan(300);
  });

  it("finds the same number span as referenceNumber and quotes it by fingerprint", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9 -]{0,16}$/), (text) => {
        const span = referenceNumberSpan(text, 3);
        const n = referenceNumber(text, 3);
        expect(span < 0 ? "" : text.slice(Math.floor(span / 65536), span % 65536)).toBe(n);
        if (span < 0) return;
        const a = new Uint32Array(1);
        const b = new Uint32Array(1);
        digitsFingerprint(text, Math.floor(span / 65536), span % 65536, a, b, 0);
        const quoted1 = new Uint32Array(4);
        const quoted2 = new Uint32Array(4);
        const count = numberFingerprints(`PAID ${n} THANKS`, 3, 4, quoted1, quoted2, 0);
        expect(count).toBe(1);
        expect([quoted1[0], quoted2[0]]).toEqual([a[0], b[0]]);
      }),
    );
  });

  it("calls references one edit apart near", () => {
    expect(nearlyEqual("INV104321", "INV104312")).toBe(true);
    expect(nearlyEqual("INV104321", "INV10432")).toBe(true);
    expect(nearlyEqual("INV104321", "INV105331")).toBe(false);
    expect(nearlyEqual("AB1", "AB2")).toBe(false);
  });
});

describe("descriptions and parties", () => {
  it("normalises parties and finds distinctive word pairs", () => {
    expect(normalizeParty("Acme Trading, Ltd.")).toBe("ACME TRADING LTD");
    expect(blockingWords("TRANSFER FROM HARBOR FREIGHT GMBH 104321", 3)).toEqual(["HARBOR FREIGHT"]);
    expect(blockingWords("RiverBank Properties | Paying the rent", 3)).toEqual([
      "RIVERBANK PROPERTIES",
      "PROPERTIES PAYING",
      "PAYING RENT",
    ]);
  });

  it("scores similar descriptions high and unrelated ones low", () => {
    expect(textSimilarity("HOOGLE PAYROLL REF756247", "Hoogle | Payroll")).toBeGreaterThan(0.8);
    expect(textSimilarity("BANK FEES MONTHLY BANK F", "BANK FEES | Monthly bank fee")).toBeGreaterThan(0.7);
    expect(textSimilarity("EDISON POWER", "Chase:Slate paying off credit card")).toBeLessThan(0.3);
    expect(textSimilarity("", "anything")).toBe(0);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) =>
        expect(textSimilarity(a, b)).toBe(textSimilarity(b, a)),
      ),
    );
  });
});

describe("match ids", () => {
  it("hash the sorted keys of both sides, and the 1:1 shortcut agrees", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(pairIdHash(keyHash(a), keyHash(b))).toBe(groupHash([keyHash(a)], [keyHash(b)]));
      }),
    );
    expect(matchIdOf(["Ledger!2"], ["Bank!2"])).toMatch(/^M-[0-9a-f]{12}$/);
    expect(matchIdOf(["a", "b"], ["c"])).toBe(matchIdOf(["b", "a"], ["c"]));
  });
});
