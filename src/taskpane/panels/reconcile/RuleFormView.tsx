/**
 * One rule of the cascade as a form: whether it confirms on its own, the date window, the amount test
 * (equal, within a tolerance per side, or not compared), reference, party and description; under "More
 * settings" its id, how required evidence combines, the tie margin, candidates per row and currencies.
 * Nothing is used until "Use this rule" passes the checks; each mistake shows under its field (and opens
 * "More settings" when it is there).
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
} from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { RULE_LIMITS, type Rule } from "../../../core/reconcile";
import {
  applyForm,
  formOf,
  type EvidenceMode,
  type RuleForm,
  type RuleFormError,
  type RuleFormField,
} from "../../../services/reconciliation";
import { usePaneStyles } from "../../components/paneStyles";

export interface RuleFormViewProps {
  readonly rules: readonly Rule[];
  readonly index: number;
  readonly onUse: (rules: readonly Rule[]) => void;
  readonly onCancel: () => void;
  readonly disabled: boolean;
}

const MODES: readonly { readonly value: EvidenceMode; readonly text: string }[] = [
  { value: "required", text: "Required: must agree" },
  { value: "compare", text: "Compared: must not disagree" },
  { value: "ignore", text: "Not compared" },
];

const CARDINALITIES: readonly { readonly value: RuleForm["cardinality"]; readonly text: string }[] = [
  { value: "1:1", text: "One row to one row" },
  { value: "many:1", text: "Several book rows to one statement row" },
  { value: "1:many", text: "One book row to several statement rows" },
  { value: "many:many", text: "Groups on both sides that net to the same sum" },
];

const EVIDENCE: readonly { readonly value: RuleForm["evidence"]; readonly text: string }[] = [
  { value: "all", text: "All of them must agree" },
  { value: "any", text: "One of them is enough" },
];

const CURRENCIES: readonly { readonly value: RuleForm["currency"]; readonly text: string }[] = [
  { value: "same", text: "Same currency only" },
  { value: "any", text: "May differ (give a percent tolerance)" },
];

const useStyles = makeStyles({
  // The section's toggle reads as a line of text at the start, not a full-width button.
  toggle: { alignSelf: "flex-start" },
});

/** The fields under "More settings". */
const MORE: readonly RuleFormField[] = ["id", "evidence", "tieMargin", "candidates", "currency"];

