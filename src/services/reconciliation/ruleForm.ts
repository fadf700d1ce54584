/**
 * The rules as a person edits them in the pane, without JSON: each rule of the cascade as form fields
 * (texts as typed), read back into a rule with an error per field, and a one-line description of what a
 * rule asks for. Every setting of a rule is on the form; the ones most rules leave at their defaults (id,
 * how required evidence combines, the tie margin, candidates per row, currencies) under "More settings".
 */
import { parseAmount } from "../../core/money";
import { defineRule, MAX_RULES, RULE_ID, RULE_LIMITS, RuleListSchema, type Rule } from "../../core/reconcile";

export type EvidenceMode = Rule["reference"];

export interface RuleForm {
  /** The rule's id, written in BO Rule beside each match it makes. */
  readonly id: string;
  /** What the rule is for, in the user's words (shown beside its id); blank: none. */
  readonly label: string;
  /** A unique best candidate is confirmed; otherwise the rule only suggests. */
  readonly autoConfirm: boolean;
  readonly cardinality: Rule["cardinality"];
  /** Largest group on the "many" side (or on each side of many:many). */
  readonly groupSize: string;
  readonly anyDate: boolean;
  /** Days the statement row may be dated before, and after, the book row. */
  readonly before: string;
  readonly after: string;
  readonly amount: "exact" | "tolerance" | "any";
  /** How far the statement amount may fall below, or rise above, the book amount: currency units, percent. */
  readonly belowAbs: string;
  readonly belowPct: string;
  readonly aboveAbs: string;
  readonly abovePct: string;
  readonly reference: EvidenceMode;
  /** A regular expression whose first capture group is the reference compared; blank: none. */
  readonly pattern: string;
  readonly party: EvidenceMode;
  /** Minimum description similarity in percent; blank: descriptions are not compared. */
  readonly text: string;
  /** With more than one required (reference, party, description): all must agree, or one is enough. */
  readonly evidence: Rule["evidence"];
  /** How far the best candidate's score (0 to 1) must lead the next one's for it to count as unique. */
  readonly tieMargin: string;
  /** Candidates looked at per row when searching groups. */
  readonly candidates: string;
  readonly currency: Rule["currency"];
}

export type RuleFormField = keyof RuleForm;

export interface RuleFormError {
  /** The field to show it under; null for the rule as a whole. */
  readonly field: RuleFormField | null;
  readonly message: string;
}

export type RuleFormResult =
  | { readonly ok: true; readonly rules: readonly Rule[] }
  | { readonly ok: false; readonly errors: readonly RuleFormError[] };

const MAX_DAYS = RULE_LIMITS.days;
const MAX_LABEL = RULE_LIMITS.label;

function numberText(n: number | undefined): string {
  return n === undefined ? "" : String(n);
}

export function formOf(rule: Rule): RuleForm {
  const tolerance = typeof rule.amount === "object" ? rule.amount : null;
  return {
    id: rule.id,
    label: rule.label ?? "",
    autoConfirm: rule.autoConfirm,
    cardinality: rule.cardinality,
    groupSize: String(rule.maxGroupSize),
    anyDate: rule.date === "any",
    before: rule.date === "any" ? "" : String(rule.date.before),
    after: rule.date === "any" ? "" : String(rule.date.after),
    amount: typeof rule.amount === "object" ? "tolerance" : rule.amount,
    belowAbs: numberText(tolerance?.below?.abs),
    belowPct: numberText(tolerance?.below?.pct),
    aboveAbs: numberText(tolerance?.above?.abs),
    abovePct: numberText(tolerance?.above?.pct),
    reference: rule.reference,
    pattern: rule.referencePattern ?? "",
    party: rule.party,
    // Percent with at most two decimals: 0.5 shows as 50, 0.125 as 12.5.
    text: rule.text === undefined ? "" : percentText(rule.text * 100),
    evidence: rule.evidence,
    tieMargin: String(rule.tieMargin),
    candidates: String(rule.maxCandidates),
    currency: rule.currency,
  };
}

/** Decimals kept of a typed setting: finer than any currency's minor unit or a useful percent. */
const TYPED_DECIMALS = 6;

/**
 * A non-negative number as typed, read by the same exact reader as amount cells: "5", "0.50",
 * "1,250.00", "1 250,5"; a comma that cannot group thousands ("0,5") is a decimal comma. Null when the
 * text is not one (a sign, a currency, a percent sign or scientific notation included).
 */
export function readNumber(text: string): number | null {
  let r = parseAmount(text, { decimals: TYPED_DECIMALS });
  if (!r.ok && text.includes(",") && !text.includes("."))
    r = parseAmount(text, { decimals: TYPED_DECIMALS, decimalSeparator: "," });
  if (!r.ok || r.minor < 0 || r.currency !== undefined) return null;
  return r.minor / 10 ** TYPED_DECIMALS;
}

class Reader {
  readonly errors: RuleFormError[] = [];

  constructor(private readonly form: RuleForm) {}

