import { detectColumnMap, normalizeHeader, requireFields, type FieldSpec } from "./columnMap";
import { tableFromRows } from "./table";

const fields: FieldSpec[] = [
  {
    name: "date",
    label: "Date",
    synonyms: ["value date", "booking date", "posting date", "transaction date"],
  },
  { name: "amount", label: "Amount", synonyms: ["value", "sum"] },
  { name: "debit", label: "Debit", synonyms: ["paid out", "withdrawal", "money out"] },
  { name: "credit", label: "Credit", synonyms: ["paid in", "deposit", "money in"] },
  { name: "reference", label: "Reference", synonyms: ["ref", "cheque number", "check number"] },
  { name: "description", label: "Description", synonyms: ["details", "narrative", "memo", "payee"] },
];

const headersOf = (headers: string[]) =>
  tableFromRows({ name: "Bank", sheet: "Bank Statement", headers, records: [] });

describe("normalizeHeader", () => {
  it.each([
    ["Amt", "amount"],
    ["  VALUE_DATE ", "value date"],
    ["ValueDate", "value date"],
    ["Ref. No.", "reference number"],
    ["Inv #", "invoice number"],
    ["Montant (€)", "montant"],
    ["Qty", "quantity"],
  ])("%s -> %s", (h, n) => expect(normalizeHeader(h)).toBe(n));
});

describe("detectColumnMap", () => {
  it("finds fields from synonyms, abbreviations and spacing variants", () => {
    const r = detectColumnMap(headersOf(["Value Date", "Details", "Amt", "Ref"]), fields);
    expect(r.map).toEqual({ date: 0, description: 1, amount: 2, reference: 3 });
    expect(r.issues).toEqual([]);
    expect(r.how.amount).toBe("exact");
  });

  it("maps a Debit/Credit pair and leaves amount unmapped", () => {
    const r = detectColumnMap(headersOf(["Date", "Paid out", "Paid in"]), fields);
    expect(r.map).toEqual({ date: 0, debit: 1, credit: 2 });
    expect(requireFields(headersOf([]), fields, r.map, [["amount"], ["debit", "credit"]])).toEqual([]);
  });

  it("prefers an exact synonym over a partial one, for every field", () => {
    const r = detectColumnMap(headersOf(["Amount (USD)", "Date", "Value"]), fields);
    expect(r.map.amount).toBe(2);
    expect(r.map.date).toBe(1);
  });

  it("gives no other field a column that exactly names an ambiguous one", () => {
    // "Value Date" contains the Amount synonym "value", but it is one of the two dates.
    const r = detectColumnMap(headersOf(["Transaction Date", "Value Date", "Paid Out", "Paid In"]), fields);
    expect(r.map).toEqual({ debit: 2, credit: 3 });
    expect(r.issues.map((i) => i.code)).toEqual(["header_ambiguous"]);
  });

  it("reports two equally good columns instead of guessing", () => {
    const r = detectColumnMap(headersOf(["Booking Date", "Value Date", "Amount"]), fields);
    expect(r.map.date).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(["header_ambiguous"]);
    expect(r.issues[0]?.message).toBe(
      `'Bank Statement'!Bank row 1: Several columns could be Date ("Booking Date", "Value Date"); choose one in the column mapping.`,
    );
  });

  it("lets overrides resolve ambiguity and remove a field", () => {
    const r = detectColumnMap(headersOf(["Booking Date", "Value Date", "Amount"]), fields, {
      date: "value date",
      amount: null,
    });
    expect(r.map).toEqual({ date: 1 });
    expect(r.how.date).toBe("override");
    expect(r.issues).toEqual([]);
  });

  it("reports an override naming no header", () => {
    const r = detectColumnMap(headersOf(["Date", "Amount"]), fields, { amount: "Total" });
    expect(r.issues.map((i) => i.code)).toEqual(["header_unknown_mapping"]);
    expect(r.map.amount).toBeUndefined();
  });

  it("refuses two overrides naming one column, reading it as the first field only", () => {
    const r = detectColumnMap(headersOf(["Date", "Amount", "Memo"]), fields, {
      date: "Date",
      amount: "date",
    });
    expect(r.map).toEqual({ date: 0, description: 2 });
    expect(r.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        "header_mapped_twice",
        "error",
        `'Bank Statement'!Bank row 1: The mapping sends both Date and Amount to "Date"; a column is read as one field only, so Amount is not read. Fix the mapping.`,
      ],
    ]);
  });

  it("reports blank and duplicate headers with their positions", () => {
    const r = detectColumnMap(headersOf(["Date", "", "Amount", "amount"]), fields);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "header_blank",
        "'Bank Statement'!Bank row 1: Column 2 has no header; give it a name or delete the column.",
      ],
      [
        "header_duplicate",
        `'Bank Statement'!Bank[amount] row 1: The header "amount" also names column 3; rename one of them.`,
      ],
      [
        "header_ambiguous",
        `'Bank Statement'!Bank row 1: Several columns could be Amount ("Amount", "amount"); choose one in the column mapping.`,
      ],
    ]);
  });

  it("never maps one column to two fields", () => {
    const r = detectColumnMap(headersOf(["Reference Description"]), fields);
    expect(Object.values(r.map).length).toBeLessThanOrEqual(1);
  });

  it("names every header permutation's columns the same way (hazard 5)", () => {
    const headers = ["Date", "Description", "Amount", "Reference"];
    const perms: string[][] = [];
    const permute = (rest: string[], acc: string[]) => {
      if (rest.length === 0) perms.push(acc);
      rest.forEach((h, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, h]));
    };
    permute(headers, []);
    for (const p of perms) {
      const r = detectColumnMap(headersOf(p), fields);
      for (const [field, c] of Object.entries(r.map)) expect(normalizeHeader(p[c] ?? "")).toBe(field);
    }
  });
});

