/**
 * Legal-form words in party names. "Northwind Traders Ltd", "NORTHWIND TRADERS" and "Northwind Traders
 * Limited" are one company as the two sides of a reconciliation spell it: the legal form at the end of a
 * name (Ltd, plc, GmbH, S.A., Inc., …) is written or left out at will, so it does not make two names
 * differ. Two different legal forms of one name in the same run ("Wonka Urban Consulting GmbH" and
 * "Wonka Urban Consulting Ltd") are two companies of a group, and stay apart.
 */

/** Legal-form words as normalizeParty writes them, each with its usual abbreviation. */
const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["AB", "AB"],
  ["AG", "AG"],
  ["APS", "APS"],
  ["AS", "AS"],
  ["ASA", "ASA"],
  ["BV", "BV"],
  ["BVBA", "BVBA"],
  ["CO", "CO"],
  ["COMPANY", "CO"],
  ["CORP", "CORP"],
  ["CORPORATION", "CORP"],
  ["GMBH", "GMBH"],
  ["INC", "INC"],
  ["INCORPORATED", "INC"],
  ["KG", "KG"],
  ["KGAA", "KGAA"],
  ["LIMITED", "LTD"],
  ["LLC", "LLC"],
  ["LLP", "LLP"],
  ["LP", "LP"],
  ["LTD", "LTD"],
  ["NV", "NV"],
  ["OHG", "OHG"],
  ["OY", "OY"],
  ["OYJ", "OYJ"],
  ["PLC", "PLC"],
  ["PTE", "PTE"],
  ["PTY", "PTY"],
  ["SA", "SA"],
  ["SARL", "SARL"],
  ["SÀRL", "SARL"],
  ["SAS", "SAS"],
  ["SE", "SE"],
  ["SPA", "SPA"],
  ["SRL", "SRL"],
  ["UG", "UG"],
]);

/** A name split into what names the company and its legal form ("" when it has none). */
export interface NameParts {
  readonly base: string;
  readonly form: string;
}

/**
 * The base and canonical legal form of a normalised party name: legal-form words at its end are taken
 * off, with abbreviations written in single letters ("S A", "B V", "L L C": "S.A.", "B.V.", "L.L.C.")
 * and the "AND" of "… and Co"; at least one word is left ("CO LTD" stays "CO", form "LTD").
 */
export function splitLegalForm(name: string): NameParts {
  const words = name.split(" ");
  const forms: string[] = [];
  let end = words.length;
  while (end > 1) {
    const word = words[end - 1] as string;
    let form = LEGAL_FORMS.get(word);
    let taken = 1;
    if (form === undefined && word.length === 1) {
      // Single letters of a dotted abbreviation, read from the end: the longest run that is a form.
      let start = end - 1;
      while (start > 1 && (words[start - 1] as string).length === 1) start--;
      for (let s = start; s < end - 1 && form === undefined; s++) {
        form = LEGAL_FORMS.get(words.slice(s, end).join(""));
        taken = end - s;
      }
    }
    if (form === undefined) break;
    forms.unshift(form);
    end -= taken;
  }
  if (forms.length > 0 && end > 1 && words[end - 1] === "AND") end--;
  return forms.length === 0
    ? { base: name, form: "" }
    : { base: words.slice(0, end).join(" "), form: forms.join(" ") };
}

/**
 * For each name id (`names[id]`, normalised; id 0 is none), the id that stands for its company: the
 * lowest id of the names with the same base whose legal forms agree or are left out. Where a base comes
 * with two or more legal forms, each form is its own company, and the name without one is neither.
 */
export function companyIds(names: readonly string[]): Int32Array {
  const out = new Int32Array(names.length);
  const byBase = new Map<string, { forms: Set<string>; first: number }>();
  const parts: NameParts[] = [];
  for (let id = 1; id < names.length; id++) {
    const p = splitLegalForm(names[id] as string);
    parts[id] = p;
    const seen = byBase.get(p.base);
    if (seen === undefined) byBase.set(p.base, { forms: new Set(p.form === "" ? [] : [p.form]), first: id });
    else if (p.form !== "") seen.forms.add(p.form);
  }
  const firstOf = new Map<string, number>();
  for (let id = 1; id < names.length; id++) {
    const p = parts[id] as NameParts;
    const group = byBase.get(p.base) as { forms: Set<string>; first: number };
    if (group.forms.size <= 1) {
      out[id] = group.first;
      continue;
    }
    const key = `${p.base}\u0001${p.form}`;
    let first = firstOf.get(key);
    if (first === undefined) {
      first = id;
      firstOf.set(key, id);
    }
    out[id] = first;
  }
  return out;
}