export function RuleFormView({ rules, index, onUse, onCancel, disabled }: RuleFormViewProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const rule = rules[index] as Rule;
  const [form, setForm] = useState<RuleForm>(() => formOf(rule));
  const [errors, setErrors] = useState<readonly RuleFormError[]>([]);
  const [more, setMore] = useState(false);
  const set = <K extends RuleFormField>(field: K, value: RuleForm[K]) =>
    setForm((f) => ({ ...f, [field]: value }));
  const errorOf = (field: RuleFormField): string | undefined => {
    const messages = errors.filter((e) => e.field === field).map((e) => e.message);
    return messages.length > 0 ? messages.join(" ") : undefined;
  };
  const state = (field: RuleFormField) => (errorOf(field) ? "error" : "none");
  const use = () => {
    const r = applyForm(rules, index, form);
    if (r.ok) return onUse(r.rules);
    setErrors(r.errors);
    if (r.errors.some((e) => e.field !== null && MORE.includes(e.field))) setMore(true);
  };
  const textInput = (field: RuleFormField, label: string, hint?: string) => (
    <Field
      label={label}
      size="small"
      validationMessage={errorOf(field)}
      validationState={state(field)}
      hint={hint}
    >
      <Input
        size="small"
        className={styles.fill}
        value={form[field] as string}
        onChange={(_, d) => set(field, d.value)}
        disabled={disabled}
        data-testid={`rule-field-${field}`}
      />
    </Field>
  );
  const choice = <K extends "reference" | "party" | "cardinality" | "evidence" | "currency">(
    field: K,
    label: string,
    options: readonly { readonly value: RuleForm[K]; readonly text: string }[],
  ) => (
    <Field label={label} size="small" validationMessage={errorOf(field)} validationState={state(field)}>
      <Select
        size="small"
        className={styles.fill}
        value={form[field]}
        onChange={(_, d) => set(field, d.value as RuleForm[K])}
        disabled={disabled}
        data-testid={`rule-field-${field}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
  const whole = errors.filter((e) => e.field === null);
  return (
    <div className={styles.stack} data-testid={`rule-form-${rule.id}`}>
      {textInput("label", "What the rule is for")}
      <Switch
        checked={form.autoConfirm}
        onChange={(_, d) => set("autoConfirm", d.checked)}
        disabled={disabled}
        label="Confirms the only best candidate on its own (off: only suggests)"
        data-testid="rule-field-autoConfirm"
      />
      {choice("cardinality", "Rows", CARDINALITIES)}
      {form.cardinality !== "1:1" &&
        textInput(
          "groupSize",
          "Largest group (rows)",
          `From ${RULE_LIMITS.groupSize.min} to ${RULE_LIMITS.groupSize.max}; larger groups take longer to search.`,
        )}
      <Field
        label="Amount"
        size="small"
        validationMessage={errorOf("amount")}
        validationState={state("amount")}
      >
        <RadioGroup
          value={form.amount}
          onChange={(_, d) => set("amount", d.value as RuleForm["amount"])}
          disabled={disabled}
          data-testid="rule-field-amount"
        >
          <Radio value="exact" label="Equal, to the cent" />
          <Radio value="tolerance" label="Within a tolerance (the larger of amount and percent applies)" />
          {form.cardinality === "1:1" && <Radio value="any" label="Not compared" />}
        </RadioGroup>
      </Field>
      {form.amount === "tolerance" && (
        <div className={styles.pair}>
          {textInput("belowAbs", "Statement lower by up to")}
          {textInput("belowPct", "or percent")}
          {textInput("aboveAbs", "Statement higher by up to")}
          {textInput("abovePct", "or percent")}
        </div>
      )}
      <Checkbox
        checked={form.anyDate}
        onChange={(_, d) => set("anyDate", d.checked === true)}
        disabled={disabled || form.cardinality !== "1:1"}
        label="Any date"
        data-testid="rule-field-anyDate"
      />
      {errorOf("anyDate") && <Caption1 className={styles.wrap}>{errorOf("anyDate")}</Caption1>}
      {!form.anyDate && (
        <div className={styles.pair}>
          {textInput("before", "Statement up to days before the book")}
          {textInput("after", "Statement up to days after the book")}
        </div>
      )}
      {choice("reference", "Reference", MODES)}
      {textInput(
        "pattern",
        "Reference pattern (optional)",
        "A regular expression; its first group is the reference compared, e.g. INV-(\\d+).",
      )}
      {choice("party", "Party", MODES)}
      {textInput(
        "text",
        "Descriptions alike at least (percent)",
        "50 for half alike. Blank: descriptions are not compared.",
      )}
      {whole.length > 0 && (
        <Caption1 className={styles.wrap} data-testid="rule-form-errors">
          {whole.map((e) => e.message).join(" ")}
        </Caption1>
      )}
      <Button
        size="small"
        appearance="transparent"
        className={styles.toggle}
        icon={more ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={more}
        onClick={() => setMore(!more)}
        data-testid="rule-more"
      >
        More settings
      </Button>
      {more && (
        <div className={styles.stack} data-testid="rule-more-settings">
          {textInput("id", "Id", "Written in BO Rule beside each match the rule makes.")}
          {choice("evidence", "When more than one of reference, party and description is required", EVIDENCE)}
          {textInput(
            "tieMargin",
            "Lead the best candidate needs over the next",
            "Scores run from 0 to 1. Blank or 0: any lead; a tie never counts as the only best candidate.",
          )}
          {form.cardinality !== "1:1" &&
            textInput(
              "candidates",
              "Candidates looked at per row",
              `From ${RULE_LIMITS.candidates.min} to ${RULE_LIMITS.candidates.max}, nearest dates first; more find more groups and take longer.`,
            )}
          {choice("currency", "Currencies", CURRENCIES)}
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={use} disabled={disabled} data-testid="rule-use">
          Use this rule
        </Button>
        <Button size="small" onClick={onCancel} data-testid="rule-cancel">
          Cancel
        </Button>
      </div>
    </div>
  );
}
