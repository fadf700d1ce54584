/** The rule model: defaults, JSON round trip, readable errors with paths, and the default cascade. */
import { DEFAULT_RULES } from "./defaultRules";
import { defineRule, parseReconcileConfig, RuleListSchema } from "./rules";

describe("rules", () => {
  it("fills every default from an id alone", () => {
    expect(defineRule({ id: "r" })).toEqual({
      id: "r",
      cardinality: "1:1",
      amount: "exact",
      date: { before: 3, after: 5 },
      reference: "compare",
      party: "compare",
      evidence: "all",
      autoConfirm: true,
      tieMargin: 0,
      maxGroupSize: 3,
      maxCandidates: 16,
      currency: "same",
    });
  });

  it("round-trips the default cascade through JSON (what the document saves)", () => {
    const json = JSON.stringify({ version: 1, rules: DEFAULT_RULES });
    const parsed = parseReconcileConfig(json);
    expect(parsed.ok && parsed.config.rules).toEqual(DEFAULT_RULES);
    expect(DEFAULT_RULES.map((r) => r.id)).toEqual([
      "exact",
      "reference",
      "amount-text",
      "amount-date",
      "split-book",
      "split-statement",
      "tolerance",
      "reference-amount-differs",
      "groups",
    ]);
  });

  it("accepts a bare rule list and reports every error with its path", () => {
    expect(parseReconcileConfig([{ id: "a" }]).ok).toBe(true);
    const bad = parseReconcileConfig([
      { id: "a", amount: "any" },
      { id: "a", cardinality: "many:1", date: "any" },
      { id: "c", referencePattern: "INV-(" },
      { id: "d", tieMargin: 2, extra: true },
      { id: "manual" },
      { id: "accepted" },
      { id: "g", referencePattern: "(a+)+$" },
    ]);
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rules\[0\]\.amount: amount "any" needs reference or party "required"/),
        expect.stringMatching(/^rules\[1\]\.id: duplicate rule id "a"/),
        expect.stringMatching(/^rules\[1\]\.date: groups need a date window/),
        expect.stringMatching(/^rules\[2\]\.referencePattern: not a valid regular expression/),
        expect.stringMatching(/^rules\[3\]\.tieMargin: /),
        expect.stringMatching(/^rules\[3\]: .*extra/),
        // BO Rule says "manual" and "accepted" for matches made by hand and accepted suggestions.
        expect.stringMatching(/^rules\[4\]\.id: "manual" and "accepted" name matches made by hand/),
        expect.stringMatching(/^rules\[5\]\.id: "manual" and "accepted" name matches made by hand/),
        // A pattern that backtracks without end on a text that almost matches would hang the run.
        expect.stringMatching(
          /^rules\[6\]\.referencePattern: the pattern repeats a group that itself repeats, \(a\+\)\+/,
        ),
      ]),
    );
  });

  it("takes the fields reconciliation reads as column keys, and refuses a misspelt one naming them", () => {
    const ok = parseReconcileConfig({ left: { columns: { reference: "Code", party: null } } });
    expect(ok.ok && ok.config.left?.columns).toEqual({ reference: "Code", party: null });
    const bad = parseReconcileConfig('{"left": {"columns": {"refrence": "Code", "date": "Posted"}}}');
    expect(bad).toEqual({
      ok: false,
      errors: [
        'left.columns: Unrecognized key: "refrence"; the fields are date, amount, debit, credit, indicator, reference, description, party, currency, id, balance, account, contraAccount',
      ],
    });
  });

  it("refuses columns that read one header as two fields, or amounts both ways", () => {
    expect(parseReconcileConfig({ right: { columns: { date: "Datum", description: " datum " } } })).toEqual({
      ok: false,
      errors: ['right.columns: date and description both name " datum "; a column is read as one field only'],
    });
    expect(parseReconcileConfig({ left: { columns: { amount: "Betrag", credit: "Haben" } } })).toEqual({
      ok: false,
      errors: [
        "left.columns: amount and credit are both named; amounts are read one way: name the amount column, or debit and credit (the other as null)",
      ],
    });
    // Naming one way and the other as not in the table is one way.
    expect(
      parseReconcileConfig({ left: { columns: { amount: "Betrag", debit: null, credit: null } } }).ok,
    ).toBe(true);
  });

  it("names what an amount or a date may be when a rule gives neither", () => {
    const bad = parseReconcileConfig({ rules: [{ id: "x", amount: "exactish", date: "soon" }] });
    expect(bad).toEqual({
      ok: false,
      errors: [
        'rules[0].amount: expected "exact", "any" or a tolerance such as {"below": {"abs": 5}, "above": {"pct": 1}}',
        'rules[0].date: expected "any" or a window such as {"before": 0, "after": 3}',
      ],
    });
  });

  it("explains text that is not JSON", () => {
    expect(parseReconcileConfig("{rules:")).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^not JSON: /)],
    });
  });

  it("keeps tolerances as written (currency units and percent, inclusive bounds)", () => {
    const r = RuleListSchema.parse([{ id: "t", amount: { below: { abs: 0.5, pct: 1 } } }]);
    expect(r[0]?.amount).toEqual({ below: { abs: 0.5, pct: 1 } });
  });
});
