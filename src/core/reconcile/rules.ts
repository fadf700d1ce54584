/**
 * The rule model: an ordered cascade of plain values, validated with zod, saved in the document and
 * exported as JSON. Each rule says what must agree (amount, date window, reference, text, party) and
 * whether a unique best candidate may be confirmed without a human.
 */
import { z } from "zod";
import { patternProblem } from "../patternSafety";
// The field list itself, not the reconcileInput index: that module reads sides with these settings.
import { RECONCILE_FIELDS } from "../reconcileInput/fields";

/** The bounds of a rule's settings, shared by the schema and the pane's rule form. */
export const RULE_LIMITS = {
  days: 3660,
  label: 80,
  groupSize: { min: 2, max: 6 },
  candidates: { min: 2, max: 40 },
} as const;

/** A rule id: lower-case letters, digits, - and _, starting with a letter or digit; at most 40. */
export const RULE_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const days = z.number().int().min(0).max(RULE_LIMITS.days);

/** A one-sided tolerance: absolute in currency units (0.5 = 50 cents) and/or percent of the left amount. */
const ToleranceSchema = z.strictObject({
  abs: z.number().min(0).max(1e9).optional(),
  pct: z.number().min(0).max(100).optional(),
});

/**
 * "exact": amounts equal in minor units. "any": the amount is not compared (ID or reference matching).
 * Otherwise the right amount may sit below or above the left one by the tolerance on that side; with both
 * abs and pct given the larger allowance applies. Bounds are inclusive: a 0.50 tolerance accepts 0.50.
 */
const AmountSchema = z.union(
  [
    z.literal("exact"),
    z.literal("any"),
    z.strictObject({ below: ToleranceSchema.optional(), above: ToleranceSchema.optional() }),
  ],
  {
    error: 'expected "exact", "any" or a tolerance such as {"below": {"abs": 5}, "above": {"pct": 1}}',
  },
);

/** right date − left date must lie in [−before, +after] days; "any" ignores dates. */
const DateSchema = z.union([z.literal("any"), z.strictObject({ before: days, after: days })], {
  error: 'expected "any" or a window such as {"before": 0, "after": 3}',
});

/**
 * "required": the values must agree. "compare": disagreement rules a pair out, a missing value does not.
 * "ignore": not looked at.
 */
const EvidenceMode = z.enum(["required", "compare", "ignore"]);

/** A pattern that does not compile, or could hang the run on some text, is refused, saying why. */
function refusePattern(pattern: string, ctx: z.RefinementCtx): void {
  const why = patternProblem(pattern, "i");
  if (why !== null) ctx.addIssue({ code: "custom", message: why });
}

/** What BO Rule says beside a match made by hand, and beside a suggestion the user accepted. */
export const MANUAL_RULE = "manual";
export const ACCEPTED_RULE = "accepted";

export const RuleSchema = z.strictObject({
  id: z
    .string()
    .regex(RULE_ID, "use lower-case letters, digits, - and _ (max 40)")
    .refine(
      (id) => id !== MANUAL_RULE && id !== ACCEPTED_RULE,
      `"${MANUAL_RULE}" and "${ACCEPTED_RULE}" name matches made by hand and accepted suggestions; choose another id`,
    ),
  label: z.string().max(RULE_LIMITS.label).optional(),
  cardinality: z.enum(["1:1", "many:1", "1:many", "many:many"]).default("1:1"),
  amount: AmountSchema.default("exact"),
  date: DateSchema.default({ before: 3, after: 5 }),
  reference: EvidenceMode.default("compare"),
  /**
   * A regular expression applied to the reference, then to the description; its first capture group (or
   * the whole match) is the reference compared, e.g. "INV-(\\d+)".
   */
  referencePattern: z.string().min(1).max(200).superRefine(refusePattern).optional(),
  /** Minimum description similarity in [0, 1] (Dice coefficient of letter pairs). */
  text: z.number().min(0).max(1).optional(),
  party: EvidenceMode.default("compare"),
  /** How required reference / party / text criteria combine: all of them, or at least one. */
  evidence: z.enum(["all", "any"]).default("all"),
  /** A unique best candidate under this rule is confirmed; false: everything it finds is suggested. */
  autoConfirm: z.boolean().default(true),
  /** The best candidate must beat every other one by this score margin to count as unique. */
  tieMargin: z.number().min(0).max(1).default(0),
  /** Largest group on the "many" side (many:1, 1:many) or on each side (many:many). */
  maxGroupSize: z.number().int().min(RULE_LIMITS.groupSize.min).max(RULE_LIMITS.groupSize.max).default(3),
  /** Candidates looked at per row when searching groups (nearest dates first). */
  maxCandidates: z.number().int().min(RULE_LIMITS.candidates.min).max(RULE_LIMITS.candidates.max).default(16),
  /** "same": currencies must agree; "any": allow a cross-currency pair (use with a percent tolerance). */
  currency: z.enum(["same", "any"]).default("same"),
});

