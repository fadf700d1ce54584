import fc from "fast-check";
import { companyIds } from "./legalForms";
import { normalizeParty } from "./normalize";
import { PartyNames, SEVERAL_NAMED, TRUNCATED_NAME_MIN, worthLookingFor } from "./partyNames";

/** PartyNames over raw party texts, as a run interns them (id = position + 1). */
function known(parties: readonly string[]): { names: string[]; finder: PartyNames } {
  const names = [""];
  for (const p of parties) {
    const n = normalizeParty(p);
    if (n !== "" && !names.includes(n)) names.push(n);
  }
  return { names, finder: new PartyNames(names) };
}

function named(parties: readonly string[], description: string): string {
  const { finder } = known(parties);
  return finder.text(finder.find(description));
}

const PARTIES = [
  "Hooli Consulting LLC",
  "Aperture Fusion Consulting AG",
  "Cyberdyne Cleaning SA",
  "Urban Cyberdyne Cleaning SA",
  "Acme Co",
  "Green Freight Holdings BV",
  "Café Müller GmbH",
];

describe("PartyNames.find", () => {
  it("finds a whole name anywhere in a description, whatever its case and punctuation", () => {
    expect(named(PARTIES, "FPS CREDIT HOOLI CONSULTING LLC")).toBe("HOOLI CONSULTING LLC");
    expect(named(PARTIES, "Transfer from hooli consulting, llc. ref 12")).toBe("HOOLI CONSULTING LLC");
    expect(named(PARTIES, "SEPA CT CAFE MULLER GMBH")).toBe("");
    expect(named(PARTIES, "SEPA CT CAFÉ MÜLLER GMBH INV 4")).toBe("CAFÉ MÜLLER GMBH");
  });

  it("finds a name cut to a bank's field width, from 16 characters on", () => {
    expect(named(PARTIES, "CREDIT APERTURE FUSION CONSUL INV-1043")).toBe("APERTURE FUSION CONSULTING AG");
    expect(named(PARTIES, "CREDIT APERTURE FUSION CONSULTING")).toBe("APERTURE FUSION CONSULTING AG");
    expect(named(PARTIES, "GIRO GREEN FREIGHT HOLDINGS REF 77")).toBe("GREEN FREIGHT HOLDINGS BV");
    // Cut at 11 characters: too short to tell.
    expect(named(PARTIES, "GIRO GREEN FREIG")).toBe("");
    expect("GREEN FREIG".length).toBeLessThan(TRUNCATED_NAME_MIN);
  });

  it("does not find a name whose last word goes on in the description", () => {
    expect(named(PARTIES, "POS ACME COMPANY STORE 4")).toBe("");
    expect(named(PARTIES, "POS ACME CO STORE 4")).toBe("ACME CO");
  });

  it("takes the longer of two names standing one inside the other", () => {
    expect(named(PARTIES, "SEPA CT URBAN CYBERDYNE CLEANING SA")).toBe("URBAN CYBERDYNE CLEANING SA");
    expect(named(PARTIES, "SEPA CT CYBERDYNE CLEANING SA")).toBe("CYBERDYNE CLEANING SA");
  });

  it("names none when the description names two parties or is cut where two names begin alike", () => {
    expect(named(PARTIES, "HOOLI CONSULTING LLC FOR ACME CO")).toBe("");
    // Cut between words where two names go on alike.
    const twins = ["Green Freight Holdings BV", "Green Freight Holdings Ltd"];
    expect(named(twins, "GIRO GREEN FREIGHT HOLDINGS REF 77")).toBe("");
    expect(named(twins, "GIRO GREEN FREIGHT HOLDINGS")).toBe("");
    expect(named(twins, "GIRO GREEN FREIGHT HOLDINGS LTD")).toBe("GREEN FREIGHT HOLDINGS LTD");
    expect(
      named(["Northwind Media Holdings", "Northwind Media Holiday Co"], "GIRO NORTHWIND MEDIA HOL"),
    ).toBe("");
    expect(
      named(["Northwind Media Holdings", "Northwind Media Holiday Co"], "GIRO NORTHWIND MEDIA HOLI"),
    ).toBe("NORTHWIND MEDIA HOLIDAY CO");
  });

  it("says which parties a description naming several may mean: the texts their names begin with", () => {
    const several = (parties: readonly string[], description: string): string[] | number => {
      const { finder } = known(parties);
      const kind = finder.lineKind(description);
      return kind === SEVERAL_NAMED ? finder.namedBeginnings() : kind;
    };
    expect(several(PARTIES, "HOOLI CONSULTING LLC FOR ACME CO")).toEqual(["HOOLI CONSULTING LLC", "ACME CO"]);
    // A name inside a longer one is part of it; the same name twice is one.
    expect(several(PARTIES, "URBAN CYBERDYNE CLEANING SA ACME CO ACME CO")).toEqual([
      "URBAN CYBERDYNE CLEANING SA",
      "ACME CO",
    ]);
    const twins = ["Green Freight Holdings BV", "Green Freight Holdings Ltd", "Green Freight Hauliers SA"];
    expect(several(twins, "GIRO GREEN FREIGHT HOLDINGS REF 77")).toEqual(["GREEN FREIGHT HOLDINGS"]);
    expect(several(twins, "GIRO GREEN FREIGHT HOL")).toEqual(["GREEN FREIGHT HOL"]);
    expect(several(twins, "GIRO GREEN FREIGHT HOLDINGS LTD")).toBe(2); // its id
    expect(several(twins, "GIRO GREEN FREIGHT")).toBe(0);
    // More names than it reads: none, and no beginnings either.
    const many = Array.from({ length: 40 }, (_, k) => `Party ${k.toString(36).toUpperCase()}X`);
    expect(several(many, many.join(" "))).toBe(0);
  });

  it("names none when a description names more names than it reads (32)", () => {
    const many = Array.from({ length: 40 }, (_, k) => `Party ${k.toString(36).toUpperCase()}X`);
    const { finder } = known(["Solo Trading", ...many]);
    expect(finder.text(finder.find(`SOLO TRADING ${many.slice(0, 31).join(" ")}`))).toBe("");
    expect(finder.text(finder.find(`SOLO TRADING`))).toBe("SOLO TRADING");
    // Thirty-three names, all the same party: still more than it reads.
    expect(finder.find(Array.from({ length: 33 }, () => "SOLO TRADING").join(" "))).toBe(0);
    expect(finder.text(finder.find(Array.from({ length: 3 }, () => "SOLO TRADING").join(" ")))).toBe(
      "SOLO TRADING",
    );
  });

  it("never looks for names of stop words, bank wording or placeholders only, or of fewer than three characters", () => {
    expect(named(["Credit", "Bank", "AB"], "CREDIT TRANSFER BANK AB")).toBe("");
    // Placeholders of a party column and a bank line's own words: no payer is named by "CASH DEPOSIT".
    expect(named(["Cash", "Sundry", "Customer", "Cash Deposit"], "CASH DEPOSIT SUNDRY CUSTOMER")).toBe("");
    expect(named(["Cash", "Cash & Carry Wholesale"], "CASH DEPOSIT CASH CARRY WHOLESALE")).toBe(
      "CASH CARRY WHOLESALE",
    );
    expect(named(["Credit Bank of Oslo"], "CREDIT BANK OF OSLO")).toBe("CREDIT BANK OF OSLO");
  });

  it("is not misled by word hashes that collide: a match is compared character by character", () => {
    // Many one-word names: any collision of a description word with one of them must not be taken.
    const many = Array.from({ length: 3000 }, (_, k) => `Zq${k.toString(36)}x`);
    const { finder } = known(many);
    for (let k = 0; k < 20000; k++) expect(finder.find(`PAY W${k.toString(36)}Y`)).toBe(0);
    expect(finder.text(finder.find("PAY ZQ1AX"))).toBe("ZQ1AX");
  });

  it("agrees with a plain search over every name (property)", () => {
    // Long words, so names are often cut after 16 characters or more, and shared first words.
    const word = fc.constantFrom(
      "ACME",
      "GREEN",
      "FREIGHTLINERS",
      "FREIGHTLINE",
      "HOLDINGS",
      "HOLD",
      "BV",
      "CREDIT",
      "CASH",
      "NORTHWIND",
      "X1",
      "INTERNATIONALE",
    );
    // Names of random words, and names that begin alike (shared first words of 16 characters or more).
    const name = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")),
      fc
        .tuple(
          fc.constantFrom("INTERNATIONALE FREIGHTLINE", "NORTHWIND HOLDINGS ACME"),
          fc.array(word, { maxLength: 2 }),
        )
        .map(([first, ws]) => [first, ...ws].join(" ")),
    );
    const text = fc.tuple(fc.array(word, { maxLength: 8 }), fc.nat(40)).map(([ws, cut]) => {
      const t = ws.join(" ");
      return cut < t.length && cut > 0 ? t.slice(0, t.length - (cut % 6)) : t;
    });
    // Texts that start with a name the run knows, cut anywhere, then go on with other words.
    const cutName = fc.tuple(fc.nat(), fc.nat(60), fc.array(word, { maxLength: 2 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 8 }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(cutName, { maxLength: 6 }),
        (raw, texts, cuts) => {
          const { names, finder } = known(raw);
          const fromNames =
            raw.length === 0
              ? []
              : cuts.map(([k, cut, tail]) => {
                  const n = raw[k % raw.length] as string;
                  return [`PAY ${n.slice(0, Math.min(n.length, cut))}`, ...tail].join(" ");
                });
          for (const t of [...texts, ...fromNames]) expect(finder.find(t)).toBe(plainFind(names, t));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** The same definition, by brute force over every name and every word start. */
function plainFind(names: readonly string[], description: string): number {
  const d = normalizeParty(description);
  const found: { s: number; e: number; id: number }[] = [];
  const words = (t: string): string[] => (t === "" ? [] : t.split(" "));
  for (let s = 0; s < d.length; s++) {
    if (s > 0 && d[s - 1] !== " ") continue;
    const rest = words(d.slice(s));
    // Whole words each name shares with the text from s.
    const shared = names.map((n, id) => {
      if (id === 0 || !worthLookingFor(n)) return 0;
      const ws = words(n);
      let k = 0;
      while (k < ws.length && k < rest.length && ws[k] === rest[k]) k++;
      return k;
    });
    names.forEach((n, id) => {
      if ((shared[id] as number) > 0 && shared[id] === words(n).length)
        found.push({ s, e: s + n.length, id });
    });
    const deepest = Math.max(0, ...shared);
    if (deepest === 0) continue;
    const onward = names
      .map((n, id) => (shared[id] === deepest && words(n).length > deepest ? id : 0))
      .filter((id) => id > 0);
    const followed = s + rest.slice(0, deepest).join(" ").length;
    const next = rest[deepest];
    if (next !== undefined) {
      const inside = onward.filter((id) => {
        const w = words(names[id] as string)[deepest] as string;
        return w !== next && w.startsWith(next);
      });
      if (inside.length > 0) {
        const e = followed + 1 + next.length;
        if (e - s >= TRUNCATED_NAME_MIN) inside.forEach((id) => found.push({ s, e, id }));
        continue;
      }
    }
    if (followed - s >= TRUNCATED_NAME_MIN) onward.forEach((id) => found.push({ s, e: followed, id }));
  }
  const kept = found.filter((a) => !found.some((b) => b.s <= a.s && b.e >= a.e && b.e - b.s > a.e - a.s));
  // Names of one company (differing only in a legal form) are one party.
  const company = companyIds(names);
  const ids = new Set(kept.map((f) => company[f.id] as number));
  return ids.size === 1 ? ([...ids][0] as number) : 0;
}