  days(field: "before" | "after"): number {
    const t = this.form[field].trim();
    if (/^\d+$/.test(t) && Number(t) <= MAX_DAYS) return Number(t);
    this.errors.push({ field, message: `Whole days from 0 to ${MAX_DAYS}.` });
    return 0;
  }

  /** A whole number within [min, max] (or an error, and NaN). */
  whole(field: "groupSize" | "candidates", min: number, max: number): number {
    const t = this.form[field].trim();
    if (/^\d+$/.test(t) && Number(t) >= min && Number(t) <= max) return Number(t);
    this.errors.push({ field, message: `A whole number of rows from ${min} to ${max}.` });
    return NaN;
  }

  /** undefined when blank; a number within [0, max] otherwise (or an error). */
  optional(field: RuleFormField, max: number, what: string): number | undefined {
    const raw = this.form[field];
    if (typeof raw !== "string" || raw.trim() === "") return undefined;
    const n = readNumber(raw);
    if (n !== null && n <= max) return n;
    this.errors.push({ field, message: `${what} from 0 to ${max.toLocaleString("en-US")}.` });
    return undefined;
  }
}

function toleranceSide(abs: number | undefined, pct: number | undefined) {
  if (abs === undefined && pct === undefined) return undefined;
  return { ...(abs === undefined ? {} : { abs }), ...(pct === undefined ? {} : { pct }) };
}

/** Where a whole-list problem of rule k shows: the field its path names, else the rule. */
function fieldOfPath(path: readonly PropertyKey[]): RuleFormField | null {
  const [, key, sub] = path;
  if (key === "date") return sub === "after" ? "after" : sub === "before" ? "before" : "anyDate";
  if (key === "amount" || key === "reference" || key === "party" || key === "text" || key === "label")
    return key;
  if (key === "referencePattern") return "pattern";
  if (key === "maxGroupSize") return "groupSize";
  if (key === "maxCandidates") return "candidates";
  if (key === "id" || key === "evidence" || key === "tieMargin" || key === "currency") return key;
  return null;
}

/**
 * Rule k of `rules` as the form says, checked with the whole cascade (some settings only make sense
 * together, e.g. a rule that ignores the amount must require a reference or party). The other rules and
 * the settings the form does not show are left as they were.
 */
export function applyForm(rules: readonly Rule[], k: number, form: RuleForm): RuleFormResult {
  const rule = rules[k];
  if (rule === undefined) return { ok: false, errors: [{ field: null, message: "That rule is gone." }] };
  const read = new Reader(form);
  const date = form.anyDate ? ("any" as const) : { before: read.days("before"), after: read.days("after") };
  let amount: Rule["amount"] = form.amount === "tolerance" ? {} : form.amount;
  if (form.amount === "tolerance") {
    const below = toleranceSide(
      read.optional("belowAbs", 1e9, "An amount"),
      read.optional("belowPct", 100, "A percent"),
    );
    const above = toleranceSide(
      read.optional("aboveAbs", 1e9, "An amount"),
      read.optional("abovePct", 100, "A percent"),
    );
    if (below === undefined && above === undefined && read.errors.length === 0)
      read.errors.push({
        field: "amount",
        message: "Give how far the amounts may differ, below or above, or choose Equal.",
      });
    amount = { ...(below ? { below } : {}), ...(above ? { above } : {}) };
  }
  const textPct = read.optional("text", 100, "A percent");
  // The field is in percent: "0.5" is half a percent, which any two descriptions pass. Most likely the
  // similarity was typed as a fraction (as rules JSON writes it), so it is refused with the percent meant.
  if (textPct !== undefined && textPct > 0 && textPct < 1) {
    const meant = percentText(textPct * 100);
    const typed = form.text.trim();
    read.errors.push({
      field: "text",
      message:
        textPct * 100 >= 1
          ? `In percent: for ${meant}% alike, type ${meant} (${typed} is less than 1%).`
          : `In percent: ${typed} is less than 1%.`,
    });
  }
  const groups = form.cardinality !== "1:1";
  const groupSize = groups
    ? read.whole("groupSize", RULE_LIMITS.groupSize.min, RULE_LIMITS.groupSize.max)
    : NaN;
  const candidates = groups
    ? read.whole("candidates", RULE_LIMITS.candidates.min, RULE_LIMITS.candidates.max)
    : NaN;
  // Blank: no margin (any lead makes the best candidate unique; a tie never does).
  const tieMargin = read.optional("tieMargin", 1, "A score") ?? 0;
  const id = form.id.trim();
  if (!RULE_ID.test(id))
    read.errors.push({
      field: "id",
      message: "Lower-case letters, digits, - and _, starting with a letter or digit; at most 40.",
    });
  const pattern = form.pattern.trim();
  const label = form.label.trim();
  if (label.length > MAX_LABEL)
    read.errors.push({ field: "label", message: `At most ${MAX_LABEL} characters.` });
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  const { text: _oldText, label: _oldLabel, referencePattern: _oldPattern, ...kept } = rule;
  const next: Rule = {
    ...kept,
    id,
    ...(label === "" ? {} : { label }),
    cardinality: form.cardinality,
    ...(groups ? { maxGroupSize: groupSize, maxCandidates: candidates } : {}),
    ...(pattern === "" ? {} : { referencePattern: pattern }),
    autoConfirm: form.autoConfirm,
    date,
    amount,
    reference: form.reference,
    party: form.party,
    ...(textPct === undefined ? {} : { text: textPct / 100 }),
    evidence: form.evidence,
    tieMargin,
    currency: form.currency,
  };
  const all = rules.map((r, i) => (i === k ? next : r));
  const checked = RuleListSchema.safeParse(all);
  if (checked.success) return { ok: true, rules: checked.data };
  return {
    ok: false,
    errors: checked.error.issues.map((issue) => ({
      field: issue.path[0] === k ? fieldOfPath(issue.path) : null,
      message: issue.message,
    })),
  };
}

