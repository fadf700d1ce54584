import { companyIds, splitLegalForm } from "./legalForms";
import { normalizeParty } from "./normalize";

describe("splitLegalForm", () => {
  it.each([
    ["Northwind Traders Ltd", "NORTHWIND TRADERS", "LTD"],
    ["Northwind Traders Ltd.", "NORTHWIND TRADERS", "LTD"],
    ["Northwind Traders Limited", "NORTHWIND TRADERS", "LTD"],
    ["NORTHWIND TRADERS", "NORTHWIND TRADERS", ""],
    ["Our Co Ltd", "OUR", "CO LTD"],
    ["Our Company Limited", "OUR", "CO LTD"],
    ["Acme S.A.", "ACME", "SA"],
    ["Acme B.V.", "ACME", "BV"],
    ["Fabrikam, Inc.", "FABRIKAM", "INC"],
    ["Hooli L.L.C.", "HOOLI", "LLC"],
    ["Müller GmbH & Co. KG", "MÜLLER", "GMBH CO KG"],
    ["Smith and Co", "SMITH", "CO"],
    ["Café Lumière S.à r.l.", "CAFÉ LUMIÈRE", "SARL"],
    // A legal form alone, or the name's only word, stays: there must be a name left.
    ["Co Ltd", "CO", "LTD"],
    ["Limited", "LIMITED", ""],
    // Inside a name, a form word is part of it; single letters that are no form stay.
    ["Co-operative Bank", "CO OPERATIVE BANK", ""],
    ["Plan B", "PLAN B", ""],
  ])("%s -> %s | %s", (raw, base, form) => {
    expect(splitLegalForm(normalizeParty(raw))).toEqual({ base, form });
  });
});

describe("companyIds", () => {
  const ids = (...raw: string[]) => Array.from(companyIds(["", ...raw.map(normalizeParty)]));

  it("joins names differing only in a legal form written, abbreviated or left out", () => {
    expect(
      ids("Northwind Traders Ltd", "NORTHWIND TRADERS", "Northwind Traders Limited", "Contoso GmbH"),
    ).toEqual([0, 1, 1, 1, 4]);
  });

  it("keeps two legal forms of one name apart, and the name without one with neither", () => {
    expect(
      ids(
        "Wonka Urban Consulting GmbH",
        "Wonka Urban Consulting Ltd",
        "Wonka Urban Consulting",
        "Wonka Urban Consulting Limited",
      ),
    ).toEqual([0, 1, 2, 3, 2]);
  });
});