describe("detectColumnMap: a column that qualifies the one before it", () => {
  const placed: FieldSpec[] = [
    ...fields,
    { name: "balance", label: "Balance", synonyms: ["saldo"] },
    { name: "currency", label: "Currency", synonyms: ["wahrung"], follows: ["amount", "debit"] },
  ];

  it("takes the currency right after the amount, not the balance's, and keeps the repeat said", () => {
    const r = detectColumnMap(headersOf(["Date", "Saldo", "Währung", "Amount", "Währung"]), placed);
    expect(r.map).toEqual({ date: 0, balance: 1, amount: 3, currency: 4 });
    expect(r.how.currency).toBe("exact");
    expect(r.ambiguous).toEqual([]);
    expect(r.candidates).toEqual({});
    expect(r.issues.map((i) => [i.code, i.address])).toEqual([["header_duplicate", "E1"]]);
  });

  it("settles by an amount found only by a word of its header, after the tie", () => {
    const r = detectColumnMap(headersOf(["Date", "Currency", "Amount (USD)", "Currency"]), placed);
    expect(r.map).toMatchObject({ amount: 2, currency: 3 });
  });

  it("follows the amount the mapping names", () => {
    const headers = headersOf(["Date", "Net", "Currency", "Gross", "Currency"]);
    expect(detectColumnMap(headers, placed, { amount: "Gross" }).map.currency).toBe(4);
    expect(detectColumnMap(headers, placed, { amount: "Net" }).map.currency).toBe(2);
  });

  it("stays ambiguous where no candidate, or several, follow a field's column", () => {
    const two = detectColumnMap(headersOf(["Date", "Amount", "Currency", "Debit", "Currency"]), placed);
    expect(two.map.currency).toBeUndefined();
    expect(two.ambiguous).toEqual(["currency"]);
    expect(two.candidates).toEqual({ currency: [2, 4] });
    // An amount two columns could be follows nowhere: the currency in column 1 is not after it.
    const tied = detectColumnMap(headersOf(["Currency", "Amount", "amount", "Currency"]), placed);
    expect(tied.ambiguous).toEqual(["amount", "currency"]);
    expect(tied.issues.filter((i) => i.code === "header_ambiguous")).toHaveLength(2);
    // Without `follows`, place decides nothing.
    const plain = detectColumnMap(headersOf(["Date", "Amount", "Details", "Memo"]), fields);
    expect(plain.candidates).toEqual({ description: [2, 3] });
  });
});

describe("requireFields", () => {
  it("offers an alternative that holds a smaller one no more", () => {
    const alternatives = [["amount"], ["debit", "credit"], ["debit"], ["credit"]];
    const issues = requireFields(headersOf([]), fields, { date: 0 }, alternatives);
    expect(issues.map((i) => i.message)).toEqual([
      `'Bank Statement'!Bank row 1: No column for Amount; add a column named "Amount", "Debit" or "Credit" or map one in the column mapping.`,
    ]);
  });

  it("names what is missing and the alternatives", () => {
    const issues = requireFields(headersOf([]), fields, { date: 0 }, [["amount"], ["debit", "credit"]]);
    expect(issues.map((i) => i.message)).toEqual([
      `'Bank Statement'!Bank row 1: No column for Amount; add a column named "Amount" or "Debit" and "Credit" or map one in the column mapping.`,
    ]);
  });
});

describe("fallbacks compared as written", () => {
  const withNum: FieldSpec[] = fields.map((f) =>
    f.name === "reference" ? { ...f, writtenFallbacks: ["num"] } : f,
  );

  it("take QuickBooks' Num, and not No., Number or # that read the same once expanded", () => {
    expect(detectColumnMap(headersOf(["Date", "Num", "Amount"]), withNum).map.reference).toBe(1);
    expect(detectColumnMap(headersOf(["Date", "NUM.", "Amount"]), withNum).map.reference).toBe(1);
    for (const h of ["No.", "Number", "#", "Nr"])
      expect(detectColumnMap(headersOf(["Date", h, "Amount"]), withNum).map.reference).toBeUndefined();
  });

  it("give way to a column named for the field", () => {
    const r = detectColumnMap(headersOf(["Date", "Num", "Ref", "Amount"]), withNum);
    expect(r.map.reference).toBe(2);
    expect(r.issues).toEqual([]);
  });
});