/**
 * The cascade with a new rule at the end, and its id ("rule-1", "rule-2", … the first not taken). It
 * starts as the engine's defaults, except that it only suggests: a rule confirms nothing until the user
 * says so. Null when the cascade is full.
 */
export function addRule(
  rules: readonly Rule[],
): { readonly rules: readonly Rule[]; readonly id: string } | null {
  if (rules.length >= MAX_RULES) return null;
  const taken = new Set(rules.map((r) => r.id));
  let n = 1;
  while (taken.has(`rule-${n}`)) n++;
  const id = `rule-${n}`;
  return { rules: [...rules, defineRule({ id, label: "My rule", autoConfirm: false })], id };
}

/** The cascade with rule k moved by `delta` places (clamped to the ends). */
export function moveRule(rules: readonly Rule[], k: number, delta: number): readonly Rule[] {
  const to = Math.max(0, Math.min(rules.length - 1, k + delta));
  if (to === k || rules[k] === undefined) return rules;
  const out = [...rules];
  const [rule] = out.splice(k, 1);
  out.splice(to, 0, rule as Rule);
  return out;
}

/** The cascade without rule k; a cascade keeps at least one rule. */
export function removeRule(rules: readonly Rule[], k: number): readonly Rule[] {
  if (rules.length <= 1 || rules[k] === undefined) return rules;
  return rules.filter((_, i) => i !== k);
}

function toleranceText(side: { abs?: number; pct?: number } | undefined): string {
  if (side === undefined) return "0";
  const parts: string[] = [];
  if (side.abs !== undefined) parts.push(side.abs.toLocaleString("en-US", { maximumFractionDigits: 6 }));
  if (side.pct !== undefined) parts.push(`${side.pct}%`);
  return parts.join(" or ");
}

/** A percent as the form shows it: at most two decimals, 0.5 as 0.5, 12.345 as 12.35. */
function percentText(pct: number): string {
  return String(Math.round(pct * 100) / 100);
}

function dayText(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/**
 * What a rule asks for, in one line, e.g. "amount equal · reference agrees · statement 7 days before to
 * 14 days after the book".
 */
export function describeRule(rule: Rule): string {
  const parts: string[] = [];
  if (rule.cardinality === "many:1") parts.push(`up to ${rule.maxGroupSize} book rows to one statement row`);
  if (rule.cardinality === "1:many") parts.push(`one book row to up to ${rule.maxGroupSize} statement rows`);
  if (rule.cardinality === "many:many") parts.push(`groups of up to ${rule.maxGroupSize} rows a side`);
  if (rule.amount === "exact") parts.push("amount equal");
  else if (rule.amount === "any") parts.push("amount not compared");
  else {
    const below = toleranceText(rule.amount.below);
    const above = toleranceText(rule.amount.above);
    parts.push(below === above ? `amount within ${below}` : `amount up to ${below} below, ${above} above`);
  }
  if (rule.referencePattern !== undefined) parts.push(`references read by ${rule.referencePattern}`);
  const required: string[] = [];
  for (const key of ["reference", "party"] as const) {
    if (rule[key] === "required") required.push(`${key} agrees`);
    else if (rule[key] === "ignore") parts.push(`${key} not compared`);
  }
  // The percent the form shows for it (formOf), not rounded to a whole one: 0.125 reads 12.5%, not 13%.
  if (rule.text !== undefined) required.push(`descriptions at least ${percentText(rule.text * 100)}% alike`);
  if (required.length > 1 && rule.evidence === "any")
    parts.push(`${required.slice(0, -1).join(", ")} or ${required[required.length - 1]}`);
  else parts.push(...required);
  if (rule.currency === "any") parts.push("currencies may differ");
  if (rule.date === "any") parts.push("any date");
  else if (rule.date.before === 0 && rule.date.after === 0) parts.push("same date");
  else
    parts.push(`statement ${dayText(rule.date.before)} before to ${dayText(rule.date.after)} after the book`);
  return parts.join(" · ");
}
