import { defineRule, DEFAULT_RULES, type Rule } from "../../core/reconcile";
import { PRESETS } from "./presets";
import {
  addRule,
  applyForm,
  describeRule,
  formOf,
  moveRule,
  readNumber,
  removeRule,
  type RuleForm,
} from "./ruleForm";

const rules = DEFAULT_RULES;
const at = (id: string) => rules.findIndex((r) => r.id === id);
const edit = (id: string, change: Partial<RuleForm>) =>
  applyForm(rules, at(id), { ...formOf(rules[at(id)] as Rule), ...change });

describe("the rule form", () => {
  it("gives back every preset rule unchanged when nothing is changed", () => {
    for (const preset of PRESETS)
      preset.rules.forEach((rule, k) => {
        const r = applyForm(preset.rules, k, formOf(rule));
        expect(r).toEqual({ ok: true, rules: preset.rules });
      });
  });

  it("changes what the form shows and leaves the other rules as they were", () => {
    const r = edit("split-book", { after: "10", autoConfirm: false, text: "", reference: "compare" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const before = rules[at("split-book")] as Rule;
    const after = r.rules[at("split-book")] as Rule;
    expect(after.date).toEqual({ before: 7, after: 10 });
    expect(after.autoConfirm).toBe(false);
    expect(after.text).toBeUndefined();
    expect("text" in after).toBe(false);
    expect(after.reference).toBe("compare");
    // Not changed on the form: as it was.
    for (const key of [
      "cardinality",
      "evidence",
      "tieMargin",
      "maxGroupSize",
      "maxCandidates",
      "currency",
    ] as const)
      expect(after[key]).toEqual(before[key]);
    r.rules.forEach((rule, k) => {
      if (k !== at("split-book")) expect(rule).toEqual(rules[k]);
    });
  });

  it("renames a rule, and refuses an id that is malformed or taken, under the id", () => {
    const r = edit("amount-text", { id: " text-close " });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rules.map((x) => x.id)).toEqual(
      rules.map((x) => (x.id === "amount-text" ? "text-close" : x.id)),
    );
    for (const id of ["", "Text", "-text", "a b", "x".repeat(41), "manual", "accepted"])
      expect(edit("amount-text", { id })).toMatchObject({ ok: false, errors: [{ field: "id" }] });
    expect(edit("amount-text", { id: "exact" })).toEqual({
      ok: false,
      errors: [{ field: "id", message: 'duplicate rule id "exact"' }],
    });
  });

  it("sets how required evidence combines, the tie margin, candidates per row and currencies", () => {
    const r = edit("split-book", { evidence: "all", tieMargin: "0,15", candidates: "24", currency: "any" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const rule = r.rules[at("split-book")] as Rule;
    expect(rule).toMatchObject({ evidence: "all", tieMargin: 0.15, maxCandidates: 24, currency: "any" });
    expect(describeRule(rule)).toContain("reference agrees · party agrees · descriptions at least 50% alike");
    expect(describeRule(rule)).toContain("currencies may differ");
    // Blank: no margin.
    const blank = edit("amount-text", { tieMargin: " " });
    expect(blank.ok && blank.rules[at("amount-text")]?.tieMargin).toBe(0);
    expect(edit("amount-text", { tieMargin: "1.5" })).toEqual({
      ok: false,
      errors: [{ field: "tieMargin", message: "A score from 0 to 1." }],
    });
    for (const candidates of ["1", "41", "many", ""])
      expect(edit("split-book", { candidates })).toEqual({
        ok: false,
        errors: [{ field: "candidates", message: "A whole number of rows from 2 to 40." }],
      });
    // One to one does not search groups: the setting is neither read nor lost.
    const single = edit("amount-date", { candidates: "many" });
    expect(single.ok && single.rules[at("amount-date")]?.maxCandidates).toBe(
      rules[at("amount-date")]?.maxCandidates,
    );
  });

  it("reads a tolerance per side as typed, and a description threshold in percent", () => {
    const r = edit("amount-date", {
      amount: "tolerance",
      belowAbs: "0,50",
      belowPct: "",
      aboveAbs: "1,250.00",
      abovePct: "2.5",
      text: "12.5",
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const rule = r.rules[at("amount-date")] as Rule;
    expect(rule.amount).toEqual({ below: { abs: 0.5 }, above: { abs: 1250, pct: 2.5 } });
    expect(rule.text).toBe(0.125);
    expect(formOf(rule)).toMatchObject({ belowAbs: "0.5", aboveAbs: "1250", abovePct: "2.5", text: "12.5" });
    // Any date.
    const any = edit("amount-text", { anyDate: true, before: "x" });
    expect(any.ok && any.rules[at("amount-text")]?.date).toBe("any");
  });

  it("names the field of each mistake and changes nothing", () => {
    const bad = edit("reference", { before: "-1", after: "3.5", text: "150" });
    expect(bad).toEqual({
      ok: false,
      errors: [
        { field: "before", message: "Whole days from 0 to 3660." },
        { field: "after", message: "Whole days from 0 to 3660." },
        { field: "text", message: "A percent from 0 to 100." },
      ],
    });
    expect(edit("reference", { after: "3661" })).toMatchObject({ ok: false, errors: [{ field: "after" }] });
    expect(edit("tolerance", { abovePct: "101", belowAbs: "five" })).toMatchObject({
      ok: false,
      errors: [{ field: "belowAbs" }, { field: "abovePct" }],
    });
    expect(edit("tolerance", { belowAbs: "", belowPct: "", aboveAbs: "", abovePct: "" })).toMatchObject({
      ok: false,
      errors: [{ field: "amount" }],
    });
  });

  it("refuses what only the whole cascade can tell, under the field concerned", () => {
    // Ignoring the amount needs a required reference or party, or every row would be a candidate.
    const r = edit("reference-amount-differs", { reference: "compare" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: "amount", message: expect.stringContaining('needs reference or party "required"') },
    ]);
    expect(edit("amount-date", { pattern: "(\\w+\\s?)*$" })).toMatchObject({
      ok: false,
      errors: [{ field: "pattern", message: expect.stringMatching(/^the pattern repeats a group/) }],
    });
    // Groups are found by their sum and need a date window.
    expect(edit("groups", { amount: "any", reference: "required" })).toMatchObject({
      ok: false,
      errors: [{ field: "amount" }],
    });
    expect(edit("groups", { anyDate: true })).toMatchObject({ ok: false, errors: [{ field: "anyDate" }] });
  });

  it("takes what the rule is for as typed, trimmed, up to 80 characters; blank leaves it without", () => {
    const named = edit("exact", { label: "  Same day, same reference  " });
    expect(named.ok && named.rules[0]?.label).toBe("Same day, same reference");
    const blank = edit("exact", { label: " " });
    expect(blank.ok && "label" in (blank.rules[0] as Rule)).toBe(false);
    expect(edit("exact", { label: "x".repeat(81) })).toEqual({
      ok: false,
      errors: [{ field: "label", message: "At most 80 characters." }],
    });
  });

  it("changes how many rows a side may take, with the largest group, and reads references by a pattern", () => {
    const r = edit("amount-date", { cardinality: "many:1", groupSize: "4", pattern: " INV-(\\d+) " });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const rule = r.rules[at("amount-date")] as Rule;
    expect(rule).toMatchObject({ cardinality: "many:1", maxGroupSize: 4, referencePattern: "INV-(\\d+)" });
    expect(describeRule(rule)).toBe(
      "up to 4 book rows to one statement row · amount equal · references read by INV-(\\d+) · statement 2 days before to 5 days after the book",
    );
    // Back to one to one, and without a pattern.
    const back = applyForm(r.rules, at("amount-date"), { ...formOf(rule), cardinality: "1:1", pattern: "" });
    expect(back.ok && back.rules[at("amount-date")]).toMatchObject({ cardinality: "1:1" });
    expect(back.ok && "referencePattern" in (back.rules[at("amount-date")] as Rule)).toBe(false);
    for (const groupSize of ["1", "7", "three", ""])
      expect(edit("amount-date", { cardinality: "1:many", groupSize })).toMatchObject({
        ok: false,
        errors: [{ field: "groupSize", message: "A whole number of rows from 2 to 6." }],
      });
    expect(edit("amount-date", { pattern: "INV-(" })).toEqual({
      ok: false,
      errors: [{ field: "pattern", message: "not a valid regular expression" }],
    });
    // Groups are found by their sum: a rule that ignores the amount cannot become one.
    expect(edit("reference-amount-differs", { cardinality: "many:1" })).toMatchObject({
      ok: false,
      errors: [{ field: "amount" }],
    });
  });

  it("reads numbers as people type them", () => {
    expect(readNumber("5")).toBe(5);
    expect(readNumber(" 0.50 ")).toBe(0.5);
    expect(readNumber("1,250.75")).toBe(1250.75);
    expect(readNumber("0,5")).toBe(0.5);
    expect(readNumber(".5")).toBe(0.5);
    for (const t of ["", "-1", "1e3", "5%", "1.2.3", "abc", "1,25,0"]) expect(readNumber(t)).toBeNull();
  });
});

describe("moving and removing rules", () => {
  const ids = (rs: readonly Rule[]) => rs.map((r) => r.id);

  it("moves a rule one place and stops at either end", () => {
    expect(ids(moveRule(rules, 1, -1)).slice(0, 3)).toEqual(["reference", "exact", "amount-text"]);
    expect(ids(moveRule(rules, 0, 1)).slice(0, 2)).toEqual(["reference", "exact"]);
    expect(moveRule(rules, 0, -1)).toBe(rules);
    expect(moveRule(rules, rules.length - 1, 1)).toBe(rules);
    expect(ids(rules)[0]).toBe("exact");
  });

  it("adds a rule at the end under the first free id, suggesting only, until the cascade is full", () => {
    const first = addRule(rules);
    expect(first?.id).toBe("rule-1");
    expect(first?.rules.slice(0, -1)).toEqual(rules);
    const rule = first?.rules[rules.length] as Rule;
    expect(rule).toEqual(defineRule({ id: "rule-1", label: "My rule", autoConfirm: false }));
    expect(applyForm(first!.rules, rules.length, formOf(rule)).ok).toBe(true);
    expect(addRule(first!.rules)?.id).toBe("rule-2");
    let full: readonly Rule[] = rules;
    while (full.length < 30) full = addRule(full)!.rules;
    expect(new Set(full.map((r) => r.id)).size).toBe(30);
    expect(addRule(full)).toBeNull();
  });

  it("removes a rule but never the last one", () => {
    expect(ids(removeRule(rules, 2))).not.toContain("amount-text");
    expect(removeRule(rules, 2)).toHaveLength(rules.length - 1);
    const one = [defineRule({ id: "only" })];
    expect(removeRule(one, 0)).toBe(one);
  });
});

describe("describeRule", () => {
  it("says in a line what each default rule asks for", () => {
    const line = (id: string) => describeRule(rules[at(id)] as Rule);
    expect(line("exact")).toBe("amount equal · reference agrees · same date");
    expect(line("amount-text")).toBe(
      "amount equal · descriptions at least 50% alike · statement 3 days before to 7 days after the book",
    );
    expect(line("split-book")).toBe(
      "up to 3 book rows to one statement row · amount equal · reference agrees, party agrees or descriptions at least 50% alike · statement 7 days before to 7 days after the book",
    );
    expect(line("tolerance")).toContain("amount within 5 or 1%");
    expect(line("reference-amount-differs")).toContain("amount not compared · reference agrees");
  });

  it("names different tolerances below and above, ignored fields and any date", () => {
    const rule = defineRule({
      id: "t",
      amount: { below: { pct: 2 }, above: { abs: 0.05 } },
      date: "any",
      party: "ignore",
      reference: "required",
    });
    expect(describeRule(rule)).toBe(
      "amount up to 2% below, 0.05 above · party not compared · reference agrees · any date",
    );
    expect(describeRule(defineRule({ id: "d", date: { before: 1, after: 1 } }))).toContain(
      "statement 1 day before to 1 day after the book",
    );
  });
});

describe("the description similarity, in percent on the form and in the summary", () => {
  it("summarises the percent the form holds, not one rounded to a whole percent", () => {
    const similar = (text: number) => describeRule(defineRule({ id: "s", text }));
    expect(similar(0.5)).toContain("descriptions at least 50% alike");
    expect(similar(0.125)).toContain("descriptions at least 12.5% alike");
    expect(similar(0.015)).toContain("descriptions at least 1.5% alike");
    // Every percent of the form reads in the summary as typed.
    const r = edit("tolerance", { belowPct: "0.5", abovePct: "2.5", text: "12.5" });
    expect(r.ok && describeRule(r.rules[at("tolerance")] as Rule)).toContain(
      "amount up to 5 or 0.5% below, 5 or 2.5% above",
    );
    expect(r.ok && describeRule(r.rules[at("tolerance")] as Rule)).toContain(
      "descriptions at least 12.5% alike",
    );
  });

  it("reads 50 as half alike, and refuses a similarity typed as a fraction, saying the percent meant", () => {
    const half = edit("amount-text", { text: "50" });
    expect(half.ok && describeRule(half.rules[at("amount-text")] as Rule)).toContain(
      "descriptions at least 50% alike",
    );
    expect(edit("amount-text", { text: "0.5" })).toEqual({
      ok: false,
      errors: [{ field: "text", message: "In percent: for 50% alike, type 50 (0.5 is less than 1%)." }],
    });
    expect(edit("amount-text", { text: "0,85" })).toEqual({
      ok: false,
      errors: [{ field: "text", message: "In percent: for 85% alike, type 85 (0,85 is less than 1%)." }],
    });
    expect(edit("amount-text", { text: "0.005" })).toEqual({
      ok: false,
      errors: [{ field: "text", message: "In percent: 0.005 is less than 1%." }],
    });
    for (const text of ["1", "1.5", "100", ""]) expect(edit("amount-text", { text }).ok).toBe(true);
  });
});