/** A rule with every default filled in. */
export type Rule = z.infer<typeof RuleSchema>;
/** A rule as written in JSON: only id is required. */
export type RuleInput = z.input<typeof RuleSchema>;

function checkRuleList(rules: readonly Rule[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate rule id "${r.id}"` });
    seen.add(r.id);
    if (r.amount === "any" && r.reference !== "required" && r.party !== "required")
      ctx.addIssue({
        code: "custom",
        path: [i, "amount"],
        message: 'amount "any" needs reference or party "required", or every row would be a candidate',
      });
    if (r.cardinality !== "1:1" && r.amount === "any")
      ctx.addIssue({
        code: "custom",
        path: [i, "amount"],
        message: "groups are found by their sum: amount cannot be any",
      });
    if (r.cardinality !== "1:1" && r.date === "any")
      ctx.addIssue({
        code: "custom",
        path: [i, "date"],
        message: "groups need a date window to stay bounded",
      });
  });
}

/** Rules a cascade may hold. */
export const MAX_RULES = 30;

export const RuleListSchema = z.array(RuleSchema).min(1).max(MAX_RULES).superRefine(checkRuleList);

/** The fields reconciliation reads, in the order it names them. */
const FIELD_NAMES: readonly string[] = RECONCILE_FIELDS.map((f) => f.name);

/** A misspelt field in `columns` is refused as a misspelt key is anywhere else, naming the fields. */
function knownFields(columns: Readonly<Record<string, unknown>>, ctx: z.RefinementCtx): void {
  for (const key of Object.keys(columns))
    if (!FIELD_NAMES.includes(key))
      ctx.addIssue({
        code: "custom",
        message: `Unrecognized key: ${JSON.stringify(key)}; the fields are ${FIELD_NAMES.join(", ")}`,
      });
}

/**
 * A mapping that sends two fields to one header, or reads amounts both from an amount column and from
 * debit/credit columns, is refused with the rules, before any table is read.
 */
function oneReading(columns: Readonly<Record<string, string | null>>, ctx: z.RefinementCtx): void {
  const byHeader = new Map<string, string>();
  for (const [field, header] of Object.entries(columns)) {
    if (header === null) continue;
    const key = header.trim().toLowerCase();
    const other = byHeader.get(key);
    if (other !== undefined)
      ctx.addIssue({
        code: "custom",
        message: `${other} and ${field} both name ${JSON.stringify(header)}; a column is read as one field only`,
      });
    else byHeader.set(key, field);
  }
  const named = (f: string) => typeof columns[f] === "string";
  if (named("amount") && (named("debit") || named("credit")))
    ctx.addIssue({
      code: "custom",
      message: `amount and ${named("debit") ? "debit" : "credit"} are both named; amounts are read one way: name the amount column, or debit and credit (the other as null)`,
    });
}

const SideConfigSchema = z.strictObject({
  /** "flip" negates every amount of this side (e.g. a supplier statement against our payables). */
  sign: z.enum(["as-is", "flip"]).default("as-is"),
  /** With debit and credit columns: which one counts as positive. */
  debitCredit: z.enum(["debit-positive", "credit-positive"]).optional(),
  /** Field -> header text, overriding auto-detection; null: the field is not in the table. */
  columns: z
    .record(z.string(), z.string().nullable())
    .superRefine(knownFields)
    .superRefine(oneReading)
    .optional(),
  /** Currency of rows without a currency column or symbol. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  dateOrder: z.enum(["YMD", "DMY", "MDY"]).optional(),
  decimalSeparator: z.enum([".", ","]).optional(),
  /** How row keys are made: the Excel row (default) or the id column (stable across sorting). */
  keyBy: z.enum(["row", "id"]).default("row"),
});

export type SideConfig = z.infer<typeof SideConfigSchema>;

/** What `rulesJson` holds: the rule cascade and how to read each side. */
export const ReconcileConfigSchema = z.strictObject({
  version: z.literal(1).default(1),
  rules: RuleListSchema.optional(),
  left: SideConfigSchema.optional(),
  right: SideConfigSchema.optional(),
});

export type ReconcileConfig = z.infer<typeof ReconcileConfigSchema>;

export type ParseConfigResult =
  | { readonly ok: true; readonly config: ReconcileConfig }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Reads a saved configuration: a JSON text or an already-parsed value. A bare array is a rule list.
 * Errors name the path, e.g. `rules[2].date.before: Too small: expected number to be >=0`.
 */
export function parseReconcileConfig(input: unknown): ParseConfigResult {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input) as unknown;
    } catch (e) {
      return { ok: false, errors: [`not JSON: ${(e as Error).message}`] };
    }
  }
  if (Array.isArray(value)) value = { rules: value };
  const parsed = ReconcileConfigSchema.safeParse(value);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
}

function formatPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : `${s === "" ? "" : "."}${String(p)}`;
  return s === "" ? "(root)" : s;
}

/** Fills in defaults and validates one rule; throws on an invalid rule (for rules written in code). */
export function defineRule(input: RuleInput): Rule {
  return RuleSchema.parse(input);
}
